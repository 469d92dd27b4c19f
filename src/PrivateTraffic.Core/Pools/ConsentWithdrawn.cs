using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>The member withdrew consent for a purpose on a channel. It takes effect at <paramref name="At"/> and lasts until a later <see cref="ConsentGranted"/>.</summary>
/// <param name="EventId">Identifies the event.</param>
/// <param name="Pool">The pool.</param>
/// <param name="At">When it happened.</param>
/// <param name="Member">The member it is about.</param>
/// <param name="Purpose">What the consent covered.</param>
/// <param name="Channel">The channel.</param>
public sealed record ConsentWithdrawn(DomainEventId EventId, PoolId Pool, Instant At, MemberId Member, ConsentPurpose Purpose, ChannelId Channel)
    : MemberEvent(EventId, Pool, At, Member)
{
    /// <summary>The event's stable type name, its JSON discriminator.</summary>
    public const string TypeName = "consentWithdrawn";

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => TypeName;
}
