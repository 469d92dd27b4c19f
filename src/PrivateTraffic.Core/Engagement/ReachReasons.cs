using System;

namespace PrivateTraffic.Core.Engagement;

/// <summary>The texts of the reach planner's reasons (触达决策的原因), one fixed sentence per <see cref="ReachReason"/>.</summary>
public static class ReachReasons
{
    private static readonly string[] Texts =
    [
        "Every rule holds at the requested instant.",
        "No contact profile for the member: their zone and consent are unknown.",
        "The member never consented to this purpose on this channel.",
        "The member withdrew consent for this purpose on this channel.",
        "The member asked not to be contacted (do-not-contact); this is never overridden.",
        "An operator blocked contact with the member on this channel.",
        "The channel's rule does not carry this message class.",
        "Marketing to the member is paused.",
        "Negative feedback from the member: the cooldown after it has not ended.",
        "The member's quiet hours (local time).",
        "The channel's daily cap of marketing touches for the member is reached.",
        "The channel's weekly cap of marketing touches for the member is reached.",
        "The channel's monthly cap of marketing touches for the member is reached.",
        "A platform limit on messages the member may receive is reached.",
        "Another marketing touch to the member is closer than the minimum gap.",
        "The member's fatigue level is above the policy's ceiling.",
        "No instant within the planning horizon satisfies every rule.",
    ];

    /// <summary>The fixed English sentence for a reason.</summary>
    /// <param name="reason">A defined reason.</param>
    /// <returns>The sentence; the same instance every time (no allocation).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined reason.</exception>
    public static string Describe(this ReachReason reason) =>
        (uint)reason < (uint)Texts.Length ? Texts[(int)reason] : throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a defined reach reason.");
}
