using System.Text.Json;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Tour;

/// <summary>What the library refuses (issue 10): bad input gets a clear error and changes nothing.</summary>
internal static class RefusalsChapter
{
    public static void Show()
    {
        Tour.Heading("9. Refusals: bad input gets a clear error and changes nothing");
        var day = Instant.FromUtc(2024, 3, 1, 2, 0);
        var pool = PrivatePool.Open(PoolId.From("counter"), "Counter", ChannelId.From("wechat-personal:clerk-li"), ChannelKind.PersonalWeChat,
            ["prospects"], day, DomainEventId.From("open"));
        var member = MemberId.From("asker-001");
        pool.Capture(member, ChannelId.From("counter-sample"), day, DomainEventId.From("c1"));
        pool.RecordPurchase(member, "skincare", Money.Yuan(199m), day + Duration.FromDays(1), DomainEventId.From("p1"));
        var before = PrivateTrafficJson.Serialize(pool.ToSnapshot());

        // A broken domain rule: a stable code, and the pool exactly as it was.
        Refused("a purchase in USD into a CNY history", () => pool.RecordPurchase(member, "skincare", Money.Of(30m, Currency.USD), day + Duration.FromDays(2), DomainEventId.From("p2")));
        var unchanged = PrivateTrafficJson.Serialize(pool.ToSnapshot()) == before;
        pool.Erase(member, day + Duration.FromDays(3), DomainEventId.From("e1"));
        var afterErase = PrivateTrafficJson.Serialize(pool.ToSnapshot());
        Refused("a purchase by a member erased before (the pool no longer knows them)", () => pool.RecordPurchase(member, "skincare", Money.Yuan(199m), day + Duration.FromDays(4), DomainEventId.From("p3")));
        unchanged &= PrivateTrafficJson.Serialize(pool.ToSnapshot()) == afterErase;
        Console.WriteLine($"  the pool's snapshot after each refusal is byte-identical to the one before it: {unchanged}");

        // A snapshot no history can produce is refused when it is read, not later when the pool breaks.
        var tampered = before.Replace("\"purchaseCount\":1", "\"purchaseCount\":2147483647", StringComparison.Ordinal);
        Refused("a snapshot whose purchase count no history gives", () => PrivatePool.Restore(PrivateTrafficJson.Deserialize<PoolSnapshot>(tampered)));

        // Hostile JSON: always a JsonException with the path, never another exception and never the last duplicate's value.
        Refused("parameters with r given twice", () => PrivateTrafficJson.Deserialize<BgNbdParameters>("""{"r":0.243,"alpha":4.414,"a":0.793,"b":2.426,"unit":"weeks","r":7}"""));

        // Money is exact or refused: a total beyond decimal's range is an OverflowException, never a wrong number.
        var large = Money.Yuan(40_000_000_000_000_000_000_000_000_000m);
        Refused("a total beyond decimal's range", () => _ = large + large);
    }

    private static void Refused(string what, Action attempt)
    {
        try
        {
            attempt();
            Console.WriteLine($"  {what}: accepted (unexpected)");
        }
        catch (DomainRuleException ex)
        {
            Console.WriteLine($"  {what}: refused, {ex.Code}");
        }
        catch (JsonException ex)
        {
            Console.WriteLine($"  {what}: refused, JsonException at {ex.Path}");
        }
        catch (Exception ex) when (ex is ArgumentException or OverflowException)
        {
            Console.WriteLine($"  {what}: refused, {ex.GetType().Name}");
        }
    }
}
