namespace PrivateTraffic.Core.Fission;

/// <summary>An observed virality K with its confidence interval (normal approximation: mean ± z·s/√n, cut at 0).</summary>
/// <param name="Value">The observed K: mean campaign referees per participant.</param>
/// <param name="Lower">The interval's lower end, never below 0.</param>
/// <param name="Upper">The interval's upper end.</param>
/// <param name="Confidence">The interval's confidence level, e.g. 0.95.</param>
/// <param name="SampleSize">The participants the mean is over.</param>
public sealed record ViralityEstimate(double Value, double Lower, double Upper, double Confidence, int SampleSize);
