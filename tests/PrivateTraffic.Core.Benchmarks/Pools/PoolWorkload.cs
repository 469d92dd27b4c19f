using System.Globalization;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Benchmarks.Pools;

/// <summary>
/// A pool of <c>members</c> people with ten events each: capture, three purchases (the third in a second
/// category) with their three stage changes, and three interactions, in rounds a day apart, so members'
/// events interleave as they would in a real log.
/// </summary>
internal static class PoolWorkload
{
    public static readonly Instant Epoch = Instant.FromUtc(2024, 1, 1, 0, 0);

    public static PrivatePool NewPool() =>
        PrivatePool.Open(PoolId.From("bench"), "Brand A", ChannelId.From("wecom:all"), ChannelKind.OwnApp,
            ["prospects", "customers"], Epoch, DomainEventId.From("open"));

    public static MemberId[] Members(int count)
    {
        var ids = new MemberId[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = MemberId.From("m" + i.ToString(CultureInfo.InvariantCulture));
        }

        return ids;
    }

    public static PoolEvent[] Events(int members)
    {
        var pool = NewPool();
        var ids = Members(members);
        var sources = new[] { ChannelId.From("counter-sample"), ChannelId.From("douyin-live"), ChannelId.From("referral") };
        var price = Money.Yuan(199m);
        var n = 0L;
        DomainEventId Next() => DomainEventId.From("e" + (n++).ToString(CultureInfo.InvariantCulture));
        Instant At(int round, int i) => Epoch + Duration.FromDays(round * 7) + Duration.FromMilliseconds(i);

        for (var i = 0; i < members; i++)
        {
            pool.Capture(ids[i], sources[i % 3], At(0, i), Next());
        }

        for (var round = 1; round <= 6; round++)
        {
            for (var i = 0; i < members; i++)
            {
                if (round % 2 == 1)
                {
                    pool.RecordPurchase(ids[i], round == 5 ? "makeup" : "skincare", price, At(round, i), Next());
                }
                else
                {
                    pool.RecordInteraction(ids[i], "moments-like", At(round, i), Next());
                }
            }
        }

        return [.. pool.PendingEvents];
    }
}
