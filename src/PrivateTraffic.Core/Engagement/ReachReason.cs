using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// Why the reach planner answered as it did: a stable code (its name on the wire is camelCase, and the numbers never
/// change). The rules are checked in a fixed order (docs/concepts/reach.md): consent and do-not-contact (免打扰), message
/// class, pause, quiet hours, caps, fatigue. <see cref="ReachReasons.Describe"/> gives the text.
/// </summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<ReachReason>))]
public enum ReachReason
{
    /// <summary>Nothing stood in the way: every rule held at the requested instant.</summary>
    None = 0,

    /// <summary>The planner has no contact profile for the member (no zone, no consent): it never guesses.</summary>
    NoContactProfile = 1,

    /// <summary>The member never consented to this purpose on this channel.</summary>
    ConsentMissing = 2,

    /// <summary>The member withdrew consent for this purpose on this channel (their own opt-out; never overridden).</summary>
    ConsentWithdrawn = 3,

    /// <summary>The member asked not to be contacted (免打扰, their own do-not-contact); no override lifts it.</summary>
    MemberOptedOut = 4,

    /// <summary>An operator blocked contact (a do-not-contact entry the operator made); an explicit override may lift it.</summary>
    OperatorBlocked = 5,

    /// <summary>The channel's rule does not carry this message class.</summary>
    ClassNotAllowed = 6,

    /// <summary>Marketing to the member is paused (a pause window).</summary>
    Paused = 7,

    /// <summary>The member gave negative feedback (a complaint, a block, an unfollow) and the cooldown after it runs.</summary>
    NegativeFeedbackCooldown = 8,

    /// <summary>The instant falls in the member's quiet hours (their zone's local time).</summary>
    QuietHours = 9,

    /// <summary>The channel's marketing touches for the member's calendar day are used up.</summary>
    DailyCap = 10,

    /// <summary>The channel's marketing touches for the member's calendar week (ISO, Monday first) are used up.</summary>
    WeeklyCap = 11,

    /// <summary>The channel's marketing touches for the member's calendar month are used up.</summary>
    MonthlyCap = 12,

    /// <summary>A platform limit (such as WeCom's mass-send receive limit) for the member's day, week or month is used up.</summary>
    PlatformCap = 13,

    /// <summary>Another marketing touch to the member is closer than the policy's minimum gap.</summary>
    MinimumGap = 14,

    /// <summary>The member's fatigue level is above the policy's ceiling; it decays with the half-life.</summary>
    Fatigue = 15,

    /// <summary>No instant within the policy's planning horizon satisfies every rule.</summary>
    BeyondHorizon = 16,
}
