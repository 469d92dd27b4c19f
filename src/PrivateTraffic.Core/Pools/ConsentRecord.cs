using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>One entry of a member's consent history: consent for a purpose on a channel granted or withdrawn at an instant.</summary>
/// <param name="Purpose">What the consent covers.</param>
/// <param name="Channel">Where the member may be reached.</param>
/// <param name="Granted">True for a grant, false for a withdrawal.</param>
/// <param name="At">When it took effect.</param>
// Every member is required in JSON: a record read without "granted" or "purpose" would grant what was withdrawn.
public readonly record struct ConsentRecord(
    [property: JsonRequired] ConsentPurpose Purpose,
    [property: JsonRequired] ChannelId Channel,
    [property: JsonRequired] bool Granted,
    [property: JsonRequired] Instant At);
