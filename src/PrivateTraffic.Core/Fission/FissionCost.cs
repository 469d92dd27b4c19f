using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Fission;

/// <summary>
/// What a campaign's new members cost (裂变获客成本): the rewards, red packets and commissions actually paid, to
/// the cent, and the cost per member. Members who later left still count as acquired: they were paid for.
/// </summary>
/// <param name="Campaign">The campaign.</param>
/// <param name="Acquired">New members attributed to the campaign.</param>
/// <param name="PaidToReferrers">Paid to referrers: per-referral rewards, commissions and stage rewards.</param>
/// <param name="PaidToNewcomers">Paid to the new members: red packets, gift cards, loaded cards.</param>
public sealed record FissionCost(CampaignId Campaign, int Acquired, Money PaidToReferrers, Money PaidToNewcomers)
{
    /// <summary>Everything paid: <see cref="PaidToReferrers"/> + <see cref="PaidToNewcomers"/>.</summary>
    public Money Paid => PaidToReferrers + PaidToNewcomers;

    /// <summary>The paid total shared over the acquired members to the cent: the shares differ by at most one minor
    /// unit and sum to <see cref="Paid"/> exactly. Empty when no one was acquired.</summary>
    public Money[] PerMemberShares() => Acquired == 0 ? [] : Paid.Split(Acquired);

    /// <summary>The cost per acquired member, rounded half to even to the minor unit; <c>null</c> when no one was acquired.</summary>
    public Money? CostPerMember => Acquired == 0 ? null : Paid.Divide(Acquired, System.MidpointRounding.ToEven);
}
