using System;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// One action of an engagement rule: what the rule proposes when it fires. Its JSON form is
/// <c>{"type": …, "parameters": {…}}</c>. Only the properties of its <see cref="Type"/> are set. Immutable.
/// </summary>
public sealed class RuleAction
{
    private RuleAction(RuleActionType type) => Type = type;

    /// <summary>The action's kind.</summary>
    public RuleActionType Type { get; }

    /// <summary>Reach: the pool channel to reach the member on.</summary>
    public ChannelId? Channel { get; private init; }

    /// <summary>Reach: the channel's kind (a private kind).</summary>
    public ChannelKind? ChannelKind { get; private init; }

    /// <summary>Reach: the content template, if named.</summary>
    public string? TemplateId { get; private init; }

    /// <summary>Reach: marketing or service.</summary>
    public MessageClass? MessageClass { get; private init; }

    /// <summary>Reach: direct message or moments post.</summary>
    public DeliveryMode? DeliveryMode { get; private init; }

    /// <summary>Invite to group: the group id.</summary>
    public ChannelId? Group { get; private init; }

    /// <summary>Offer coupon: the coupon's worth.</summary>
    public Money? Coupon { get; private init; }

    /// <summary>The staff member of assign owner, the tag of add/remove tag, or the risk of flag risk.</summary>
    public string? Text { get; private init; }

    /// <summary>Start or stop SOP: the sequence.</summary>
    public SopId? Sop { get; private init; }

    /// <summary>Reach a member.</summary>
    /// <param name="channel">The pool channel.</param>
    /// <param name="channelKind">Its kind; must be private.</param>
    /// <param name="messageClass">Marketing or service.</param>
    /// <param name="deliveryMode">Direct message or moments post.</param>
    /// <param name="templateId">The template, if any; 1 to 128 characters.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentException">An unset channel, a public kind, an undefined enum value or a bad template id.</exception>
    public static RuleAction Reach(ChannelId channel, ChannelKind channelKind, MessageClass messageClass, DeliveryMode deliveryMode, string? templateId = null)
    {
        Guard.Against.Unmet(!channel.IsUnset, $"A reach needs a channel.", nameof(channel));
        ChannelKinds.RequirePrivate(channelKind, nameof(channelKind));
        Guard.Against.EnumOutOfRange(messageClass);
        Guard.Against.EnumOutOfRange(deliveryMode);
        if (templateId is not null)
        {
            IdentifierText.Validate(templateId, "template id", nameof(templateId));
        }

        return new(RuleActionType.Reach) { Channel = channel, ChannelKind = channelKind, MessageClass = messageClass, DeliveryMode = deliveryMode, TemplateId = templateId };
    }

    /// <summary>Invite the member to a group.</summary>
    /// <param name="group">The group id.</param>
    /// <returns>The action.</returns>
    public static RuleAction InviteToGroup(ChannelId group)
    {
        Guard.Against.Unmet(!group.IsUnset, $"The group id is unset.", nameof(group));
        return new(RuleActionType.InviteToGroup) { Group = group };
    }

    /// <summary>Offer a coupon.</summary>
    /// <param name="value">Its worth, above zero.</param>
    /// <returns>The action.</returns>
    public static RuleAction OfferCoupon(Money value)
    {
        Guard.Against.Unmet(value.Amount > 0m, $"A coupon is worth more than zero.", nameof(value));
        return new(RuleActionType.OfferCoupon) { Coupon = value };
    }

    /// <summary>Assign a staff member as the member's owner.</summary>
    /// <param name="staff">The staff member's id, 1 to 128 characters.</param>
    /// <returns>The action.</returns>
    public static RuleAction AssignOwner(string staff) => new(RuleActionType.AssignOwner) { Text = IdentifierText.Validate(staff, "staff id", nameof(staff)) };

    /// <summary>Add a tag.</summary>
    /// <param name="tag">The tag, 1 to 128 characters.</param>
    /// <returns>The action.</returns>
    public static RuleAction AddTag(string tag) => new(RuleActionType.AddTag) { Text = IdentifierText.Validate(tag, "tag", nameof(tag)) };

    /// <summary>Remove a tag.</summary>
    /// <param name="tag">The tag, 1 to 128 characters.</param>
    /// <returns>The action.</returns>
    public static RuleAction RemoveTag(string tag) => new(RuleActionType.RemoveTag) { Text = IdentifierText.Validate(tag, "tag", nameof(tag)) };

    /// <summary>Flag a risk (风险规避).</summary>
    /// <param name="risk">The risk's name, 1 to 128 characters (such as <c>group-at-risk</c>).</param>
    /// <returns>The action.</returns>
    public static RuleAction FlagRisk(string risk) => new(RuleActionType.FlagRisk) { Text = IdentifierText.Validate(risk, "risk", nameof(risk)) };

    /// <summary>Start an SOP for the member.</summary>
    /// <param name="sop">The sequence.</param>
    /// <returns>The action.</returns>
    public static RuleAction StartSop(SopId sop)
    {
        Guard.Against.Unmet(!sop.IsUnset, $"The SOP id is unset.", nameof(sop));
        return new(RuleActionType.StartSop) { Sop = sop };
    }

    /// <summary>Stop an SOP for the member.</summary>
    /// <param name="sop">The sequence.</param>
    /// <returns>The action.</returns>
    public static RuleAction StopSop(SopId sop)
    {
        Guard.Against.Unmet(!sop.IsUnset, $"The SOP id is unset.", nameof(sop));
        return new(RuleActionType.StopSop) { Sop = sop };
    }

    /// <summary>The touch a reach action proposes for a member: what the reach planner decides on.</summary>
    /// <param name="member">The member.</param>
    /// <param name="notBefore">The earliest instant (usually the view's instant).</param>
    /// <param name="origin">What proposed it (the rule id), for the planner's trace.</param>
    /// <returns>The proposal.</returns>
    /// <exception cref="InvalidOperationException">The action is not a reach.</exception>
    public ProposedTouch ProposeTouch(MemberId member, Instant notBefore, string? origin = null) => Type == RuleActionType.Reach
        ? new ProposedTouch(member, Channel!.Value, ChannelKind!.Value, MessageClass!.Value, DeliveryMode!.Value, notBefore, TemplateId, origin)
        : throw new InvalidOperationException($"A {Type} action proposes no touch.");

    /// <summary>A short description.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Type switch
    {
        RuleActionType.Reach => $"reach({Channel} {MessageClass} {DeliveryMode} {TemplateId})",
        RuleActionType.InviteToGroup => $"inviteToGroup({Group})",
        RuleActionType.OfferCoupon => $"offerCoupon({Coupon})",
        RuleActionType.StartSop or RuleActionType.StopSop => $"{Type}({Sop})",
        _ => $"{Type}({Text})",
    };
}
