using System;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// One step of an SOP (标准作业程序): on day <see cref="Day"/> after the start, at <see cref="At"/> in the member's own
/// time zone, send content of a kind on a channel, by direct message or as a moments post (朋友圈). Immutable.
/// </summary>
/// <remarks>
/// Day 0 is the start's own local date in the member's zone, day 1 the next, and so on up to
/// <see cref="SopDefinition.MaxDayOffset"/>. How a local time in a DST gap or overlap is placed is described on
/// <see cref="SopRun"/>.
/// </remarks>
public sealed record SopStep
{
    private SopStep(int day, LocalTime at, ChannelId channel, ChannelKind channelKind, DeliveryMode mode, MessageClass messageClass, ContentKind content, HitMarks? marks, string? templateId)
    {
        Day = day;
        At = at;
        Channel = channel;
        ChannelKind = channelKind;
        Mode = mode;
        Class = messageClass;
        Content = content;
        Marks = marks;
        TemplateId = templateId;
    }

    /// <summary>Days after the start's local date; 0 to <see cref="SopDefinition.MaxDayOffset"/>.</summary>
    public int Day { get; }

    /// <summary>The local time of day in the member's zone.</summary>
    public LocalTime At { get; }

    /// <summary>The pool channel the step uses (the clerk's account, a group).</summary>
    public ChannelId Channel { get; }

    /// <summary>The channel's kind; a private kind.</summary>
    public ChannelKind ChannelKind { get; }

    /// <summary>Direct message or moments post.</summary>
    public DeliveryMode Mode { get; }

    /// <summary>Marketing or service.</summary>
    public MessageClass Class { get; }

    /// <summary>What the step shows or says.</summary>
    public ContentKind Content { get; }

    /// <summary>The marks of a hit this step's content carries, when the author names them; null means the kind's
    /// marks (<see cref="ContentMarks"/>).</summary>
    public HitMarks? Marks { get; }

    /// <summary>The content template, if named; 1 to 128 characters.</summary>
    public string? TemplateId { get; }

    /// <summary>A step.</summary>
    /// <param name="day">Days after the start's local date; 0 to <see cref="SopDefinition.MaxDayOffset"/>.</param>
    /// <param name="at">The local time of day in the member's zone.</param>
    /// <param name="channel">The pool channel.</param>
    /// <param name="channelKind">The channel's kind; must be private.</param>
    /// <param name="mode">Direct message or moments post.</param>
    /// <param name="messageClass">Marketing or service.</param>
    /// <param name="content">The content kind.</param>
    /// <param name="marks">The content's own marks of a hit, or null for the kind's.</param>
    /// <param name="templateId">The content template, or null.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The day is outside 0 to <see cref="SopDefinition.MaxDayOffset"/>, an
    /// enum value is not defined, or the marks hold a bit that is not a mark.</exception>
    /// <exception cref="ArgumentException">The channel is unset, its kind is public, or the template id breaks the identifier rules.</exception>
    public static SopStep Create(
        int day,
        LocalTime at,
        ChannelId channel,
        ChannelKind channelKind,
        DeliveryMode mode,
        MessageClass messageClass,
        ContentKind content,
        HitMarks? marks = null,
        string? templateId = null)
    {
        Guard.Against.OutOfRange(day, nameof(day), 0, SopDefinition.MaxDayOffset);
        Guard.Against.Unmet(!channel.IsUnset, $"A step needs a channel.", nameof(channel));
        ChannelKinds.RequirePrivate(channelKind, nameof(channelKind));
        SopText.Defined(mode, nameof(mode));
        SopText.Defined(messageClass, nameof(messageClass));
        SopText.Defined(content, nameof(content));
        if (marks is { } set)
        {
            ContentMarks.RequireMarks(set, nameof(marks));
        }

        if (templateId is not null)
        {
            IdentifierText.Validate(templateId, "template id", nameof(templateId));
        }

        return new SopStep(day, at, channel, channelKind, mode, messageClass, content, marks, templateId);
    }

    /// <summary>The marks this step's content carries: its own, or else its kind's in <paramref name="table"/>.</summary>
    /// <param name="table">The kinds' marks; <see cref="ContentMarks.Assumed"/> when null.</param>
    /// <returns>The marks.</returns>
    public HitMarks MarksIn(ContentMarks? table = null) => Marks ?? (table ?? ContentMarks.Assumed).Of(Content);

    /// <summary>Whether this step comes strictly before <paramref name="other"/> in the calendar (earlier day, or same day and earlier time).</summary>
    internal bool IsBefore(SopStep other) => Day < other.Day || (Day == other.Day && At < other.At);
}
