using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Traffic;

/// <summary>
/// A traffic channel (流量渠道): a way of putting a message in front of people, described by four traits: who
/// owns the audience, who controls reach, how reach is priced and whether the audience can be reached again.
/// </summary>
/// <remarks>
/// Whether a channel is public traffic (公域流量) or private traffic (私域流量) is not set by hand: it is
/// <see cref="Kind"/>, derived from the traits. A channel is private when the brand owns the audience, the brand
/// decides whom to reach and when, reaching is not paid per use (free, or a marginal cost per message like SMS),
/// and the same people can be reached repeatedly. Any channel missing one of these traits is rented, so public.
/// The built-in catalogue is <see cref="TrafficChannels"/>; <see cref="Define"/> makes a channel of your own.
/// </remarks>
[JsonConverter(typeof(TrafficChannelJsonConverter))]
public sealed class TrafficChannel : IEquatable<TrafficChannel>
{
    private TrafficChannel(ChannelId id, string name, string chineseName, ChannelOwner owner, ReachControl reachControl, ChannelPricing pricing, ChannelReuse reuse)
    {
        Id = id;
        Name = name;
        ChineseName = chineseName;
        Owner = owner;
        ReachControl = reachControl;
        Pricing = pricing;
        Reuse = reuse;
    }

    /// <summary>The channel's stable identifier, such as <c>taobao</c> or <c>wechat-personal</c>.</summary>
    public ChannelId Id { get; }

    /// <summary>The English name, such as "Personal WeChat account".</summary>
    public string Name { get; }

    /// <summary>The Chinese name, such as "个人微信号".</summary>
    public string ChineseName { get; }

    /// <summary>Who owns the audience.</summary>
    public ChannelOwner Owner { get; }

    /// <summary>Who decides whom is reached and when.</summary>
    public ReachControl ReachControl { get; }

    /// <summary>How reach is paid for.</summary>
    public ChannelPricing Pricing { get; }

    /// <summary>Whether the audience can be reached again.</summary>
    public ChannelReuse Reuse { get; }

    /// <summary>Public or private traffic, derived from the four traits (see the remarks on <see cref="TrafficChannel"/>).</summary>
    public TrafficKind Kind =>
        Owner == ChannelOwner.Brand
        && ReachControl == ReachControl.Owner
        && Pricing != ChannelPricing.PaidPerUse
        && Reuse == ChannelReuse.Repeated
            ? TrafficKind.Private
            : TrafficKind.Public;

    /// <summary>Whether the channel is private traffic (私域流量); the same as <c>Kind == TrafficKind.Private</c>.</summary>
    public bool IsPrivate => Kind == TrafficKind.Private;

    /// <summary>Defines a channel from its traits.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The English name; not blank.</param>
    /// <param name="chineseName">The Chinese name; not blank.</param>
    /// <param name="owner">Who owns the audience.</param>
    /// <param name="reachControl">Who controls reach.</param>
    /// <param name="pricing">How reach is paid for.</param>
    /// <param name="reuse">Whether the audience can be reached again.</param>
    /// <returns>The channel.</returns>
    /// <exception cref="ArgumentException">The id is unset, a name is blank or a trait is not a defined value.</exception>
    public static TrafficChannel Define(ChannelId id, string name, string chineseName, ChannelOwner owner, ReachControl reachControl, ChannelPricing pricing, ChannelReuse reuse)
    {
        Guard.Against.Unmet(!id.IsUnset, "The channel id must be set.", nameof(id));
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.NullOrWhiteSpace(chineseName);
        Guard.Against.Unmet(Enum.IsDefined(owner), "Unknown owner.", nameof(owner));
        Guard.Against.Unmet(Enum.IsDefined(reachControl), "Unknown reach control.", nameof(reachControl));
        Guard.Against.Unmet(Enum.IsDefined(pricing), "Unknown pricing.", nameof(pricing));
        Guard.Against.Unmet(Enum.IsDefined(reuse), "Unknown reuse.", nameof(reuse));
        return new TrafficChannel(id, name, chineseName, owner, reachControl, pricing, reuse);
    }

    /// <summary>Defines a typical public channel: platform-owned, reach by the platform or footfall, paid per use, one-time.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The English name.</param>
    /// <param name="chineseName">The Chinese name.</param>
    /// <returns>The channel.</returns>
    public static TrafficChannel DefinePublic(ChannelId id, string name, string chineseName) =>
        Define(id, name, chineseName, ChannelOwner.Platform, ReachControl.PlatformOrFootfall, ChannelPricing.PaidPerUse, ChannelReuse.OneTime);

    /// <summary>Defines a typical private channel: brand-owned, reach by the owner, repeated, free or paid per message.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The English name.</param>
    /// <param name="chineseName">The Chinese name.</param>
    /// <param name="pricing"><see cref="ChannelPricing.FreeToReach"/> (the default) or <see cref="ChannelPricing.MarginalCostPerMessage"/>.</param>
    /// <returns>The channel.</returns>
    public static TrafficChannel DefinePrivate(ChannelId id, string name, string chineseName, ChannelPricing pricing = ChannelPricing.FreeToReach) =>
        Define(id, name, chineseName, ChannelOwner.Brand, ReachControl.Owner, pricing, ChannelReuse.Repeated);

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] TrafficChannel? other) =>
        other is not null
        && Id == other.Id
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(ChineseName, other.ChineseName, StringComparison.Ordinal)
        && Owner == other.Owner
        && ReachControl == other.ReachControl
        && Pricing == other.Pricing
        && Reuse == other.Reuse;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as TrafficChannel);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Owner, ReachControl, Pricing, Reuse);

    /// <summary>The name, the Chinese name and the kind, such as "Taobao/Tmall (淘宝/天猫, public)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({ChineseName}, {(IsPrivate ? "private" : "public")})";
}
