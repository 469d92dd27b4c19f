using System;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;
using static PrivateTraffic.Core.Tests.Engagement.SopExamples;

namespace PrivateTraffic.Core.Tests.Engagement;

public sealed class SopJsonTests
{
    [DeepProperty]
    public Property Sops_round_trip() =>
        Prop.ForAll(Generators.SopDefinitions, s => s.Equals(PrivateTrafficJson.Deserialize<SopDefinition>(PrivateTrafficJson.Serialize(s))));

    [DeepProperty(runs: 30)]
    public Property Libraries_round_trip() =>
        Prop.ForAll(Generators.SopLibraries, l => l.Equals(PrivateTrafficJson.Deserialize<SopLibrary>(PrivateTrafficJson.Serialize(l))));

    [Fact]
    public void The_counter_sop_golden_file_reads_back() => SopGolden.Check("counter-sample.json", Counter);

    [Fact]
    public void A_library_keeps_its_contract_in_a_callers_web_options()
    {
        var web = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web).AddPrivateTraffic();
        var json = System.Text.Json.JsonSerializer.Serialize(Library, web);

        Assert.Equal(PrivateTrafficJson.Serialize(Library), json);
        Assert.Equal(Library, System.Text.Json.JsonSerializer.Deserialize<SopLibrary>(json, web));
    }

    [Fact]
    public void The_library_golden_file_reads_back() => SopGolden.Check("library.json", Library);

    [Theory]
    [InlineData("unknown member", "$.steps[0].x", "\"day\":1,", "\"day\":1,\"x\":1,")]
    [InlineData("unknown content kind", "$.steps[0].content", "\"content\":\"customerResults\"", "\"content\":\"selfie\"")]
    [InlineData("unknown mark", "$.steps[0].marks", "\"marks\":null", "\"marks\":[\"viral\"]")]
    [InlineData("mark twice", "$.steps[0].marks", "\"marks\":null", "\"marks\":[\"frequent\",\"frequent\"]")]
    [InlineData("day as a string", "$.steps[0].day", "\"day\":1,", "\"day\":\"1\",")]
    [InlineData("day too large", "$.steps[0]", "\"day\":1,", "\"day\":367,")]
    [InlineData("day past int", "$.steps[0].day", "\"day\":1,", "\"day\":99999999999,")]
    [InlineData("public channel kind", "$.steps[0]", "\"channelKind\":\"personalWeChat\"", "\"channelKind\":\"douyin\"")]
    [InlineData("time 25:00", "$.steps[0].at", "\"at\":\"20:00:00\"", "\"at\":\"25:00:00\"")]
    [InlineData("null step", "$.steps[0]", "\"steps\":[{", "\"steps\":[null,{")]
    [InlineData("steps out of order", "$.steps", "\"steps\":[{", "\"steps\":[{\"day\":9,\"at\":\"20:00:00\",\"channel\":\"c\",\"channelKind\":\"personalWeChat\",\"mode\":\"momentsPost\",\"class\":\"marketing\",\"content\":\"promotion\",\"marks\":null,\"templateId\":null},{")]
    [InlineData("unknown signal", "$.exit.conditions[0].signal", "\"signal\":\"purchased\"", "\"signal\":\"unfriended\"")]
    [InlineData("purchase with a tag", "$.exit.conditions[0]", "\"signal\":\"purchased\",\"group\":null,\"tag\":null", "\"signal\":\"purchased\",\"group\":null,\"tag\":\"t\"")]
    [InlineData("condition twice", "$.exit.conditions", "{\"signal\":\"optedOut\"", "{\"signal\":\"purchased\"")]
    [InlineData("unknown mode", "$.exit.mode", "\"mode\":\"any\"", "\"mode\":\"some\"")]
    [InlineData("hand-over without target", "$.endActions[1]", "\"handOverTo\":\"monthly-replenish\"", "\"handOverTo\":null")]
    [InlineData("tag action with a group", "$.endActions[0]", "\"group\":null,\"handOverTo\":null", "\"group\":\"g\",\"handOverTo\":null")]
    [InlineData("blank name", "$.name", "\"name\":\"Counter", "\"name\":\" Counter")]
    [InlineData("unknown type", "$.type", "\"type\":\"newCustomer\"", "\"type\":\"vip\"")]
    [InlineData("unknown top member", "$.exot", "\"exit\":", "\"exot\":")]
    public void A_hostile_sop_is_refused_with_its_path(string why, string path, string find, string replace)
    {
        var good = PrivateTrafficJson.Serialize(Counter);
        Assert.True(good.Contains(find, StringComparison.Ordinal), why);
        SopGolden.Refused<SopDefinition>(good.Replace(find, replace, StringComparison.Ordinal), path);
    }

    [Theory]
    [InlineData("steps", "$.steps")]
    [InlineData("endActions", "$")]
    public void A_missing_or_empty_list_is_refused(string member, string path)
    {
        var node = JsonNode.Parse(PrivateTrafficJson.Serialize(Counter))!.AsObject();
        if (member == "steps")
        {
            node[member] = new JsonArray();
        }
        else
        {
            node.Remove(member);
        }

        SopGolden.Refused<SopDefinition>(node.ToJsonString(), path);
    }

    [Fact]
    public void A_million_steps_are_refused_after_the_limit_without_reading_them()
    {
        var step = PrivateTrafficJson.Serialize(Counter);
        var one = JsonNode.Parse(step)!["steps"]![0]!.ToJsonString();
        var json = new StringBuilder("{\"id\":\"x\",\"name\":\"x\",\"type\":\"conversion\",\"steps\":[");
        json.Append(string.Join(",", Enumerable.Repeat(one, 1_000_000)));
        json.Append("],\"exit\":{\"mode\":\"any\",\"conditions\":[]},\"endActions\":[]}");

        SopGolden.Refused<SopDefinition>(json.ToString(), "$.steps[256]");
    }

    [Fact]
    public void Sixty_five_steps_are_refused_at_the_list()
    {
        var node = JsonNode.Parse(PrivateTrafficJson.Serialize(Counter))!;
        var steps = node["steps"]!.AsArray();
        var one = steps[6]!.ToJsonString();
        for (var i = steps.Count; i <= SopDefinition.MaxSteps; i++)
        {
            steps.Add(JsonNode.Parse(one));
        }

        SopGolden.Refused<SopDefinition>(node.ToJsonString(), "$.steps");
    }

    [Fact]
    public void Deep_nesting_is_refused()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"x\":", 200)) + "1" + new string('}', 200);
        var ex = Assert.Throws<System.Text.Json.JsonException>(() => PrivateTrafficJson.Deserialize<SopLibrary>(deep));
        Assert.NotNull(ex.Path);
        var deepArrays = "{\"sops\":" + new string('[', 200) + new string(']', 200) + "}";
        Assert.NotNull(Assert.Throws<System.Text.Json.JsonException>(() => PrivateTrafficJson.Deserialize<SopLibrary>(deepArrays)).Path);
    }

    [Theory]
    [InlineData(DomainRuleCodes.SopHandOverCycle, "$.sops[1].endActions[0].handOverTo", "a>b", "b>a")]
    [InlineData(DomainRuleCodes.SopHandOverCycle, "$.sops[0].endActions[0].handOverTo", "a>a")]
    [InlineData(DomainRuleCodes.SopHandOverCycle, "$.sops[3].endActions[0].handOverTo", "a>b", "b>c", "c>d", "d>b")]
    [InlineData(DomainRuleCodes.SopUnknownHandOver, "$.sops[1].endActions[0].handOverTo", "a>b", "b>z")]
    [InlineData(DomainRuleCodes.SopDuplicateId, "$.sops[2].id", "a", "b", "a")]
    public void A_broken_library_is_refused_with_the_path_of_the_member_at_fault(string code, string path, params string[] sops)
    {
        // Built as JSON by hand: the library type would refuse to be built at all.
        var json = "{\"sops\":[" + string.Join(",", sops.Select(s => s.Split('>')).Select(p => PrivateTrafficJson.Serialize(OneStep(p[0], 1, null, p.Skip(1).ToArray())))) + "]}";

        var ex = SopGolden.Refused<SopLibrary>(json, path);
        Assert.Contains(code, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_library_of_more_than_the_limit_is_refused_at_the_first_sop_past_it()
    {
        var one = PrivateTrafficJson.Serialize(OneStep("s"));
        var json = "{\"sops\":[" + string.Join(",", Enumerable.Repeat(one, SopLibrary.MaxSops + 1)) + "]}";

        SopGolden.Refused<SopLibrary>(json, $"$.sops[{SopLibrary.MaxSops}]");
    }

    [Fact]
    public void A_bad_step_inside_a_library_is_refused_with_its_full_path()
    {
        var json = PrivateTrafficJson.Serialize(Library).Replace("\"day\":30", "\"day\":-1", StringComparison.Ordinal);

        SopGolden.Refused<SopLibrary>(json, "$.sops[1].steps[1]");
    }
}
