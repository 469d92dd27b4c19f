using NodaTime;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Primitives;

namespace PoolService.Http;

/// <summary>One day of a group's figures, the inputs of <see cref="GroupDayStats.Create"/>. The library has no JSON
/// contract for them (they are computed in memory); this is the service's own.</summary>
/// <param name="Date">The day.</param>
/// <param name="Members">Members that day.</param>
/// <param name="ActiveMembers">Members who spoke, at most <paramref name="Members"/>.</param>
/// <param name="Messages">Messages posted.</param>
/// <param name="PromotionalMessages">Of which promotions, at most <paramref name="Messages"/>.</param>
/// <param name="ActivitiesHeld">Activities held.</param>
/// <param name="Joins">Joins.</param>
/// <param name="Leaves">Leaves.</param>
/// <param name="Sales">Sales in the group, if known.</param>
public sealed record GroupDayRequest(LocalDate Date, int Members, int ActiveMembers, int Messages, int PromotionalMessages,
    int ActivitiesHeld = 0, int Joins = 0, int Leaves = 0, Money? Sales = null)
{
    /// <summary>The library's day.</summary>
    /// <returns>The day.</returns>
    /// <exception cref="ArgumentException">A figure breaks <see cref="GroupDayStats.Create"/>'s rules.</exception>
    public GroupDayStats ToStats() => GroupDayStats.Create(Date, Members, ActiveMembers, Messages, PromotionalMessages, ActivitiesHeld, Joins, Leaves, Sales);
}
