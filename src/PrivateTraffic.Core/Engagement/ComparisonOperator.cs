using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Engagement;

/// <summary>How a <see cref="ConditionType.Compare"/> condition compares a field with its literal. Enumerations take only
/// <see cref="Eq"/> and <see cref="Ne"/>; numbers, days and money take all six.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<ComparisonOperator>))]
public enum ComparisonOperator
{
    /// <summary>Equal.</summary>
    Eq = 0,

    /// <summary>Not equal (still false when the field is missing).</summary>
    Ne = 1,

    /// <summary>Less than.</summary>
    Lt = 2,

    /// <summary>Less than or equal.</summary>
    Lte = 3,

    /// <summary>Greater than.</summary>
    Gt = 4,

    /// <summary>Greater than or equal.</summary>
    Gte = 5,
}
