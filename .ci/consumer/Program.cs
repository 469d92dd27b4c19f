// Proves the packed package works on its own: money, JSON and time from PrivateTraffic.Core.
using System.Globalization;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

var shares = Money.Yuan(100m).Split(3);
var json = PrivateTrafficJson.Serialize(shares[0]);
var back = PrivateTrafficJson.Deserialize<Money>(json);
var day = PrivateTrafficJson.Deserialize<LocalDate>("\"2026-11-24\"");
if (back != shares[0] || Money.Sum(shares, Currency.CNY) != Money.Yuan(100m) || day != new LocalDate(2026, 11, 24))
{
    Console.WriteLine("consumer: the package does not behave");
    return 1;
}

Console.WriteLine($"consumer: {back.ToString(null, CultureInfo.GetCultureInfo("zh-CN"))} as {json}; package OK");
return 0;
