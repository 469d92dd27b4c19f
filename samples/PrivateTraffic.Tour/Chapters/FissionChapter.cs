using System.Globalization;
using NodaTime;
using PrivateTraffic.Core.Fission;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Tour;

/// <summary>Fission (裂变): a pool that grows from its own members, against buying them.</summary>
internal static class FissionChapter
{
    public static void Show()
    {
        var zh = CultureInfo.GetCultureInfo("zh-CN");
        string Yuan(Money m) => m.ToString(null, zh);
        Tour.Heading("7. Fission 裂变: share with 2 friends, hear one lesson free");

        // Article 002: 2 friends. Assumed: half of them join, 100 seed users, a weekly cycle, 10 generations.
        Console.WriteLine("  assumed: 50% of invited friends join, 100 seed users, a cycle of 7 days, 10 generations");
        var model = ViralGrowthModel.Create(100, 2, Probability.From(0.5), Duration.FromDays(7), 10);
        Console.WriteLine($"K = 2 friends × 50% = {model.K}: after 10 generations S·(n+1) = {model.ExpectedTotal():N0} members (K = 1)");
        var below = ViralGrowthModel.Create(100, 2, Probability.From(0.4), Duration.FromDays(7), 10);
        Console.WriteLine($"  at 40% (K = {below.K}) the total tends to S/(1 − K) = {below.Limit():N0}; at 60% (K = 1.2) it grows without end until a market caps it");
        var bands = ViralSimulation.Run(model.WithCap(10_000), 1_000, seed: 7).Band(10);
        Console.WriteLine($"  assumed: a market of 10,000; 1,000 seeded runs: generation 10 median {bands.P50:N0}, 5–95% band {bands.P5:N0}–{bands.P95:N0}");

        // A campaign: the lesson (assumed to cost the school ¥9.90) unlocks at the second counted friend.
        Console.WriteLine("  assumed: a lesson costs ¥9.90; the campaign's budget is ¥1,000");
        var campaign = FissionCampaign.Launch(CampaignId.From("free-lesson"), "Share with 2 friends", ReferralMechanic.BenefitUnlock, "one free lesson",
            RewardRules.BenefitUnlock(2, Money.Yuan(9.90m)), Money.Yuan(1000m), Instant.FromUtc(2024, 3, 1, 0, 0), DomainEventId.From("launch"), [MemberId.From("teacher")]);
        var day = Instant.FromUtc(2024, 3, 2, 0, 0);
        foreach (var (referrer, friend) in new[] { ("teacher", "wang"), ("teacher", "li"), ("wang", "zhao"), ("wang", "sun") })
        {
            campaign.CreditReferral(MemberId.From(referrer), MemberId.From(friend), day, DomainEventId.From("r-" + friend));
        }

        var cost = FissionEconomics.CostOf(campaign);
        Console.WriteLine($"Campaign: {cost.Acquired} new members, {Yuan(cost.Paid)} in free lessons, {Yuan(cost.CostPerMember!.Value)} each;");
        Console.WriteLine($"  bought on Taobao (article 003): {Yuan(cost.ComparedWith(Money.Yuan(30m)).BoughtCost)} at ¥30 (2013), {Yuan(cost.ComparedWith(Money.Yuan(250m)).BoughtCost)} at ¥250 (2017)");
        Console.WriteLine("See samples/Fission and docs/concepts/fission.md.");
    }
}
