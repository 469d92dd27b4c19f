using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Support;

public static partial class Generators
{
    #region Value

    /// <summary>The first day of the value generators' calendar; purchases fall in the 400 days after it.</summary>
    public static LocalDate ValueEpoch { get; } = new(2024, 1, 1);

    /// <summary>A purchase by one of a few customers (so that repeats and same-day purchases are common), in yuan,
    /// with a margin below the amount and a category most of the time.</summary>
    public static Gen<Purchase> PurchaseGen { get; } =
        Gen.Choose(0, 11).SelectMany(_ => Gen.Choose(0, 400), (c, d) => (c, d))
            .SelectMany(_ => Gen.Choose(0, 500_000), (cd, fen) => (cd.c, cd.d, fen))
            .SelectMany(_ => Gen.Choose(-20, 100), (t, pct) => (t.c, t.d, t.fen, pct))
            .SelectMany(_ => Gen.Elements<string?>(null, "tea", "茶叶", "gift"), (t, category) =>
            {
                var amount = Money.FromMinorUnits(t.fen, Currency.CNY);
                var margin = t.pct < 0 ? (Money?)null : Money.FromMinorUnits(t.fen * t.pct / 100, Currency.CNY);
                return Purchase.On(MemberId.From("c" + t.c), ValueEpoch.PlusDays(t.d), amount, margin, category);
            });

    /// <summary>A transaction log of 1 to 60 purchases. Shrinks by dropping purchases.</summary>
    public static Arbitrary<Purchase[]> PurchaseLogs { get; } = Arb.From(
        PurchaseGen.ArrayOf().Where(a => a.Length is > 0 and <= 60),
        a => Enumerable.Range(0, a.Length).Select(skip => a.Where((_, i) => i != skip).ToArray()).Where(s => s.Length > 0));

    /// <summary>A seed for shuffling.</summary>
    public static Arbitrary<int> Seeds { get; } = Gen.Choose(0, int.MaxValue - 1).ToArbitrary();

    /// <summary>A referral forest over 1 to 30 members m0, m1, …: each member after the first is, or is not, referred
    /// by an earlier one (so there is never a cycle), with each member's own value in yuan and some rewards paid.</summary>
    public static Arbitrary<(Referral[] Edges, (MemberId Member, Money Own, Money Reward)[] Members)> ReferralForests { get; } =
        Gen.Choose(1, 30).SelectMany(n =>
                Gen.Choose(-1, 1000).ArrayOf(n).SelectMany(_ => Gen.Choose(0, 1_000_000).ArrayOf(n), (parents, own) => (parents, own))
                    .SelectMany(_ => Gen.Choose(0, 3000).ArrayOf(n), (t, rewards) => (t.parents, t.own, rewards)),
            (n, t) =>
            {
                var ids = Enumerable.Range(0, n).Select(i => MemberId.From("m" + i)).ToArray();
                var edges = Enumerable.Range(1, n - 1).Where(i => t.parents[i] >= 0)
                    .Select(i => Referral.Of(ids[t.parents[i] % i], ids[i])).ToArray();
                var members = ids.Select((id, i) => (id, Money.FromMinorUnits(t.own[i], Currency.CNY), Money.FromMinorUnits(t.rewards[i] > 2000 ? t.rewards[i] : 0, Currency.CNY))).ToArray();
                return (edges, members);
            })
            .ToArbitrary();

    /// <summary>Attribution weights: direct only, or 1 to 6 generations with a decay in tenths.</summary>
    public static Arbitrary<ReferralAttribution> Attributions { get; } =
        Gen.Frequency(
                (1, Gen.Constant(ReferralAttribution.DirectOnly)),
                (3, Gen.Choose(0, 10).SelectMany(_ => Gen.Choose(1, 6), (d, g) => ReferralAttribution.Decaying(d / 10m, g))))
            .ToArbitrary();

    /// <summary>1 to 80 customers with values in yuan drawn from few levels, so that ties are common.</summary>
    public static Arbitrary<(MemberId Customer, Money Value)[]> ValuedCustomers { get; } =
        Gen.Choose(1, 80).SelectMany(n => Gen.Elements(0, 100, 100, 500, 2000, 99_999).ArrayOf(n), (n, fen) =>
                Enumerable.Range(0, n).Select(i => (MemberId.From("v" + i), Money.FromMinorUnits(fen[i], Currency.CNY))).ToArray())
            .ToArbitrary();

    /// <summary>Band shares in hundredths (including zero shares).</summary>
    public static Arbitrary<ValueQuantileShares> Shares { get; } =
        Gen.Choose(0, 100).SelectMany(a => Gen.Choose(0, 100 - a), (a, b) => ValueQuantileShares.Of(a / 100m, b / 100m, (100 - a - b) / 100m)).ToArbitrary();

    /// <summary>The instant the status pools open at.</summary>
    public static Instant StatusPoolEpoch { get; } = Instant.FromUtc(2024, 1, 1, 2, 0);

    /// <summary>
    /// A pool of 0 to 30 members with every kind of history the 271 status rule reads: captured on day 0 to 200,
    /// with or without a marketing consent (sometimes withdrawn), a first purchase some days after capture or none,
    /// a later interaction or none, some tagged "spam", some leaving last; with its purchase events.
    /// </summary>
    public static Arbitrary<(PrivatePool Pool, PurchaseRecorded[] Purchases)> StatusPools { get; } =
        Gen.Choose(0, 30).SelectMany(n => Gen.Choose(0, 1000).ArrayOf(n * 7), (n, r) =>
            {
                var start = StatusPoolEpoch;
                var channel = ChannelId.From("wecom:shop");
                var pool = PrivatePool.Open(PoolId.From("status"), "owner", channel, ChannelKind.WeComContact, ["all"], start, DomainEventId.From("open"));
                for (var i = 0; i < n; i++)
                {
                    var (capture, consent, purchase, interaction, spam, leave, tz) = (r[7 * i] % 200, r[(7 * i) + 1] % 4, r[(7 * i) + 2], r[(7 * i) + 3], r[(7 * i) + 4] % 7 == 0, r[(7 * i) + 5] % 6 == 0, r[(7 * i) + 6]);
                    var id = MemberId.From("s" + i);
                    var at = start + Duration.FromDays(capture) + Duration.FromMinutes(tz);
                    pool.Capture(id, ChannelId.From("qr"), at, DomainEventId.From($"c{i}"), tags: spam ? ["spam"] : ["vip"]);
                    if (consent > 0)
                    {
                        pool.GrantConsent(id, ConsentPurpose.Marketing, channel, at + Duration.FromHours(1), DomainEventId.From($"g{i}"));
                    }

                    if (consent == 3)
                    {
                        pool.WithdrawConsent(id, ConsentPurpose.Marketing, channel, at + Duration.FromHours(2), DomainEventId.From($"w{i}"));
                    }

                    var last = at + Duration.FromHours(2);
                    if (purchase % 3 == 0)
                    {
                        last = at + Duration.FromDays(purchase % 120) + Duration.FromHours(3);
                        pool.RecordPurchase(id, "tea", Money.Yuan(10m), last, DomainEventId.From($"p{i}"));
                    }

                    if (interaction % 2 == 0)
                    {
                        last = last + Duration.FromDays(interaction % 200) + Duration.FromHours(1);
                        pool.RecordInteraction(id, "chat", last, DomainEventId.From($"i{i}"));
                    }

                    if (leave)
                    {
                        pool.Leave(id, LeaveReason.Left, last + Duration.FromDays(1), DomainEventId.From($"l{i}"));
                    }
                }

                return (pool, pool.PendingEvents.OfType<PurchaseRecorded>().ToArray());
            })
            .ToArbitrary();

    #endregion
}
