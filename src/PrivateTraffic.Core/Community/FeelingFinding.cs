namespace PrivateTraffic.Core.Community;

/// <summary>How one of the four feelings stands, why, and what to do.</summary>
/// <param name="Feeling">The feeling.</param>
/// <param name="Level">Present, weak or missing.</param>
/// <param name="Reason">Why, from the blueprint's admission and ritual and the calendar's activities.</param>
/// <param name="WhatToDo">What would build it (empty when present).</param>
public sealed record FeelingFinding(Feeling Feeling, FeelingLevel Level, string Reason, string WhatToDo);
