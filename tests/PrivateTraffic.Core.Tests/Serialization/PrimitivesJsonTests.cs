using System;
using System.Collections.Generic;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Serialization;

public sealed class PrimitivesJsonTests
{
    private static Property RoundTrips<T>(Arbitrary<T> values) =>
        Prop.ForAll(values, value =>
        {
            var json = PrivateTrafficJson.Serialize(value);
            Assert.Equal(value, PrivateTrafficJson.Deserialize<T>(json));
            Assert.Equal(json, PrivateTrafficJson.Serialize(PrivateTrafficJson.Deserialize<T>(json)));
        });

    [DeepProperty] public Property Money_round_trips() => RoundTrips(Generators.UnroundedMoney);
    [DeepProperty] public Property Currency_round_trips() => RoundTrips(Generators.Currencies);
    [DeepProperty] public Property Probability_round_trips() => RoundTrips(Generators.Probabilities);
    [DeepProperty] public Property Member_id_round_trips() => RoundTrips(Generators.MemberIds);
    [DeepProperty] public Property Instant_round_trips() => RoundTrips(Generators.Instants);
    [DeepProperty] public Property Local_date_round_trips() => RoundTrips(Generators.LocalDates);
    [DeepProperty] public Property Local_time_round_trips() => RoundTrips(Generators.LocalTimes);
    [DeepProperty] public Property Duration_round_trips() => RoundTrips(Generators.Durations);
    [DeepProperty] public Property Period_round_trips() => RoundTrips(Generators.Periods);
    [DeepProperty] public Property Time_zone_round_trips() => RoundTrips(Generators.Zones);

    [Fact]
    public void Local_date_time_round_trips() =>
        RoundTrips(FsCheck.Fluent.Arb.Convert(Generators.Pair(Generators.LocalDates, Generators.LocalTimes), t => t.Item1 + t.Item2, ldt => (ldt.Date, ldt.TimeOfDay)));

    [Fact]
    public void Other_ids_and_time_units_round_trip()
    {
        Assert.Equal(PoolId.From("pool-1"), PrivateTrafficJson.Deserialize<PoolId>(PrivateTrafficJson.Serialize(PoolId.From("pool-1"))));
        Assert.Equal(ChannelId.From("wecom"), PrivateTrafficJson.Deserialize<ChannelId>("\"wecom\""));
        Assert.Equal(CampaignId.From("双11"), PrivateTrafficJson.Deserialize<CampaignId>("\"双11\""));
        Assert.Equal(DomainEventId.From("e-1"), PrivateTrafficJson.Deserialize<DomainEventId>("\"e-1\""));
        Assert.Equal(TimeUnit.Months, PrivateTrafficJson.Deserialize<TimeUnit>(PrivateTrafficJson.Serialize(TimeUnit.Months)));
    }

    [Fact]
    public void Golden_files_of_version_1_read_back_and_are_written_identically()
    {
        Check("money.json", Money.Yuan(1234.50m));
        Check("probability.json", Probability.From(0.2));
        Check("member-id.json", MemberId.From("wm_张三-001"), escapedOnWrite: true);
        Check("instant.json", Instant.FromUtc(2026, 11, 24, 13, 30) + Duration.FromMilliseconds(500));
        Check("local-date.json", new LocalDate(2026, 11, 24));
        Check("local-time.json", new LocalTime(21, 30));
        Check("local-date-time.json", new LocalDateTime(2026, 11, 24, 21, 30));
        Check("duration.json", Duration.FromDays(7));
        Check("period.json", Period.FromMonths(1) + Period.FromDays(7));
        Check("date-time-zone.json", DateTimeZoneProviders.Tzdb["Asia/Shanghai"]);
        Check("time-unit.json", TimeUnit.Weeks);
        var byMember = PrivateTrafficJson.Deserialize<IReadOnlyDictionary<MemberId, Money>>(Golden.Read("primitives", "money-by-member.json"));
        Assert.Equal(Money.Yuan(250m), byMember[MemberId.From("m2")]);

        static void Check<T>(string file, T expected, bool escapedOnWrite = false)
        {
            var golden = Golden.Read("primitives", file);
            Assert.Equal(expected, PrivateTrafficJson.Deserialize<T>(golden));
            if (!escapedOnWrite)
            {
                Assert.Equal(golden, PrivateTrafficJson.Serialize(expected));
            }
        }
    }

    public static TheoryData<string, string> HostileMoney => new()
    {
        { "unknown member", """{"amount":"1.00","currency":"CNY","note":"x"}""" },
        { "missing amount", """{"currency":"CNY"}""" },
        { "missing currency", """{"amount":"1.00"}""" },
        { "amount as a number", """{"amount":1.00,"currency":"CNY"}""" },
        { "amount null", """{"amount":null,"currency":"CNY"}""" },
        { "NaN amount", """{"amount":"NaN","currency":"CNY"}""" },
        { "Infinity amount", """{"amount":"Infinity","currency":"CNY"}""" },
        { "beyond decimal", """{"amount":"1e40","currency":"CNY"}""" },
        { "beyond decimal digits", """{"amount":"99999999999999999999999999999999","currency":"CNY"}""" },
        { "unknown currency", """{"amount":"1.00","currency":"XBT"}""" },
        { "currency as number", """{"amount":"1.00","currency":156}""" },
        { "duplicate member", """{"amount":"1.00","amount":"2.00","currency":"CNY"}""" },
        { "array", """["1.00","CNY"]""" },
        { "null", "null" },
        { "trailing comma", """{"amount":"1.00","currency":"CNY",}""" },
        { "comment", """{"amount":"1.00",/*x*/"currency":"CNY"}""" },
    };

    [Theory]
    [MemberData(nameof(HostileMoney))]
    public void Hostile_money_is_a_json_exception_with_a_path(string why, string json)
    {
        var ex = Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<Money>(json));
        Assert.False(string.IsNullOrEmpty(ex.Path), why);
        Assert.Contains("Path: ", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"2026-02-30\"")]
    [InlineData("\"24/11/2026\"")]
    [InlineData("20261124")]
    [InlineData("null")]
    public void A_malformed_date_is_a_json_exception(string json) =>
        Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<LocalDate>(json));

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("\"0.5\"")]
    [InlineData("NaN")]
    [InlineData("\"NaN\"")]
    [InlineData("1e400")]
    public void A_bad_probability_is_a_json_exception(string json) =>
        Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<Probability>(json));

    [Fact]
    public void Unknown_zone_and_blank_id_are_json_exceptions()
    {
        Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<DateTimeZone>("\"Asia/Beijing\""));
        Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<MemberId>("\" \""));
        Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<MemberId>("42"));
    }

    [Fact]
    public void Paths_point_into_the_document()
    {
        var ex = Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<IReadOnlyList<Money>>(
            """[{"amount":"1.00","currency":"CNY"},{"amount":"x","currency":"CNY"}]"""));
        Assert.Equal("$[1]", ex.Path);
        var dict = Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<IReadOnlyDictionary<MemberId, Money>>(
            """{"m1":{"amount":"1.00","currency":"USDX"}}"""));
        Assert.StartsWith("$.m1", dict.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_past_the_depth_limit_is_a_json_exception()
    {
        var deep = new string('[', PrivateTrafficJson.MaxDepth + 10) + new string(']', PrivateTrafficJson.MaxDepth + 10);
        Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<IReadOnlyList<Money>>(deep));
    }

    [Fact]
    public void A_ten_megabyte_string_is_refused_quickly_and_without_echoing_it()
    {
        var huge = new string('9', 10 * 1024 * 1024);
        var money = Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<Money>($$"""{"amount":"{{huge}}","currency":"CNY"}"""));
        Assert.True(money.Message.Length < 1000);
        var id = Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<MemberId>($"\"{huge}\""));
        Assert.True(id.Message.Length < 1000);
        Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<LocalDate>($"\"{huge}\""));
    }

    [Fact]
    public void The_options_instance_is_read_only() =>
        Assert.Throws<InvalidOperationException>(() => PrivateTrafficJson.Options.MaxDepth = 1000);

    [Fact]
    public void A_type_that_is_not_a_contract_is_refused() =>
        Assert.Throws<NotSupportedException>(() => PrivateTrafficJson.Serialize(new Uri("https://example.com")));
}
