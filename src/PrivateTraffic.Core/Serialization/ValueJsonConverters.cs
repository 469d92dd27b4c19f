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
        Guard.Against.Unmet(card.Total == dto.Total, $"The total {dto.Total} is not realized + potential + model ({card.Total}).", "total");
        Guard.Against.Unmet(card.Segment == dto.Segment, $"The segment {dto.Segment} does not match the RFM score {card.Rfm} ({card.Segment}).", "segment");
        return card;
    }

    protected override ValueCardDto ToDto(ValueCard value) =>
        new(value.Customer, value.Realized, value.Potential, value.Model, value.Total, value.Tier,
            new RfmScoreDto(value.Rfm.Recency, value.Rfm.Frequency, value.Rfm.Monetary), value.Segment, new TierActionDto(value.Action.Code, value.Action.Description));
}
