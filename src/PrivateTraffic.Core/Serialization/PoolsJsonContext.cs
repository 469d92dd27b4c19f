using System.Collections.Generic;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Pools;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// Source-generated JSON metadata for the Pools capability: every <see cref="PoolEvent"/> (polymorphic, with a
/// <c>type</c> discriminator), lists of events, and the pool snapshot read by <see cref="PrivatePoolJsonConverter"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.Strict,
    AllowOutOfOrderMetadataProperties = true,
    AllowDuplicateProperties = false,
    Converters = [
        typeof(FiniteDoubleJsonConverter), typeof(NonNullListJsonConverter<MemberSnapshot>), typeof(BoundedStringJsonConverter), typeof(InstantJsonConverter), typeof(LocalDateJsonConverter), typeof(LocalTimeJsonConverter),
        typeof(LocalDateTimeJsonConverter), typeof(DurationJsonConverter), typeof(PeriodJsonConverter),
        typeof(DateTimeZoneJsonConverter), typeof(NameListJsonConverter)])]
[JsonSerializable(typeof(PoolEvent))]
[JsonSerializable(typeof(PoolCreated))]
[JsonSerializable(typeof(PoolReviewed))]
[JsonSerializable(typeof(MemberCaptured))]
[JsonSerializable(typeof(MemberReferred))]
[JsonSerializable(typeof(PurchaseRecorded))]
[JsonSerializable(typeof(InteractionRecorded))]
[JsonSerializable(typeof(StageChanged))]
[JsonSerializable(typeof(MemberMoved))]
[JsonSerializable(typeof(ConsentGranted))]
[JsonSerializable(typeof(ConsentWithdrawn))]
[JsonSerializable(typeof(MemberLeft))]
[JsonSerializable(typeof(MemberErased))]
[JsonSerializable(typeof(IReadOnlyList<PoolEvent>))]
[JsonSerializable(typeof(ConsentRecord))]
[JsonSerializable(typeof(PrivatePool))]
[JsonSerializable(typeof(PoolSnapshot))]
[JsonSerializable(typeof(PoolSnapshotDto))]
[JsonSerializable(typeof(MemberSnapshot))]
[JsonSerializable(typeof(ReferralMechanic))]
internal sealed partial class PoolsJsonContext : JsonSerializerContext;
