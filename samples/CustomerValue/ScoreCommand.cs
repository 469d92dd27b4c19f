using System.Globalization;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace CustomerValue;

/// <summary>
/// <c>score</c>: a summary CSV and two fits in (the purchase model by <c>--params</c>, Gamma-Gamma by
/// <c>--spend-params</c>), one CSV row per customer out: P(alive), expected purchases and discounted CLV over the
/// horizon, expected spend per purchase, realized repeat revenue, the value band (价值分层: top / middle / bottom, 20/70/10) by realized + CLV, and the RFM segment.
/// </summary>
internal static class ScoreCommand
{
    public static int Run(CommandLine options)
    {
        var purchases = ModelFile.ReadPurchaseModel(options.Required("params"));
        var spend = ModelFile.ReadSpendModel(options.Required("spend-params"));
        var horizon = LifetimeValueHorizon.Create(
            PositiveWhole(options.Required("horizon"), "--horizon"),
            TimeUnit.Parse(options.Optional("unit") ?? "weeks"),
            Number(options.Required("discount-rate"), "--discount-rate"));
        var currency = Currency.FromCode(options.Optional("currency") ?? "CNY");
        var summary = SummaryFile.Read(options.Required("summary"));
        var meanSpend = summary.RequireMonetaryValue("score (expected spend and CLV)");

        // The summary carries no unit: it is read in the purchase model's unit, the one it was fitted in.
        var n = summary.Ids.Length;
        var scores = CustomerLifetimeValue.Score(purchases, spend, horizon, summary.Frequency, summary.TimeOfLastPurchase, summary.Age, meanSpend);
        var clv = scores.LifetimeValue;

        // Realized value from what a summary allows: the repeat purchases' revenue, x · z̄ (the first purchase is not in it).
        var realized = new Money[n];
        var potential = new Money[n];
        var total = new Money[n];
        for (var i = 0; i < n; i++)
        {
            realized[i] = Money.FromDouble(summary.Frequency[i] * meanSpend[i], currency, MidpointRounding.ToEven);
            potential[i] = Money.FromDouble(clv[i], currency, MidpointRounding.ToEven);
            total[i] = realized[i] + potential[i];
        }

        var tiers = ValueQuantileLayering.Assign(summary.Ids, total, ValueQuantileShares.TwentySeventyTen);
        var timeSinceLast = summary.Age.Zip(summary.TimeOfLastPurchase, (t, tx) => t - tx).ToArray();
        var rfm = RfmScore.ScoreAll(summary.Ids, timeSinceLast, summary.Frequency.Select(x => x + 1).ToArray(), realized.Select(m => m.ToDouble()).ToArray());

        var output = options.Optional("output");
        var writer = output is null ? Console.Out : new StreamWriter(output);
        try
        {
            var inv = CultureInfo.InvariantCulture;
            writer.WriteLine("ID,p_alive,expected_purchases,expected_spend,clv,realized,tier,rfm,segment");
            for (var i = 0; i < n; i++)
            {
                writer.WriteLine(string.Join(',',
                    summary.Ids[i].Value, scores.ProbabilityAlive[i].ToString("0.0000", inv), scores.ExpectedPurchases[i].ToString("0.0000", inv), scores.ExpectedSpend[i].ToString("0.00", inv),
                    potential[i].Amount.ToString("0.00", inv), realized[i].Amount.ToString("0.00", inv), tiers[i], rfm[i], RfmSegmentNames.English(rfm[i].Segment)));
            }
        }
        finally
        {
            if (output is not null)
            {
                writer.Dispose();
            }
        }

        if (output is not null)
        {
            Console.WriteLine($"{n:N0} customers scored over {horizon} → {output}");
        }

        return 0;
    }

    private static double Number(string text, string option) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"{option} must be a number such as 0.002; found '{text}'.");

    private static int PositiveWhole(string text, string option) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"{option} must be a whole number of periods ≥ 1; found '{text}'.");
}
