using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using nietras.SeparatedValues;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Cli;

/// <summary>
/// <c>score</c>: a summary and two fits in (the purchase model by <c>--params</c>, Gamma-Gamma by <c>--spend-params</c>),
/// one CSV row per customer out: P(alive), expected purchases and discounted CLV over the horizon, expected spend per
/// purchase, realized repeat revenue x·z̄, the value band (价值分层: top / middle / bottom, 20/70/10) by realized + CLV,
/// and the RFM segment. The same meaning as the CustomerValue sample's score.
/// </summary>
/// <remarks>
/// Whatever summarize writes is accepted: a repeat buyer whose purchases were all free has z̄ = 0, and the Gamma-Gamma
/// expected spend p(γ + x z̄)/(px + q − 1) is finite there (pγ/(px + q − 1)); the library's scorer takes z̄ = 0.
/// </remarks>
internal static class ScoreCommand
{
    private static readonly string[] Header = ["ID", "p_alive", "expected_purchases", "expected_spend", "clv", "realized", "tier", "rfm", "segment"];

    public static Command Create()
    {
        var summary = Options.File("--summary", "The summary CSV with a spend column (what summarize writes, or ID,x,t_x,T,zbar).");
        var purchases = Options.File("--params", "The purchase model: a BG/NBD or Pareto/NBD fit (what fit writes) or bare parameters.");
        var spend = Options.File("--spend-params", "The Gamma-Gamma fit or parameters (q > 1).");
        var horizon = Options.Positive("--horizon", "The horizon in periods of --unit.");
        var unit = Options.Unit("The period of the horizon and of the discount rate");
        var rate = Options.NonNegative("--discount-rate", "The discount rate per period, such as 0.01.");
        var currency = Options.Currency();
        var output = Options.Output("the scores CSV");
        var command = new Command("score", "Score customers: P(alive), expected purchases, expected spend, discounted CLV, value band and RFM segment.")
        {
            summary, purchases, spend, horizon, unit, rate, currency, output,
        };
        command.SetAction(r =>
        {
            var model = ModelFile.ReadPurchaseModel(r.GetRequiredValue(purchases));
            var spendModel = ModelFile.ReadSpendModel(r.GetRequiredValue(spend));
            if (spendModel.Q <= 1.0)
            {
                throw new InputException($"{r.GetRequiredValue(spend)}: q = {spendModel.Q} ≤ 1, so the population mean spend is infinite and CLV is undefined.");
            }

            var lifetime = LifetimeValueHorizon.Create(r.GetValue(horizon), r.GetValue(unit), r.GetValue(rate));
            var money = r.GetValue(currency) ?? Currency.FromCode("CNY");
            var file = SummaryFile.Read(r.GetRequiredValue(summary), withIds: true);
            Timings.Mark("read");
            Progress.Step("scoring");
            var z = file.RequireMeanSpend("score (expected spend and CLV)");
            var n = file.Count;

            // The summary carries no unit: it is read in the purchase model's unit, the one it was fitted in.
            var scores = CustomerLifetimeValue.Score(model, spendModel, lifetime, file.Frequency, file.TimeOfLastPurchase, file.Age, z);

            Timings.Mark("score");
            Progress.Step("value bands and RFM");
            var realized = new double[n];
            var total = new Money[n];
            var timeSinceLast = new double[n];
            var purchaseDays = new double[n];
            System.Threading.Tasks.Parallel.For(0, Environment.ProcessorCount, part =>
            {
                var (from, to) = ((int)((long)n * part / Environment.ProcessorCount), (int)((long)n * (part + 1) / Environment.ProcessorCount));
                for (var i = from; i < to; i++)
                {
                    realized[i] = file.Frequency[i] * z[i];
                    total[i] = Money.FromDouble(realized[i] + scores.LifetimeValue[i], money, MidpointRounding.ToEven);
                    timeSinceLast[i] = file.Age[i] - file.TimeOfLastPurchase[i];
                    purchaseDays[i] = file.Frequency[i] + 1;
                }
            });

            // The bands and the RFM scores are independent: one core each.
            ValueTier[] tiers = [];
            RfmScore[] rfm = [];
            System.Threading.Tasks.Parallel.Invoke(
                () => tiers = ValueQuantileLayering.Assign(file.Ids, total, ValueQuantileShares.TwentySeventyTen),
                () => rfm = RfmScore.ScoreAll(file.Ids, timeSinceLast, purchaseDays, realized));
            Timings.Mark("bands, RFM");
            Progress.Step("writing");
            var target = r.GetValue(output);
            OutputFile.WriteStream(target, w => Write(w, file, scores, realized, tiers, rfm));
            Timings.Mark("write");
            Console.Error.WriteLine($"{n:N0} customers scored over {lifetime}{(target is null ? string.Empty : " → " + target)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(Stream output, SummaryFile file, CustomerScores scores, double[] realized, ValueTier[] tiers, RfmScore[] rfm) =>
        CsvRows.Write(output, string.Join(',', Header), file.Count, (i, line) =>
        {
            line.Text(file.Ids[i].Value);
            line.Byte((byte)',');
            line.Fixed(scores.ProbabilityAlive[i], 4);
            line.Byte((byte)',');
            line.Fixed(scores.ExpectedPurchases[i], 4);
            line.Byte((byte)',');
            line.Fixed(scores.ExpectedSpend[i], 2);
            line.Byte((byte)',');
            line.Fixed(scores.LifetimeValue[i], 2);
            line.Byte((byte)',');
            line.Fixed(realized[i], 2);
            line.Byte((byte)',');
            line.Ascii(TierName(tiers[i]));
            var score = rfm[i];
            line.Ascii([(byte)',', (byte)('0' + score.Recency), (byte)('0' + score.Frequency), (byte)('0' + score.Monetary), (byte)',']);
            line.Text(RfmSegmentNames.English(score.Segment));
        }, Progress.Report);

    private static ReadOnlySpan<byte> TierName(ValueTier tier) => tier switch
    {
        ValueTier.Top => "Top"u8,
        ValueTier.Middle => "Middle"u8,
        _ => "Bottom"u8,
    };
}
