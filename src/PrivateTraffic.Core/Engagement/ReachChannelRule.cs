using System;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// A reach policy's rule for one channel kind (渠道): its caps on marketing touches per member and which message classes it
/// carries. Caps are kept per channel kind, not per channel id, because a policy is configuration shared by every pool while
/// channel ids belong to one pool; touches are counted per member and channel kind.
/// </summary>
public sealed record ReachChannelRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="kind">The private channel kind it governs.</param>
    /// <param name="caps">Caps on marketing touches per member.</param>
    /// <param name="allowsMarketing">Whether marketing touches may use the channel.</param>
    /// <param name="allowsService">Whether service touches may use the channel.</param>
    /// <exception cref="ArgumentException">The kind is public.</exception>
    public ReachChannelRule(ChannelKind kind, TouchCaps caps, bool allowsMarketing = true, bool allowsService = true)
    {
        ChannelKinds.RequirePrivate(kind, nameof(kind));
        Kind = kind;
        Caps = caps;
        AllowsMarketing = allowsMarketing;
        AllowsService = allowsService;
    }

    /// <summary>The channel kind.</summary>
    public ChannelKind Kind { get; }

    /// <summary>Caps on marketing touches per member.</summary>
    public TouchCaps Caps { get; }

    /// <summary>Whether marketing touches may use the channel.</summary>
    public bool AllowsMarketing { get; }

    /// <summary>Whether service touches may use the channel.</summary>
    public bool AllowsService { get; }

    /// <summary>Whether the channel carries a message class.</summary>
    /// <param name="messageClass">The class.</param>
    /// <returns>True when allowed.</returns>
    public bool Allows(MessageClass messageClass) => messageClass == MessageClass.Marketing ? AllowsMarketing : AllowsService;
}
