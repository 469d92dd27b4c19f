using System.Collections.Generic;
using NodaTime;

namespace PrivateTraffic.Core.Pools;

/// <summary>One row of the monthly cohort retention table: the members captured in one month and the share of them
/// still in the pool at the end of that month and each month after it.</summary>
/// <param name="Month">The capture month (the cohort).</param>
/// <param name="Size">How many members were captured that month (within the measured range).</param>
/// <param name="Retained">Index k: how many of them were still in the pool (neither left nor erased) at the end of
/// month <paramref name="Month"/> + k, the last column ending with the range.</param>
public sealed record CohortRetention(YearMonth Month, int Size, IReadOnlyList<int> Retained)
{
    /// <summary>The retention rate at month offset <paramref name="k"/>: retained / size (0 for an empty cohort).</summary>
    /// <param name="k">The month offset, 0 for the capture month.</param>
    /// <returns>A share in [0, 1].</returns>
    public double Rate(int k) => Size == 0 ? 0.0 : (double)Retained[k] / Size;
}
