using PrivateTraffic.Core.Primitives;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Community;

/// <summary>
/// A group's rules (群规): the roles the group knows, the content classes allowed, the advertising policy, the content
/// forbidden outright (QR codes, links, contact cards, keywords) and the penalty ladder. The articles demand explicit
/// rules (群规要明确) but give no rule texts, so all content is the caller's. Immutable and thread-safe: one rule set
/// may check messages from many threads at once.
/// </summary>
/// <remarks>
/// <see cref="Check(in GroupMessage, ReadOnlySpan{char})"/> checks the rules in the order of <see cref="GroupRule"/>: forbidden QR code,
/// contact card, link, keyword, then the content class, then who may promote and the promotion share. The first rule
/// that refuses decides; a message no rule refuses is allowed by <see cref="GroupRule.AllowedContent"/>. Keywords match
/// ordinally ignoring case. The check is deterministic and allocates nothing.
/// </remarks>
[JsonConverter(typeof(GroupRuleSetJsonConverter))]
public sealed class GroupRuleSet : IEquatable<GroupRuleSet>
{
    /// <summary>The most roles a rule set knows.</summary>
    public const int MaxRoles = 64;

    /// <summary>The most forbidden keywords a rule set holds.</summary>
    public const int MaxKeywords = 64;

    private readonly CommunityRole[] _roles;
    private readonly ContentClass[] _allowed;
    private readonly uint _allowedMask;
    private readonly string[] _keywords;

    private GroupRuleSet(CommunityRole[] roles, ContentClass[] allowed, AdvertisingPolicy advertising, ForbiddenContent forbidden, string[] keywords, PenaltyLadder ladder)
    {
        _roles = roles;
        _allowed = allowed;
        foreach (var c in allowed)
        {
            _allowedMask |= 1u << (int)c;
        }

        Advertising = advertising;
        Forbidden = forbidden;
        _keywords = keywords;
        Ladder = ladder;
    }

    /// <summary>The roles members of the group can have; a message from any other role is refused as bad input.</summary>
    public IReadOnlyList<CommunityRole> Roles => _roles;

    /// <summary>The content classes allowed (at least one).</summary>
    public IReadOnlyList<ContentClass> AllowedContent => _allowed;

    /// <summary>Who may promote, and the largest promotion share.</summary>
    public AdvertisingPolicy Advertising { get; }

    /// <summary>The content forbidden outright.</summary>
    public ForbiddenContent Forbidden { get; }

    /// <summary>Keywords whose presence in a text refuses the message (ordinal, ignoring case).</summary>
    public IReadOnlyList<string> ForbiddenKeywords => _keywords;

    /// <summary>The penalty ladder violations climb.</summary>
    public PenaltyLadder Ladder { get; }

    /// <summary>A rule set.</summary>
    /// <exception cref="ArgumentException">No roles or more than <see cref="MaxRoles"/>, an unset or repeated role; no
    /// allowed content class or an undefined one; a promoter that is not one of the roles; undefined forbidden bits;
    /// a blank, repeated or too long keyword, or more than <see cref="MaxKeywords"/>.</exception>
    public static GroupRuleSet Create(
        IEnumerable<CommunityRole> roles,
        IEnumerable<ContentClass> allowedContent,
        AdvertisingPolicy advertising,
        ForbiddenContent forbidden,
        IEnumerable<string> forbiddenKeywords,
        PenaltyLadder ladder)
    {
        Guard.Against.Null(roles);
        Guard.Against.Null(allowedContent);
        Guard.Against.Null(advertising);
        Guard.Against.Null(forbiddenKeywords);
        Guard.Against.Null(ladder);
        var roleArray = roles.ToArray();
        Guard.Against.Unmet(roleArray.Length is > 0 and <= MaxRoles, $"A rule set knows 1 to {MaxRoles} roles, not {roleArray.Length}.", nameof(roles));
        Guard.Against.Unmet(Array.TrueForAll(roleArray, r => !r.IsUnset) && roleArray.Distinct().Count() == roleArray.Length, $"A role is unset or listed twice.", nameof(roles));
        var allowed = allowedContent.Distinct().Order().ToArray();
        Guard.Against.Unmet(allowed.Length > 0, $"A rule set allows at least one content class.", nameof(allowedContent));
        Guard.Against.Unmet(Array.TrueForAll(allowed, Enum.IsDefined), $"An allowed content class is not defined.", nameof(allowedContent));
        Guard.Against.Unmet(advertising.Promoters.All(p => roleArray.Contains(p)), $"A promoter is not one of the group's roles.", nameof(advertising));
        Guard.Against.Unmet((forbidden & ~(ForbiddenContent.QrCodes | ForbiddenContent.Links | ForbiddenContent.ContactCards)) == 0, $"Undefined forbidden content bits.", nameof(forbidden));
        var keywords = forbiddenKeywords.ToArray();
        Guard.Against.Unmet(keywords.Length <= MaxKeywords, $"At most {MaxKeywords} keywords, not {keywords.Length}.", nameof(forbiddenKeywords));
        foreach (var k in keywords)
        {
            CommunityText.Require(k, nameof(forbiddenKeywords));
        }

        Guard.Against.Unmet(keywords.Distinct(StringComparer.OrdinalIgnoreCase).Count() == keywords.Length, $"A keyword is listed twice.", nameof(forbiddenKeywords));
        return new GroupRuleSet(roleArray, allowed, advertising, forbidden, keywords, ladder);
    }

    /// <summary>The verdict on one message with its text (empty for a picture without caption); deterministic,
    /// allocation-free.</summary>
    /// <exception cref="ArgumentException">The sender's role is not one of <see cref="Roles"/>, the content class is
    /// not defined, or the window counts are negative or inconsistent (parameter <c>message</c>).</exception>
    public MessageVerdict Check(in GroupMessage message, ReadOnlySpan<char> text)
    {
        if (Array.IndexOf(_roles, message.Role) < 0)
        {
            throw new ArgumentException($"The role '{message.Role}' is not one of this group's roles.", nameof(message));
        }

        if ((uint)message.Content > (uint)ContentClass.File || message.WindowMessages < 0 || message.WindowPromotions < 0 || message.WindowPromotions > message.WindowMessages)
        {
            throw new ArgumentException("The message has an undefined content class or impossible window counts.", nameof(message));
        }

        if ((Forbidden & ForbiddenContent.QrCodes) != 0 && message.Content == ContentClass.QrCode)
        {
            return Refused(GroupRule.ForbiddenQrCode);
        }

        if ((Forbidden & ForbiddenContent.ContactCards) != 0 && message.Content == ContentClass.ContactCard)
        {
            return Refused(GroupRule.ForbiddenContactCard);
        }

        if ((Forbidden & ForbiddenContent.Links) != 0 && (message.Content == ContentClass.Link || ContainsLink(text)))
        {
            return Refused(GroupRule.ForbiddenLink);
        }

        for (var i = 0; i < _keywords.Length; i++)
        {
            if (text.Contains(_keywords[i], StringComparison.OrdinalIgnoreCase))
            {
                return new MessageVerdict(false, GroupRule.ForbiddenKeyword, i);
            }
        }

        if ((_allowedMask & (1u << (int)message.Content)) == 0)
        {
            return Refused(GroupRule.AllowedContent);
        }

        if (message.IsPromotion)
        {
            if (!Advertising.MayPromote(message.Role))
            {
                return Refused(GroupRule.PromotionRole);
            }

            // The share this promotion would leave: (promotions + 1) / (messages + 1).
            if (message.WindowPromotions + 1.0 > Advertising.MaxPromotionShare * (message.WindowMessages + 1.0))
            {
                return Refused(GroupRule.PromotionShare);
            }
        }

        return new MessageVerdict(true, GroupRule.AllowedContent, -1);
    }

    /// <inheritdoc/>
    public bool Equals(GroupRuleSet? other) =>
        other is not null
        && _roles.AsSpan().SequenceEqual(other._roles)
        && _allowed.AsSpan().SequenceEqual(other._allowed)
        && Advertising.Equals(other.Advertising)
        && Forbidden == other.Forbidden
        && _keywords.AsSpan().SequenceEqual(other._keywords)
        && Ladder.Equals(other.Ladder);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GroupRuleSet);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_roles.Length, _allowedMask, Forbidden, _keywords.Length);

    private static MessageVerdict Refused(GroupRule rule) => new(false, rule, -1);

    private static bool ContainsLink(ReadOnlySpan<char> text) =>
        text.Contains("http://", StringComparison.OrdinalIgnoreCase)
        || text.Contains("https://", StringComparison.OrdinalIgnoreCase)
        || text.Contains("www.", StringComparison.OrdinalIgnoreCase);
}
