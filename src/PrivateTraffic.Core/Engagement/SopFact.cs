using System;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// Something the member did, and when: a purchase, an opt-out, a group join or a tag added. The input an SOP's exit
/// conditions are evaluated over (<see cref="SopMemberFacts"/>). Immutable; create it with the named factories.
/// </summary>
public sealed record SopFact
{
    private SopFact(SopSignal signal, Instant at, ChannelId? group, string? tag)
    {
        Signal = signal;
        At = at;
        Group = group;
        Tag = tag;
    }

    /// <summary>What happened.</summary>
    public SopSignal Signal { get; }

    /// <summary>When it happened.</summary>
    public Instant At { get; }

    /// <summary>For a group join, the group's channel; null otherwise.</summary>
    public ChannelId? Group { get; }

    /// <summary>For a tag added, the tag; null otherwise.</summary>
    public string? Tag { get; }

    /// <summary>The member bought at <paramref name="at"/>.</summary>
    /// <param name="at">When.</param>
    /// <returns>The fact.</returns>
    public static SopFact Purchased(Instant at) => new(SopSignal.Purchased, at, null, null);

    /// <summary>The member withdrew marketing consent at <paramref name="at"/>.</summary>
    /// <param name="at">When.</param>
    /// <returns>The fact.</returns>
    public static SopFact OptedOut(Instant at) => new(SopSignal.OptedOut, at, null, null);

    /// <summary>The member joined <paramref name="group"/> at <paramref name="at"/>.</summary>
    /// <param name="group">The group's channel.</param>
    /// <param name="at">When.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentException"><paramref name="group"/> is unset.</exception>
    public static SopFact JoinedGroup(ChannelId group, Instant at)
    {
        Guard.Against.Unmet(!group.IsUnset, $"A group join needs the group.", nameof(group));
        return new SopFact(SopSignal.JoinedGroup, at, group, null);
    }

    /// <summary><paramref name="tag"/> was added to the member at <paramref name="at"/>.</summary>
    /// <param name="tag">1 to <see cref="SopExitCondition.MaxTagLength"/> characters, no white space at either end.</param>
    /// <param name="at">When.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentException">The tag breaks the rules above.</exception>
    public static SopFact TagAdded(string tag, Instant at) => new(SopSignal.TagAdded, at, null, SopText.Tag(tag, nameof(tag)));
}
