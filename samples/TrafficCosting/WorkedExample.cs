using System.Globalization;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Traffic;

namespace TrafficCosting;

/// <summary>
/// The worked example: a supermarket's footfall (公域) against a pool of fans reached by a daily post (私域).
/// The articles' figures are marked as such; every other figure is an assumption, printed with the output.
/// </summary>
internal static class WorkedExample
{
    // Article 004: a mid-size supermarket in a third-tier city sees about 10,000 people a day.
    public const long SupermarketVisitorsPerDay = 10_000;

    // Article 004: an account with 10,000 fans reaches them with one post, at no charge.
    public const long Fans = 10_000;

    public static readonly Money CounterFeesPerDay = Money.Yuan(2000m);
    public static readonly Money CaptureGift = Money.Yuan(5m);
    public static readonly Money Setup = Money.Yuan(3000m);
    public static readonly Money OperatorPerMonth = Money.Yuan(6000m);
    public static readonly Probability ConversionPerPost = Probability.FromPercent(0.4);
    public static readonly Probability RepurchasePerPost = Probability.FromPercent(1);
    public static readonly Probability AttritionPerPost = Probability.FromPercent(0.2);
    public static readonly Money MarginPerSale = Money.Yuan(40m);
    public const int Days = 90;

    /// <summary>Article 003's counter: of the footfall, 10% pass the counter, 20% of them ask, 20% of those buy.</summary>
    public static Funnel Counter { get; } = Funnel.StartWith("visitors 客流")
        .Then("pass the counter 经过专柜", Probability.FromPercent(10))
        .Then("stop to ask 咨询", Probability.FromPercent(20))
        .Then("buy, leave details 购买并留资", Probability.FromPercent(20));

    /// <summary>A day at the supermarket's counter: the article's footfall through the article's rates, for the assumed fees.</summary>
    public static FunnelCosting SupermarketDay { get; } =
        PublicCostModel.None(Currency.CNY).WithFixedFees(CounterFeesPerDay).CostOf(Counter, SupermarketVisitorsPerDay);

    /// <summary>The operator's salary spread over the fans: ¥6,000 / 10,000 = ¥0.60 per fan per month.</summary>
    public static Money RunningPerFanPerMonth => OperatorPerMonth.Divide(Fans, MidpointRounding.AwayFromZero);

    /// <summary>What the pool costs before its first post: the capture gifts and the setup.</summary>
    public static Money BeforeTheFirstPost => CaptureGift.Multiply(Fans, MidpointRounding.AwayFromZero) + Setup;

    /// <summary>The pool: the fans captured with a gift, one post a day, against the counter's price per buyer.</summary>
    public static TrafficScenario PoolAgainst(Money publicCostPerConversion) => TrafficScenario.Create(
        Fans,
        PrivatePoolCostModel.Create(
            capturePerMember: CaptureGift,
            setup: Setup,
            runningPerMemberPerMonth: RunningPerFanPerMonth,
            costPerReach: Money.Yuan(0m),
            conversionPerReach: ConversionPerPost,
            attritionPerReach: AttritionPerPost,
            repurchasePerReach: RepurchasePerPost),
        publicCostPerConversion,
        reaches: Days,
        reachEvery: TimeUnit.Days,
        valuePerConversion: MarginPerSale);

    /// <summary>Every assumed figure, one line each, as the output prints them.</summary>
    public static IEnumerable<string> Assumptions(Func<Money, string> yuan)
    {
        yield return $"counter fees (rent, booth, management, utilities): {yuan(CounterFeesPerDay)} a day";
        yield return "the supermarket's visitors pass, ask and buy at article 003's counter rates (10%, 20%, 20%)";
        yield return $"capture gift (a free sample for adding the account): {yuan(CaptureGift)} per fan; setup (accounts, tools): {yuan(Setup)}";
        yield return $"staff: one operator at {yuan(OperatorPerMonth)} a month for the {Fans:N0} fans = {yuan(RunningPerFanPerMonth)} per fan per month";
        yield return $"one post a day for {Days} days; a post reaches every fan at no charge (article 004)";
        var zh = CultureInfo.GetCultureInfo("zh-CN");
        yield return $"a post converts {ConversionPerPost.ToString("P1", zh)} of fans who have not bought (the counter's 20 of 5,000, no better), " +
            $"{RepurchasePerPost.ToString("P0", zh)} of buyers buy again, {AttritionPerPost.ToString("P1", zh)} of fans leave";
        yield return $"gross margin: {yuan(MarginPerSale)} per sale";
    }
}
