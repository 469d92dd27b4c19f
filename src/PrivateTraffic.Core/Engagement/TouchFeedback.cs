using NodaTime;

namespace PrivateTraffic.Core.Engagement;

/// <summary>Negative feedback (负反馈) a member gave at an instant; the reach policy's cooldown for its kind runs from then.</summary>
/// <param name="Kind">A complaint, a block or an unfollow.</param>
/// <param name="At">When the member gave it.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.TouchFeedbackJsonConverter))]
public readonly record struct TouchFeedback(TouchFeedbackKind Kind, Instant At);
