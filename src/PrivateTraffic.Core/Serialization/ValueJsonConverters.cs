using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Serialization;

internal sealed class CustomerSummariesJsonConverter : DtoJsonConverter<CustomerSummaries, CustomerSummariesDto>
{
    protected override JsonTypeInfo<CustomerSummariesDto> DtoInfo => ValueJsonContext.Default.CustomerSummariesDto;

    protected override CustomerSummaries FromDto(CustomerSummariesDto dto)
    {
        var rows = dto.Customers.Select(c =>
        {
            var s = CustomerSummary.Create(
                c.Id, c.FirstPurchase, c.LastPurchase, c.Frequency,
                Money.Of(ParseAmount(c.MeanRepeatSpend, "meanRepeatSpend"), dto.Currency), Money.Of(ParseAmount(c.TotalSpend, "totalSpend"), dto.Currency),
                dto.CalibrationEnd, dto.Unit);
            // The v1 member "recency" carries t_x, the time of the last purchase measured from the first (not RFM's recency).
            Guard.Against.Unmet(Math.Abs(s.TimeOfLastPurchase - c.Recency) <= 1e-9 && Math.Abs(s.Age - c.Age) <= 1e-9, $"Customer {c.Id}: recency (t_x) and age do not match the dates.", "customers");
            return s;
        });
        return CustomerSummaries.From(dto.CalibrationEnd, dto.Unit, dto.Currency, rows);
    }

    protected override CustomerSummariesDto ToDto(CustomerSummaries value) =>
        new(value.CalibrationEnd, value.Unit, value.Currency, value.Select(s => new CustomerSummaryDto(
            s.Customer, s.FirstPurchase, s.LastPurchase, s.Frequency, s.TimeOfLastPurchase, s.Age, Text(s.MeanRepeatSpend.Amount), Text(s.TotalSpend.Amount))).ToList());
}

internal sealed class TierPolicyJsonConverter : DtoJsonConverter<TierPolicy, TierPolicyDto>
{
    protected override JsonTypeInfo<TierPolicyDto> DtoInfo => ValueJsonContext.Default.TierPolicyDto;

    protected override TierPolicy FromDto(TierPolicyDto dto) =>
        TierPolicy.Create(dto.Name, dto.Rules.Select(r => TierPolicyRule.For(r.Tier, r.Segment, TierAction.Of(r.Action.Code, r.Action.Description))));

    protected override TierPolicyDto ToDto(TierPolicy value) =>
        new(value.Name, value.Rules.Select(r => new TierPolicyRuleDto(r.Tier, new TierActionDto(r.Action.Code, r.Action.Description), r.Segment)).ToList());
}

internal sealed class ValueCardJsonConverter : DtoJsonConverter<ValueCard, ValueCardDto>
{
    protected override JsonTypeInfo<ValueCardDto> DtoInfo => ValueJsonContext.Default.ValueCardDto;

    protected override ValueCard FromDto(ValueCardDto dto)
    {
        var card = ValueCard.Create(
            dto.Customer, dto.Realized, dto.Potential, dto.Model, dto.Tier, RfmScore.Of(dto.Rfm.Recency, dto.Rfm.Frequency, dto.Rfm.Monetary),
            TierAction.Of(dto.Action.Code, dto.Action.Description));
        Guard.Against.Unmet(card.ValueWithReferrals == dto.Total, $"The total {dto.Total} is not realized + potential + model ({card.ValueWithReferrals}).", "total");
        Guard.Against.Unmet(dto.OwnValue is not { } own || own == card.OwnValue, $"The own value {dto.OwnValue} is not realized + potential ({card.OwnValue}).", "ownValue");
        Guard.Against.Unmet(card.Segment == dto.Segment, $"The segment {dto.Segment} does not match the RFM score {card.Rfm} ({card.Segment}).", "segment");
        return card;
    }

    protected override ValueCardDto ToDto(ValueCard value) =>
        new(value.Customer, value.Realized, value.Potential, value.Model, value.ValueWithReferrals, value.Tier,
            new RfmScoreDto(value.Rfm.Recency, value.Rfm.Frequency, value.Rfm.Monetary), value.Segment, new TierActionDto(value.Action.Code, value.Action.Description),
            value.OwnValue);
}

internal sealed class PoolCompositionJsonConverter : DtoJsonConverter<PoolComposition, PoolCompositionDto>
{
    private static readonly MemberStatus[] Statuses = [MemberStatus.Paying, MemberStatus.Convertible, MemberStatus.Junk];

    protected override JsonTypeInfo<PoolCompositionDto> DtoInfo => ValueJsonContext.Default.PoolCompositionDto;

    protected override PoolComposition FromDto(PoolCompositionDto dto)
    {
        Guard.Against.Unmet(dto.Statuses.Count == 3 && Statuses.All(s => dto.Statuses.Count(e => e.Status == s) == 1), "There must be one entry per status: paying, convertible, junk.", "statuses");
        var entry = Statuses.Select(s => dto.Statuses.First(e => e.Status == s)).ToArray();
        var composition = PoolComposition.FromCounts(
            entry[0].Count, entry[1].Count, entry[2].Count, CompositionBenchmark.Of(entry[0].Benchmark, entry[1].Benchmark, entry[2].Benchmark));
        Guard.Against.Unmet(composition.Members == dto.Members, $"The members {dto.Members} are not the sum of the counts ({composition.Members}).", "members");
        foreach (var e in entry)
        {
            // Shares and deviations are derived; another writer may round them in the last digits.
            Guard.Against.Unmet(Math.Abs(e.Share - composition.ShareOf(e.Status)) <= 1e-9, $"The {e.Status} share {e.Share} is not count / members.", "statuses");
            Guard.Against.Unmet(Math.Abs(e.Deviation - composition.DeviationOf(e.Status)) <= 1e-9, $"The {e.Status} deviation {e.Deviation} is not share − benchmark.", "statuses");
        }

        return composition;
    }

    protected override PoolCompositionDto ToDto(PoolComposition value) =>
        new(value.Members, Statuses.Select(s => new StatusShareDto(s, value.CountOf(s), value.ShareOf(s), value.Benchmark.ShareOf(s), value.DeviationOf(s))).ToList());
}

/// <summary>
/// A value band on the wire: "top", "middle", "bottom". The first contract's names ("payingCore", "convertible",
/// "lowValue") name the same bands and are still read, so v1 files stay readable; they are never written.
/// </summary>
internal sealed class ValueTierJsonConverter : JsonConverter<ValueTier>
{
    public override ValueTier Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonRead.String(ref reader, "a ValueTier name");
        return text switch
        {
            "top" or "payingCore" => ValueTier.Top,
            "middle" or "convertible" => ValueTier.Middle,
            "bottom" or "lowValue" => ValueTier.Bottom,
            _ => throw new JsonException($"'{MessageText.Quote(text)}' is not a ValueTier; expected one of top, middle, bottom."),
        };
    }

    public override void Write(Utf8JsonWriter writer, ValueTier value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value switch
        {
            ValueTier.Top => "top",
            ValueTier.Middle => "middle",
            ValueTier.Bottom => "bottom",
            _ => throw new JsonException($"{value} is not a defined ValueTier."),
        });
    }
}
