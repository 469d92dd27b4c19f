using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// A platform's limit on mass sends (平台群发限制), as a named, dated, sourced policy: how many mass messages one member may
/// receive per day, week or month on the platform's channel kinds, and what one mass-send call may carry (recipients, text
/// bytes, attachments). Platforms change these numbers, so each limit says when it took effect and which document it was
/// read from; a caller overrides any value with the <c>With…</c> methods (the result keeps the source, marked overridden).
/// </summary>
/// <remarks>
/// In the planner a platform limit applies to marketing direct messages on its channel kinds: they are what a brand sends as
/// mass messages (群发). Service messages are taken to be one-to-one replies and are neither counted nor capped by it.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.PlatformLimitJsonConverter))]
public sealed class PlatformLimit : IEquatable<PlatformLimit>
{
    private readonly ChannelKind[] _kinds;

    /// <summary>Creates a limit.</summary>
    /// <param name="name">Its name; 1 to 128 characters.</param>
    /// <param name="channelKinds">The private channel kinds it governs; at least one, no repeats.</param>
    /// <param name="effectiveFrom">When the platform's rule took effect (or was last updated, as its document says).</param>
    /// <param name="sourceTitle">The title of the document it was read from; 1 to 128 characters.</param>
    /// <param name="sourceUrl">Where the document is; an absolute http(s) URL.</param>
    /// <param name="readOn">When the document was read.</param>
    /// <param name="memberCaps">The most mass messages one member receives per day, week, month.</param>
    /// <param name="maxRecipientsPerCall">The most recipients of one mass-send call; positive.</param>
    /// <param name="maxTextBytes">The most bytes (UTF-8) of a mass send's text; positive.</param>
    /// <param name="maxAttachments">The most attachments of one mass send; not negative.</param>
    /// <param name="overridden">Whether a caller changed values the source gives.</param>
    /// <exception cref="ArgumentException">A text, kind list, URL or number breaks the rules above.</exception>
    public PlatformLimit(
        string name,
        IEnumerable<ChannelKind> channelKinds,
        LocalDate effectiveFrom,
        string sourceTitle,
        string sourceUrl,
        LocalDate readOn,
        TouchCaps memberCaps,
        int maxRecipientsPerCall,
        int maxTextBytes,
        int maxAttachments,
        bool overridden = false)
    {
        IdentifierText.Validate(name, "platform limit name", nameof(name));
        _kinds = Guard.Against.Null(channelKinds).ToArray();
        Guard.Against.Unmet(_kinds.Length > 0 && _kinds.Distinct().Count() == _kinds.Length, $"A platform limit governs at least one channel kind, none twice.", nameof(channelKinds));
        foreach (var k in _kinds)
        {
            Primitives.ChannelKinds.RequirePrivate(k, nameof(channelKinds));
        }

        IdentifierText.Validate(sourceTitle, "source title", nameof(sourceTitle));
        Guard.Against.Unmet(
            Uri.TryCreate(sourceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && sourceUrl.Length <= 512,
            $"A platform limit's source is an absolute http(s) URL of at most 512 characters.",
            nameof(sourceUrl));
        Name = name;
        EffectiveFrom = effectiveFrom;
        SourceTitle = sourceTitle;
        SourceUrl = sourceUrl;
        ReadOn = readOn;
        MemberCaps = memberCaps;
        MaxRecipientsPerCall = Guard.Against.NegativeOrZero(maxRecipientsPerCall, nameof(maxRecipientsPerCall));
        MaxTextBytes = Guard.Against.NegativeOrZero(maxTextBytes, nameof(maxTextBytes));
        MaxAttachments = Guard.Against.Negative(maxAttachments, nameof(maxAttachments));
        Overridden = overridden;
    }

    /// <summary>The limit's name.</summary>
    public string Name { get; }

    /// <summary>The channel kinds it governs.</summary>
    public IReadOnlyList<ChannelKind> ChannelKinds => _kinds;

    /// <summary>When the platform's rule took effect (or its document was last updated).</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>The title of the source document.</summary>
    public string SourceTitle { get; }

    /// <summary>The source document's URL.</summary>
    public string SourceUrl { get; }

    /// <summary>When the source was read.</summary>
    public LocalDate ReadOn { get; }

    /// <summary>The most mass messages one member receives per day, week, month.</summary>
    public TouchCaps MemberCaps { get; }

    /// <summary>The most recipients of one mass-send call.</summary>
    public int MaxRecipientsPerCall { get; }

    /// <summary>The most UTF-8 bytes of a mass send's text.</summary>
    public int MaxTextBytes { get; }

    /// <summary>The most attachments of one mass send.</summary>
    public int MaxAttachments { get; }

    /// <summary>Whether a caller changed values the source gives.</summary>
    public bool Overridden { get; }

    /// <summary>Whether the limit governs a channel kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>True when it is one of <see cref="ChannelKinds"/>.</returns>
    public bool Governs(ChannelKind kind) => Array.IndexOf(_kinds, kind) >= 0;

    /// <summary>The same limit with other receive caps (an administrator's setting, a newer platform rule), marked overridden.</summary>
    /// <param name="memberCaps">The caps.</param>
    /// <returns>The new limit.</returns>
    public PlatformLimit WithMemberCaps(TouchCaps memberCaps) =>
        new(Name, _kinds, EffectiveFrom, SourceTitle, SourceUrl, ReadOn, memberCaps, MaxRecipientsPerCall, MaxTextBytes, MaxAttachments, overridden: true);

    /// <summary>The same limit with other per-call values, marked overridden.</summary>
    /// <param name="maxRecipientsPerCall">The most recipients a call; positive.</param>
    /// <param name="maxTextBytes">The most text bytes; positive.</param>
    /// <param name="maxAttachments">The most attachments; not negative.</param>
    /// <returns>The new limit.</returns>
    /// <exception cref="ArgumentException">A number is out of range.</exception>
    public PlatformLimit WithMassSend(int maxRecipientsPerCall, int maxTextBytes, int maxAttachments) =>
        new(Name, _kinds, EffectiveFrom, SourceTitle, SourceUrl, ReadOn, MemberCaps, maxRecipientsPerCall, maxTextBytes, maxAttachments, overridden: true);

    /// <summary>Checks a mass send against the per-call limits: how many calls the recipients need, whether the text and attachments fit.</summary>
    /// <param name="recipients">How many recipients; not negative.</param>
    /// <param name="text">The text; null for none.</param>
    /// <param name="attachments">How many attachments; not negative.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentException">A count is negative.</exception>
    public DeliveryBatchCheck CheckMassSend(int recipients, string? text, int attachments)
    {
        Guard.Against.Negative(recipients, nameof(recipients));
        Guard.Against.Negative(attachments, nameof(attachments));
        var bytes = text is null ? 0 : Encoding.UTF8.GetByteCount(text);
        var calls = (int)(((long)recipients + MaxRecipientsPerCall - 1) / MaxRecipientsPerCall);
        return new DeliveryBatchCheck(recipients, calls, MaxRecipientsPerCall, bytes, MaxTextBytes, attachments, MaxAttachments);
    }

    /// <inheritdoc/>
    public bool Equals(PlatformLimit? other) =>
        other is not null && Name == other.Name && _kinds.AsSpan().SequenceEqual(other._kinds) && EffectiveFrom == other.EffectiveFrom
        && SourceTitle == other.SourceTitle && SourceUrl == other.SourceUrl && ReadOn == other.ReadOn && MemberCaps == other.MemberCaps
        && MaxRecipientsPerCall == other.MaxRecipientsPerCall && MaxTextBytes == other.MaxTextBytes && MaxAttachments == other.MaxAttachments
        && Overridden == other.Overridden;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PlatformLimit);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, EffectiveFrom, MemberCaps, MaxRecipientsPerCall, MaxTextBytes, MaxAttachments, Overridden);

    /// <summary>The name, date and source, such as <c>WeCom mass send (2025-11-17, 创建企业群发)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({EffectiveFrom:yyyy-MM-dd}, {SourceTitle}){(Overridden ? " overridden" : string.Empty)}";
}
