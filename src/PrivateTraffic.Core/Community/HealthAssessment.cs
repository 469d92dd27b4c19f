using System.Collections.Generic;

namespace PrivateTraffic.Core.Community;

/// <summary>A group's health over a window: the class, the figures, and the reasons it is not one level higher (for a
/// dead group, the reasons it is dead). A thriving group has no reasons.</summary>
/// <param name="Health">The class.</param>
/// <param name="Figures">The figures it was judged by.</param>
/// <param name="Reasons">Why it is not higher, in the order of <see cref="HealthReason"/>.</param>
public sealed record HealthAssessment(GroupHealth Health, HealthFigures Figures, IReadOnlyList<HealthReason> Reasons);
