namespace PrivateTraffic.Core.Fission;

/// <summary>The spread of the simulated total after one generation: mean, its standard error, and percentiles.</summary>
/// <param name="Generation">The generation, 0 being the seeds.</param>
/// <param name="Mean">The mean total over the runs.</param>
/// <param name="StandardError">The standard error of that mean (the runs' standard deviation / √runs).</param>
/// <param name="P5">The 5th percentile of the total.</param>
/// <param name="P50">The median total.</param>
/// <param name="P95">The 95th percentile of the total.</param>
public sealed record ViralBand(int Generation, double Mean, double StandardError, double P5, double P50, double P95);
