using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>The member consented to being reached for a purpose on a channel (PIPL consent), from <paramref name="At"/> on.</summary>
/// <param name="EventId">Identifies the event.</param>
/// <param name="Pool">The pool.</param>
/// <param name="At">When it happened.</param>
/// <param name="Member">The member it is about.</param>
/// <param name="Purpose">What the consent covers.</param>
/// <param name="Channel">Where the member may be reached for it.</param>
public sealed record ConsentGranted(DomainEventId EventId, PoolId Pool, Instant At, MemberId Member, ConsentPurpose Purpose, ChannelId Channel)
    : MemberEvent(EventId, Pool, At, Member)
{
    /// <summary>The event's stable type name, its JSON discriminator.</summary>
    public const string TypeName = "consentGranted";

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => TypeName;
}
