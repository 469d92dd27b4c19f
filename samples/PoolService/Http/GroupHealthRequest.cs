using System.Text.Json;
using PrivateTraffic.Core.Community;

namespace PoolService.Http;

/// <summary>The body of <c>POST /pools/{pool}/groups/{group}/health</c>: consecutive days of the group's figures,
/// assessed by <see cref="GroupHealthMonitor.Assess"/> under the library's default thresholds.</summary>
/// <param name="Days">1 to <see cref="MaxDays"/> consecutive days, oldest first.</param>
public sealed record GroupHealthRequest(IReadOnlyList<GroupDayRequest> Days)
{
    /// <summary>The most days one assessment reads (a year and a day).</summary>
    public const int MaxDays = 366;

    /// <summary>Assesses the days.</summary>
    /// <returns>The assessment.</returns>
    /// <exception cref="JsonException">A day breaks a rule, or the days are not consecutive: the path names it.</exception>
    public HealthAssessment Assess()
    {
        if (Days.Count is 0 or > MaxDays)
        {
            throw new JsonException($"An assessment reads 1 to {MaxDays} days; {Days.Count} given.", "$.days", null, null);
        }

        var stats = new GroupDayStats[Days.Count];
        for (var i = 0; i < stats.Length; i++)
        {
            try
            {
                stats[i] = Days[i].ToStats();
            }
            catch (ArgumentException ex)
            {
                throw new JsonException(ex.Message, $"$.days[{i}]", null, null, ex);
            }

            if (i > 0 && stats[i].Date != stats[i - 1].Date.PlusDays(1))
            {
                throw new JsonException($"Day {i} ({stats[i].Date:yyyy-MM-dd}) does not follow day {i - 1}.", $"$.days[{i}].date", null, null);
            }

            if (i > 0 && stats[i].Sales?.Currency is { } c && stats[0].Sales?.Currency is { } first && c != first)
            {
                throw new JsonException($"Day {i} has sales in another currency than day 0.", $"$.days[{i}].sales", null, null);
            }
        }

        return GroupHealthMonitor.Assess(stats);
    }
}
