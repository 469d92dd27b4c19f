using CustomerValue;
using FsCheck;
using FsCheck.Fluent;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value;

public sealed class CustomerSummariesTests
{
    private static readonly LocalDate CdnowEnd = new(1997, 9, 30);

    private static Purchase Buy(string id, int year, int month, int day, decimal amount) =>
        Purchase.On(MemberId.From(id), new LocalDate(year, month, day), Money.Of(amount, Currency.USD));

    [Fact]
    public void Same_day_purchases_merge_and_the_first_day_is_not_a_repeat()
    {
        var summaries = CustomerSummaries.Summarize(
            [
                Buy("1", 1997, 1, 1, 29.33m), Buy("1", 1997, 1, 18, 29.73m), Buy("1", 1997, 1, 18, 1.00m),
                Buy("1", 1997, 8, 2, 14.96m), Buy("1", 1997, 12, 12, 26.48m), Buy("2", 1997, 9, 30, 5m),
            ],
            CdnowEnd,
            TimeUnit.Weeks);

        var one = summaries[0];
        Assert.Equal(2, one.Frequency);
        Assert.Equal(213.0 / 7, one.TimeOfLastPurchase, 12);
        Assert.Equal(272.0 / 7, one.Age, 12);
        Assert.Equal(Money.Of((30.73m + 14.96m) / 2, Currency.USD), one.MeanRepeatSpend);
        Assert.Equal(Money.Of(29.33m + 30.73m + 14.96m, Currency.USD), one.TotalSpend);
        Assert.Equal(new LocalDate(1997, 1, 1), one.FirstPurchase);
        Assert.Equal(59.0 / 7, one.TimeSinceLastPurchase, 12);
        Assert.Equal(3, one.PurchaseDays);
        var two = summaries[1];
        Assert.Equal((0, 0.0, 0.0), (two.Frequency, two.TimeOfLastPurchase, two.Age));
        Assert.Equal([2.0, 0.0], summaries.Frequency.ToArray());
        Assert.Equal([(30.73 + 14.96) / 2, 0.0], summaries.MonetaryValue.ToArray());
    }

    [Fact]
    public void A_customer_whose_first_purchase_is_after_the_calibration_end_has_no_summary()
    {
        var summaries = CustomerSummaries.Summarize([Buy("1", 1997, 1, 1, 1m), Buy("2", 1997, 10, 1, 1m)], CdnowEnd, TimeUnit.Days);
        Assert.Single(summaries);
        Assert.False(summaries.TryFind(MemberId.From("2"), out _));
        Assert.True(summaries.TryFind(MemberId.From("1"), out var row));
        Assert.Equal(272.0, summaries.Age[row]);
    }

    [Fact]
    public void An_empty_log_is_refused() =>
        Assert.Throws<ArgumentException>("log", () => CustomerSummaries.Summarize(new PurchaseLog(), CdnowEnd, TimeUnit.Weeks));

    [Fact]
    public void A_log_in_two_currencies_is_refused() =>
        Assert.Throws<ArgumentException>("purchase", () => PurchaseLog.Of([Buy("1", 1997, 1, 1, 1m), Purchase.On(MemberId.From("1"), CdnowEnd, Money.Yuan(1m))]));

    [DeepProperty]
    public Property Summaries_are_invariant_under_shuffling_the_log() =>
        Prop.ForAll(Generators.Pair(Generators.PurchaseLogs, Generators.Seeds), t =>
        {
            var (purchases, seed) = t;
            var end = Generators.ValueEpoch.PlusDays(300);
            var shuffled = purchases.ToArray();
            new Random(seed).Shuffle(shuffled);
            var a = ByCustomer(CustomerSummaries.Summarize(purchases, end, TimeUnit.Weeks));
            var b = ByCustomer(CustomerSummaries.Summarize(shuffled, end, TimeUnit.Weeks));
            Assert.Equal(a, b);
        });

    [DeepProperty]
    public Property Summaries_agree_with_the_definition_written_directly() =>
        Prop.ForAll(Generators.PurchaseLogs, purchases =>
        {
            var end = Generators.ValueEpoch.PlusDays(300);
            var summaries = CustomerSummaries.Summarize(purchases, end, TimeUnit.Days);
            var expected = purchases.Where(p => p.Date <= end).GroupBy(p => p.Customer).ToDictionary(g => g.Key, g =>
            {
                var days = g.GroupBy(p => p.Date).OrderBy(d => d.Key).Select(d => (d.Key, Spend: d.Sum(p => p.Amount.Amount))).ToList();
                var repeats = days.Skip(1).ToList();
                return (repeats.Count, (double)Period.DaysBetween(days[0].Key, days[^1].Key), (double)Period.DaysBetween(days[0].Key, end),
                    repeats.Count == 0 ? 0m : repeats.Sum(d => d.Spend) / repeats.Count, days.Sum(d => d.Spend));
            });
            Assert.Equal(expected.Count, summaries.Count);
            foreach (var s in summaries)
            {
                Assert.Equal(expected[s.Customer], (s.Frequency, s.TimeOfLastPurchase, s.Age, s.MeanRepeatSpend.Amount, s.TotalSpend.Amount));
            }
        });

    [Fact]
    public void Summarizing_a_large_log_in_parallel_gives_the_same_rows_as_a_small_one()
    {
        // Above the parallel threshold: the chunked counting sort must agree with the single-threaded path.
        var random = new Random(7);
        var log = new PurchaseLog();
        var ids = Enumerable.Range(0, 20_000).Select(i => MemberId.From("m" + i)).ToArray();
        for (var i = 0; i < 200_000; i++)
        {
            log.Add(ids[random.Next(ids.Length)], Generators.ValueEpoch.PlusDays(random.Next(365)), Money.FromMinorUnits(random.Next(100_000), Currency.CNY));
        }

        var end = Generators.ValueEpoch.PlusDays(300);
        var all = CustomerSummaries.Summarize(log, end, TimeUnit.Weeks);
        var one = ids[123];
        var mine = PurchaseLog.Of(log.Where(p => p.Customer == one));
        Assert.True(all.TryFind(one, out var row));
        Assert.Equal(ToTuple(CustomerSummaries.Summarize(mine, end, TimeUnit.Weeks)[0]), ToTuple(all[row]));
    }

    [SkippableFact]
    public void Cdnow_sample_summarized_in_weeks_reproduces_the_published_summary_to_two_decimals()
    {
        var raw = RepositoryPaths.RequireSharedFile("cdnow", "CDNOW_sample.txt");
        var published = RepositoryPaths.RequireSharedFile("cdnow", "cdnow_customers_summary_with_transactions.csv");
        PurchaseLog log;
        using (var reader = new StreamReader(raw))
        {
            log = CdnowText.Read(reader, Currency.USD);
        }

        Assert.Equal(6919, log.Count);
        var summaries = CustomerSummaries.Summarize(log, CdnowEnd, TimeUnit.Weeks);
        var expected = File.ReadLines(published).Skip(1).ToList();
        Assert.Equal(2357, expected.Count);
        Assert.Equal(2357, summaries.Count);
        foreach (var line in expected)
        {
            var f = line.Split(',');
            Assert.True(summaries.TryFind(MemberId.From(f[0]), out var row), f[0]);
            var s = summaries[row];
            var got = string.Join(',', f[0], s.Frequency.ToString(CultureInfo.InvariantCulture), s.TimeOfLastPurchase.ToString("0.00", CultureInfo.InvariantCulture),
                s.Age.ToString("0.00", CultureInfo.InvariantCulture), s.MeanRepeatSpend.RoundToMinorUnit(MidpointRounding.AwayFromZero).Amount.ToString("0.00", CultureInfo.InvariantCulture));
            Assert.Equal(line, got);
        }

        Assert.Equal(946, summaries.Count(s => s.Frequency > 0));
        Assert.Equal(272.0 / 7, summaries.Age.ToArray().Max(), 12);
    }

    private static Dictionary<MemberId, (int, double, double, Money, Money, LocalDate)> ByCustomer(CustomerSummaries summaries) =>
        summaries.ToDictionary(s => s.Customer, ToTuple);

    private static (int, double, double, Money, Money, LocalDate) ToTuple(CustomerSummary s) =>
        (s.Frequency, s.TimeOfLastPurchase, s.Age, s.MeanRepeatSpend, s.TotalSpend, s.FirstPurchase);
}
