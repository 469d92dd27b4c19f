using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>Who brought a new member in, and how (推荐): the referrer, and the campaign, mechanic and reward the referral
/// came with. A prospect who has not bought yet may be a referrer; bringing someone in makes them an advocate (裂变).</summary>
/// <param name="Referrer">A member captured before the new one.</param>
/// <param name="Campaign">The fission campaign, if any.</param>
/// <param name="Mechanic">The mechanic, if known.</param>
/// <param name="Reward">The reward promised to the referrer, if any; never negative.</param>
public sealed record ReferredBy(MemberId Referrer, CampaignId? Campaign = null, ReferralMechanic? Mechanic = null, Money? Reward = null);
