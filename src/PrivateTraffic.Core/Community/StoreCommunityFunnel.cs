using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>
/// The store-plus-community funnel (门店+社群: 抓取 → 链接 → 激活 → 做大价值, capture → link → activate → grow value) over
/// a store's customers. Each step is a subset of the one before, so the counts never increase: a funnel creates nobody.
/// Immutable.
/// </summary>
/// <param name="Captured">Customers captured into the pool (抓取).</param>
/// <param name="Linked">Of those, the ones who joined one of the store's groups (链接), whether or not they stayed.</param>
/// <param name="Activated">Of those, the ones with an interaction or a purchase at or after their first join (激活).</param>
/// <param name="Grown">Of those, the ones who made, at or after joining, a repeat purchase or one in a new category
/// (做大价值): a purchase after joining that is not their first purchase ever.</param>
/// <param name="RepeatBuyers">Of the grown, those with a purchase after joining in a category they had bought before.</param>
/// <param name="CrossCategoryBuyers">Of the grown, those with a purchase after joining in a category new to them, having
/// bought something before.</param>
public sealed record StoreCommunityFunnel(int Captured, int Linked, int Activated, int Grown, int RepeatBuyers, int CrossCategoryBuyers)
{
    /// <summary>The four steps in order, with their Chinese names, for a report.</summary>
    public IReadOnlyList<(string Step, int Count)> Steps =>
        [("captured 抓取", Captured), ("linked 链接", Linked), ("activated 激活", Activated), ("grown 做大价值", Grown)];

    /// <summary>
    /// The funnel of <paramref name="pool"/>'s customers over the store's groups. The pool's and the groups' state keep
    /// present members and counts, not the instants of each join and purchase, so the funnel reads the histories:
    /// <paramref name="poolHistory"/> (the pool's events; captures, interactions and purchases of other pools are
    /// ignored) and <paramref name="storeGroupHistory"/> (the events of the store's groups, of this pool). Reads each
    /// event once.
    /// </summary>
    /// <exception cref="System.ArgumentException">A null argument or event, or a group event of a group of another pool.</exception>
    public static StoreCommunityFunnel Compute(PrivatePool pool, IEnumerable<PoolEvent> poolHistory, IEnumerable<GroupEvent> storeGroupHistory)
    {
        Guard.Against.Null(pool);
        Guard.Against.Null(poolHistory);
        Guard.Against.Null(storeGroupHistory);
        var firstJoin = new Dictionary<MemberId, Instant>();
        foreach (var e in storeGroupHistory)
        {
            Guard.Against.Unmet(e is not null, $"A group event is null.", nameof(storeGroupHistory));
            if (e is GroupOpened opened)
            {
                Guard.Against.Unmet(opened.Pool == pool.Id, $"The group '{opened.Group}' is of the pool '{opened.Pool}', not '{pool.Id}'.", nameof(storeGroupHistory));
            }
            else if (e is MemberJoinedGroup joined && (!firstJoin.TryGetValue(joined.Member, out var at) || joined.At < at))
            {
                firstJoin[joined.Member] = joined.At;
            }
        }

        var captured = new HashSet<MemberId>();
        var activated = new HashSet<MemberId>();
        var bought = new Dictionary<MemberId, List<(Instant At, string Category)>>();
        foreach (var raw in poolHistory)
        {
            var e = raw ?? throw new System.ArgumentException("A pool event is null.", nameof(poolHistory));
            if (e.Pool != pool.Id)
            {
                continue;
            }

            switch (e)
            {
                case MemberCaptured c:
                    captured.Add(c.Member);
                    break;
                case InteractionRecorded i when firstJoin.TryGetValue(i.Member, out var joinedAt) && i.At >= joinedAt:
                    activated.Add(i.Member);
                    break;
                case PurchaseRecorded p:
                    if (!bought.TryGetValue(p.Member, out var list))
                    {
                        bought[p.Member] = list = [];
                    }

                    list.Add((p.At, p.Category));
                    break;
            }
        }

        var (linked, active, grown, repeat, cross) = (0, 0, 0, 0, 0);
        foreach (var member in captured)
        {
            if (!firstJoin.TryGetValue(member, out var joinedAt))
            {
                continue;
            }

            linked++;
            var purchases = bought.TryGetValue(member, out var list) ? list.OrderBy(p => p.At).ToList() : [];
            if (!activated.Contains(member) && !purchases.Any(p => p.At >= joinedAt))
            {
                continue;
            }

            active++;
            var (isRepeat, isCross) = (false, false);
            for (var i = 1; i < purchases.Count; i++)
            {
                if (purchases[i].At < joinedAt)
                {
                    continue;
                }

                var earlier = purchases.Take(i).Any(p => p.Category == purchases[i].Category);
                isRepeat |= earlier;
                isCross |= !earlier;
            }

            grown += isRepeat || isCross ? 1 : 0;
            repeat += isRepeat ? 1 : 0;
            cross += isCross ? 1 : 0;
        }

        return new StoreCommunityFunnel(captured.Count, linked, active, grown, repeat, cross);
    }
}
