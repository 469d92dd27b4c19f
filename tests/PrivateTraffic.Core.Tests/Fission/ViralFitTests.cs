using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Fission;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Fission;

public sealed class ViralFitTests
{
    internal static readonly CampaignId FreeLesson = CampaignId.From("free-lesson");
    private static readonly CampaignId Other = CampaignId.From("other");
    private static readonly ChannelId Share = ChannelId.From("share-poster");

    internal static Instant Day(double d) => Instant.FromUtc(2024, 3, 1, 0, 0) + Duration.FromHours(d * 24);

    internal static PrivatePool OpenPool() =>
        PrivatePool.Open(PoolId.From("lessons"), "Course shop", ChannelId.From("wechat:teacher"), ChannelKind.PersonalWeChat, ["fans"], Day(0), DomainEventId.From("open"));

    private static MemberId M(string id) => MemberId.From(id);

    internal static void Join(PrivatePool pool, string member, double day, string? referrer = null, CampaignId? campaign = null) =>
        pool.Capture(M(member), Share, Day(day), DomainEventId.From("c-" + member),
            referredBy: referrer is null ? null : new ReferredBy(M(referrer), campaign ?? FreeLesson, ReferralMechanic.BenefitUnlock, Money.Yuan(0m)));

    [Fact]
    public void Generations_K_and_cycle_time_come_from_the_campaign_s_referrals()
    {
        var pool = OpenPool();
        Join(pool, "a", 0);
        Join(pool, "b", 0);
        Join(pool, "a1", 2, "a");
        Join(pool, "a2", 4, "a");
        Join(pool, "b1", 2, "b");
        Join(pool, "a1x", 4, "a1");
        Join(pool, "x", 1, "a", Other); // another campaign: not counted

        var fit = ViralFit.Of(pool, FreeLesson);

        Assert.Equal([2, 3, 1], fit.GenerationSizes);
        // Generations 0 and 1 invite (the last one is left out): a 2, b 1, a1 1, a2 0, b1 0 → 4 / 5.
        Assert.Equal(0.8, fit.K!.Value, 12);
        Assert.Equal(5, fit.K.SampleSize);
        Assert.True(fit.K.Lower < 0.8 && fit.K.Upper > 0.8);
        // Cycle times 2, 4, 2 and 2 days.
        Assert.Equal(Duration.FromDays(2.5), fit.CycleTime!.Mean);
        Assert.Equal(4, fit.CycleTime.SampleSize);
        var model = fit.ToModel(seeds: 2, generations: 3);
        Assert.Equal(0.8, model.K, 12);
        Assert.Equal(Duration.FromDays(2.5), model.CycleTime);
    }

    [Fact]
    public void A_campaign_without_referrals_cannot_be_projected()
    {
        var pool = OpenPool();
        Join(pool, "a", 0);
        var fit = ViralFit.Of(pool, FreeLesson);
        Assert.Empty(fit.GenerationSizes);
        Assert.Null(fit.K);
        Assert.Null(fit.CycleTime);
        Assert.Equal(DomainRuleCodes.FissionNotEnoughData, Assert.Throws<DomainRuleException>(() => fit.ToModel(1, 1)).Code);
        Assert.Equal("confidence", Assert.ThrowsAny<ArgumentException>(() => ViralFit.Of(pool, FreeLesson, 1.0)).ParamName);
    }

    // A random campaign tree: member i > 0 is referred by an earlier member or is a root. The generations hold every
    // campaign member once, and K is the referrals made by all but the last generation over its size.
    [DeepProperty(runs: 50)]
    public Property Generations_partition_the_campaign_and_K_counts_its_referrals() =>
        Prop.ForAll(Gen.Choose(-3, 40).ListOf().Select(l => l.Take(60).ToArray()).ToArbitrary(), parents =>
        {
            var pool = OpenPool();
            Join(pool, "m0", 0);
            var depth = new List<int> { 0 };
            for (var i = 1; i <= parents.Length; i++)
            {
                var parent = parents[i - 1];
                var referred = parent >= 0 && parent < i;
                Join(pool, "m" + i, i, referred ? "m" + parent : null);
                depth.Add(referred ? depth[parent] + 1 : 0);
            }

            var fit = ViralFit.Of(pool, FreeLesson);
            var edges = pool.Referrals().Referrals;
            var members = edges.SelectMany(e => new[] { e.Referrer, e.Referee }).Distinct().Count();
            if (fit.GenerationSizes.Sum() != members)
            {
                return false.Label("sizes");
            }

            if (edges.Count == 0)
            {
                return (fit.K is null).Label("no K");
            }

            var participants = fit.GenerationSizes.Take(fit.GenerationSizes.Count - 1).Sum();
            return (fit.GenerationSizes.Count == depth.Max() + 1).Label("depth")
                .And((Math.Abs((fit.K!.Value * participants) - (members - fit.GenerationSizes[0])) < 1e-9)
                    .Label($"K {fit.K.Value} × {participants} vs {members - fit.GenerationSizes[0]}"));
        });
}
