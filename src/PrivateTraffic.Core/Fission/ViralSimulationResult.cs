using System;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Fission;

/// <summary>The totals of every run of a <see cref="ViralSimulation"/>, generation by generation, and their bands.</summary>
public sealed class ViralSimulationResult
{
    private readonly double[] _totals;
    private readonly int _width;

    internal ViralSimulationResult(ViralGrowthModel model, int runs, double[] totals)
    {
        Model = model;
        Runs = runs;
        _totals = totals;
        _width = model.Generations + 1;
    }

    /// <summary>The model that was run.</summary>
    public ViralGrowthModel Model { get; }

    /// <summary>How many runs there were.</summary>
    public int Runs { get; }

    /// <summary>The total of one run after one generation.</summary>
    /// <param name="run">The run, from 0.</param>
    /// <param name="generation">The generation, 0 being the seeds.</param>
    public double TotalOf(int run, int generation)
    {
        Guard.Against.NotBetween(run, 0, Runs - 1);
        Guard.Against.NotBetween(generation, 0, _width - 1);
        return _totals[(run * _width) + generation];
    }

    /// <summary>A percentile of the total after one generation, interpolated linearly between ranks.</summary>
    /// <param name="generation">The generation, 0 being the seeds.</param>
    /// <param name="percent">The percentile, 0 to 100.</param>
    public double Percentile(int generation, double percent)
    {
        Guard.Against.Unmet(percent >= 0.0 && percent <= 100.0, $"A percentile lies in [0, 100], not {percent}.", nameof(percent));
        return PercentileOf(Column(generation), percent);
    }

    /// <summary>The band after one generation.</summary>
    /// <param name="generation">The generation, 0 being the seeds.</param>
    public ViralBand Band(int generation)
    {
        var column = Column(generation);
        double sum = 0.0;
        foreach (var v in column)
        {
            sum += v;
        }

        var mean = sum / column.Length;
        double squares = 0.0;
        foreach (var v in column)
        {
            squares += (v - mean) * (v - mean);
        }

        var sd = column.Length > 1 ? Math.Sqrt(squares / (column.Length - 1)) : 0.0;
        return new ViralBand(generation, mean, sd / Math.Sqrt(column.Length), PercentileOf(column, 5), PercentileOf(column, 50), PercentileOf(column, 95));
    }

    /// <summary>The bands of every generation, 0 being the seeds.</summary>
    public ViralBand[] Bands()
    {
        var bands = new ViralBand[_width];
        for (var g = 0; g < _width; g++)
        {
            bands[g] = Band(g);
        }

        return bands;
    }

    private double[] Column(int generation)
    {
        Guard.Against.NotBetween(generation, 0, _width - 1);
        var column = new double[Runs];
        for (var r = 0; r < Runs; r++)
        {
            column[r] = _totals[(r * _width) + generation];
        }

        Array.Sort(column);
        return column;
    }

    private static double PercentileOf(double[] sorted, double percent)
    {
        var rank = percent / 100.0 * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((rank - low) * (sorted[high] - sorted[low]));
    }
}
