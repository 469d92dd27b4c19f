using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>One entry of a member's consent history: consent for a purpose on a channel granted or withdrawn at an instant.</summary>
/// <param name="Purpose">What the consent covers.</param>
/// <param name="Channel">Where the member may be reached.</param>
/// <param name="Granted">True for a grant, false for a withdrawal.</param>
/// <param name="At">When it took effect.</param>
public readonly record struct ConsentRecord(ConsentPurpose Purpose, ChannelId Channel, bool Granted, Instant At);
