using NodaTime;

namespace PrivateTraffic.Core.Fission;

/// <summary>An observed cycle time with its confidence interval (normal approximation: mean ± z·s/√n, cut at 0).</summary>
/// <param name="Mean">The mean time from a referrer's joining to a referee's joining.</param>
/// <param name="Lower">The interval's lower end, never below zero.</param>
/// <param name="Upper">The interval's upper end.</param>
/// <param name="Confidence">The interval's confidence level, e.g. 0.95.</param>
/// <param name="SampleSize">The timed referrals the mean is over.</param>
public sealed record CycleTimeEstimate(Duration Mean, Duration Lower, Duration Upper, double Confidence, int SampleSize);
