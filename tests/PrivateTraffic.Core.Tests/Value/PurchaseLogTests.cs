using FsCheck;
using FsCheck.Fluent;
using System;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value;

/// <summary>A reader that finds a customer once and adds the purchase by its position builds the same log as one that adds by id.</summary>
public sealed class PurchaseLogTests
{
    private static readonly LocalDate Day = new(2024, 3, 1);

    [DeepProperty]
    public Property Adding_by_position_builds_the_log_that_adding_by_id_builds() =>
        Prop.ForAll(Generators.PurchaseLogs, purchases =>
        {
            var plain = purchases.Select(p => Purchase.On(p.Customer, p.Date, p.Amount)).ToArray();
            var byId = PurchaseLog.Of(plain);
            var byIndex = new PurchaseLog();
            foreach (var p in plain)
            {
                if (byIndex.TryFindCustomer(p.Customer.Value, out var index))
                {
                    Assert.Equal(p.Customer, byIndex.Customers[index]);
                    byIndex.Add(index, p.Date, p.Amount);
                }
                else
                {
                    Assert.Equal(-1, index);
                    byIndex.Add(p.Customer, p.Date, p.Amount);
                }
            }

            Assert.Equal(byId.Customers, byIndex.Customers);
            Assert.Equal(byId.ToArray(), byIndex.ToArray());
            var end = Generators.ValueEpoch.PlusDays(300);
            Assert.Equal(CustomerSummaries.Summarize(byId, end, TimeUnit.Weeks).ToArray(), CustomerSummaries.Summarize(byIndex, end, TimeUnit.Weeks).ToArray());
        });

    [Fact]
    public void A_customer_is_found_by_the_ordinal_text_of_its_id()
    {
        var log = new PurchaseLog();
        log.Add(MemberId.From("Li"), Day, Money.Yuan(1m));
        log.Add(MemberId.From("Wang"), Day, Money.Yuan(2m));
        Assert.True(log.TryFindCustomer("Wang", out var wang));
        Assert.Equal(1, wang);
        Assert.False(log.TryFindCustomer("li", out var missing));
        Assert.Equal(-1, missing);
        Assert.False(log.TryFindCustomer(ReadOnlySpan<char>.Empty, out _));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    public void Adding_for_a_position_that_is_no_customer_is_refused_and_changes_nothing(int position)
    {
        var log = new PurchaseLog();
        log.Add(MemberId.From("Li"), Day, Money.Yuan(1m));
        Assert.Throws<ArgumentOutOfRangeException>("customer", () => log.Add(position, Day, Money.Yuan(1m)));
        Assert.Single(log);
        Assert.Throws<ArgumentOutOfRangeException>("customer", () => new PurchaseLog().Add(0, Day, Money.Yuan(1m)));
    }

    [Fact]
    public void Adding_by_position_checks_the_amount_as_adding_by_id_does()
    {
        var log = new PurchaseLog();
        log.Add(MemberId.From("Li"), Day, Money.Yuan(1m));
        Assert.Throws<ArgumentException>("amount", () => log.Add(0, Day, Money.Yuan(-1m)));
        Assert.Throws<ArgumentException>("amount", () => log.Add(0, Day, Money.Of(1m, Currency.USD)));
        Assert.Throws<ArgumentException>("amount", () => log.Add(0, Day, Money.Yuan(0.00001m)));
        Assert.Single(log);
        log.Add(0, Day.PlusDays(1), Money.Yuan(2.5m));
        Assert.Equal(Purchase.On(MemberId.From("Li"), Day.PlusDays(1), Money.Yuan(2.5m)), log[1]);
    }
}
