using PrivateTraffic.Core.Engagement;

namespace PoolService.Http;

/// <summary>The body of <c>POST /pools/{pool}/members/{member}/sop-plan</c>: an SOP and a reach policy, each in the
/// library's JSON contract (docs/json-sop.md, docs/json-reach.md).</summary>
/// <param name="Sop">The SOP definition.</param>
/// <param name="Policy">The reach policy the touches are planned under.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(SopPlanRequestConverter))]
public sealed record SopPlanRequest(SopDefinition Sop, ReachPolicy Policy);
