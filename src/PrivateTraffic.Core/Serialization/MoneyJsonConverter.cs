using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// Money on the wire: <c>{"amount":"1234.50","currency":"CNY"}</c>. The amount is a string so that no binary
/// floating point touches it; both members are required and no other member is allowed.
/// </summary>
internal sealed class MoneyJsonConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected money as an object {{\"amount\":\"…\",\"currency\":\"…\"}}, found {reader.TokenType}.");
        }

        decimal? amount = null;
        Currency? currency = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            // Member names are compared on the raw UTF-8 bytes: no string is made for them.
            if (reader.ValueTextEquals("amount"u8))
            {
                reader.Read();
                var text = JsonRead.String(ref reader, "the amount (a decimal string such as \"1234.50\")");
                if (amount is not null || !Money.TryParseAmount(text, out var parsed))
                {
                    throw new JsonException(amount is not null ? "The member 'amount' appears twice." : $"'{MessageText.Quote(text)}' is not a decimal amount such as \"1234.50\".");
                }

                amount = parsed;
            }
            else if (reader.ValueTextEquals("currency"u8))
            {
                reader.Read();
                if (currency is not null)
                {
                    throw new JsonException("The member 'currency' appears twice.");
                }

                currency = JsonRead.Currency(ref reader);
            }
            else
            {
                throw new JsonException($"Money has no member '{MessageText.Quote(reader.GetString() ?? string.Empty)}'; only 'amount' and 'currency'.");
            }
        }

        if (amount is null || currency is null)
        {
            throw new JsonException($"Money needs both 'amount' and 'currency'; '{(amount is null ? "amount" : "currency")}' is missing.");
        }

        return Money.Of(amount.Value, currency.Value);
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("amount"u8, value.InvariantAmount());
        writer.WriteString("currency"u8, value.Currency.Code);
        writer.WriteEndObject();
    }
}
