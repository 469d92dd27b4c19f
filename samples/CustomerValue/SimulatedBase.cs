using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace CustomerValue;

/// <summary>
/// A small seeded stand-in for real data: customers join in the first quarter of 2024, buy at their own pace
/// (some often, most seldom) and may drop out after any purchase; spend varies around each customer's own level.
/// </summary>
internal static class SimulatedBase
{
    public static LocalDate CalibrationEnd { get; } = new(2024, 9, 30);

    public static PurchaseLog Create(int customers, int seed)
    {
        var random = new Random(seed);
        var start = new LocalDate(2024, 1, 1);
        var log = new PurchaseLog();
        for (var i = 1; i <= customers; i++)
        {
            var id = MemberId.From("m" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture));
            var meanGapDays = 10 + (random.NextDouble() * random.NextDouble() * 200);
            var dropout = 0.05 + (random.NextDouble() * 0.4);
            var level = 30 + (random.NextDouble() * 170);
            var day = random.Next(90);
            while (day < 365)
            {
                var spend = Math.Round(level * (0.5 + random.NextDouble()), 2);
                log.Add(id, start.PlusDays(day), Money.Yuan((decimal)spend));
                if (random.NextDouble() < dropout)
                {
                    break;
                }

                day += 1 + (int)(-meanGapDays * Math.Log(1 - random.NextDouble()));
            }
        }

        return log;
    }
}
