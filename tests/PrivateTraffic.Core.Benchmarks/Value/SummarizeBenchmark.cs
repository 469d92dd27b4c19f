using System;
using BenchmarkDotNet.Attributes;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Benchmarks.Value;

/// <summary>Summarizing 10,000,000 in-memory transactions of 1,000,000 customers (target: under 1 s).</summary>
[MemoryDiagnoser]
public class SummarizeBenchmark
{
    private static readonly LocalDate Start = new(2024, 1, 1);
    private PurchaseLog _log = null!;

    [Params(10_000_000)]
    public int Transactions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var customers = new MemberId[Transactions / 10];
        for (var i = 0; i < customers.Length; i++)
        {
            customers[i] = MemberId.From("member-" + i);
        }

        _log = new PurchaseLog(Transactions);
        for (var i = 0; i < Transactions; i++)
        {
            _log.Add(customers[random.Next(customers.Length)], Start.PlusDays(random.Next(540)), Money.FromMinorUnits(random.Next(1, 50_000), Currency.CNY));
        }
    }

    [Benchmark]
    public CustomerSummaries Summarize() => CustomerSummaries.Summarize(_log, Start.PlusDays(365), TimeUnit.Weeks);
}
