using System;
using System.Collections.Generic;

namespace PrivateTraffic.Core.Traffic;

/// <summary>
/// A volume of people put through a <see cref="Funnel"/>: expected (fractional) and whole-person counts per stage.
/// </summary>
/// <remarks>
/// <para><b>Rounding rule.</b> The whole count at the top is the volume. At every later stage it is the expected
/// count rounded down to a whole person, after first rounding the expected count to 6 decimal places so that
/// binary noise (0.29 × 100 = 28.999999999999996) does not lose a person; and it is never more than the whole
/// count of the stage before. So whole counts never exceed the expected count by more than 10⁻⁶, never fall a
/// whole person or more below it, never exceed the stage before, and never create people.</para>
/// </remarks>
public sealed class FunnelRun
{
    internal FunnelRun(Funnel funnel, long volume, double[] expected, long[] people)
    {
        Funnel = funnel;
        Volume = volume;
        Expected = Array.AsReadOnly(expected);
        People = Array.AsReadOnly(people);
    }

    /// <summary>The funnel that was run.</summary>
    public Funnel Funnel { get; }

    /// <summary>The people who entered at the top.</summary>
    public long Volume { get; }

    /// <summary>The expected count at each stage (fractional): <c>volume × p₁ × … × pᵢ</c>.</summary>
    public IReadOnlyList<double> Expected { get; }

    /// <summary>The whole-person count at each stage, by the rounding rule in the remarks.</summary>
    public IReadOnlyList<long> People { get; }

    /// <summary>The whole-person count at the last stage: the conversions the funnel produced.</summary>
    public long Converted => People[^1];

    /// <summary>The people whose journey ended at each stage: those who reached it but not the next (all of the last stage's people).</summary>
    /// <returns>One count per stage; they add up to <see cref="Volume"/>.</returns>
    public long[] StoppedAt()
    {
        var stopped = new long[People.Count];
        for (var i = 0; i < stopped.Length; i++)
        {
            stopped[i] = People[i] - (i + 1 < stopped.Length ? People[i + 1] : 0);
        }

        return stopped;
    }

    internal static long WholePeople(double expected) => (long)Math.Floor(Math.Round(expected, 6, MidpointRounding.AwayFromZero));
}
