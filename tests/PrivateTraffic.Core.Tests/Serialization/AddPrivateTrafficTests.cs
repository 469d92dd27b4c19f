using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Serialization;

/// <summary>The library's contracts added to a caller's options (ASP.NET's Web defaults) keep their shape and strictness.</summary>
public sealed class AddPrivateTrafficTests
{
    private static JsonSerializerOptions Web() => new JsonSerializerOptions(JsonSerializerDefaults.Web).AddPrivateTraffic();

    private static void SameAsTheLibrary<T>(JsonSerializerOptions options, string golden)
    {
        var value = PrivateTrafficJson.Deserialize<T>(golden);
        var written = JsonSerializer.Serialize(value, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
        Assert.Equal(PrivateTrafficJson.Serialize(value), written);
        var read = JsonSerializer.Deserialize(written, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
        Assert.Equal(PrivateTrafficJson.Serialize(value), PrivateTrafficJson.Serialize(read));
    }

    [Fact]
    public void Web_options_write_and_read_money_a_pool_event_a_fit_and_pool_metrics_as_the_library_does()
    {
        var web = Web();
        SameAsTheLibrary<Money>(web, Golden.Read("primitives", "money.json"));
        SameAsTheLibrary<PoolEvent>(web, Golden.Read("pools", "purchaseRecorded.json"));
        SameAsTheLibrary<PoolEvent>(web, Golden.Read("pools", "memberCaptured.json"));
        SameAsTheLibrary<ModelFit<BgNbdParameters>>(web, Golden.Read("value-models", "bgnbd-fit.json"));
        SameAsTheLibrary<PoolMetrics>(web, Golden.Read("pools", "pool-metrics.json"));
        SameAsTheLibrary<IReadOnlyDictionary<MemberId, Money>>(web, Golden.Read("primitives", "money-by-member.json"));
    }

    [Fact]
    public void A_naming_policy_and_a_string_enum_converter_of_the_caller_do_not_change_a_contract()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter<LifecycleStage>());
        options.AddPrivateTraffic();
        SameAsTheLibrary<PoolEvent>(options, Golden.Read("pools", "stageChanged.json"));
        SameAsTheLibrary<PoolEvent>(options, Golden.Read("pools", "memberCaptured.json"));
        Assert.Equal("\"firstPurchase\"", JsonSerializer.Serialize(LifecycleStage.FirstPurchase, options));
    }

    private sealed record Reply(Money Price, LifecycleStage Stage, Instant At);

    [Fact]
    public void A_callers_own_type_uses_the_library_converters_for_the_library_types()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() }.AddPrivateTraffic();
        var json = JsonSerializer.Serialize(new Reply(Money.Yuan(9.9m), LifecycleStage.Repeat, Instant.FromUtc(2026, 11, 24, 8, 0)), options);
        Assert.Equal("""{"price":{"amount":"9.90","currency":"CNY"},"stage":"repeat","at":"2026-11-24T08:00:00Z"}""", json);
    }

    public static TheoryData<string, Type, string> Hostile => new()
    {
        { "money with an unknown member", typeof(Money), """{"amount":"1.00","currency":"CNY","note":"x"}""" },
        { "money amount as a number", typeof(Money), """{"amount":1.00,"currency":"CNY"}""" },
        { "event with an unknown member", typeof(PoolEvent), """{"type":"memberErased","eventId":"e","pool":"p","at":"2024-01-01T00:00:00Z","member":"m","extra":1}""" },
        { "event with a member missing", typeof(PoolEvent), """{"type":"memberErased","eventId":"e","pool":"p","at":"2024-01-01T00:00:00Z"}""" },
        { "event with null where required", typeof(PoolEvent), """{"type":"memberMoved","eventId":"e","pool":"p","at":"2024-01-01T00:00:00Z","member":"m","from":null,"to":"x"}""" },
        { "event with a PascalCase member (Web options match names case-insensitively)", typeof(PoolEvent), """{"type":"memberErased","eventId":"e","pool":"p","At":"2024-01-01T00:00:00Z","member":"m"}""" },
        { "event with a month 13", typeof(PoolEvent), """{"type":"memberErased","eventId":"e","pool":"p","at":"2026-13-01T00:00:00Z","member":"m"}""" },
        { "event with a number as a string", typeof(PoolEvent), """{"type":"poolCreated","eventId":"e","pool":"p","at":"2024-01-01T00:00:00Z","owner":"o","channel":"c","kind":"personalWeChat","subPools":["a"],"capacity":"10","qrCodeJoinLimit":null}""" },
        { "fit with a number as a string", typeof(ModelFit<BgNbdParameters>), """{"status":"converged","message":null,"parameters":{"r":0.243,"alpha":4.414,"a":0.793,"b":2.426,"unit":"weeks"},"standardErrors":[0.0126,0.378,0.186,0.705],"logLikelihood":-9582.43,"iterations":"22","customerCount":2357}""" },
        { "stage as a number", typeof(LifecycleStage), "1" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Web_options_still_refuse_hostile_json_with_a_path(string why, Type type, string json)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Web().GetTypeInfo(type)));
        Assert.False(ex.Path is null, why);
    }

    [Fact]
    public void Every_object_contract_of_the_library_is_read_with_the_library_metadata()
    {
        var objectContracts = typeof(PrivateTrafficJson).Assembly.GetExportedTypes()
            .Where(t => !t.IsGenericTypeDefinition && PrivateTrafficJson.Options.TryGetTypeInfo(t, out var info) && info.Kind != System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.None);
        Assert.Equal(
            objectContracts.OrderBy(t => t.FullName, StringComparer.Ordinal),
            ContractConverterFactory.ObjectContractTypes.OrderBy(t => t.FullName, StringComparer.Ordinal));
    }

    [Fact]
    public void The_library_options_refuse_a_dictionary_key_given_twice()
    {
        var ex = Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<IReadOnlyDictionary<MemberId, Money>>(
            """{"m1":{"amount":"1.00","currency":"CNY"},"m1":{"amount":"2.00","currency":"CNY"}}"""));
        Assert.False(string.IsNullOrEmpty(ex.Path));
    }

    [Fact]
    public void Read_only_options_are_refused_and_adding_twice_adds_once()
    {
        Assert.Throws<InvalidOperationException>(() => PrivateTrafficJson.Options.AddPrivateTraffic());
        var options = Web();
        var resolvers = options.TypeInfoResolverChain.Count;
        var converters = options.Converters.Count;
        options.AddPrivateTraffic();
        Assert.Equal(resolvers, options.TypeInfoResolverChain.Count);
        Assert.Equal(converters, options.Converters.Count);
    }
}
