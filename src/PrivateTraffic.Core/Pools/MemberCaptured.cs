using System.Text.Json.Serialization;
using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>A person was captured into the pool (引流): from a source channel, into a sub-pool.</summary>
/// <param name="EventId">Identifies the event.</param>
/// <param name="Pool">The pool.</param>
/// <param name="At">When it happened.</param>
/// <param name="Member">The member it is about.</param>
/// <param name="Source">Where they were captured, such as a counter with a free sample or a Douyin live stream.</param>
/// <param name="SubPool">The sub-pool they start in.</param>
/// <param name="TimeZone">Their time zone (Asia/Shanghai unless known otherwise); calendar rules such as dormancy use it.</param>
/// <param name="Tags">Labels the owner gives them, such as <c>free-sample</c>; may be empty.</param>
/// <param name="JoinedBy">How they came in.</param>
public sealed record MemberCaptured(DomainEventId EventId, PoolId Pool, Instant At, MemberId Member, ChannelId Source, string SubPool, DateTimeZone TimeZone, IReadOnlyList<string> Tags, JoinMethod JoinedBy)
    : MemberEvent(EventId, Pool, At, Member)
{
    /// <summary>The event's stable type name, its JSON discriminator.</summary>
    public const string TypeName = "memberCaptured";

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => TypeName;
}
