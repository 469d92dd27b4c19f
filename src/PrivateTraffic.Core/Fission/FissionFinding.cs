namespace PrivateTraffic.Core.Fission;

/// <summary>One line of a fission checklist: a factor, whether it is in place, and what was found.</summary>
/// <param name="Factor">The factor.</param>
/// <param name="Met">Whether the campaign has it.</param>
/// <param name="Finding">What was found, in words.</param>
public sealed record FissionFinding(FissionFactor Factor, bool Met, string Finding);
