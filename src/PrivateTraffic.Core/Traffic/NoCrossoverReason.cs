using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Traffic;

/// <summary>Why a private pool never becomes cheaper per conversion than buying public traffic: why there is no <see cref="CostCrossover"/>.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<NoCrossoverReason>))]
public enum NoCrossoverReason
{
    /// <summary>There is a reason only when there is no crossover; this is the value when the crossover was reached.</summary>
    None = 0,

    /// <summary>The pool produced no conversions in the horizon (empty pool, or zero conversion and repurchase).</summary>
    NoConversions = 1,

    /// <summary>The pool converts, but its cumulative cost per conversion stays at or above the public one for the whole horizon.</summary>
    PrivateNeverCheaper = 2,
}
