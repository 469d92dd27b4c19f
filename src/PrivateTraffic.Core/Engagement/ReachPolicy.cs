using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// A reach policy (触达策略): the rules the planner holds every touch to. Per channel kind, caps on marketing touches per
/// member per calendar day, week and month; a minimum gap between a member's marketing touches; quiet hours in the member's
/// zone; cooldowns after negative feedback; marketing fatigue; platform limits; and the planning horizon beyond which a
/// touch is denied rather than deferred. Consent, do-not-contact and pauses are per member, in <see cref="ContactProfile"/>.
/// </summary>
/// <remarks>
/// Only marketing touches count toward caps, the gap and fatigue, and only marketing touches are held by them, by pauses
/// and by cooldowns; consent, do-not-contact and quiet hours hold every touch. Immutable; a JSON contract
/// (docs/json-reach.md). Every number is the caller's; <see cref="Assumed"/> is a labelled assumption for samples.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ReachPolicyJsonConverter))]
public sealed class ReachPolicy
{
    private readonly ReachChannelRule[] _channels;
    private readonly PlatformLimit[] _limits;

    /// <summary>Creates a policy.</summary>
    /// <param name="defaultCaps">Caps for channel kinds without a rule of their own.</param>
    /// <param name="channels">Rules per channel kind; each kind at most once; null for none.</param>
    /// <param name="minimumGap">The least time between two marketing touches to one member (any channel); zero for none.</param>
    /// <param name="quietHours">Quiet hours in the member's zone.</param>
    /// <param name="complaintCooldown">No marketing for this long after a complaint; zero for none.</param>
    /// <param name="blockCooldown">No marketing for this long after a block; zero for none.</param>
    /// <param name="unfollowCooldown">No marketing for this long after an unfollow; zero for none.</param>
    /// <param name="fatigue">The fatigue model; null for none.</param>
    /// <param name="platformLimits">Platform limits; null for none; no name twice.</param>
    /// <param name="horizon">How far past the requested instant the planner looks before it denies; positive, at most 366 days.</param>
    /// <exception cref="ArgumentException">A duration is negative, a kind or limit name repeats, a list holds null, or the horizon is out of range.</exception>
    public ReachPolicy(
        TouchCaps defaultCaps,
        IEnumerable<ReachChannelRule>? channels = null,
        Duration minimumGap = default,
        QuietHours quietHours = default,
        Duration complaintCooldown = default,
        Duration blockCooldown = default,
        Duration unfollowCooldown = default,
        FatigueModel? fatigue = null,
        IEnumerable<PlatformLimit>? platformLimits = null,
        Duration? horizon = null)
    {
        _channels = (channels ?? []).ToArray();
        Guard.Against.Unmet(Array.TrueForAll(_channels, c => c is not null), $"The channel rules hold null.", nameof(channels));
        Guard.Against.Unmet(_channels.Select(c => c.Kind).Distinct().Count() == _channels.Length, $"A channel kind has one rule at most.", nameof(channels));
        _limits = (platformLimits ?? []).ToArray();
        Guard.Against.Unmet(Array.TrueForAll(_limits, c => c is not null), $"The platform limits hold null.", nameof(platformLimits));
        Guard.Against.Unmet(_limits.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() == _limits.Length, $"Platform limit names are unique.", nameof(platformLimits));
        Guard.Against.Unmet(minimumGap >= Duration.Zero, $"The minimum gap is not negative.", nameof(minimumGap));
        Guard.Against.Unmet(complaintCooldown >= Duration.Zero, $"A cooldown is not negative.", nameof(complaintCooldown));
        Guard.Against.Unmet(blockCooldown >= Duration.Zero, $"A cooldown is not negative.", nameof(blockCooldown));
        Guard.Against.Unmet(unfollowCooldown >= Duration.Zero, $"A cooldown is not negative.", nameof(unfollowCooldown));
        var h = horizon ?? DefaultHorizon;
        Guard.Against.Unmet(h > Duration.Zero && h <= Duration.FromDays(366), $"The horizon is positive and at most 366 days; {h} is not.", nameof(horizon));
        DefaultCaps = defaultCaps;
        MinimumGap = minimumGap;
        QuietHours = quietHours;
        ComplaintCooldown = complaintCooldown;
        BlockCooldown = blockCooldown;
        UnfollowCooldown = unfollowCooldown;
        Fatigue = fatigue;
        Horizon = h;
    }

    /// <summary>The horizon when none is given: 35 days, so a touch can always wait out a calendar month's cap. An assumption.</summary>
    public static Duration DefaultHorizon => Duration.FromDays(35);

    /// <summary>
    /// A policy for samples and tests; every number is an assumption, not from the articles: quiet hours 22:00–08:00;
    /// 1 marketing touch a day and 3 a week per channel; 4 hours between marketing touches; cooldowns of 30 days after a
    /// complaint or a block and 90 after an unfollow; <see cref="FatigueModel.Assumed"/> with a ceiling of 2; WeCom's
    /// mass-send limit; a 35-day horizon.
    /// </summary>
    public static ReachPolicy Assumed { get; } = new(
        TouchCaps.Of(perDay: 1, perWeek: 3),
        minimumGap: Duration.FromHours(4),
        quietHours: new QuietHours(new LocalTime(22, 0), new LocalTime(8, 0)),
        complaintCooldown: Duration.FromDays(30),
        blockCooldown: Duration.FromDays(30),
        unfollowCooldown: Duration.FromDays(90),
        fatigue: new FatigueModel(Duration.FromDays(3), ceiling: 2),
        platformLimits: [Engagement.PlatformLimits.WeComMassSend()]);

    /// <summary>Caps for channel kinds without a rule of their own.</summary>
    public TouchCaps DefaultCaps { get; }

    /// <summary>Rules per channel kind.</summary>
    public IReadOnlyList<ReachChannelRule> Channels => _channels;

    /// <summary>The least time between two marketing touches to one member.</summary>
    public Duration MinimumGap { get; }

    /// <summary>Quiet hours in the member's zone.</summary>
    public QuietHours QuietHours { get; }

    /// <summary>No marketing for this long after a complaint.</summary>
    public Duration ComplaintCooldown { get; }

    /// <summary>No marketing for this long after a block.</summary>
    public Duration BlockCooldown { get; }

    /// <summary>No marketing for this long after an unfollow.</summary>
    public Duration UnfollowCooldown { get; }

    /// <summary>The fatigue model; null for none.</summary>
    public FatigueModel? Fatigue { get; }

    /// <summary>Platform limits.</summary>
    public IReadOnlyList<PlatformLimit> PlatformLimits => _limits;

    /// <summary>How far past the requested instant the planner looks before it denies.</summary>
    public Duration Horizon { get; }

    /// <summary>The cooldown after a kind of negative feedback.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The cooldown.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    public Duration Cooldown(TouchFeedbackKind kind) => kind switch
    {
        TouchFeedbackKind.Complaint => ComplaintCooldown,
        TouchFeedbackKind.Block => BlockCooldown,
        TouchFeedbackKind.Unfollow => UnfollowCooldown,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined feedback kind."),
    };

    /// <summary>The rule for a channel kind: its own, or one with <see cref="DefaultCaps"/> that carries both classes.</summary>
    /// <param name="kind">A private channel kind.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">The kind is public.</exception>
    public ReachChannelRule RuleFor(ChannelKind kind) =>
        Array.Find(_channels, c => c.Kind == kind) ?? new ReachChannelRule(kind, DefaultCaps);
}
