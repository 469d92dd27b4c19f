using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>
/// What a join brings to a group whose admission is by application or by payment (申请 / 付费入群): an approved
/// application, or the fee paid for a membership tier. A paid join is admitted when the tier is paid and the fee paid
/// is in the tier's currency and at least its fee; anything else is refused with <c>community.admission_refused</c>.
/// Immutable.
/// </summary>
public sealed class JoinAdmission
{
    private JoinAdmission(bool applicationApproved, MembershipTier? tier, Money? feePaid)
    {
        ApplicationApproved = applicationApproved;
        Tier = tier;
        FeePaid = feePaid;
    }

    /// <summary>An approved application (admission by application).</summary>
    public static JoinAdmission Approved { get; } = new(true, null, null);

    /// <summary>Whether this is an approved application.</summary>
    public bool ApplicationApproved { get; }

    /// <summary>The tier paid for, for a paid join; otherwise null.</summary>
    public MembershipTier? Tier { get; }

    /// <summary>The fee paid, for a paid join; otherwise null.</summary>
    public Money? FeePaid { get; }

    /// <summary>A paid join: <paramref name="feePaid"/> for <paramref name="tier"/>. Whether it is enough is the group's
    /// rule, checked when the join is decided.</summary>
    /// <exception cref="System.ArgumentException">A null tier or a negative fee paid.</exception>
    public static JoinAdmission Paid(MembershipTier tier, Money feePaid)
    {
        Guard.Against.Null(tier);
        Guard.Against.Unmet(!feePaid.IsNegative, $"A fee paid cannot be negative ({feePaid}).", nameof(feePaid));
        return new JoinAdmission(false, tier, feePaid);
    }

    // Why a paid join is refused, or null when the fee covers the tier.
    internal string? PaymentRefusal() => (Tier, FeePaid) switch
    {
        (null, _) or (_, null) => "needs the fee paid",
        ({ IsPaid: false } tier, _) => $"needs a paid tier ('{tier.Name}' is free)",
        ({ } tier, { } paid) when paid.Currency != tier.Fee.Currency => $"needs the fee in {tier.Fee.Currency} (paid {paid})",
        ({ } tier, { } paid) when paid < tier.Fee => $"needs the tier's fee {tier.Fee} (paid {paid})",
        _ => null,
    };
}
