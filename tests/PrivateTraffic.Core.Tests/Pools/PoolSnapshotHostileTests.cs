using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Pools;

/// <summary>Hostile snapshots: a valid snapshot with one field changed into a state no history produces is refused, by
/// <see cref="PrivatePool.Restore"/> (ArgumentException or pool.invalid_snapshot) and through JSON (JsonException with a path).</summary>
public sealed class PoolSnapshotHostileTests
{
    private static readonly Duration Tick = Duration.Epsilon;
    private static readonly string Long = new('x', 65);

    private delegate MemberSnapshot? MemberMutation(PoolSnapshot s, int i, MemberSnapshot m);

    /// <summary>Mutations of one member entry into a state no history produces; null when one does not apply to the entry.</summary>
    private static readonly (string Name, MemberMutation Mutate)[] MemberMutations =
    [
        ("stage above its purchases", (s, i, m) => m.CrossCategoryAt is null && m.AdvocateAt is null ? m with { Stage = LifecycleStage.CrossCategory } : null),
        ("purchase count without its instants", (s, i, m) => m.PurchaseCount < 2 ? m with { PurchaseCount = m.PurchaseCount + 1 } : null),
        ("purchase count int.MaxValue", (s, i, m) => m with { PurchaseCount = int.MaxValue }),
        ("negative purchase count", (s, i, m) => m with { PurchaseCount = -1 }),
        ("negative referral count", (s, i, m) => m with { ReferralCount = -1 }),
        ("referral count int.MaxValue", (s, i, m) => m with { ReferralCount = int.MaxValue, AdvocateAt = m.AdvocateAt ?? m.CapturedAt }),
        ("referral count below its referees", (s, i, m) => Referees(s, m) is > 0 and var n ? m with { ReferralCount = n - 1, AdvocateAt = n == 1 ? null : m.AdvocateAt } : null),
        ("referral count above its referees with no erased member after it", (s, i, m) =>
            !m.Erased && !s.Members.Skip(i + 1).Any(x => x.Erased) ? m with { ReferralCount = m.ReferralCount + 1, AdvocateAt = m.AdvocateAt ?? m.LastEventAt } : null),
        ("advocate without referrals", (s, i, m) => m.ReferralCount == 0 ? m with { AdvocateAt = m.CapturedAt } : null),
        ("capture before the pool's creation", (s, i, m) => m with { CapturedAt = s.Definition.At - Tick }),
        ("last event before the capture", (s, i, m) => m with { LastEventAt = m.CapturedAt - Tick }),
        ("last activity before the capture", (s, i, m) => m with { LastActivityAt = m.CapturedAt - Tick }),
        ("empty tag", (s, i, m) => m.Erased ? null : m with { Tags = [.. m.Tags!, ""] }),
        ("padded tag", (s, i, m) => m.Erased ? null : m with { Tags = [.. m.Tags!, " vip"] }),
        ("over-long tag", (s, i, m) => m.Erased ? null : m with { Tags = [Long] }),
        ("65 tags", (s, i, m) => m.Erased ? null : m with { Tags = [.. Enumerable.Range(0, 65).Select(k => "tag-" + k)] }),
        ("over-long category", (s, i, m) => m.PurchaseCount > 0 && !m.Erased ? m with { FirstCategory = Long } : null),
        ("padded category", (s, i, m) => m.PurchaseCount > 0 && !m.Erased ? m with { FirstCategory = "skincare " } : null),
        ("category without a purchase", (s, i, m) => m.PurchaseCount == 0 && !m.Erased ? m with { FirstCategory = "skincare" } : null),
        ("consent at the default instant", (s, i, m) => m.Erased ? null : m with { Consents = [.. m.Consents!, new ConsentRecord(ConsentPurpose.Marketing, Generators.ClerkWeChat, true, default)] }),
        ("consent on an unset channel", (s, i, m) => m.Erased ? null : m with { Consents = [.. m.Consents!, new ConsentRecord(ConsentPurpose.Marketing, default, true, m.LastEventAt)] }),
        ("consent for an undefined purpose", (s, i, m) => m.Erased ? null : m with { Consents = [.. m.Consents!, new ConsentRecord((ConsentPurpose)99, Generators.ClerkWeChat, true, m.LastEventAt)] }),
        ("consent records out of order", (s, i, m) => m.Erased || m.LastEventAt == m.CapturedAt ? null : m with
        {
            Consents = [new ConsentRecord(ConsentPurpose.Marketing, Generators.ClerkWeChat, true, m.LastEventAt), new ConsentRecord(ConsentPurpose.Marketing, Generators.ClerkWeChat, false, m.CapturedAt)],
        }),
        ("consent after the last event", (s, i, m) => m.Erased ? null : m with { Consents = [new ConsentRecord(ConsentPurpose.Marketing, Generators.ClerkWeChat, true, m.LastEventAt + Tick)] }),
        ("duplicate member id", (s, i, m) => s.Members.FirstOrDefault(x => !x.Erased && x.Id != m.Id) is { } other && !m.Erased ? m with { Id = other.Id } : null),
        ("self referral", (s, i, m) => m.Erased ? null : m with { Referrer = m.Id, ReferredAt = null, Campaign = null, Mechanic = null, Reward = null }),
        ("referrer captured later", (s, i, m) => s.Members.Skip(i + 1).FirstOrDefault(x => !x.Erased) is { } later && !m.Erased ? m with { Referrer = later.Id } : null),
        ("unknown referrer", (s, i, m) => m.Erased ? null : m with { Referrer = MemberId.From("member-ghost") }),
        ("erased entry keeps its id", (s, i, m) => m.Erased ? m with { Id = MemberId.From("member-ghost") } : null),
        ("erased entry keeps tags", (s, i, m) => m.Erased ? m with { Tags = ["vip"] } : null),
        ("erased entry keeps a category", (s, i, m) => m.Erased && m.PurchaseCount > 0 ? m with { FirstCategory = "skincare" } : null),
        ("erased entry without a gone instant", (s, i, m) => m.Erased ? m with { GoneAt = null } : null),
        ("member without a time zone", (s, i, m) => m.Erased ? null : m with { TimeZone = null }),
        ("member without tags", (s, i, m) => m.Erased ? null : m with { Tags = null }),
        ("member without an id", (s, i, m) => m.Erased ? null : m with { Id = null }),
        ("left but a buying stage its purchases never reached", (s, i, m) => m.PurchaseCount == 0 && m.AdvocateAt is null && !m.Erased
            ? m with { LeaveReason = LeaveReason.Left, GoneAt = m.LastEventAt, Stage = LifecycleStage.Repeat } : null),
        ("left without a gone instant", (s, i, m) => !m.Erased && m.LeaveReason is null ? m with { LeaveReason = LeaveReason.Left, Stage = LifecycleStage.Churned } : null),
        ("gone without leaving", (s, i, m) => !m.Erased && m.LeaveReason is null ? m with { GoneAt = m.LastEventAt } : null),
        ("gone after the last event", (s, i, m) => m.GoneAt is not null ? m with { GoneAt = m.LastEventAt + Tick } : null),
        ("undefined leave reason", (s, i, m) => m.LeaveReason is not null ? m with { LeaveReason = (LeaveReason)99 } : null),
        ("unknown sub-pool", (s, i, m) => m with { SubPool = "nowhere" }),
        ("unset source", (s, i, m) => m with { Source = default }),
        ("undefined stage", (s, i, m) => m with { Stage = (LifecycleStage)42 }),
        ("negative reward", (s, i, m) => m.Referrer is not null ? m with { Reward = Money.Yuan(-1m) } : null),
        ("undefined mechanic", (s, i, m) => m.Referrer is not null ? m with { Mechanic = (ReferralMechanic)99 } : null),
        ("referral instant before the capture", (s, i, m) => m.Referrer is not null ? m with { ReferredAt = m.CapturedAt - Tick } : null),
        ("referral details without a referrer", (s, i, m) => m.Referrer is null && !m.Erased ? m with { Campaign = CampaignId.From("spring"), ReferredAt = m.CapturedAt } : null),
        ("second purchase before the first", (s, i, m) => m.SecondPurchaseAt is not null ? m with { SecondPurchaseAt = m.FirstPurchaseAt - Tick } : null),
        ("second purchase with one purchase", (s, i, m) => m.PurchaseCount == 1 ? m with { SecondPurchaseAt = m.FirstPurchaseAt } : null),
        ("cross-category without a second purchase", (s, i, m) => m.PurchaseCount == 1 ? m with { CrossCategoryAt = m.FirstPurchaseAt } : null),
        ("first purchase after the last event", (s, i, m) => m.FirstPurchaseAt is not null ? m with { FirstPurchaseAt = m.LastEventAt + Tick } : null),
        ("first purchase before the capture", (s, i, m) => m.FirstPurchaseAt is not null ? m with { FirstPurchaseAt = m.CapturedAt - Tick } : null),
        ("null entry", (s, i, m) => null!),
    ];

    /// <summary>Mutations of the snapshot's own fields.</summary>
    private static readonly (string Name, Func<PoolSnapshot, PoolSnapshot?> Mutate)[] SnapshotMutations =
    [
        ("version below its captures", s => s with { Version = s.Members.Count }),
        ("version int.MaxValue", s => s with { Version = int.MaxValue }),
        ("latest instant before a member's event", s => Latest(s) is { } t && t > s.Definition.At ? s with { LatestAt = t - Tick } : null),
        // A latest instant after every member's event is what a review (PoolReviewed) leaves, so it is not hostile.
        ("a remembered id twice", s => s.RecentEventIds.Count > 0 && s.Version > s.RecentEventIds.Count ? s with { RecentEventIds = [.. s.RecentEventIds, s.RecentEventIds[0]] } : null),
        ("more remembered ids than events", s => s with { RecentEventIds = [.. s.RecentEventIds, .. Enumerable.Range(0, s.Version + 1 - s.RecentEventIds.Count).Select(k => DomainEventId.From("extra-" + k))] }),
        ("a currency without purchases", s => s.Members.All(m => m.PurchaseCount == 0) ? s with { PurchaseCurrency = Currency.USD } : null),
        ("more present members than the capacity", s => s.Members.Count(m => !m.Erased && m.LeaveReason is null) is > 1 and var n
            ? s with { Definition = s.Definition with { Capacity = n - 1 } } : null),
        ("an unset remembered id", s => s with { RecentEventIds = [default] }),
    ];

    [DeepProperty(runs: 30)]
    public Property A_snapshot_with_one_member_field_no_history_produces_is_refused_by_restore_and_by_json() =>
        Prop.ForAll(Generators.PoolCases, c =>
        {
            var snapshot = Generators.RunPoolScript(c.Setup, c.Script).ToSnapshot();
            var original = PrivateTrafficJson.Serialize(snapshot);
            var loaded = new List<string>();
            foreach (var (name, mutate) in MemberMutations)
            {
                for (var i = 0; i < snapshot.Members.Count; i++)
                {
                    var m = mutate(snapshot, i, snapshot.Members[i]);
                    if (m is null && name != "null entry")
                    {
                        continue;
                    }

                    var members = snapshot.Members.ToArray();
                    members[i] = m!;
                    Check(snapshot with { Members = members }, original, $"{name} (entry {i})", loaded, viaJson: m is not null);
                }
            }

            foreach (var (name, mutate) in SnapshotMutations)
            {
                if (mutate(snapshot) is { } mutated)
                {
                    Check(mutated, original, name, loaded, viaJson: true);
                }
            }

            Assert.True(loaded.Count == 0, "These loaded: " + string.Join("; ", loaded.Distinct()) + $" (pool {c.Setup}; script {c.Script})");
        });

    [DeepProperty(runs: 30)]
    public Property Json_with_a_consent_record_missing_a_member_is_refused_with_a_path() =>
        Prop.ForAll(Generators.PoolScripts, script =>
        {
            var pool = Generators.RunPoolScript(script);
            var json = PrivateTrafficJson.Serialize(pool);
            var at = json.IndexOf("\"consents\":[{", StringComparison.Ordinal);
            if (at < 0)
            {
                return;
            }

            foreach (var member in new[] { "\"at\":", "\"granted\":", "\"purpose\":", "\"channel\":" })
            {
                var start = json.IndexOf(member, at, StringComparison.Ordinal);
                var end = json.IndexOfAny([',', '}'], start);
                var cut = json[end] == ',' ? json.Remove(start, end - start + 1) : json.Remove(start - 1, end - start + 1);
                var ex = Record.Exception(() => PrivateTrafficJson.Deserialize<PrivatePool>(cut));
                Assert.True(ex is JsonException { Path.Length: > 0 }, $"A consent record without {member}: {ex?.GetType().Name ?? "loaded"} {ex?.Message}");
            }
        });

    private static void Check(PoolSnapshot mutated, string original, string name, List<string> loaded, bool viaJson)
    {
        string? json = null;
        if (viaJson)
        {
            try
            {
                json = PrivateTrafficJson.Serialize(mutated);
            }
            catch (JsonException)
            {
                // Not even writable (an undefined enum value): only Restore can be tried.
            }

            if (json == original)
            {
                return;
            }
        }

        try
        {
            PrivatePool.Restore(mutated);
            loaded.Add(name);
            return;
        }
        catch (DomainRuleException ex)
        {
            Assert.True(ex.Code == DomainRuleCodes.PoolInvalidSnapshot, $"{name}: {ex.Code} {ex.Message}");
        }
        catch (ArgumentException)
        {
        }

        if (json is not null)
        {
            var ex = Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<PrivatePool>(json));
            Assert.False(string.IsNullOrEmpty(ex.Path), $"{name}: a JsonException without a path ({ex.Message})");
        }
    }

    private static int Referees(PoolSnapshot s, MemberSnapshot m) =>
        m.Erased ? 0 : s.Members.Count(x => !x.Erased && x.Referrer == m.Id);

    private static Instant? Latest(PoolSnapshot s) =>
        s.Members.Count == 0 ? null : s.Members.Max(m => m.LastEventAt > m.LastActivityAt ? m.LastEventAt : m.LastActivityAt);
}
