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
/// <see cref="Kind"/>, derived from the traits by <see cref="ChannelTraits.Kind"/>, the one rule the pools use too.
/// A channel of a known kind (<see cref="Of"/>, and every channel of the catalogue <see cref="TrafficChannels"/>)
/// names its <see cref="ChannelKind"/> and takes that kind's traits from <see cref="ChannelKinds"/>;
/// <see cref="Define"/> makes a channel of your own from its traits, with no kind.
/// </remarks>
[JsonConverter(typeof(TrafficChannelJsonConverter))]
public sealed class TrafficChannel : IEquatable<TrafficChannel>
{
    private TrafficChannel(ChannelId id, string name, string chineseName, ChannelTraits traits, ChannelKind? channelKind)
    {
        Id = id;
        Name = name;
        ChineseName = chineseName;
        Traits = traits;
        ChannelKind = channelKind;
    }

    /// <summary>The channel's stable identifier, such as <c>taobao</c> or <c>wechat-personal</c>.</summary>
    public ChannelId Id { get; }

    /// <summary>The English name, such as "Personal WeChat account".</summary>
    public string Name { get; }

    /// <summary>The Chinese name, such as "个人微信号".</summary>
    public string ChineseName { get; }

    /// <summary>The kind of channel in the shared vocabulary, or null for a channel defined by its traits alone.</summary>
    public ChannelKind? ChannelKind { get; }

    /// <summary>The four traits; those of <see cref="ChannelKind"/> when the channel has a kind.</summary>
    public ChannelTraits Traits { get; }

    /// <summary>Who owns the audience.</summary>
    public ChannelOwner Owner => Traits.Owner;

    /// <summary>Who decides whom is reached and when.</summary>
    public ReachControl ReachControl => Traits.ReachControl;

    /// <summary>How reach is paid for.</summary>
    public ChannelPricing Pricing => Traits.Pricing;

    /// <summary>Whether the audience can be reached again.</summary>
    public ChannelReuse Reuse => Traits.Reuse;

    /// <summary>Public or private traffic, derived from the four traits (see <see cref="ChannelTraits.Kind"/>).</summary>
    public TrafficKind Kind => Traits.Kind;

    /// <summary>Whether the channel is private traffic (私域流量); the same as <c>Kind == TrafficKind.Private</c>.</summary>
    public bool IsPrivate => Traits.IsPrivate;

    /// <summary>A channel of a known kind, with the kind's traits, such as one clerk's personal WeChat account.</summary>
    /// <param name="kind">The kind; its traits and, unless given, its names come from <see cref="ChannelKinds"/>.</param>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The English name; the kind's when null. Not blank.</param>
    /// <param name="chineseName">The Chinese name; the kind's when null. Not blank.</param>
    /// <returns>The channel.</returns>
    /// <exception cref="ArgumentException">The kind is undefined, the id is unset or a name is blank.</exception>
    public static TrafficChannel Of(ChannelKind kind, ChannelId id, string? name = null, string? chineseName = null)
    {
        var traits = kind.Traits();
        Guard.Against.Unmet(!id.IsUnset, "The channel id must be set.", nameof(id));
        name ??= kind.Name();
        chineseName ??= kind.ChineseName();
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.NullOrWhiteSpace(chineseName);
        return new TrafficChannel(id, name, chineseName, traits, kind);
    }

    /// <summary>Defines a channel of your own from its traits; it has no <see cref="ChannelKind"/>.</summary>
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
        return new TrafficChannel(id, name, chineseName, ChannelTraits.Create(owner, reachControl, pricing, reuse), null);
    }

    /// <summary>Defines a typical public channel of your own: platform-owned, reach by the platform or footfall, paid per use, one-time.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The English name.</param>
    /// <param name="chineseName">The Chinese name.</param>
    /// <returns>The channel.</returns>
    public static TrafficChannel DefinePublic(ChannelId id, string name, string chineseName) =>
        Define(id, name, chineseName, ChannelOwner.Platform, ReachControl.PlatformOrFootfall, ChannelPricing.PaidPerUse, ChannelReuse.OneTime);

    /// <summary>Defines a typical private channel of your own: brand-owned, reach by the owner, repeated, free or paid per message.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The English name.</param>
    /// <param name="chineseName">The Chinese name.</param>
    /// <param name="pricing"><see cref="ChannelPricing.FreeToReach"/> (the default) or <see cref="ChannelPricing.MarginalCostPerMessage"/>.</param>
    /// <returns>The channel.</returns>
    public static TrafficChannel DefinePrivate(ChannelId id, string name, string chineseName, ChannelPricing pricing = ChannelPricing.FreeToReach) =>
        Define(id, name, chineseName, ChannelOwner.Brand, ReachControl.Owner, pricing, ChannelReuse.Repeated);

    // The validating factory used when a channel is read back from JSON: a named kind must come with its own traits.
    internal static TrafficChannel FromParts(ChannelId id, string name, string chineseName, ChannelTraits traits, ChannelKind? kind)
    {
        if (kind is not { } known)
        {
            return Define(id, name, chineseName, traits.Owner, traits.ReachControl, traits.Pricing, traits.Reuse);
        }

        Guard.Against.Unmet(known.Traits() == traits, $"The traits ({traits}) are not those of the kind {known} ({known.Traits()}).", nameof(kind));
        return Of(known, id, name, chineseName);
    }

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] TrafficChannel? other) =>
        other is not null
        && Id == other.Id
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(ChineseName, other.ChineseName, StringComparison.Ordinal)
        && Traits == other.Traits
        && ChannelKind == other.ChannelKind;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as TrafficChannel);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Traits, ChannelKind);

    /// <summary>The name, the Chinese name and the kind, such as "Taobao/Tmall (淘宝/天猫, public)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({ChineseName}, {(IsPrivate ? "private" : "public")})";
}
