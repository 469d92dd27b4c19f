using System;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// The check of one mass send (群发) against a <see cref="PlatformLimit"/>: the recipients split into calls of at most the
/// platform's size, the text's UTF-8 bytes and the attachments against their limits.
/// </summary>
/// <param name="Recipients">How many recipients the send has.</param>
/// <param name="Calls">How many calls they need (0 for no recipients).</param>
/// <param name="MaxRecipientsPerCall">The most recipients a call.</param>
/// <param name="TextBytes">The text's length in UTF-8 bytes.</param>
/// <param name="MaxTextBytes">The most text bytes.</param>
/// <param name="Attachments">How many attachments.</param>
/// <param name="MaxAttachments">The most attachments.</param>
public readonly record struct DeliveryBatchCheck(int Recipients, int Calls, int MaxRecipientsPerCall, int TextBytes, int MaxTextBytes, int Attachments, int MaxAttachments)
{
    /// <summary>Whether the text is too long.</summary>
    public bool TextTooLong => TextBytes > MaxTextBytes;

    /// <summary>Whether there are too many attachments.</summary>
    public bool TooManyAttachments => Attachments > MaxAttachments;

    /// <summary>Whether the send can go as planned (split into <see cref="Calls"/> calls).</summary>
    public bool IsSendable => !TextTooLong && !TooManyAttachments;

    /// <summary>The recipients of one call: a range into the recipient list.</summary>
    /// <param name="call">The call, from 0 to <see cref="Calls"/> − 1.</param>
    /// <returns>The range of recipients it carries.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The call is out of range.</exception>
    public Range CallRange(int call)
    {
        Guard.Against.OutOfRange(call, nameof(call), 0, Calls - 1);
        var start = call * MaxRecipientsPerCall;
        return new Range(start, Math.Min(Recipients, start + MaxRecipientsPerCall));
    }
}
