using System;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Traffic;

/// <summary>
/// The result of a sensitivity sweep (敏感性分析): the cost crossover (成本交叉点, see <see cref="CostCrossover"/>) and the private cost per conversion for every scenario of
/// a <see cref="SensitivityGrid"/>, indexed by (conversion, attrition, capture cost).
/// </summary>
public sealed class CrossoverSurface
{
    private readonly int[] _crossover;
    private readonly double[] _costPerConversion;

    internal CrossoverSurface(SensitivityGrid grid, int[] crossover, double[] costPerConversion)
    {
        Grid = grid;
        _crossover = crossover;
        _costPerConversion = costPerConversion;
    }

    /// <summary>The grid that was swept.</summary>
    public SensitivityGrid Grid { get; }

    /// <summary>The cost crossover of one scenario.</summary>
    /// <param name="conversion">The index into <see cref="SensitivityGrid.Conversions"/>.</param>
    /// <param name="attrition">The index into <see cref="SensitivityGrid.Attritions"/>.</param>
    /// <param name="captureCost">The index into <see cref="SensitivityGrid.CaptureCosts"/>.</param>
    /// <returns>The crossover reach or never with the reason.</returns>
    public CostCrossover CrossoverAt(int conversion, int attrition, int captureCost) => CostCrossover.Decode(_crossover[Index(conversion, attrition, captureCost)]);

    /// <summary>The private pool's cost per conversion over the whole horizon for one scenario, in major units; infinity when it converted nobody.</summary>
    /// <param name="conversion">The index into <see cref="SensitivityGrid.Conversions"/>.</param>
    /// <param name="attrition">The index into <see cref="SensitivityGrid.Attritions"/>.</param>
    /// <param name="captureCost">The index into <see cref="SensitivityGrid.CaptureCosts"/>.</param>
    /// <returns>The cost per conversion.</returns>
    public double CostPerConversionAt(int conversion, int attrition, int captureCost) => _costPerConversion[Index(conversion, attrition, captureCost)];

    /// <summary>How many scenarios reach crossover within the horizon.</summary>
    public int CrossoverCount
    {
        get
        {
            var count = 0;
            foreach (var encoded in _crossover)
            {
                count += encoded > 0 ? 1 : 0;
            }

            return count;
        }
    }

    private int Index(int conversion, int attrition, int captureCost)
    {
        Guard.Against.NotBetween(conversion, 0, Grid.Conversions.Count - 1);
        Guard.Against.NotBetween(attrition, 0, Grid.Attritions.Count - 1);
        Guard.Against.NotBetween(captureCost, 0, Grid.CaptureCosts.Count - 1);
        return (((conversion * Grid.Attritions.Count) + attrition) * Grid.CaptureCosts.Count) + captureCost;
    }
}
