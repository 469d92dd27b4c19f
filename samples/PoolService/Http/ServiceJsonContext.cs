using System.Text.Json;
using System.Text.Json.Serialization;
using PoolService.Hosting;

namespace PoolService.Http;

/// <summary>The service's own JSON contracts (request bodies and the command outcome), source-generated; the library's
/// types inside them keep the library's converters (<c>AddPrivateTraffic</c>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(CaptureRequest))]
[JsonSerializable(typeof(PurchaseRequest))]
[JsonSerializable(typeof(ConsentRequest))]
[JsonSerializable(typeof(LeaveRequest))]
[JsonSerializable(typeof(EraseRequest))]
[JsonSerializable(typeof(PoolCommandOutcome))]
[JsonSerializable(typeof(EngagementDecisions))]
[JsonSerializable(typeof(SopPlanRequest))]
[JsonSerializable(typeof(SopPlan))]
[JsonSerializable(typeof(OpenGroupRequest))]
[JsonSerializable(typeof(JoinGroupRequest))]
[JsonSerializable(typeof(LeaveGroupRequest))]
[JsonSerializable(typeof(GroupHealthRequest))]
[JsonSerializable(typeof(GroupHealthAnswer))]
[JsonSerializable(typeof(ReferralRequest))]
[JsonSerializable(typeof(CampaignResults))]
public sealed partial class ServiceJsonContext : JsonSerializerContext;
