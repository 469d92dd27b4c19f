using System.Text.Json.Serialization;
using PrivateTraffic.Core.Engagement;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// Source-generated JSON metadata for SOP sequences. <see cref="SopDefinition"/> and <see cref="SopLibrary"/> keep their
/// invariants, so each is read as a plain DTO and built through its validating factory by the converters in
/// SopJsonConverters.cs, which name the JSON path of whatever they refuse.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.Strict,
    AllowDuplicateProperties = false,
    Converters = [typeof(BoundedStringJsonConverter), typeof(LocalTimeJsonConverter)])]
[JsonSerializable(typeof(SopDefinition))]
[JsonSerializable(typeof(SopDefinitionDto))]
[JsonSerializable(typeof(SopLibrary))]
[JsonSerializable(typeof(SopLibraryDto))]
internal sealed partial class SopJsonContext : JsonSerializerContext;
