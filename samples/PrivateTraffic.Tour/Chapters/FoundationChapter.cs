using System.Globalization;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using Spectre.Console;

namespace PrivateTraffic.Tour;

/// <summary>Chapter 1: the building blocks every later chapter uses — money, probabilities, time and JSON.</summary>
internal static class FoundationChapter
{
    public static void Show()
    {
        var zh = CultureInfo.GetCultureInfo("zh-CN");
        Tour.Heading("1. Money, probabilities, time and JSON (基础)");

        // Money is decimal with a currency; sharing out never loses or invents a fen.
        var sample = Money.Yuan(100m);
        var clerks = sample.Split(3);
        AnsiConsole.MarkupLine($"A ¥100 free-sample budget (免费试用) shared by three clerks: [green]{Markup.Escape(string.Join(" + ", clerks.Select(c => c.ToString(null, zh))))}[/]");
        var byChannel = Money.Yuan(9_999.99m).Allocate(50m, 30m, 20m);
        AnsiConsole.MarkupLine($"¥9,999.99 of ad spend split 50:30:20 over Douyin, Taobao, Weibo: {Markup.Escape(string.Join(", ", byChannel.Select(c => c.ToString(null, zh))))} (sum {Markup.Escape(Money.Sum(byChannel, Currency.CNY).ToString(null, zh))})");

        // Probabilities compose like a funnel and can never create people.
        var pass = Probability.FromPercent(10);
        var ask = Probability.FromPercent(20);
        var buy = Probability.FromPercent(20);
        AnsiConsole.MarkupLine($"Counter funnel (转化漏斗): 5,000 visitors × {pass:P0} × {ask:P0} × {buy:P0} = [yellow]{(pass * ask * buy).ExpectedOf(5_000):0}[/] customers who leave their details");

        // Time is NodaTime: the caller says when "now" is; the library never reads the clock.
        var shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var captured = new LocalDateTime(2026, 11, 24, 14, 30).InZoneStrictly(shanghai).ToInstant();
        var followUp = captured.Plus(Duration.FromDays(7));
        AnsiConsole.MarkupLine($"Captured at {captured.InZone(shanghai):yyyy-MM-dd HH:mm} Shanghai time; the 7-day moments (朋友圈) follow-up ends {followUp.InZone(shanghai):yyyy-MM-dd HH:mm}");

        // JSON: strict, source-generated; amounts travel as strings so no binary floating point touches them.
        AnsiConsole.MarkupLine($"JSON: [grey]{Markup.Escape(PrivateTrafficJson.Serialize(clerks[0]))}[/] and [grey]{Markup.Escape(PrivateTrafficJson.Serialize(followUp))}[/]");
        try
        {
            PrivateTrafficJson.Deserialize<Money>("""{"amount":1.5,"currency":"CNY"}""");
        }
        catch (System.Text.Json.JsonException ex)
        {
            AnsiConsole.MarkupLine($"A float amount is refused: [red]{Markup.Escape(ex.Message)}[/]");
        }
    }
}
