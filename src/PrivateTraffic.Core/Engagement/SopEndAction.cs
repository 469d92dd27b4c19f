using System;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// An end action (结束动作) of an SOP: tag the member, invite them to a group, or hand them over to another SOP, when
/// the run completes, exits early, or either. The run proposes it (<see cref="SopProgress.EndActions"/>); the caller
/// carries it out. Immutable; create it with the named factories.
/// </summary>
public sealed record SopEndAction
{
    private SopEndAction(SopEndActionKind kind, SopEndTrigger on, string? tag, ChannelId? group, SopId? handOverTo)
    {
        Kind = kind;
        On = on;
        Tag = tag;
        Group = group;
        HandOverTo = handOverTo;
    }

    /// <summary>What to do.</summary>
    public SopEndActionKind Kind { get; }

    /// <summary>On which ending.</summary>
    public SopEndTrigger On { get; }

    /// <summary>For <see cref="SopEndActionKind.Tag"/>: the tag; null otherwise.</summary>
    public string? Tag { get; }

    /// <summary>For <see cref="SopEndActionKind.InviteToGroup"/>: the group's channel; null otherwise.</summary>
    public ChannelId? Group { get; }

    /// <summary>For <see cref="SopEndActionKind.HandOver"/>: the SOP to start; null otherwise.</summary>
    public SopId? HandOverTo { get; }

    /// <summary>Adds <paramref name="tag"/> to the member.</summary>
    /// <param name="tag">1 to <see cref="SopExitCondition.MaxTagLength"/> characters, no white space at either end.</param>
    /// <param name="on">On which ending.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentException">The tag breaks the rules above.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="on"/> is not defined.</exception>
    public static SopEndAction AddTag(string tag, SopEndTrigger on = SopEndTrigger.Always) =>
        new(SopEndActionKind.Tag, Trigger(on), SopText.Tag(tag, nameof(tag)), null, null);

    /// <summary>Invites the member to <paramref name="group"/>.</summary>
    /// <param name="group">The group's channel.</param>
    /// <param name="on">On which ending.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentException"><paramref name="group"/> is unset.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="on"/> is not defined.</exception>
    public static SopEndAction InviteToGroup(ChannelId group, SopEndTrigger on = SopEndTrigger.Always)
    {
        Guard.Against.Unmet(!group.IsUnset, $"An invitation needs the group.", nameof(group));
        return new SopEndAction(SopEndActionKind.InviteToGroup, Trigger(on), null, group, null);
    }

    /// <summary>Hands the member over to <paramref name="sop"/>, which starts at the end instant.</summary>
    /// <param name="sop">The SOP to start; a library refuses one it does not hold, and a cycle of hand-overs.</param>
    /// <param name="on">On which ending.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentException"><paramref name="sop"/> is unset.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="on"/> is not defined.</exception>
    public static SopEndAction HandOver(SopId sop, SopEndTrigger on = SopEndTrigger.Always)
    {
        Guard.Against.Unmet(!sop.IsUnset, $"A hand-over needs the SOP.", nameof(sop));
        return new SopEndAction(SopEndActionKind.HandOver, Trigger(on), null, null, sop);
    }

    /// <summary>Whether this action is due on a run that ended with <paramref name="outcome"/>.</summary>
    /// <param name="outcome">How the run ended.</param>
    /// <returns>True for a completed run and <see cref="SopEndTrigger.OnCompletion"/> or <see cref="SopEndTrigger.Always"/>,
    /// an exited run and <see cref="SopEndTrigger.OnExit"/> or <see cref="SopEndTrigger.Always"/>; false while running.</returns>
    public bool IsDueOn(SopOutcome outcome) => outcome switch
    {
        SopOutcome.Completed => On != SopEndTrigger.OnExit,
        SopOutcome.Exited => On != SopEndTrigger.OnCompletion,
        _ => false,
    };

    /// <summary>An action from its parts, as read from JSON.</summary>
    internal static SopEndAction From(SopEndActionKind kind, SopEndTrigger on, string? tag, ChannelId? group, SopId? handOverTo) => kind switch
    {
        SopEndActionKind.Tag when group is null && handOverTo is null && tag is not null => AddTag(tag, on),
        SopEndActionKind.InviteToGroup when tag is null && handOverTo is null && group is { } g => InviteToGroup(g, on),
        SopEndActionKind.HandOver when tag is null && group is null && handOverTo is { } s => HandOver(s, on),
        _ when !Enum.IsDefined(kind) => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined SopEndActionKind."),
        _ => throw new ArgumentException($"A {kind} action takes exactly its own member ({(kind == SopEndActionKind.Tag ? "tag" : kind == SopEndActionKind.InviteToGroup ? "group" : "handOverTo")}).", nameof(kind)),
    };

    private static SopEndTrigger Trigger(SopEndTrigger on) =>
        Enum.IsDefined(on) ? on : throw new ArgumentOutOfRangeException(nameof(on), on, "Not a defined SopEndTrigger.");
}
