using System;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// One condition that ends an SOP early (提前结束条件): the member bought, opted out, joined a group (a given one or any),
/// or had a tag added. Immutable; create it with the named factories.
/// </summary>
public sealed record SopExitCondition
{
    /// <summary>The longest tag, in UTF-16 code units (as a pool member's tags).</summary>
    public const int MaxTagLength = 64;

    private SopExitCondition(SopSignal signal, ChannelId? group, string? tag)
    {
        Signal = signal;
        Group = group;
        Tag = tag;
    }

    /// <summary>What the condition waits for.</summary>
    public SopSignal Signal { get; }

    /// <summary>For <see cref="SopSignal.JoinedGroup"/>: the group's channel, or null for any group; null otherwise.</summary>
    public ChannelId? Group { get; }

    /// <summary>For <see cref="SopSignal.TagAdded"/>: the tag; null otherwise.</summary>
    public string? Tag { get; }

    /// <summary>Met when the member buys.</summary>
    public static SopExitCondition Purchased { get; } = new(SopSignal.Purchased, null, null);

    /// <summary>Met when the member withdraws marketing consent.</summary>
    public static SopExitCondition OptedOut { get; } = new(SopSignal.OptedOut, null, null);

    /// <summary>Met when the member joins <paramref name="group"/>, or any group when it is null.</summary>
    /// <param name="group">The group's channel, or null for any.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException"><paramref name="group"/> is the unset id.</exception>
    public static SopExitCondition JoinedGroup(ChannelId? group = null)
    {
        Guard.Against.Unmet(group is not { IsUnset: true }, $"The group is unset; pass null for any group.", nameof(group));
        return new SopExitCondition(SopSignal.JoinedGroup, group, null);
    }

    /// <summary>Met when <paramref name="tag"/> is added to the member.</summary>
    /// <param name="tag">1 to <see cref="MaxTagLength"/> characters, no white space at either end.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException">The tag breaks the rules above.</exception>
    public static SopExitCondition TagAdded(string tag) => new(SopSignal.TagAdded, null, SopText.Tag(tag, nameof(tag)));

    /// <summary>A condition from its parts, as read from JSON.</summary>
    internal static SopExitCondition From(SopSignal signal, ChannelId? group, string? tag) => signal switch
    {
        SopSignal.Purchased or SopSignal.OptedOut when group is null && tag is null => signal == SopSignal.Purchased ? Purchased : OptedOut,
        SopSignal.JoinedGroup when tag is null => JoinedGroup(group),
        SopSignal.TagAdded when group is null => TagAdded(tag!),
        _ when !Enum.IsDefined(signal) => throw new ArgumentOutOfRangeException(nameof(signal), signal, "Not a defined SopSignal."),
        _ => throw new ArgumentException($"A {signal} condition takes {(signal == SopSignal.JoinedGroup ? "an optional group and no tag" : signal == SopSignal.TagAdded ? "a tag and no group" : "neither a group nor a tag")}.", nameof(signal)),
    };

    /// <summary>Whether a fact meets this condition (the same signal, and the same group or tag when one is named).</summary>
    internal bool IsMetBy(SopFact fact) =>
        fact.Signal == Signal
        && (Signal != SopSignal.JoinedGroup || Group is null || fact.Group == Group)
        && (Signal != SopSignal.TagAdded || string.Equals(fact.Tag, Tag, StringComparison.Ordinal));
}
