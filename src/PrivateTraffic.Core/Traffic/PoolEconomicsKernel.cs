using System;

namespace PrivateTraffic.Core.Traffic;

/// <summary>
/// The one simulation of a private pool over a horizon, in doubles (a model, not money), shared by
/// <see cref="TrafficEconomics.Compare"/> and the allocation-free sensitivity sweep. Amounts are in major units.
/// </summary>
internal static class PoolEconomicsKernel
{
    /// <summary>The Gregorian average month in days, as <see cref="Primitives.TimeUnit.Months"/> uses.</summary>
    private const double DaysPerMonth = 30.436875;

    internal struct Inputs
    {
        public double Members;
        public double CapturePerMember;
        public double Setup;
        public double RunningPerMemberPerReach;
        public double CostPerReach;
        public double Conversion;
        public double Repurchase;
        public double Attrition;
        public double PublicCostPerConversion;
        public double ValuePerConversion; // 0 when unknown
        public int Reaches;
    }

    internal struct Point
    {
        public double Members;
        public double Conversions;
        public double Customers;
        public double Cost;
    }

    internal struct Outcome
    {
        public int CrossoverEncoded;
        public int PaybackReach;
        public double Conversions;
        public double Customers;
        public double Cost;
        public double Members;
    }

    public static Inputs From(TrafficScenario scenario)
    {
        var pool = scenario.Pool;
        return new Inputs
        {
            Members = scenario.PoolMembers,
            CapturePerMember = pool.CapturePerMember.ToDouble(),
            Setup = pool.Setup.ToDouble(),
            RunningPerMemberPerReach = pool.RunningPerMemberPerMonth.ToDouble() * scenario.ReachEvery.DaysPerUnit / DaysPerMonth,
            CostPerReach = pool.CostPerReach.ToDouble(),
            Conversion = pool.ConversionPerReach.Value,
            Repurchase = pool.RepurchasePerReach.Value,
            Attrition = pool.AttritionPerReach.Value,
            PublicCostPerConversion = scenario.PublicCostPerConversion.ToDouble(),
            ValuePerConversion = scenario.ValuePerConversion?.ToDouble() ?? 0.0,
            Reaches = scenario.Reaches,
        };
    }

    /// <summary>
    /// Reaches the pool <see cref="Inputs.Reaches"/> times. Each reach: every member is reached (paying the
    /// per-reach and running cost), prospects convert, customers repurchase, then members leave with the attrition.
    /// Writes one point per reach into <paramref name="curve"/> when it is not empty. Allocates nothing.
    /// </summary>
    public static Outcome Run(in Inputs x, Span<Point> curve)
    {
        var prospects = x.Members;
        var customersInPool = 0.0;
        var cost = x.Setup + (x.CapturePerMember * x.Members);
        var conversions = 0.0;
        var customers = 0.0;
        var perMemberPerReach = x.CostPerReach + x.RunningPerMemberPerReach;
        var stay = 1.0 - x.Attrition;
        var crossover = 0;
        var payback = 0;
        for (var k = 1; k <= x.Reaches; k++)
        {
            cost += (prospects + customersInPool) * perMemberPerReach;
            var converted = prospects * x.Conversion;
            conversions += converted + (customersInPool * x.Repurchase);
            customers += converted;
            prospects = (prospects - converted) * stay;
            customersInPool = (customersInPool + converted) * stay;

            // The same test a caller makes on the curve: the cumulative cost per conversion is below the public one.
            if (crossover == 0 && conversions > 0.0 && cost / conversions < x.PublicCostPerConversion)
            {
                crossover = k;
            }

            if (payback == 0 && x.ValuePerConversion > 0.0 && conversions * x.ValuePerConversion >= cost && conversions > 0.0)
            {
                payback = k;
            }

            if (!curve.IsEmpty)
            {
                ref var point = ref curve[k - 1];
                point.Members = prospects + customersInPool;
                point.Conversions = conversions;
                point.Customers = customers;
                point.Cost = cost;
            }
        }

        return new Outcome
        {
            CrossoverEncoded = crossover > 0 ? crossover : -(int)(conversions > 0.0 ? NoCrossoverReason.PrivateNeverCheaper : NoCrossoverReason.NoConversions),
            PaybackReach = payback,
            Conversions = conversions,
            Customers = customers,
            Cost = cost,
            Members = prospects + customersInPool,
        };
    }
}
