using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Text;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Community;

public sealed class ActivityCalendarTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly Instant Monday30Nov2026 = Instant.FromUtc(2026, 11, 30, 0, 0);

    /// <summary>A knowledge community's calendar: a Tuesday lecture at 20:00 and a first-Saturday meetup at 14:00, both
    /// Asia/Shanghai, promising an activity at least every 7 days (the cadence is this example's).</summary>
    public static ActivityCalendar KnowledgeCalendar { get; } = ActivityCalendar.Create(
        [
            RecurringActivity.Create("Tuesday night lecture", ActivityKind.OnlineLecture, Recurrence.Weekly(IsoDayOfWeek.Tuesday, new LocalTime(20, 0), Shanghai, new LocalDate(2026, 9, 1))),
            RecurringActivity.Create("First-Saturday reading meetup", ActivityKind.OfflineMeetup, Recurrence.MonthlyNthWeekday(1, IsoDayOfWeek.Saturday, new LocalTime(14, 0), Shanghai, new LocalDate(2026, 9, 1))),
        ],
        Duration.FromDays(7));

    private static string[] Texts(System.Collections.Generic.IEnumerable<ZonedDateTime> zoned) =>
        zoned.Select(z => ZonedDateTimePattern.ExtendedFormatOnlyIso.Format(z)).ToArray();

    [Fact]
    public void Weekly_on_tuesday_at_eight_and_monthly_on_the_first_saturday()
    {
        Assert.Equal(
            ["2026-12-01T20:00:00 Asia/Shanghai (+08)", "2026-12-08T20:00:00 Asia/Shanghai (+08)", "2026-12-15T20:00:00 Asia/Shanghai (+08)"],
            Texts(KnowledgeCalendar.Activities[0].Recurrence.Next(Monday30Nov2026, 3)));
        Assert.Equal(
            ["2026-12-05T14:00:00 Asia/Shanghai (+08)", "2027-01-02T14:00:00 Asia/Shanghai (+08)", "2027-02-06T14:00:00 Asia/Shanghai (+08)"],
            Texts(KnowledgeCalendar.Activities[1].Recurrence.Next(Monday30Nov2026, 3)));
        var december = KnowledgeCalendar.Occurrences(Monday30Nov2026, Instant.FromUtc(2026, 12, 31, 16, 0));
        Assert.Equal(6, december.Count);
        Assert.Equal("First-Saturday reading meetup", december[1].Activity.Name);
        Assert.Empty(KnowledgeCalendar.Gaps(Monday30Nov2026, Instant.FromUtc(2026, 12, 31, 16, 0)));
    }

    [Fact]
    public void Across_dst_a_time_in_the_gap_moves_forward_and_an_ambiguous_time_takes_the_earlier_offset()
    {
        var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
        var sundayHalfPastTwo = Recurrence.Weekly(IsoDayOfWeek.Sunday, new LocalTime(2, 30), newYork, new LocalDate(2027, 3, 1));
        Assert.Equal(
            ["2027-03-07T02:30:00 America/New_York (-05)", "2027-03-14T03:30:00 America/New_York (-04)", "2027-03-21T02:30:00 America/New_York (-04)"],
            Texts(sundayHalfPastTwo.Next(Instant.FromUtc(2027, 3, 1, 0, 0), 3)));
        var london = DateTimeZoneProviders.Tzdb["Europe/London"];
        var lastSundayHalfPastOne = Recurrence.MonthlyNthWeekday(-1, IsoDayOfWeek.Sunday, new LocalTime(1, 30), london, new LocalDate(2026, 10, 1));
        Assert.Equal(["2026-10-25T01:30:00 Europe/London (+01)"], Texts(lastSundayHalfPastOne.Next(Instant.FromUtc(2026, 10, 1, 0, 0), 1)));
    }

    [DeepProperty]
    public Property Occurrences_strictly_increase_and_fall_on_the_local_time_or_its_lenient_resolution() =>
        Prop.ForAll(Generators.Recurrences, r =>
        {
            var next = r.Next(Instant.FromUtc(2026, 1, 1, 0, 0), 30);
            Assert.Equal(30, next.Count);
            for (var i = 0; i < next.Count; i++)
            {
                Assert.True(i == 0 || next[i].ToInstant() > next[i - 1].ToInstant());
                Assert.Equal(r.DayOfWeek, next[i].Date.DayOfWeek);
                Assert.True(next[i].Date >= r.StartsOn);
                var mapping = r.Zone.MapLocal(next[i].Date + r.At);
                if (mapping.Count == 0)
                {
                    Assert.Equal(r.Zone.AtLeniently(next[i].Date + r.At), next[i]);
                }
                else
                {
                    Assert.Equal(r.At, next[i].TimeOfDay);
                    Assert.Equal(mapping.First(), next[i]);
                }
            }
        });

    [Fact]
    public void A_month_with_only_a_meetup_has_gaps_longer_than_a_weekly_cadence()
    {
        var onlyMeetup = ActivityCalendar.Create([KnowledgeCalendar.Activities[1]], Duration.FromDays(7));
        var gaps = onlyMeetup.Gaps(Monday30Nov2026, Instant.FromUtc(2026, 12, 31, 16, 0));
        var gap = Assert.Single(gaps);
        Assert.Equal(Instant.FromUtc(2026, 12, 5, 6, 0), gap.From);
        Assert.True(gap.Length > Duration.FromDays(7));
    }

    [Fact]
    public void The_four_feelings_are_shown_with_reasons_and_what_to_do()
    {
        var until = Instant.FromUtc(2026, 12, 30, 0, 0);
        var findings = FourFeelings.Assess(selectiveAdmission: true, hasJoiningRitual: false, KnowledgeCalendar, Monday30Nov2026, until);
        Assert.Equal([FeelingLevel.Present, FeelingLevel.Missing, FeelingLevel.Present, FeelingLevel.Present], findings.Select(f => f.Level));
        Assert.NotEmpty(findings[1].WhatToDo);
        var lecturesOnlyFortnightly = ActivityCalendar.Create(
            [RecurringActivity.Create("Lecture", ActivityKind.OnlineLecture, Recurrence.Weekly(IsoDayOfWeek.Tuesday, new LocalTime(20, 0), Shanghai, new LocalDate(2026, 9, 1), everyWeeks: 2))],
            Duration.FromDays(14));
        var weak = FourFeelings.Assess(false, true, lecturesOnlyFortnightly, Monday30Nov2026, until);
        Assert.Equal([FeelingLevel.Missing, FeelingLevel.Present, FeelingLevel.Weak, FeelingLevel.Missing], weak.Select(f => f.Level));
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_parameter()
    {
        Assert.Equal("cadence", Assert.ThrowsAny<ArgumentException>(() => ActivityCalendar.Create([], Duration.Zero)).ParamName);
        Assert.Equal("everyWeeks", Assert.ThrowsAny<ArgumentException>(() => Recurrence.Weekly(IsoDayOfWeek.Monday, LocalTime.Noon, Shanghai, new LocalDate(2026, 1, 1), 0)).ParamName);
        Assert.Equal("everyMonths", Assert.ThrowsAny<ArgumentException>(() => Recurrence.MonthlyNthWeekday(1, IsoDayOfWeek.Monday, LocalTime.Noon, Shanghai, new LocalDate(2026, 1, 1), 0)).ParamName);
        Assert.Equal("nth", Assert.ThrowsAny<ArgumentException>(() => Recurrence.MonthlyNthWeekday(5, IsoDayOfWeek.Monday, LocalTime.Noon, Shanghai, new LocalDate(2026, 1, 1))).ParamName);
        Assert.Equal("day", Assert.ThrowsAny<ArgumentException>(() => Recurrence.Weekly(IsoDayOfWeek.None, LocalTime.Noon, Shanghai, new LocalDate(2026, 1, 1))).ParamName);
        Assert.Equal("until", Assert.ThrowsAny<ArgumentException>(() => FourFeelings.Assess(true, true, KnowledgeCalendar, Monday30Nov2026, Monday30Nov2026)).ParamName);
    }
}
