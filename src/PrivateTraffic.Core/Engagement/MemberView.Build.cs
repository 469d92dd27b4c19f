using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Engagement;

/// <content>The two ways to make a view: from figures, and from the other capabilities' types.</content>
public sealed partial class MemberView
{
    /// <summary>Creates a view from figures the caller already has.</summary>
    /// <param name="member">The member.</param>
    /// <param name="asOf">The instant the view describes.</param>
    /// <param name="timeZone">The member's time zone.</param>
    /// <param name="stage">The stage at <paramref name="asOf"/>.</param>
    /// <param name="purchaseCount">Purchases made, 0 or more.</param>
    /// <param name="referralCount">Members brought in, 0 or more.</param>
    /// <param name="status">The 271 status, if known.</param>
    /// <param name="card">The member's value card (tier, RFM, realized, potential and model value), if scored.</param>
    /// <param name="pAlive">P(alive), if a model gave one.</param>
    /// <param name="lastPurchaseAt">The last purchase, at or before <paramref name="asOf"/>, if any.</param>
    /// <param name="lastInteractionAt">The last interaction, at or before <paramref name="asOf"/>, if known.</param>
    /// <param name="tags">Tags (each 1 to 128 characters); duplicates are dropped.</param>
    /// <param name="groups">Community group ids; duplicates are dropped.</param>
    /// <param name="roles">Community roles; duplicates are dropped.</param>
    /// <param name="groupHealth">The worst health among the member's groups, if assessed.</param>
    /// <param name="consents">The member's consent history (any order of instants); the view keeps what is in effect at <paramref name="asOf"/>.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentException">An id is unset, the card is someone else's, an instant is after <paramref name="asOf"/>, a tag is
    /// invalid, or an enum value is not defined.</exception>
    public static MemberView Create(
        MemberId member,
        Instant asOf,
        DateTimeZone timeZone,
        LifecycleStage stage,
        int purchaseCount = 0,
        int referralCount = 0,
        MemberStatus? status = null,
        ValueCard? card = null,
        Probability? pAlive = null,
        Instant? lastPurchaseAt = null,
        Instant? lastInteractionAt = null,
        IEnumerable<string>? tags = null,
        IEnumerable<ChannelId>? groups = null,
        IEnumerable<CommunityRole>? roles = null,
        GroupHealth? groupHealth = null,
        IEnumerable<ConsentRecord>? consents = null)
    {
        Guard.Against.Unmet(!member.IsUnset, $"A view needs a member.", nameof(member));
        Guard.Against.Null(timeZone);
        Guard.Against.EnumOutOfRange(stage);
        Guard.Against.BelowZero(purchaseCount);
        Guard.Against.BelowZero(referralCount);
        Guard.Against.Unmet(status is null || Enum.IsDefined(status.Value), $"Undefined status.", nameof(status));
        Guard.Against.Unmet(groupHealth is null || Enum.IsDefined(groupHealth.Value), $"Undefined group health.", nameof(groupHealth));
        Guard.Against.Unmet(card is null || card.Customer == member, $"The value card is {card?.Customer}'s, not {member}'s.", nameof(card));
        var tagList = Distinct(tags ?? [], t => IdentifierText.Validate(t, "tag", nameof(tags)), StringComparer.Ordinal);
        var groupList = Distinct(groups ?? [], g => g.IsUnset ? throw new ArgumentException("A group id is unset.", nameof(groups)) : g, Comparer<ChannelId>.Default);
        var roleList = Distinct(roles ?? [], r => r.IsUnset ? throw new ArgumentException("A role is unset.", nameof(roles)) : r, Comparer<CommunityRole>.Create((a, b) => string.CompareOrdinal(a.Value, b.Value)));
        return new MemberView(member, asOf, timeZone, stage)
        {
            PurchaseCount = purchaseCount,
            ReferralCount = referralCount,
            Status = status,
            Tier = card?.Tier,
            Rfm = card?.Rfm,
            RealizedValue = card?.Realized,
            PotentialValue = card?.Potential,
            ModelValue = card?.Model,
            PAlive = pAlive,
            DaysSinceLastPurchase = DaysSince(lastPurchaseAt, asOf, timeZone, nameof(lastPurchaseAt)),
            DaysSinceLastInteraction = DaysSince(lastInteractionAt, asOf, timeZone, nameof(lastInteractionAt)),
            Tags = tagList,
            Groups = groupList,
            Roles = roleList,
            GroupHealth = groupHealth,
            Consents = InEffect(consents ?? [], asOf),
        };
    }

    /// <summary>Builds a member's view from the pool, value and community capabilities: the one function that joins them.</summary>
    /// <param name="pool">The member's pool: stage (evaluated at <paramref name="asOf"/>), zone, tags, counts, last activity and consents.</param>
    /// <param name="member">A member the pool knows.</param>
    /// <param name="asOf">The instant; at or after the member's last activity.</param>
    /// <param name="card">Their value card, if scored.</param>
    /// <param name="statusRule">The 271 rule to classify them with, if any.</param>
    /// <param name="pAlive">P(alive) from a fitted model (BG/NBD, Pareto/NBD), if any.</param>
    /// <param name="lastPurchaseAt">Their last purchase (from the purchase log or summary), if any.</param>
    /// <param name="groups">Community groups to look the member up in; the view keeps those they are in and their roles there.</param>
    /// <param name="groupHealth">Each group's assessed health (from <see cref="GroupHealthMonitor"/>), by group id; groups not listed are not assessed.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentException">The pool does not know the member, or an argument breaks <see cref="Create"/>'s rules.</exception>
    public static MemberView Build(
        PrivatePool pool,
        MemberId member,
        Instant asOf,
        ValueCard? card = null,
        MemberStatusRule? statusRule = null,
        Probability? pAlive = null,
        Instant? lastPurchaseAt = null,
        IEnumerable<CommunityGroup>? groups = null,
        IReadOnlyDictionary<ChannelId, GroupHealth>? groupHealth = null)
    {
        Guard.Against.Null(pool);
        var m = pool.Find(member) ?? throw new ArgumentException($"The pool does not know {member}.", nameof(member));
        var mine = (groups ?? []).Where(g => g is not null && g.Members.Contains(member)).ToArray();
        GroupHealth? worst = null;
        foreach (var g in mine)
        {
            if (groupHealth is not null && groupHealth.TryGetValue(g.Id, out var h) && (worst is null || h < worst))
            {
                worst = h;
            }
        }

        var gone = m.LeftAt is { } left && left <= asOf;
        return Create(
            member,
            asOf,
            m.TimeZone,
            pool.StageOf(member, asOf),
            m.PurchaseCount,
            m.ReferralCount,
            statusRule?.Classify(pool, m, asOf),
            card,
            pAlive,
            lastPurchaseAt,
            m.LastActivityAt,
            m.Tags,
            mine.Select(g => g.Id),
            mine.Where(g => g.Roles.ContainsKey(member)).Select(g => g.Roles[member]),
            worst,
            gone ? [] : m.Consents);
    }

    private static T[] Distinct<T>(IEnumerable<T> items, Func<T, T> check, IComparer<T> order)
    {
        var list = items.Select(check).ToList();
        list.Sort(order);
        return [.. list.Where((x, i) => i == 0 || order.Compare(list[i - 1], x) != 0)];
    }
}
