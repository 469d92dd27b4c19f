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

/// <summary>One step of a generated pool script: what to do, to which of ten members, after how many minutes.</summary>
public readonly record struct PoolStep(int Kind, int Member, int GapMinutes, int Extra)
{
    public override string ToString() => $"{Kind}:{Member}+{GapMinutes}m/{Extra}";
}

/// <summary>A generated sequence of commands on a pool; <see cref="Generators.RunPoolScript"/> plays it, skipping
/// commands the pool refuses, so the result is a valid history.</summary>
public sealed record PoolScript(PoolStep[] Steps, bool WithReferrals)
{
    public override string ToString() => string.Join(" ", Steps.Select(s => s.ToString()));
}

/// <summary>How a generated pool is opened: its capacity, its lifecycle (null: the default) and its future tolerance.</summary>
public sealed record PoolSetup(int? Capacity, LifecyclePolicy? Lifecycle, Duration? FutureTolerance)
{
    public override string ToString() =>
        $"capacity {Capacity?.ToString(CultureInfo.InvariantCulture) ?? "none"}, lifecycle {Lifecycle?.DormantAfter.ToString() ?? "default"}/{Lifecycle?.ChurnedAfter.ToString() ?? "default"}, tolerance {FutureTolerance?.ToString() ?? "none"}";
}

/// <summary>One generated command on a pool (<see cref="Generators.PoolCommandOn"/>): its kind, the member (0 to 11; 10 and
/// 11 are never in a script), when (<see cref="Special"/> 0: <see cref="OffsetMinutes"/> from the pool's latest instant;
/// 1: Instant.MinValue; 2: Instant.MaxValue; 3: just before the pool's creation; 4: 2099) and a variant.</summary>
public readonly record struct PoolCommand(int Kind, int Member, int OffsetMinutes, int Special, int Extra, bool ReuseId)
{
    public override string ToString() => $"{Kind}:{Member}@{(Special == 0 ? OffsetMinutes.ToString(CultureInfo.InvariantCulture) + "m" : "s" + Special.ToString(CultureInfo.InvariantCulture))}/{Extra}{(ReuseId ? "!" : "")}";
}

/// <summary>A command both ways: decided (nothing changed) and run by the one-call command (decided, applied, pending).</summary>
public sealed record PoolCommandCall(string Name, Func<PoolDecision> Decide, Func<bool> Run);

public static partial class Generators
{
    #region Pools

    public static readonly Instant PoolEpoch = Instant.FromUtc(2024, 1, 1, 0, 0);
    public static readonly PoolId ScriptPoolId = PoolId.From("counter-wechat");
    public static readonly ChannelId ClerkWeChat = ChannelId.From("wechat-personal:clerk-li");
    public const int ScriptCapacity = 6;

    private static readonly string[] SourceNames = ["counter-sample", "douyin-live", "friend-referral"];
    private static readonly string[] Categories = ["skincare", "makeup", "haircare"];

    /// <summary>Member ids that no event id contains, so a snapshot can be searched for them.</summary>
    public static MemberId ScriptMember(int i) => MemberId.From("member-zhang-" + i.ToString("00", CultureInfo.InvariantCulture));

    private static Gen<PoolStep> StepGen { get; } =
        Gen.Choose(0, 10).SelectMany(_ => Gen.Choose(0, 9), (k, m) => (k, m))
            .SelectMany(_ => Gen.Frequency((6, Gen.Choose(0, 3 * 24 * 60)), (1, Gen.Choose(0, 120 * 24 * 60))), (km, gap) => (km.k, km.m, gap))
            .SelectMany(_ => Gen.Choose(0, 3), (kmg, extra) => new PoolStep(kmg.k, kmg.m, kmg.gap, extra));

    private static IEnumerable<PoolScript> ShrinkScript(PoolScript s)
    {
        if (s.Steps.Length == 0)
        {
            yield break;
        }

        yield return s with { Steps = s.Steps[..(s.Steps.Length / 2)] };
        yield return s with { Steps = s.Steps[..^1] };
    }

    /// <summary>Scripts of 0 to 80 steps, with referrals.</summary>
    public static Arbitrary<PoolScript> PoolScripts { get; } =
        Arb.From(Gen.Choose(0, 80).SelectMany(n => StepGen.ArrayOf(n)).Select(a => new PoolScript(a, true)), ShrinkScript);

    /// <summary>Scripts without referrals (members' histories are then independent of each other).</summary>
    public static Arbitrary<PoolScript> IndependentPoolScripts { get; } =
        Arb.From(Gen.Choose(0, 80).SelectMany(n => StepGen.ArrayOf(n)).Select(a => new PoolScript(a, false)), ShrinkScript);

    /// <summary>A new pool on a clerk's personal WeChat with sub-pools prospects and customers.</summary>
    public static PrivatePool NewScriptPool(int? capacity = ScriptCapacity) =>
        PrivatePool.Open(ScriptPoolId, "Brand A counter", ClerkWeChat, ChannelKind.PersonalWeChat, ["prospects", "customers"],
            PoolEpoch, DomainEventId.From("e-open"), CapacityPolicy.Default.WithLimit(ChannelKind.PersonalWeChat, capacity));

    /// <summary>A new pool on the same clerk's personal WeChat with the one sub-pool prospects, created at
    /// <paramref name="openedAt"/>, with no capacity unless one is given, and the default lifecycle unless one is given:
    /// for example tests that set their own instants.</summary>
    public static PrivatePool NewCounterPool(Instant openedAt, int? capacity = null, LifecyclePolicy? lifecycle = null) =>
        PrivatePool.Open(ScriptPoolId, "Brand A counter", ClerkWeChat, ChannelKind.PersonalWeChat, ["prospects"],
            openedAt, DomainEventId.From("e-open"), CapacityPolicy.Default.WithLimit(ChannelKind.PersonalWeChat, capacity), lifecycle: lifecycle);

    /// <summary>Plays a script; refused commands are skipped. Calls <paramref name="afterStep"/> after every step.</summary>
    public static PrivatePool RunPoolScript(PoolScript script, int? capacity = ScriptCapacity, Action<PrivatePool>? afterStep = null) =>
        PlayPoolScript(NewScriptPool(capacity), script, PoolEpoch, "e", afterStep);

    /// <summary>Plays a script on a pool from <paramref name="start"/>, event ids <c>{idPrefix}0</c>, <c>{idPrefix}1</c>, ...;
    /// refused commands are skipped. With <paramref name="richReferrals"/> a referral names a campaign, a mechanic and a
    /// reward too.</summary>
    public static PrivatePool PlayPoolScript(
        PrivatePool pool, PoolScript script, Instant start, string idPrefix, Action<PrivatePool>? afterStep = null, bool richReferrals = false)
    {
        var t = start;
        var n = 0;
        foreach (var step in script.Steps)
        {
            t += Duration.FromMinutes(step.GapMinutes);
            var id = DomainEventId.From(idPrefix + (n++).ToString(CultureInfo.InvariantCulture));
            var m = ScriptMember(step.Member);
            try
            {
                _ = step.Kind switch
                {
                    0 or 1 => pool.Capture(m, ChannelId.From(SourceNames[step.Extra % 3]), t, id,
                        referredBy: script.WithReferrals && step.Extra == 3 ? ScriptReferral(step, richReferrals) : null,
                        tags: step.Extra == 0 ? ["free-sample"] : null),
                    2 or 3 => pool.RecordPurchase(m, Categories[step.Extra % 3], Money.Yuan(99m + step.Extra), t, id),
                    4 => pool.RecordInteraction(m, "moments-like", t, id),
                    5 => pool.Move(m, step.Extra % 2 == 0 ? "customers" : "prospects", t, id),
                    6 => step.Extra % 2 == 0
                        ? pool.GrantConsent(m, ConsentPurpose.Marketing, ClerkWeChat, t, id)
                        : pool.WithdrawConsent(m, ConsentPurpose.Marketing, ClerkWeChat, t, id),
                    7 => pool.Leave(m, (LeaveReason)(step.Extra % 3), t, id),
                    8 => step.Extra == 0 ? pool.Erase(m, t, id) : pool.RecordInteraction(m, "reply", t, id),
                    _ => pool.Review(t, id) >= 0,
                };
            }
            catch (DomainRuleException)
            {
                // A refused command leaves the pool unchanged; the script goes on.
            }

            afterStep?.Invoke(pool);
        }

        return pool;
    }

    private static ReferredBy ScriptReferral(PoolStep step, bool rich)
    {
        var referrer = ScriptMember((step.Member + 3) % 10);
        return rich
            ? new ReferredBy(referrer, step.GapMinutes % 2 == 0 ? CampaignId.From("spring-fission") : null,
                (ReferralMechanic)(step.GapMinutes % 10), Money.Yuan(step.GapMinutes % 50))
            : new ReferredBy(referrer);
    }

    #endregion

    #region Pool setups, commands and erasures

    /// <summary>A custom lifecycle: dormant after 1 to 60 days (or 1 to 3 months), churned 1 to 90 days later.</summary>
    public static Gen<LifecyclePolicy> CustomLifecycleGen { get; } =
        Gen.Choose(1, 60).SelectMany(_ => Gen.Choose(1, 90), (d, c) => (d, c)).SelectMany(_ => Gen.Choose(0, 3), (dc, months) =>
            months == 0
                ? LifecyclePolicy.Create(Period.FromDays(dc.d), Period.FromDays(dc.d + dc.c))
                : LifecyclePolicy.Create(Period.FromMonths(months), Period.FromMonths(months) + Period.FromDays(dc.c)));

    /// <summary>Setups: capacity 6 or none, default or custom lifecycle, no tolerance or 1 hour to 200 days.</summary>
    public static Gen<PoolSetup> PoolSetupGen { get; } =
        Gen.Elements<int?>(ScriptCapacity, null)
            .SelectMany(_ => Gen.Frequency((1, Gen.Constant<LifecyclePolicy?>(null)), (2, CustomLifecycleGen.Select(l => (LifecyclePolicy?)l))), (c, l) => (c, l))
            .SelectMany(_ => Gen.Frequency((1, Gen.Constant<Duration?>(null)), (2, Gen.Choose(1, 200 * 24).Select(h => (Duration?)Duration.FromHours(h)))),
                (cl, t) => new PoolSetup(cl.c, cl.l, t));

    /// <summary>Opens the script pool with a setup.</summary>
    public static PrivatePool OpenPool(PoolSetup setup) =>
        PrivatePool.Open(ScriptPoolId, "Brand A counter", ClerkWeChat, ChannelKind.PersonalWeChat, ["prospects", "customers"],
            PoolEpoch, DomainEventId.From("e-open"), CapacityPolicy.Default.WithLimit(ChannelKind.PersonalWeChat, setup.Capacity),
            lifecycle: setup.Lifecycle, futureTolerance: setup.FutureTolerance);

    /// <summary>Plays a script on a pool opened with a setup, with rich referrals (campaign, mechanic, reward).</summary>
    public static PrivatePool RunPoolScript(PoolSetup setup, PoolScript script) =>
        PlayPoolScript(OpenPool(setup), script, PoolEpoch, "e", richReferrals: true);

    /// <summary>A setup with a script.</summary>
    public static Arbitrary<(PoolSetup Setup, PoolScript Script)> PoolCases { get; } =
        Arb.From(PoolSetupGen.SelectMany(_ => PoolScripts.Generator, (setup, script) => (setup, script)),
            c => ShrinkScript(c.script).Select(s => (c.setup, s)));

    /// <summary>Scripts with referrals in which about one step in five erases a member (who may be captured again later).</summary>
    public static Arbitrary<PoolScript> ErasingPoolScripts { get; } =
        Arb.From(
            Gen.Choose(0, 80).SelectMany(n => Gen.Frequency(
                    (4, StepGen),
                    (1, Gen.Choose(0, 9).SelectMany(_ => Gen.Choose(0, 3 * 24 * 60), (m, gap) => new PoolStep(8, m, gap, 0)))).ArrayOf(n))
                .Select(a => new PoolScript(a, true)),
            ShrinkScript);

    private static Gen<PoolCommand> PoolCommandGen { get; } =
        Gen.Choose(0, 10).SelectMany(_ => Gen.Choose(0, 11), (k, m) => (k, m))
            .SelectMany(_ => Gen.Frequency((12, Gen.Choose(0, 3 * 24 * 60)), (3, Gen.Choose(-10 * 24 * 60, 0)), (2, Gen.Choose(0, 400 * 24 * 60))), (km, offset) => (km.k, km.m, offset))
            .SelectMany(_ => Gen.Frequency((20, Gen.Constant(0)), (1, Gen.Choose(1, 4))), (kmo, special) => (kmo.k, kmo.m, kmo.offset, special))
            .SelectMany(_ => Gen.Choose(0, 3), (t, extra) => (t, extra))
            .SelectMany(_ => Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true))),
                (te, reuse) => new PoolCommand(te.t.k, te.t.m, te.t.offset, te.t.special, te.extra, reuse));

    /// <summary>A setup, a script to play first, and 1 to 30 commands.</summary>
    public static Arbitrary<(PoolSetup Setup, PoolScript Script, PoolCommand[] Commands)> PoolCommandCases { get; } =
        Arb.From(
            PoolSetupGen.SelectMany(_ => PoolScripts.Generator, (setup, script) => (setup, script))
                .SelectMany(_ => Gen.Choose(1, 30).SelectMany(n => PoolCommandGen.ArrayOf(n)), (c, commands) => (c.setup, c.script, commands)),
            c => ShrinkScript(c.script).Select(s => (c.setup, s, c.commands))
                .Concat(c.commands.Length > 1 ? [(c.setup, c.script, c.commands[..(c.commands.Length / 2)])] : []));

    /// <summary>The instant a command names on a pool (never overflowing).</summary>
    public static Instant CommandInstant(PrivatePool pool, PoolCommand c) => c.Special switch
    {
        1 => Instant.MinValue,
        2 => Instant.MaxValue,
        3 => pool.CreatedAt - Duration.Epsilon,
        4 => Instant.FromUtc(2099, 1, 1, 0, 0),
        _ => c.OffsetMinutes >= 0 && Instant.MaxValue - pool.LatestAt < Duration.FromMinutes(c.OffsetMinutes)
            ? Instant.MaxValue
            : pool.LatestAt + Duration.FromMinutes(c.OffsetMinutes),
    };

    /// <summary>A command on a pool, both as a decision and as a one-call command (the pair a twin pool runs).</summary>
    public static PoolCommandCall PoolCommandOn(PrivatePool pool, PoolCommand c, DomainEventId id)
    {
        var at = CommandInstant(pool, c);
        var m = ScriptMember(c.Member);
        var other = ScriptMember((c.Member + 3) % 12);
        switch (c.Kind)
        {
            case 0:
            {
                string? subPool = c.Extra switch { 1 => "customers", 2 => "nowhere", _ => null };
                string[]? tags = c.Extra == 3 ? [" padded"] : null;
                var source = ChannelId.From(SourceNames[c.Member % 3]);
                return new("capture", () => pool.DecideCapture(m, source, at, id, subPool, tags: tags),
                    () => pool.Capture(m, source, at, id, subPool, tags: tags));
            }

            case 1:
            {
                var by = new ReferredBy(other, c.Extra == 0 ? null : CampaignId.From("spring-fission"), (ReferralMechanic)(c.Extra * 3),
                    c.Extra == 3 ? Money.Yuan(-1m) : Money.Yuan(c.Extra * 5m));
                var source = ChannelId.From("friend-referral");
                return new("referred capture", () => pool.DecideCapture(m, source, at, id, referredBy: by),
                    () => pool.Capture(m, source, at, id, referredBy: by));
            }

            case 2:
            {
                var amount = Money.Yuan(50m * c.Extra);
                Money? margin = c.Extra % 2 == 0 ? null : Money.Yuan(10m);
                var category = Categories[c.Member % 3];
                return new("purchase", () => pool.DecidePurchase(m, category, amount, at, id, margin),
                    () => pool.RecordPurchase(m, category, amount, at, id, margin));
            }

            case 3:
            {
                var (amount, margin) = c.Extra switch
                {
                    0 => (Money.Yuan(-1m), (Money?)null),
                    1 => (Money.Of(10m, Currency.USD), null),
                    2 => (Money.Yuan(10m), Money.Yuan(11m)),
                    _ => (Money.Yuan(10m), Money.Of(1m, Currency.USD)),
                };
                return new("hostile purchase", () => pool.DecidePurchase(m, "skincare", amount, at, id, margin),
                    () => pool.RecordPurchase(m, "skincare", amount, at, id, margin));
            }

            case 4:
                return new("interaction", () => pool.DecideInteraction(m, "reply", at, id), () => pool.RecordInteraction(m, "reply", at, id));
            case 5:
            {
                var reason = (LeaveReason)(c.Extra % 3);
                return new("leave", () => pool.DecideLeave(m, reason, at, id), () => pool.Leave(m, reason, at, id));
            }

            case 6:
            {
                var to = c.Extra % 2 == 0 ? "customers" : "prospects";
                var from = pool.Find(m)?.SubPool ?? string.Empty;
                return new("move", () => pool.Decide(new MemberMoved(id, pool.Id, at, m, from, to)), () => pool.Move(m, to, at, id));
            }

            case 7:
                return c.Extra % 2 == 0
                    ? new("grant", () => pool.Decide(new ConsentGranted(id, pool.Id, at, m, ConsentPurpose.Marketing, ClerkWeChat)),
                        () => pool.GrantConsent(m, ConsentPurpose.Marketing, ClerkWeChat, at, id))
                    : new("withdraw", () => pool.Decide(new ConsentWithdrawn(id, pool.Id, at, m, ConsentPurpose.Marketing, ClerkWeChat)),
                        () => pool.WithdrawConsent(m, ConsentPurpose.Marketing, ClerkWeChat, at, id));
            case 8:
                return new("erase", () => pool.Decide(new MemberErased(id, pool.Id, at, m)), () => pool.Erase(m, at, id));
            case 9:
                return new("review", () => pool.DecideReview(at, id), () => pool.Review(at, id) >= 0);
            default:
            {
                // Events decided on their own: a referral of a member already in (its command is RecordReferral), or a stage change.
                if (c.Extra < 2)
                {
                    var referral = new ReferredBy(other, Mechanic: ReferralMechanic.ActivitySharing);
                    return new("referral", () => pool.Decide(new MemberReferred(id, pool.Id, at, m, other, Mechanic: ReferralMechanic.ActivitySharing)),
                        () => pool.RecordReferral(m, referral, at, id));
                }

                PoolEvent e = new StageChanged(id, pool.Id, at, m, pool.Find(m)?.Stage ?? LifecycleStage.Prospect, (LifecycleStage)(c.Extra * 2 - 1));
                return new("raw " + e.Type, () => pool.Decide(e), () => pool.Apply(e));
            }
        }
    }

    #endregion
}
