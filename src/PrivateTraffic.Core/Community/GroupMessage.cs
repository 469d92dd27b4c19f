namespace PrivateTraffic.Core.Community;

/// <summary>
/// What the rules need to know about one group message besides its text, for
/// <see cref="GroupRuleSet.Check(in GroupMessage, System.ReadOnlySpan{char})"/>: who sent it (their role), its content class,
/// whether it is a promotion, and the group's counts over the caller's promotion window so far. The text goes beside
/// it as a span, so it can be a slice of a larger buffer and nothing is allocated per message. <c>default</c> has an
/// unset role, which every rule set refuses.
/// </summary>
public readonly struct GroupMessage
{
    /// <summary>A message view.</summary>
    /// <param name="role">The sender's role in the group.</param>
    /// <param name="content">The content class.</param>
    /// <param name="isPromotion">Whether the message is a promotion (an advertisement, a product push).</param>
    /// <param name="windowMessages">Messages posted in the group in the promotion window so far, not counting this one; 0 or more.</param>
    /// <param name="windowPromotions">Promotions among them; 0 to <paramref name="windowMessages"/>.</param>
    public GroupMessage(CommunityRole role, ContentClass content, bool isPromotion, int windowMessages = 0, int windowPromotions = 0)
    {
        Role = role;
        Content = content;
        IsPromotion = isPromotion;
        WindowMessages = windowMessages;
        WindowPromotions = windowPromotions;
    }

    /// <summary>The sender's role.</summary>
    public CommunityRole Role { get; }

    /// <summary>The content class.</summary>
    public ContentClass Content { get; }

    /// <summary>Whether the message is a promotion.</summary>
    public bool IsPromotion { get; }

    /// <summary>Messages in the promotion window before this one.</summary>
    public int WindowMessages { get; }

    /// <summary>Promotions in the promotion window before this one.</summary>
    public int WindowPromotions { get; }
}
