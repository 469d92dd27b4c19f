using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Value;

/// <summary>How a maximum-likelihood fit of a customer-base model ended. On the wire: "converged", "notIdentified", "notConverged".</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<ModelFitStatus>))]
public enum ModelFitStatus
{
    /// <summary>The optimizer met its gradient test at an interior optimum: the parameters are the maximum-likelihood estimates.</summary>
    Converged = 0,

    /// <summary>
    /// The data cannot identify the parameters: there are no customers, or the likelihood keeps rising towards a
    /// parameter of 0 or ∞ (for example when nobody made a repeat purchase). No parameters are reported.
    /// </summary>
    NotIdentified = 1,

    /// <summary>The optimizer stopped (iteration limit, no further decrease) before meeting its test. No parameters are reported.</summary>
    NotConverged = 2,
}
