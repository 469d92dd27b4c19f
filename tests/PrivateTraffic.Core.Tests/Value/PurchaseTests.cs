using System;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value;

public sealed class PurchaseTests
{
    private static readonly MemberId Li = MemberId.From("李");

    [Fact]
    public void A_purchase_at_an_instant_is_dated_in_the_stated_zone()
    {
        var lateEvening = Instant.FromUtc(2024, 3, 1, 15, 30); // 23:30 in Shanghai
        Assert.Equal(new LocalDate(2024, 3, 1), Purchase.At(Li, lateEvening, DateTimeZoneProviders.Tzdb["Asia/Shanghai"], Money.Yuan(1m)).Date);
        Assert.Equal(new LocalDate(2024, 3, 1), Purchase.At(Li, lateEvening, DateTimeZone.Utc, Money.Yuan(1m)).Date);
        Assert.Equal(new LocalDate(2024, 3, 2), Purchase.At(Li, Instant.FromUtc(2024, 3, 1, 16, 30), DateTimeZoneProviders.Tzdb["Asia/Shanghai"], Money.Yuan(1m)).Date);
    }

    [Fact]
    public void A_negative_amount_a_margin_above_the_amount_and_an_unset_customer_are_refused()
    {
        var day = new LocalDate(2024, 3, 1);
        Assert.Throws<ArgumentException>("amount", () => Purchase.On(Li, day, Money.Yuan(-1m)));
        Assert.Throws<ArgumentException>("margin", () => Purchase.On(Li, day, Money.Yuan(10m), Money.Yuan(11m)));
        Assert.Throws<ArgumentException>("margin", () => Purchase.On(Li, day, Money.Yuan(10m), Money.Of(1m, Currency.USD)));
        Assert.Throws<ArgumentException>("customer", () => Purchase.On(default, day, Money.Yuan(10m)));
        Assert.Throws<ArgumentException>("category", () => Purchase.On(Li, day, Money.Yuan(10m), category: " tea"));
    }

    [Fact]
    public void The_log_gives_back_each_purchase_as_added()
    {
        var log = new PurchaseLog(1);
        var a = Purchase.On(Li, new LocalDate(2024, 3, 1), Money.Yuan(10.25m), Money.Yuan(4m), "茶叶");
        var b = Purchase.On(MemberId.From("王"), new LocalDate(2024, 3, 2), Money.Yuan(3m));
        log.Add(a);
        log.Add(b);
        Assert.Equal([a, b], log);
        Assert.Equal([Li, MemberId.From("王")], log.Customers);
    }

    [Fact]
    public void The_log_refuses_amounts_with_more_than_four_decimals() =>
        Assert.Throws<ArgumentException>("purchase", () => new PurchaseLog().Add(Purchase.On(Li, new LocalDate(2024, 3, 1), Money.Yuan(0.00001m))));
}
