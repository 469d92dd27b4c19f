using System;
using System.Collections.Generic;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Traffic;

/// <summary>
/// What one period's run of a <see cref="Funnel"/> costs when its traffic is bought (<see cref="PublicCostModel.CostOf(FunnelRun)"/>):
/// each cost line, the total, the cost per person at each stage and the customer acquisition cost (获客成本).
/// </summary>
public sealed class FunnelCosting
{
    private readonly Money[] _costByLastStage;

    internal FunnelCosting(FunnelRun run, Money impressions, Money clicks, Money acquisitions, Money commission, Money fixedFees)
    {
        Run = run;
        Impressions = impressions;
        Clicks = clicks;
        Acquisitions = acquisitions;
        Commission = commission;
        FixedFees = fixedFees;
        var currency = impressions.Currency;
        Total = Money.Sum([impressions, clicks, acquisitions, commission, fixedFees], currency);

        // Where the money went: the total shared out over the stage at which each person stopped, in proportion
        // to the people who stopped there. Money.Allocate conserves the total to the fen.
        var stopped = run.StoppedAt();
        _costByLastStage = new Money[stopped.Length];
        if (run.Volume == 0)
        {
            _costByLastStage[0] = Total;
            for (var i = 1; i < stopped.Length; i++)
            {
                _costByLastStage[i] = Money.Zero(currency);
            }
        }
        else
        {
            var ratios = new decimal[stopped.Length];
            for (var i = 0; i < stopped.Length; i++)
            {
                ratios[i] = stopped[i];
            }

            Total.AllocateInto(ratios, _costByLastStage);
        }

        CostByLastStage = Array.AsReadOnly(_costByLastStage);
    }

    /// <summary>The run that was priced.</summary>
    public FunnelRun Run { get; }

    /// <summary>The CPM line: price per thousand × top volume / 1000.</summary>
    public Money Impressions { get; }

    /// <summary>The CPC line: price per click × people at the click stage.</summary>
    public Money Clicks { get; }

    /// <summary>The CPA line: price per acquisition × conversions.</summary>
    public Money Acquisitions { get; }

    /// <summary>The commission line: rate × average order value × conversions.</summary>
    public Money Commission { get; }

    /// <summary>The fixed fees for the period.</summary>
    public Money FixedFees { get; }

    /// <summary>The sum of all lines.</summary>
    public Money Total { get; }

    /// <summary>
    /// The total shared out over the stage where each person's journey ended, in proportion to how many stopped
    /// there (the last stage holds the converted). It adds up to <see cref="Total"/> exactly; when no one entered,
    /// all of it sits on the top stage.
    /// </summary>
    public IReadOnlyList<Money> CostByLastStage { get; }

    /// <summary>The customer acquisition cost, CAC (获客成本): total cost / conversions, rounded to the minor unit; null when nobody converted.</summary>
    public Money? CostPerConversion => CostPerPersonAt(Run.People.Count - 1);

    /// <summary>The total cost divided by the people who reached a stage, such as the cost per visitor or per buyer.</summary>
    /// <param name="stage">The stage index.</param>
    /// <returns>The cost per person, rounded to the minor unit away from zero; null when nobody reached the stage.</returns>
    public Money? CostPerPersonAt(int stage)
    {
        Guard.Against.NotBetween(stage, 0, Run.People.Count - 1);
        var people = Run.People[stage];
        return people == 0 ? null : Total.Divide(people, MidpointRounding.AwayFromZero);
    }
}
