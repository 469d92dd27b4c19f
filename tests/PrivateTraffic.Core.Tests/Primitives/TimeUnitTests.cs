using System;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Tests.Primitives;

public sealed class TimeUnitTests
{
    [Fact]
    public void Cdnow_weeks_are_days_over_seven() =>
        // The CDNOW calibration period: first purchases from 1997-01-01, calibration end 1997-09-30 = 272 days.
        Assert.Equal(38.857, TimeUnit.Weeks.Between(new LocalDate(1997, 1, 1), new LocalDate(1997, 9, 30)), 3);

    [Fact]
    public void A_month_is_the_gregorian_average() =>
        Assert.Equal(12.0, TimeUnit.Months.From(Duration.FromDays(365.2425)), 12);

    [Fact]
    public void Names_parse_and_unknown_names_are_refused()
    {
        Assert.Equal(TimeUnit.Weeks, TimeUnit.Parse("Weeks"));
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => TimeUnit.Parse("fortnights")).ParamName);
        Assert.Equal(TimeUnit.Days, default);
    }
}
