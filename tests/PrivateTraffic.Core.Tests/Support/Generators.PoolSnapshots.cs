using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Tests.Support;

/// <summary>One random change to a pool snapshot (<see cref="Generators.Mutate"/>): which kind of change, to which entry
/// (taken modulo the entries), two choices and a duration in ticks (an instant's shift, a count's change).</summary>
public readonly record struct SnapshotMutation(int Kind, int Entry, int A, int B, long Ticks)
{
    public override string ToString() => $"{Kind}@{Entry}/{A}/{B}/{Duration.FromTicks(Ticks)}";
}

public static partial class Generators
{
    #region Pool snapshot mutations

    /// <summary>How many kinds of change <see cref="Mutate"/> knows.</summary>
    public const int SnapshotMutationKinds = 16;

    /// <summary>Shifts from a tick to a year, either way; small ones more often.</summary>
    private static Gen<long> ShiftTicksGen { get; } =
        Gen.Elements(1L, NodaConstants.TicksPerMinute, NodaConstants.TicksPerHour, NodaConstants.TicksPerDay, 30 * NodaConstants.TicksPerDay)
            .SelectMany(_ => Gen.Choose(1, 400), (unit, n) => unit * n)
            .SelectMany(_ => Gen.Elements(1L, -1L), (t, sign) => t * sign);

    public static Gen<SnapshotMutation> SnapshotMutationGen { get; } =
        Gen.Choose(0, SnapshotMutationKinds - 1).SelectMany(_ => Gen.Choose(0, 1000), (k, e) => (k, e))
            .SelectMany(_ => Gen.Choose(0, 1000), (ke, a) => (ke.k, ke.e, a))
            .SelectMany(_ => Gen.Choose(0, 1000), (kea, b) => (kea.k, kea.e, kea.a, b))
            .SelectMany(_ => ShiftTicksGen, (t, ticks) => new SnapshotMutation(t.k, t.e, t.a, t.b, ticks));

    /// <summary>A pool case (setup and script) and 1 to 4 changes to apply in turn to its snapshot.</summary>
    public static Arbitrary<(PoolSetup Setup, PoolScript Script, SnapshotMutation[] Mutations)> MutatedSnapshotCases { get; } =
        Arb.From(
            Gen.Frequency((1, Gen.Constant(false)), (1, Gen.Constant(true)))
                .SelectMany(_ => PoolCases.Generator, (erasing, c) => (erasing, c))
                .SelectMany(x => x.erasing ? ErasingPoolScripts.Generator : Gen.Constant(x.c.Script), (x, script) => (x.c.Setup, script))
                .SelectMany(_ => Gen.Choose(1, 4).SelectMany(n => SnapshotMutationGen.ArrayOf(n)), (c, ms) => (c.Setup, c.script, ms)),
            c => ShrinkScript(c.script).Select(s => (c.Setup, s, c.ms))
                .Concat(c.ms.Length > 1 ? [(c.Setup, c.script, c.ms[..^1]), (c.Setup, c.script, c.ms[1..])] : []));

    /// <summary>The snapshot with one change: an instant shifted, a count changed, a stage, tags, consents, the referral,
    /// the entries, the remembered ids, the version, the latest instant, the currency or the definition's limits.</summary>
    public static PoolSnapshot Mutate(PoolSnapshot s, SnapshotMutation c)
    {
        var shift = Duration.FromTicks(c.Ticks);
        if (s.Members.Count == 0 && c.Kind < 12)
        {
            return s with { LatestAt = Shift(s.LatestAt, shift) };
        }

        var members = s.Members.ToArray();
        var i = s.Members.Count == 0 ? 0 : c.Entry % s.Members.Count;
        var m = s.Members.Count == 0 ? null : members[i];
        MemberSnapshot? changed = c.Kind switch
        {
            0 => ShiftInstant(m!, c.A % 9, shift),
            1 => ShiftInstant(m!, c.A % 9, shift) is { } once ? ShiftInstant(once, c.B % 9, shift) : null,
            2 => (c.A % 2) switch
            {
                0 => m! with { PurchaseCount = m.PurchaseCount + Delta(c.B) },
                _ => m! with { ReferralCount = m.ReferralCount + Delta(c.B) },
            },
            3 => m! with { Stage = (LifecycleStage)(c.A % 7) },
            4 => m!.Tags is null ? m with { Tags = [TagValues[c.A % TagValues.Length]] } : (c.B % 3) switch
            {
                0 => m with { Tags = [.. m.Tags, TagValues[c.A % TagValues.Length]] },
                1 => m with { Tags = [.. m.Tags.Where((_, k) => k != c.A % Math.Max(1, m.Tags.Count))] },
                _ => m with { Tags = m.Tags.Count == 0 ? [] : [.. m.Tags.Select((t, k) => k == c.A % m.Tags.Count ? TagValues[c.B % TagValues.Length] : t)] },
            },
            5 => MutateConsents(m!, c, shift),
            6 => MutateReferral(s, m!, c, shift),
            7 => (c.A % 4) switch
            {
                0 => m! with { FirstCategory = m.FirstCategory is null ? Categories[c.B % 3] : c.B % 2 == 0 ? null : Categories[c.B % 3] },
                1 => m! with { SubPool = c.B % 2 == 0 ? "prospects" : "customers" },
                2 => m! with { Source = ChannelId.From(SourceNames[c.B % 3]) },
                _ => m! with { TimeZone = c.B % 3 == 0 ? null : DateTimeZoneProviders.Tzdb[c.B % 2 == 0 ? "Asia/Shanghai" : "America/New_York"] },
            },
            8 => (c.A % 3) switch
            {
                0 => m! with { LeaveReason = m.LeaveReason is null ? (LeaveReason)(c.B % 3) : null },
                1 => m! with { LeaveReason = m.LeaveReason is null ? (LeaveReason)(c.B % 3) : null, GoneAt = m.GoneAt is null ? Shift(m.LastEventAt, shift) : null },
                _ => m! with { Erased = !m.Erased },
            },
            9 => m!.Erased ? m with { Erased = false, Id = ScriptMember(c.B % 12), TimeZone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"], Tags = [], Consents = [], GoneAt = null }
                : m with { Erased = true, Id = null, TimeZone = null, Tags = null, Consents = null, Referrer = null, FirstCategory = null, ReferredAt = null, Campaign = null, Mechanic = null, Reward = null, GoneAt = m.GoneAt ?? m.LastEventAt },
            10 => m! with { Id = ScriptMember(c.B % 12) },
            _ => null,
        };

        if (changed is not null)
        {
            members[i] = changed;
            return s with { Members = members };
        }

        if (c.Kind < 11)
        {
            // The change does not apply to this entry (no referrer to change, no consent to remove).
            return s;
        }

        return c.Kind switch
        {
            11 => (c.A % 3) switch
            {
                0 => s with { Members = Swap(members, i, c.B % members.Length) },
                1 => s with { Members = [.. members.Where((_, k) => k != i)] },
                _ => s with { Members = [.. members.Take(i + 1), members[i], .. members.Skip(i + 1)] },
            },
            12 => MutateIds(s, c),
            13 => s with { Version = Math.Max(0, s.Version + Delta(c.B)) },
            14 => (c.A % 2) switch
            {
                0 => s with { LatestAt = Shift(s.LatestAt, shift) },
                _ => s with { PurchaseCurrency = s.PurchaseCurrency is null ? Currency.CNY : c.B % 2 == 0 ? null : Currency.USD },
            },
            _ => (c.A % 3) switch
            {
                0 => s with { Definition = s.Definition with { Capacity = s.Definition.Capacity is null ? 1 + (c.B % 8) : null } },
                1 => s with { Definition = s.Definition with { FutureTolerance = c.B % 3 == 0 ? null : Duration.FromTicks(Math.Abs(c.Ticks)) } },
                _ => s with { Definition = s.Definition with { At = Shift(s.Definition.At, shift) } },
            },
        };
    }

    private static readonly string[] TagValues = ["free-sample", "vip", "douyin", "", " vip", "a-tag"];

    /// <summary>A count change: -3 to +3, sometimes far.</summary>
    private static int Delta(int b) => (b % 10) switch
    {
        9 => 1000,
        8 => -1000,
        var k => (k % 7) - 3,
    };

    private static Instant Shift(Instant t, Duration d) =>
        (d > Duration.Zero && Instant.MaxValue - t <= d) || (d < Duration.Zero && t - Instant.MinValue <= -d) ? t : t + d;

    private static Instant? Shift(Instant? t, Duration d, Instant or) => Shift(t ?? or, d);

    /// <summary>One of the entry's nine instants shifted (a missing one set near the capture).</summary>
    private static MemberSnapshot? ShiftInstant(MemberSnapshot m, int field, Duration d) => field switch
    {
        0 => m with { CapturedAt = Shift(m.CapturedAt, d) },
        1 => m with { FirstPurchaseAt = Shift(m.FirstPurchaseAt, d, m.CapturedAt) },
        2 => m with { SecondPurchaseAt = Shift(m.SecondPurchaseAt, d, m.CapturedAt) },
        3 => m with { CrossCategoryAt = Shift(m.CrossCategoryAt, d, m.CapturedAt) },
        4 => m with { AdvocateAt = Shift(m.AdvocateAt, d, m.CapturedAt) },
        5 => m with { LastActivityAt = Shift(m.LastActivityAt, d) },
        6 => m with { LastEventAt = Shift(m.LastEventAt, d) },
        7 => m with { GoneAt = Shift(m.GoneAt, d, m.LastEventAt) },
        _ => m with { ReferredAt = Shift(m.ReferredAt, d, m.CapturedAt) },
    };

    private static MemberSnapshot? MutateConsents(MemberSnapshot m, SnapshotMutation c, Duration shift)
    {
        var list = (m.Consents ?? []).ToList();
        var k = list.Count == 0 ? 0 : c.B % list.Count;
        switch (c.A % 5)
        {
            case 0:
                var at = list.Count == 0 ? m.CapturedAt : list[^1].At;
                list.Insert(list.Count == 0 ? 0 : c.B % (list.Count + 1),
                    new ConsentRecord((ConsentPurpose)(c.B % 3), c.B % 4 == 0 ? ChannelId.From("sms:brand-a") : ClerkWeChat, c.B % 2 == 0, Shift(at, shift)));
                break;
            case 1 when list.Count > 0:
                list.RemoveAt(k);
                break;
            case 2 when list.Count > 0:
                list[k] = list[k] with { Granted = !list[k].Granted };
                break;
            case 3 when list.Count > 0:
                list[k] = list[k] with { At = Shift(list[k].At, shift) };
                break;
            case 4 when list.Count > 1:
                (list[k], list[(k + 1) % list.Count]) = (list[(k + 1) % list.Count], list[k]);
                break;
            default:
                return null;
        }

        return m with { Consents = list };
    }

    private static MemberSnapshot? MutateReferral(PoolSnapshot s, MemberSnapshot m, SnapshotMutation c, Duration shift)
    {
        var other = s.Members[c.B % s.Members.Count].Id;
        return (c.A % 5) switch
        {
            0 => m with { Referrer = other, ReferredAt = m.ReferredAt ?? Shift(m.CapturedAt, shift) },
            1 => m with { Referrer = null, ReferredAt = null, Campaign = null, Mechanic = null, Reward = null },
            2 => m.Referrer is null ? null : m with { Campaign = m.Campaign is null ? CampaignId.From("spring-fission") : null },
            3 => m.Referrer is null ? null : m with { Mechanic = (ReferralMechanic)(c.B % 10), Reward = c.B % 2 == 0 ? null : Money.Yuan(c.B % 50) },
            _ => m with { Referrer = other },
        };
    }

    private static MemberSnapshot[] Swap(MemberSnapshot[] members, int i, int j)
    {
        (members[i], members[j]) = (members[j], members[i]);
        return members;
    }

    private static PoolSnapshot MutateIds(PoolSnapshot s, SnapshotMutation c)
    {
        var ids = s.RecentEventIds.ToList();
        var k = ids.Count == 0 ? 0 : c.B % ids.Count;
        switch (c.A % 5)
        {
            case 0 when ids.Count > 0:
                ids.RemoveAt(k);
                break;
            case 1 when ids.Count > 0:
                ids[k] = DomainEventId.From("x-" + c.B.ToString(CultureInfo.InvariantCulture));
                break;
            case 2:
                ids.Add(DomainEventId.From("x-" + c.B.ToString(CultureInfo.InvariantCulture)));
                break;
            case 3:
                ids.Reverse();
                break;
            default:
                ids.Insert(0, s.Definition.EventId);
                break;
        }

        return s with { RecentEventIds = ids };
    }

    #endregion
}
