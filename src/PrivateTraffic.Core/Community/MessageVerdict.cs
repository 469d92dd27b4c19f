using System;

namespace PrivateTraffic.Core.Community;

/// <summary>
/// The verdict of a <see cref="GroupRuleSet"/> on one message: allowed or not, and the rule that decided. A small
/// value: checking a message allocates nothing. <c>default</c> is a refusal by <see cref="GroupRule.ForbiddenQrCode"/>
/// and is never returned for a message that has no QR code.
/// </summary>
public readonly struct MessageVerdict : IEquatable<MessageVerdict>
{
    internal MessageVerdict(bool allowed, GroupRule decidedBy, int keywordIndex)
    {
        Allowed = allowed;
        DecidedBy = decidedBy;
        KeywordIndex = keywordIndex;
    }

    /// <summary>Whether the message may stay in the group.</summary>
    public bool Allowed { get; }

    /// <summary>Whether the message breaks a rule (a violation that climbs the penalty ladder).</summary>
    public bool IsViolation => !Allowed;

    /// <summary>The rule that decided.</summary>
    public GroupRule DecidedBy { get; }

    /// <summary>The index in <see cref="GroupRuleSet.ForbiddenKeywords"/> of the keyword found, or -1.</summary>
    public int KeywordIndex { get; }

    /// <inheritdoc/>
    public bool Equals(MessageVerdict other) => Allowed == other.Allowed && DecidedBy == other.DecidedBy && KeywordIndex == other.KeywordIndex;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MessageVerdict other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Allowed, DecidedBy, KeywordIndex);

    /// <summary>"allowed by allowedContent" or "refused by forbiddenKeyword #2".</summary>
    public override string ToString() =>
        $"{(Allowed ? "allowed" : "refused")} by {DecidedBy}{(KeywordIndex >= 0 ? $" #{KeywordIndex}" : "")}";

    /// <summary>Equality.</summary>
    public static bool operator ==(MessageVerdict left, MessageVerdict right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(MessageVerdict left, MessageVerdict right) => !left.Equals(right);
}
