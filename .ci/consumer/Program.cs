// Proves the packed package works on its own: money, JSON, time, traffic channels and a BG/NBD prediction.
using System.Globalization;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Traffic;
using PrivateTraffic.Core.Value;

var shares = Money.Yuan(100m).Split(3);
var json = PrivateTrafficJson.Serialize(shares[0]);
var back = PrivateTrafficJson.Deserialize<Money>(json);
var day = PrivateTrafficJson.Deserialize<LocalDate>("\"2026-11-24\"");
var alive = BgNbdParameters.Create(0.243, 4.414, 0.793, 2.426, TimeUnit.Weeks).ProbabilityAlive(2, 30.43, 38.86);
var privateChannels = TrafficChannels.All.Count(c => c.IsPrivate);
if (back != shares[0] || Money.Sum(shares, Currency.CNY) != Money.Yuan(100m) || day != new LocalDate(2026, 11, 24)
    || Math.Abs(alive - 0.7266) > 1e-3 || privateChannels == 0)
{
    Console.WriteLine("consumer: the package does not behave");
    return 1;
}

Console.WriteLine($"consumer: {back.ToString(null, CultureInfo.GetCultureInfo("zh-CN"))} as {json}; P(alive) {alive:0.0000}; {privateChannels} private channels; package OK");
return 0;
