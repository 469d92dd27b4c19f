using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// An enumeration on the wire as its camelCase name ("payingCore"); numbers and unknown names are refused with a
/// <see cref="JsonException"/>, so a document cannot smuggle in a value outside the enumeration.
/// </summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
internal sealed class CamelCaseEnumJsonConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public CamelCaseEnumJsonConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
