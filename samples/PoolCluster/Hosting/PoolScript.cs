using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PoolCluster.Hosting;

/// <summary>
/// The demo's commands for one pool: its definition, then captures and purchases of a few members. Deterministic
/// from the pool's number, so a test can replay the same commands locally and compare.
/// </summary>
public static class PoolScript
{
    /// <summary>The instant the demo pools open (2026-11-02 02:00 UTC).</summary>
    public static readonly Instant Start = Instant.FromUtc(2026, 11, 2, 2, 0);

    /// <summary>Pool <paramref name="number"/>'s id.</summary>
    /// <param name="number">The pool's number.</param>
    /// <returns>The id.</returns>
    public static PoolId Id(int number) => PoolId.From($"brand-{number % 4}:clerk-{number}");

    /// <summary>Pool <paramref name="number"/>'s definition.</summary>
    /// <param name="number">The pool's number.</param>
    /// <returns>The first event.</returns>
    public static PoolCreated Definition(int number) =>
        (PoolCreated)PrivatePool.Open(Id(number), $"Brand {number % 4}", ChannelId.From($"wechat:clerk-{number}"), ChannelKind.PersonalWeChat,
            ["prospects", "customers"], Start, DomainEventId.From($"open-{number}"),
            lifecycle: LifecyclePolicy.Create(Period.FromDays(60), Period.FromDays(120)), futureTolerance: Duration.FromDays(30)).PendingEvents[0];

    /// <summary>Command <paramref name="step"/> for pool <paramref name="number"/>: members are captured, then buy now and then.</summary>
    /// <param name="number">The pool's number.</param>
    /// <param name="step">The command's number, from 0.</param>
    /// <returns>The command, as the event it raises.</returns>
    public static PoolEvent Command(int number, int step)
    {
        var pool = Id(number);
        var at = Start + Duration.FromHours(1 + step);
        var member = MemberId.From($"wx-{number}-{step / 3}");
        return step % 3 == 0
            ? new MemberCaptured(DomainEventId.From($"p{number}-c{step}"), pool, at, member, ChannelId.From("counter-sample"), "", PrivatePool.DefaultTimeZone, [], JoinMethod.Invitation)
            : new PurchaseRecorded(DomainEventId.From($"p{number}-o{step}"), pool, at, member, "skincare", Money.Yuan(99m + step));
    }
}
