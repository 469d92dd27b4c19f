using System.Globalization;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Tour;

/// <summary>潜在价值 potential value: what a customer is expected to bring, from the BG/NBD and Gamma-Gamma models.</summary>
internal static class ValueModelsChapter
{
    public static void Show()
    {
        var inv = CultureInfo.InvariantCulture;
        // The published CDNOW estimates (Fader, Hardie & Lee 2005; Fader & Hardie 2013), time in weeks.
        var purchases = BgNbdParameters.Create(0.243, 4.414, 0.793, 2.426, TimeUnit.Weeks);
        var spend = GammaGammaParameters.Create(6.25, 3.74, 15.44);
        Tour.Heading("5. 潜在价值 Potential value: BG/NBD purchases × Gamma-Gamma spend");
        Console.WriteLine($"  {purchases}");
        Console.WriteLine($"  {spend}");
        Console.WriteLine("  Customer: 2 repeat purchases, the last in week 30.43, observed for 38.86 weeks, repeat purchases of $22.35 on average");
        Console.WriteLine(string.Format(inv, "  P(alive) 存活概率           {0:F4}", purchases.ProbabilityAlive(2, 30.43, 38.86)));
        Console.WriteLine(string.Format(inv, "  purchases in next 39 weeks  {0:F3}", purchases.ExpectedPurchases(2, 30.43, 38.86, 39)));
        Console.WriteLine(string.Format(inv, "  expected spend per purchase {0:F2}", GammaGammaModel.ExpectedSpend(spend, 2, 22.35)));
        var year = LifetimeValueHorizon.Create(12, TimeUnit.Months, 0.01);

        // CDNOW's customer 1 as a summary: bought on 1 Jan 1997, again on 18 Jan and 2 Aug ($29.33, $29.73, $14.96),
        // observed to 30 Sep. t_x is the time of the last purchase counted from the first (30.43 weeks), not RFM's recency
        // (time since the last purchase, 8.43 weeks).
        var customer = CustomerSummary.Create(
            MemberId.From("1"), new NodaTime.LocalDate(1997, 1, 1), new NodaTime.LocalDate(1997, 8, 2), 2,
            Money.Of(22.345m, Currency.USD), Money.Of(74.02m, Currency.USD), new NodaTime.LocalDate(1997, 9, 30), TimeUnit.Weeks);
        var clv = CustomerLifetimeValue.Discounted(purchases, spend, customer, year, MidpointRounding.ToEven);
        Console.WriteLine($"  CLV 客户终身价值, {year}: {clv}");
        Console.WriteLine(string.Format(inv, "  t_x time of last purchase {0:F2} weeks; RFM recency (time since last purchase) {1:F2} weeks", customer.TimeOfLastPurchase, customer.TimeSinceLastPurchase));

        // Both purchase models answer the same questions through one interface.
        IPurchaseModel[] models = [purchases, ParetoNbdParameters.Create(0.553, 10.578, 0.606, 11.669, TimeUnit.Weeks)];
        foreach (var model in models)
        {
            Console.WriteLine(string.Format(
                inv,
                "  {0}: P(alive) {1:F4}, CLV {2}",
                model,
                model.ProbabilityAlive(customer.Frequency, customer.TimeOfLastPurchase, customer.Age),
                CustomerLifetimeValue.Discounted(model, spend, customer, year, MidpointRounding.ToEven)));
        }

        Console.WriteLine("  The same customer silent since week 5 (t_x = 5):");
        Console.WriteLine(string.Format(inv, "  P(alive) {0:F4}, purchases in next 39 weeks {1:F3}", purchases.ProbabilityAlive(2, 5, 38.86), purchases.ExpectedPurchases(2, 5, 38.86, 39)));
    }
}
