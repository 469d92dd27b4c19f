using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PrivateTraffic.Core.Community;

namespace PrivateTraffic.Core.Tests.Support;

public static partial class Generators
{
    #region Community

    private static Gen<string?> MaybeText(string prefix) =>
        Gen.Frequency((1, Gen.Constant<string?>(null)), (3, IdTextGen.Select(t => (string?)(prefix + t))));

    /// <summary>Positionings with any subset of kinds and every part present or missing.</summary>
    public static Arbitrary<CommunityPositioning> Positionings { get; } =
        (from types in Gen.Choose(0, 31)
         from orientation in Gen.Elements<CommunityOrientation?>(null, CommunityOrientation.Material, CommunityOrientation.Spiritual)
         from centre in Gen.Frequency((1, Gen.Constant<CommunityCentre?>(null)), (3, IdTextGen.SelectMany(_ => Gen.Choose(0, 2), (n, k) => (CommunityCentre?)CommunityCentre.Create((CentreKind)k, "中心 " + n))))
         from focus in Gen.Frequency((1, Gen.Constant<VerticalFocus?>(null)), (3, IdTextGen.Select(t => (VerticalFocus?)VerticalFocus.Create("topic " + t, "persona " + t))))
         from niche in MaybeText("niche ")
         from kol in MaybeText("kol ")
         select CommunityPositioning.Create((CommunityTypes)types, orientation, centre, focus, niche, kol)).ToArbitrary();

    /// <summary>A window of 1 to 30 consecutive days of a group's statistics, from empty and silent groups to busy ones.</summary>
    public static Gen<GroupDayStats[]> GroupWindowGen { get; } =
        Gen.Choose(1, 30).SelectMany(n => GroupDayGen.ArrayOf(n), (n, days) => days.Select((d, i) => GroupDayStats.Create(
            new NodaTime.LocalDate(2026, 9, 1).PlusDays(i), d.Members, d.Active, d.Messages, d.Promotions, d.Activities, d.Joins, d.Leaves)).ToArray());

    private static Gen<(int Members, int Active, int Messages, int Promotions, int Activities, int Joins, int Leaves)> GroupDayGen { get; } =
        from members in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 500)))
        from active in Gen.Choose(0, members)
        from messages in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(0, 60)), (2, Gen.Choose(0, 1000)))
        from promotions in Gen.Choose(0, messages)
        from activities in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 2)))
        from joins in Gen.Choose(0, 10)
        from leaves in Gen.Choose(0, 10)
        select (members, active, messages, promotions, activities, joins, leaves);

    /// <summary>A window and a change to one of its days: a day index and four non-negative amounts.</summary>
    public static Arbitrary<(GroupDayStats[] Window, int Day, int A, int B, int C)> GroupWindowsWithBump { get; } =
        (from window in GroupWindowGen
         from day in Gen.Choose(0, window.Length - 1)
         from a in Gen.Choose(0, 200)
         from b in Gen.Choose(0, 100)
         from c in Gen.Choose(0, 2)
         select (window, day, a, b, c)).ToArbitrary();

    /// <summary>2 to 20 windows of the same length, for the batch.</summary>
    public static Arbitrary<GroupDayStats[][]> GroupWindowBatches { get; } =
        (from days in Gen.Choose(1, 20)
         from groups in Gen.Choose(2, 20)
         from windows in GroupDayGen.ArrayOf(days).ArrayOf(groups)
         select windows.Select(w => w.Select((d, i) => GroupDayStats.Create(
             new NodaTime.LocalDate(2026, 9, 1).PlusDays(i), d.Members, d.Active, d.Messages, d.Promotions, d.Activities, d.Joins, d.Leaves)).ToArray()).ToArray()).ToArbitrary();

    /// <summary>Weekly and monthly recurrences in zones with and without DST, at times that hit the gaps and overlaps.</summary>
    public static Arbitrary<Recurrence> Recurrences { get; } =
        (from zone in Gen.Elements("Asia/Shanghai", "Europe/London", "America/New_York", "Australia/Sydney", "UTC").Select(id => NodaTime.DateTimeZoneProviders.Tzdb[id])
         from day in Gen.Choose(1, 7)
         from hour in Gen.Frequency((3, Gen.Choose(0, 23)), (2, Gen.Elements(1, 2)))
         from minute in Gen.Elements(0, 30, 59)
         from start in Gen.Choose(0, 800)
         from monthly in Gen.Elements(true, false)
         from nth in Gen.Elements(1, 2, 3, 4, -1)
         from interval in Gen.Choose(1, 3)
         let at = new NodaTime.LocalTime(hour, minute)
         let startsOn = new NodaTime.LocalDate(2025, 1, 1).PlusDays(start)
         select monthly
             ? Recurrence.MonthlyNthWeekday(nth, (NodaTime.IsoDayOfWeek)day, at, zone, startsOn, interval)
             : Recurrence.Weekly((NodaTime.IsoDayOfWeek)day, at, zone, startsOn, interval)).ToArbitrary();

    #endregion
}
