using System.Globalization;
using PrivateTraffic.Core.Value;
using Spectre.Console;

namespace CustomerValue;

/// <summary>
/// The demo's 潜在价值 potential value: BG/NBD and Gamma-Gamma fitted on the base it shows, then P(alive), expected
/// purchases and discounted CLV per customer (one entry per summary row).
/// </summary>
internal sealed class Potential
{
    private Potential(double[] alive, double[] expectedPurchases, double[] lifetimeValue)
    {
        Alive = alive;
        ExpectedPurchases = expectedPurchases;
        LifetimeValue = lifetimeValue;
    }

    public double[] Alive { get; }

    public double[] ExpectedPurchases { get; }

    public double[] LifetimeValue { get; }

    /// <summary>Fits both models and scores the base; null (with the reason printed) when a fit fails.</summary>
    public static Potential? Fit(CustomerSummaries summaries, LifetimeValueHorizon horizon)
    {
        var purchases = BgNbdModel.Fit(RepeatPurchaseData.Create(summaries.Frequency, summaries.TimeOfLastPurchase, summaries.Age, summaries.Unit));
        var spend = GammaGammaModel.Fit(summaries.Frequency, summaries.MonetaryValue);
        if (purchases.Parameters is not { } bg || spend.Parameters is not { } gg || gg.Q <= 1)
        {
            var reason = purchases.Message ?? spend.Message ?? "the spend model has q ≤ 1, so the mean spend is undefined";
            AnsiConsole.MarkupLine($"[yellow]No potential value[/]: {Markup.Escape(reason)}.");
            return null;
        }

        var inv = CultureInfo.InvariantCulture;
        AnsiConsole.MarkupLine(string.Create(inv, $"BG/NBD r={bg.R:0.###} α={bg.Alpha:0.###} a={bg.A:0.###} b={bg.B:0.###} (LL {purchases.LogLikelihood:0.00}); Gamma-Gamma p={gg.P:0.##} q={gg.Q:0.##} γ={gg.Gamma:0.##} on {spend.CustomerCount:N0} repeat buyers."));
        var scores = CustomerLifetimeValue.Score(bg, gg, horizon, summaries);
        return new Potential(scores.ProbabilityAlive.ToArray(), scores.ExpectedPurchases.ToArray(), scores.LifetimeValue.ToArray());
    }
}
