using System.Globalization;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Value;
using Spectre.Console;

namespace CustomerValue;

/// <summary>
/// The no-argument run: summarize a base, fit BG/NBD and Gamma-Gamma for its potential value, split it 2/7/1 by
/// realized + potential value, draw the RFM grid and list the top customers.
/// </summary>
internal static class Demo
{
    private static readonly Dictionary<ValueTier, string> TierNames = new()
    {
        [ValueTier.Top] = "头部",
        [ValueTier.Middle] = "腰部",
        [ValueTier.Bottom] = "尾部",
    };

    /// <summary>The potential-value horizon: 52 weeks, discounted at 0.2% a week (about 11% a year).</summary>
    private static readonly LifetimeValueHorizon Horizon = LifetimeValueHorizon.Create(52, TimeUnit.Weeks, 0.002);

    public static int Run()
    {
        var (source, log, end) = Load();
        var summaries = CustomerSummaries.Summarize(log, end, TimeUnit.Weeks);
        var currency = summaries.Currency;
        var realized = RealizedValue.Of(ValueBasis.Revenue, end).ByCustomer(log, currency);
        var policy = PrivateTrafficJson.Deserialize<TierPolicy>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "tier-policy.json")));
        var none = new Dictionary<MemberId, Money>();

        AnsiConsole.Write(new Rule($"[bold]客户价值 customer value[/]: {Markup.Escape(source)}"));
        AnsiConsole.MarkupLine($"{log.Count:N0} purchases, {summaries.Count:N0} customers, calibration end {end:yyyy'-'MM'-'dd} (inclusive), times in weeks.");

        // 潜在价值 potential value: BG/NBD for the purchases, Gamma-Gamma for the spend, fitted on this base; model
        // value needs referral data, which a transaction log does not have.
        var scores = Potential.Fit(summaries, Horizon);
        var potential = new Dictionary<MemberId, Money>();
        if (scores is null)
        {
            AnsiConsole.MarkupLine("Value = 既成价值 realized revenue only.");
        }
        else
        {
            for (var i = 0; i < summaries.Count; i++)
            {
                potential[summaries.Customers[i]] = Money.FromDouble(scores.LifetimeValue[i], currency, MidpointRounding.ToEven);
            }

            AnsiConsole.MarkupLine($"Value = 既成价值 realized revenue + 潜在价值 potential value (CLV over {Horizon}).");
        }

        var cards = ValueCard.BuildAll(summaries, realized, potential, none, policy);
        ShowSplit(cards, currency, scores is not null);
        ShowRfmGrid(cards);
        ShowTop(cards, summaries, scores, 10);
        return 0;
    }

    private static (string Source, PurchaseLog Log, LocalDate End) Load()
    {
        var cdnow = RepositoryRoots()
            .Select(root => Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "cdnow", "CDNOW_sample.txt")))
            .FirstOrDefault(File.Exists);
        if (cdnow is not null)
        {
            return ("CDNOW 1/10th sample (" + cdnow + ")", SummarizeCommand.Read(cdnow, cdnow: true, Currency.USD), new LocalDate(1997, 9, 30));
        }

        return ("a simulated base of 2,000 customers (seed 2024; CDNOW data not found beside the repository)", SimulatedBase.Create(2000, seed: 2024), SimulatedBase.CalibrationEnd);
    }

    /// <summary>The folders holding PrivateTraffic.Core.sln above the program and above the current directory.</summary>
    private static IEnumerable<string> RepositoryRoots()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "PrivateTraffic.Core.sln")))
                {
                    yield return dir.FullName;
                    break;
                }
            }
        }
    }

    private static void ShowSplit(IReadOnlyList<ValueCard> cards, Currency currency, bool withPotential)
    {
        var title = withPotential ? "价值分层 value bands 20/70/10 (by realized + potential value)" : "价值分层 value bands 20/70/10 (by realized value)";
        var table = new Table().Title(title).AddColumns("tier", "中文", "customers", "share", "realized", "potential", "share of value");
        var total = Money.Sum(cards.Select(c => c.OwnValue), currency);
        foreach (var (tier, chinese) in TierNames)
        {
            var inTier = cards.Where(c => c.Tier == tier).ToList();
            var value = Money.Sum(inTier.Select(c => c.OwnValue), currency);
            table.AddRow(
                tier.ToString(), chinese, inTier.Count.ToString("N0", CultureInfo.InvariantCulture), Percent(inTier.Count, cards.Count),
                Money.Sum(inTier.Select(c => c.Realized), currency).ToString("G", CultureInfo.InvariantCulture),
                Money.Sum(inTier.Select(c => c.Potential), currency).ToString("G", CultureInfo.InvariantCulture),
                total.IsZero ? "-" : Percent((double)value.Amount, (double)total.Amount));
        }

        AnsiConsole.Write(table);
    }

    private static void ShowRfmGrid(IReadOnlyList<ValueCard> cards)
    {
        var grid = new Table().Title("RFM grid: customers by recency (rows) and frequency (columns) score").AddColumn("R \\ F");
        for (var f = 1; f <= 5; f++)
        {
            grid.AddColumn(new TableColumn($"F{f}").RightAligned());
        }

        for (var r = 5; r >= 1; r--)
        {
            var row = new List<string> { $"R{r}" };
            for (var f = 1; f <= 5; f++)
            {
                var cell = cards.Where(c => c.Rfm.Recency == r && c.Rfm.Frequency == f).ToList();
                row.Add(cell.Count == 0 ? "·" : $"{cell.Count} [grey]{Markup.Escape(RfmSegmentNames.Chinese(cell[0].Segment))}[/]");
            }

            grid.AddRow(row.ToArray());
        }

        AnsiConsole.Write(grid);
        var segments = new Table().Title("RFM segments").AddColumns("segment", "中文", "customers");
        foreach (var group in cards.GroupBy(c => c.Segment).OrderBy(g => g.Key))
        {
            segments.AddRow(Markup.Escape(RfmSegmentNames.English(group.Key)), RfmSegmentNames.Chinese(group.Key), group.Count().ToString(CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(segments);
    }

    private static void ShowTop(IReadOnlyList<ValueCard> cards, CustomerSummaries summaries, Potential? scores, int count)
    {
        var table = new Table().Title($"Top {count} customers by total value").AddColumns("ID", "x", "t_x", "realized", "P(alive)", "buys 52w", "CLV", "RFM", "segment", "tier", "action");
        var inv = CultureInfo.InvariantCulture;
        foreach (var card in cards.OrderByDescending(c => c.ValueWithReferrals).ThenBy(c => c.Customer).Take(count))
        {
            summaries.TryFind(card.Customer, out var row);
            var s = summaries[row];
            table.AddRow(
                Markup.Escape(card.Customer.Value), s.Frequency.ToString(inv), s.TimeOfLastPurchase.ToString("0.00", inv),
                card.Realized.ToString("G", inv),
                scores is null ? "-" : scores.Alive[row].ToString("0.000", inv),
                scores is null ? "-" : scores.ExpectedPurchases[row].ToString("0.00", inv),
                card.Potential.ToString("G", inv), card.Rfm.ToString(),
                RfmSegmentNames.Chinese(card.Segment), TierNames[card.Tier], Markup.Escape(card.Action.Code));
        }

        AnsiConsole.Write(table);
    }

    private static string Percent(double part, double whole) =>
        whole == 0 ? "-" : (part / whole).ToString("P1", CultureInfo.InvariantCulture);
}
