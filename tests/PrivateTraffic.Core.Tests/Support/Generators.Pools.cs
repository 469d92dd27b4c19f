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

    /// <summary>Plays a script; refused commands are skipped. Calls <paramref name="afterStep"/> after every step.</summary>
    public static PrivatePool RunPoolScript(PoolScript script, int? capacity = ScriptCapacity, Action<PrivatePool>? afterStep = null)
    {
        var pool = NewScriptPool(capacity);
        var t = PoolEpoch;
        var n = 0;
        foreach (var step in script.Steps)
        {
            t += Duration.FromMinutes(step.GapMinutes);
            var id = DomainEventId.From("e" + (n++).ToString(CultureInfo.InvariantCulture));
            var m = ScriptMember(step.Member);
            try
            {
                _ = step.Kind switch
                {
                    0 or 1 => pool.Capture(m, ChannelId.From(SourceNames[step.Extra % 3]), t, id,
                        referredBy: script.WithReferrals && step.Extra == 3 ? new ReferredBy(ScriptMember((step.Member + 3) % 10)) : null,
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

    #endregion
}
