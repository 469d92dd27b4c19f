using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Traffic;

/// <summary>
/// What buying public traffic (公域流量) costs: any combination of CPM (per thousand impressions), CPC (per click),
/// CPA (per acquisition), a commission rate on GMV (佣金) and fixed fees per period (rent, booth fee, management fee,
/// utilities: the lines a mall earns from its tenants).
/// </summary>
/// <remarks>
/// Start from <see cref="None"/> and add lines with the <c>With…</c> methods; each returns a new model. All prices
/// are in one currency and never negative. <see cref="CostOf(FunnelRun)"/> prices a funnel run: CPM on the top
/// stage's volume, CPC on the people at <see cref="ClickStage"/>, CPA and commission on the last stage's
/// conversions, the fixed fees once per period. Each line is rounded to the minor unit, away from zero.
/// </remarks>
[JsonConverter(typeof(PublicCostModelJsonConverter))]
public sealed class PublicCostModel : IEquatable<PublicCostModel>
{
    private PublicCostModel(Currency currency, Money perThousandImpressions, Money perClick, int clickStage, Money perAcquisition, decimal commissionRate, Money averageOrderValue, Money fixedFeesPerPeriod)
    {
        Currency = currency;
        PerThousandImpressions = perThousandImpressions;
        PerClick = perClick;
        ClickStage = clickStage;
        PerAcquisition = perAcquisition;
        CommissionRate = commissionRate;
        AverageOrderValue = averageOrderValue;
        FixedFeesPerPeriod = fixedFeesPerPeriod;
    }

    /// <summary>The currency of every price.</summary>
    public Currency Currency { get; }

    /// <summary>CPM: the price of a thousand impressions (people at the funnel's top stage).</summary>
    public Money PerThousandImpressions { get; }

    /// <summary>CPC: the price of one click (one person at <see cref="ClickStage"/>).</summary>
    public Money PerClick { get; }

    /// <summary>The index of the funnel stage whose people count as clicks (1, the second stage, unless set).</summary>
    public int ClickStage { get; }

    /// <summary>CPA: the price of one acquisition (one person at the funnel's last stage).</summary>
    public Money PerAcquisition { get; }

    /// <summary>The platform's commission as a share of GMV, in [0, 1] (0.05 is 5%).</summary>
    public decimal CommissionRate { get; }

    /// <summary>The GMV one conversion brings, on which <see cref="CommissionRate"/> is charged.</summary>
    public Money AverageOrderValue { get; }

    /// <summary>The fixed fees charged once per period whatever the traffic: rent, booth fee, management fee, utilities.</summary>
    public Money FixedFeesPerPeriod { get; }

    /// <summary>A model that charges nothing, to add lines to.</summary>
    /// <param name="currency">The currency of every price.</param>
    /// <returns>The free model.</returns>
    public static PublicCostModel None(Currency currency) =>
        new(currency, Money.Zero(currency), Money.Zero(currency), 1, Money.Zero(currency), 0m, Money.Zero(currency), Money.Zero(currency));

    /// <summary>Adds a CPM price, charged on the top stage's volume.</summary>
    /// <param name="pricePerThousand">The price of a thousand impressions; not negative, in <see cref="Currency"/>.</param>
    /// <returns>The new model.</returns>
    public PublicCostModel WithCpm(Money pricePerThousand) =>
        new(Currency, Price(pricePerThousand), PerClick, ClickStage, PerAcquisition, CommissionRate, AverageOrderValue, FixedFeesPerPeriod);

    /// <summary>Adds a CPC price, charged on the people at <paramref name="clickStage"/>.</summary>
    /// <param name="pricePerClick">The price of a click; not negative, in <see cref="Currency"/>.</param>
    /// <param name="clickStage">The index of the stage whose people are clicks; at least 0.</param>
    /// <returns>The new model.</returns>
    public PublicCostModel WithCpc(Money pricePerClick, int clickStage = 1) =>
        new(Currency, PerThousandImpressions, Price(pricePerClick), Guard.Against.BelowZero(clickStage), PerAcquisition, CommissionRate, AverageOrderValue, FixedFeesPerPeriod);

    /// <summary>Adds a CPA price, charged on each conversion at the last stage.</summary>
    /// <param name="pricePerAcquisition">The price of an acquisition; not negative, in <see cref="Currency"/>.</param>
    /// <returns>The new model.</returns>
    public PublicCostModel WithCpa(Money pricePerAcquisition) =>
        new(Currency, PerThousandImpressions, PerClick, ClickStage, Price(pricePerAcquisition), CommissionRate, AverageOrderValue, FixedFeesPerPeriod);

    /// <summary>Adds a commission on GMV, charged on each conversion's order value.</summary>
    /// <param name="rate">The commission rate in [0, 1].</param>
    /// <param name="averageOrderValue">The GMV of one conversion; not negative, in <see cref="Currency"/>.</param>
    /// <returns>The new model.</returns>
    public PublicCostModel WithCommission(decimal rate, Money averageOrderValue)
    {
        Guard.Against.Unmet(rate is >= 0m and <= 1m, $"A commission rate must lie in [0, 1], not {rate}.", nameof(rate));
        return new(Currency, PerThousandImpressions, PerClick, ClickStage, PerAcquisition, rate, Price(averageOrderValue), FixedFeesPerPeriod);
    }

    /// <summary>Adds fixed fees per period (rent, booth, management, utilities); they add to any already set.</summary>
    /// <param name="feesPerPeriod">The fees; not negative, in <see cref="Currency"/>.</param>
    /// <returns>The new model.</returns>
    public PublicCostModel WithFixedFees(Money feesPerPeriod) =>
        new(Currency, PerThousandImpressions, PerClick, ClickStage, PerAcquisition, CommissionRate, AverageOrderValue, FixedFeesPerPeriod.Add(Price(feesPerPeriod)));

    /// <summary>Prices one period's run of a funnel: every line, their total and the cost per stage.</summary>
    /// <param name="run">The funnel run.</param>
    /// <returns>The costing.</returns>
    /// <exception cref="ArgumentException">A CPC is set and the funnel has no stage <see cref="ClickStage"/>.</exception>
    public FunnelCosting CostOf(FunnelRun run)
    {
        Guard.Against.Null(run);
        var hasClicks = !PerClick.IsZero;
        Guard.Against.Unmet(!hasClicks || ClickStage < run.People.Count, $"The CPC is charged at stage {ClickStage}, but the funnel has {run.People.Count} stages.", nameof(run));
        var converted = run.Converted;
        var impressions = PerThousandImpressions.Multiply(run.Volume / 1000m, MidpointRounding.AwayFromZero);
        var clicks = hasClicks ? PerClick.Multiply(run.People[ClickStage], MidpointRounding.AwayFromZero) : Money.Zero(Currency);
        var acquisitions = PerAcquisition.Multiply(converted, MidpointRounding.AwayFromZero);
        var commission = AverageOrderValue.Multiply(CommissionRate * converted, MidpointRounding.AwayFromZero);
        return new FunnelCosting(run, impressions, clicks, acquisitions, commission, FixedFeesPerPeriod.RoundToMinorUnit(MidpointRounding.AwayFromZero));
    }

    /// <summary>Runs <paramref name="funnel"/> on <paramref name="volume"/> and prices the run.</summary>
    /// <param name="funnel">The funnel.</param>
    /// <param name="volume">The people entering at the top; not negative.</param>
    /// <returns>The costing.</returns>
    public FunnelCosting CostOf(Funnel funnel, long volume) => CostOf(Guard.Against.Null(funnel).Run(volume));

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] PublicCostModel? other) =>
        other is not null
        && Currency == other.Currency
        && PerThousandImpressions == other.PerThousandImpressions
        && PerClick == other.PerClick
        && ClickStage == other.ClickStage
        && PerAcquisition == other.PerAcquisition
        && CommissionRate == other.CommissionRate
        && AverageOrderValue == other.AverageOrderValue
        && FixedFeesPerPeriod == other.FixedFeesPerPeriod;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as PublicCostModel);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(PerThousandImpressions, PerClick, PerAcquisition, CommissionRate, FixedFeesPerPeriod);

    private Money Price(Money price, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(price))] string? paramName = null) =>
        CostGuard.Cost(price, Currency, paramName);
}
