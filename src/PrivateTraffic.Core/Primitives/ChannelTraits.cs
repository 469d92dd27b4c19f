using System;
using System.Diagnostics.CodeAnalysis;

namespace PrivateTraffic.Core.Primitives;

/// <summary>
/// The four traits of a traffic channel (渠道特征) from which public or private traffic is derived: who owns the
/// audience, who decides reach, how reach is paid for and whether the audience can be reached again.
/// </summary>
/// <remarks>
/// The articles give private traffic three features (为自己所有、反复触达、可以免费使用) and stress that the owner
/// decides reach (自主). So a channel is private (<see cref="TrafficKind.Private"/>) when the brand owns the
/// audience, the owner decides whom to reach and when, reach is not paid per use (free, or a marginal cost per
/// message like SMS) and the same people can be reached repeatedly; a channel missing any of these is rented, so
/// public. This is the only place that rule is written. <c>default(ChannelTraits)</c> is a typical public channel
/// (platform-owned, platform-reached, paid per use, one-time), the same as <see cref="TypicalPublic"/>.
/// </remarks>
public readonly struct ChannelTraits : IEquatable<ChannelTraits>
{
    private ChannelTraits(ChannelOwner owner, ReachControl reachControl, ChannelPricing pricing, ChannelReuse reuse)
    {
        Owner = owner;
        ReachControl = reachControl;
        Pricing = pricing;
        Reuse = reuse;
    }

    /// <summary>Platform-owned, reach by the platform or footfall, paid per use, one-time: public traffic.</summary>
    public static ChannelTraits TypicalPublic => default;

    /// <summary>Who owns the audience.</summary>
    public ChannelOwner Owner { get; }

    /// <summary>Who decides whom is reached and when.</summary>
    public ReachControl ReachControl { get; }

    /// <summary>How reach is paid for.</summary>
    public ChannelPricing Pricing { get; }

    /// <summary>Whether the audience can be reached again.</summary>
    public ChannelReuse Reuse { get; }

    /// <summary>Public or private traffic, derived from the four traits (see the remarks).</summary>
    public TrafficKind Kind =>
        Owner == ChannelOwner.Brand
        && ReachControl == ReachControl.Owner
        && Pricing != ChannelPricing.PaidPerUse
        && Reuse == ChannelReuse.Repeated
            ? TrafficKind.Private
            : TrafficKind.Public;

    /// <summary>Whether these are the traits of private traffic (私域流量); the same as <c>Kind == TrafficKind.Private</c>.</summary>
    public bool IsPrivate => Kind == TrafficKind.Private;

    /// <summary>Traits from their four values.</summary>
    /// <param name="owner">Who owns the audience.</param>
    /// <param name="reachControl">Who controls reach.</param>
    /// <param name="pricing">How reach is paid for.</param>
    /// <param name="reuse">Whether the audience can be reached again.</param>
    /// <returns>The traits.</returns>
    /// <exception cref="ArgumentException">A trait is not a defined value.</exception>
    public static ChannelTraits Create(ChannelOwner owner, ReachControl reachControl, ChannelPricing pricing, ChannelReuse reuse)
    {
        Guard.Against.Unmet(Enum.IsDefined(owner), "Unknown owner.", nameof(owner));
        Guard.Against.Unmet(Enum.IsDefined(reachControl), "Unknown reach control.", nameof(reachControl));
        Guard.Against.Unmet(Enum.IsDefined(pricing), "Unknown pricing.", nameof(pricing));
        Guard.Against.Unmet(Enum.IsDefined(reuse), "Unknown reuse.", nameof(reuse));
        return new ChannelTraits(owner, reachControl, pricing, reuse);
    }

    /// <summary>Brand-owned, reach by the owner, repeated: private traffic, free or paid per message.</summary>
    /// <param name="pricing"><see cref="ChannelPricing.FreeToReach"/> (the default) or <see cref="ChannelPricing.MarginalCostPerMessage"/>.</param>
    /// <returns>The traits.</returns>
    /// <exception cref="ArgumentException">The pricing is paid per use (that would make the channel public) or undefined.</exception>
    public static ChannelTraits TypicalPrivate(ChannelPricing pricing = ChannelPricing.FreeToReach)
    {
        Guard.Against.Unmet(pricing is ChannelPricing.FreeToReach or ChannelPricing.MarginalCostPerMessage, "A private channel is free to reach or costs a marginal amount per message.", nameof(pricing));
        return new ChannelTraits(ChannelOwner.Brand, ReachControl.Owner, pricing, ChannelReuse.Repeated);
    }

    /// <inheritdoc/>
    public bool Equals(ChannelTraits other) =>
        Owner == other.Owner && ReachControl == other.ReachControl && Pricing == other.Pricing && Reuse == other.Reuse;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ChannelTraits other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Owner, ReachControl, Pricing, Reuse);

    /// <summary>The four traits and the kind, such as "Brand, Owner, FreeToReach, Repeated: private".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Owner}, {ReachControl}, {Pricing}, {Reuse}: {(IsPrivate ? "private" : "public")}";

    /// <summary>Whether two sets of traits are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ChannelTraits left, ChannelTraits right) => left.Equals(right);

    /// <summary>Whether two sets of traits differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ChannelTraits left, ChannelTraits right) => !left.Equals(right);
}
