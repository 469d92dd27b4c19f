using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

/// <summary>An SOP as its DTO, read whole and then built step by step, so a refusal names the step's path.</summary>
internal sealed class SopDefinitionJsonConverter : JsonConverter<SopDefinition>
{
    public override SopDefinition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        SopJsonScan.CheckArrays(reader);
        var dto = JsonSerializer.Deserialize(ref reader, SopJsonContext.Default.SopDefinitionDto) ?? throw new JsonException("Expected an SOP, found null.");
        return SopJsonMapping.Definition(dto, "$");
    }

    public override void Write(Utf8JsonWriter writer, SopDefinition value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, SopJsonMapping.ToDto(value), SopJsonContext.Default.SopDefinitionDto);
}

/// <summary>A library of SOPs: each SOP built as <see cref="SopDefinitionJsonConverter"/> does, then the library's own
/// rules (unique ids, known hand-overs, no cycle), each refusal with the path of the member at fault.</summary>
internal sealed class SopLibraryJsonConverter : JsonConverter<SopLibrary>
{
    public override SopLibrary Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        SopJsonScan.CheckArrays(reader);
        var dto = JsonSerializer.Deserialize(ref reader, SopJsonContext.Default.SopLibraryDto) ?? throw new JsonException("Expected an SOP library, found null.");
        var sops = new SopDefinition[dto.Sops.Count];
        for (var i = 0; i < sops.Length; i++)
        {
            sops[i] = SopJsonMapping.Definition(dto.Sops[i] ?? throw SopJsonMapping.At($"$.sops[{i}]", "An SOP is null."), $"$.sops[{i}]");
        }

        if (SopLibrary.FindProblem(sops) is { } problem)
        {
            var path = problem.Action is { } a ? $"$.sops[{problem.Sop}].endActions[{a}].handOverTo" : $"$.sops[{problem.Sop}].id";
            throw SopJsonMapping.At(path, $"[{problem.Code}] {problem.Message}");
        }

        return SopLibrary.Create(sops);
    }

    public override void Write(Utf8JsonWriter writer, SopLibrary value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new SopLibraryDto(value.Sops.Select(SopJsonMapping.ToDto).ToArray()), SopJsonContext.Default.SopLibraryDto);
}

/// <summary>The five marks of a hit as an array of names.</summary>
internal sealed class HitMarksJsonConverter : FlagSetJsonConverter<HitMarks>;

/// <summary>DTOs to SOPs and back; every refusal is a <see cref="JsonException"/> with the path of the member at fault.</summary>
internal static class SopJsonMapping
{
    public static SopDefinition Definition(SopDefinitionDto dto, string path)
    {
        var steps = new SopStep[dto.Steps.Count];
        for (var i = 0; i < steps.Length; i++)
        {
            var at = $"{path}.steps[{i}]";
            var s = dto.Steps[i] ?? throw At(at, "A step is null.");
            steps[i] = Build(at, () => SopStep.Create(s.Day, s.At, s.Channel, s.ChannelKind, s.Mode, s.Class, s.Content, s.Marks, s.TemplateId));
        }

        var conditions = new SopExitCondition[dto.Exit.Conditions.Count];
        for (var i = 0; i < conditions.Length; i++)
        {
            var at = $"{path}.exit.conditions[{i}]";
            var c = dto.Exit.Conditions[i] ?? throw At(at, "An exit condition is null.");
            conditions[i] = Build(at, () => SopExitCondition.From(c.Signal, c.Group, c.Tag));
        }

        var actions = new SopEndAction[dto.EndActions.Count];
        for (var i = 0; i < actions.Length; i++)
        {
            var at = $"{path}.endActions[{i}]";
            var a = dto.EndActions[i] ?? throw At(at, "An end action is null.");
            actions[i] = Build(at, () => SopEndAction.From(a.Kind, a.On, a.Tag, a.Group, a.HandOverTo));
        }

        var exit = Build($"{path}.exit.conditions", () => SopExitRule.Create(dto.Exit.Mode, conditions));
        try
        {
            return SopDefinition.Create(dto.Id, dto.Name, dto.Type, steps, exit, actions);
        }
        catch (ArgumentException ex)
        {
            throw At(ex.ParamName is { Length: > 0 } member ? $"{path}.{member}" : path, ex.Message, ex);
        }
    }

    public static SopDefinitionDto ToDto(SopDefinition sop) => new(
        sop.Id,
        sop.Name,
        sop.Type,
        sop.Steps.Select(s => new SopStepDto(s.Day, s.At, s.Channel, s.ChannelKind, s.Mode, s.Class, s.Content, s.Marks, s.TemplateId)).ToArray(),
        new SopExitRuleDto(sop.Exit.Mode, sop.Exit.Conditions.Select(c => new SopExitConditionDto(c.Signal, c.Group, c.Tag)).ToArray()),
        sop.EndActions.Select(a => new SopEndActionDto(a.Kind, a.On, a.Tag, a.Group, a.HandOverTo)).ToArray());

    public static JsonException At(string path, string message, Exception? inner = null) => new(message, path, null, null, inner);

    private static T Build<T>(string path, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (Exception ex) when (ex is ArgumentException or DomainRuleException)
        {
            throw At(path, ex.Message, ex);
        }
    }
}
