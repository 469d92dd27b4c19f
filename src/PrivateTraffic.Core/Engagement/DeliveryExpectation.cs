using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <summary>What a series of touches (触达) to one member is expected to bring, from <see cref="DeliveryModel.Expect"/>.</summary>
/// <param name="Touches">How many touches were made.</param>
/// <param name="ExpectedSeen">How many of them the member is expected to see (all direct messages; a share of moments posts).</param>
/// <param name="ExpectedConversions">The expected number of conversions, fatigue included (a sum of per-touch chances).</param>
/// <param name="AnyConversion">The chance of at least one conversion.</param>
public readonly record struct DeliveryExpectation(int Touches, double ExpectedSeen, double ExpectedConversions, Probability AnyConversion);
