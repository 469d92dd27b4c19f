using System;
using System.Buffers;
using System.Threading.Tasks;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// Turns a columnar log into summaries. A counting sort groups purchases by customer (customers are already
/// dense numbers), each customer's days are sorted in place with their amounts, and one pass over each group
/// merges same-day purchases. No object is allocated per purchase; large logs use every core.
/// </summary>
internal static class Summarizer
{
    private const int ParallelThreshold = 1 << 16;

    public static CustomerSummaries Run(PurchaseLog log, LocalDate calibrationEnd, TimeUnit unit)
    {
        var customers = log.CustomerColumn;
        var days = log.DayColumn;
        var amounts = log.AmountColumn;
        var customerCount = log.Customers.Count;
        var endDay = DayNumbers.Of(calibrationEnd);
        var n = customers.Length;
        var chunks = n >= ParallelThreshold ? Math.Max(1, Math.Min(Environment.ProcessorCount, 8)) : 1;
        var chunkSize = (n + chunks - 1) / chunks;

        // 1. Count each customer's purchases up to the calibration end, per chunk.
        var counts = new int[chunks][];
        ForEach(chunks, k =>
        {
            var local = counts[k] = new int[customerCount];
            var (from, to) = Range(k, chunkSize, n);
            var c = log.CustomerColumn;
            var d = log.DayColumn;
            for (var i = from; i < to; i++)
            {
                if (d[i] <= endDay)
                {
                    local[c[i]]++;
                }
            }
        });

        // 2. Each customer's group starts where the previous ends; each chunk writes after the earlier chunks.
        var start = new int[customerCount + 1];
        for (var c = 0; c < customerCount; c++)
        {
            var offset = start[c];
            for (var k = 0; k < chunks; k++)
            {
                var count = counts[k][c];
                counts[k][c] = offset;
                offset += count;
            }

            start[c + 1] = offset;
        }

        var total = start[customerCount];
        var groupedDays = ArrayPool<int>.Shared.Rent(Math.Max(1, total));
        var groupedAmounts = ArrayPool<decimal>.Shared.Rent(Math.Max(1, total));
        try
        {
            // 3. Scatter days and amounts into their customer's group.
            ForEach(chunks, k =>
            {
                var cursor = counts[k];
                var (from, to) = Range(k, chunkSize, n);
                var c = log.CustomerColumn;
                var d = log.DayColumn;
                var a = log.AmountColumn;
                for (var i = from; i < to; i++)
                {
                    if (d[i] <= endDay)
                    {
                        var at = cursor[c[i]]++;
                        groupedDays[at] = d[i];
                        groupedAmounts[at] = a[i];
                    }
                }
            });

            // 4. Rows: the customers with at least one purchase, in the order they first appear.
            var rowOf = new int[customerCount];
            var rows = 0;
            for (var c = 0; c < customerCount; c++)
            {
                rowOf[c] = start[c + 1] > start[c] ? rows++ : -1;
            }

            var table = new CustomerSummaries(calibrationEnd, unit, log.Currency!.Value, rows);
            var ids = log.Customers;
            var customerChunks = customerCount >= ParallelThreshold / 8 ? chunks : 1;
            var customersPerChunk = (customerCount + customerChunks - 1) / customerChunks;
            ForEach(customerChunks, k =>
            {
                var (from, to) = Range(k, customersPerChunk, customerCount);
                for (var c = from; c < to; c++)
                {
                    if (rowOf[c] >= 0)
                    {
                        SummarizeOne(table, rowOf[c], ids[c], groupedDays.AsSpan(start[c], start[c + 1] - start[c]), groupedAmounts.AsSpan(start[c], start[c + 1] - start[c]));
                    }
                }
            });

            return table;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(groupedDays);
            ArrayPool<decimal>.Shared.Return(groupedAmounts);
        }
    }

    private static void SummarizeOne(CustomerSummaries table, int row, MemberId customer, Span<int> days, Span<decimal> amounts)
    {
        days.Sort(amounts);
        var firstDay = days[0];
        var totalSpend = 0m;
        var repeatSpend = 0m;
        var repeatDays = 0;
        var previous = firstDay;
        for (var i = 0; i < days.Length; i++)
        {
            totalSpend += amounts[i];
            if (days[i] != firstDay)
            {
                repeatSpend += amounts[i];
                if (days[i] != previous)
                {
                    repeatDays++;
                    previous = days[i];
                }
            }
        }

        var mean = repeatDays == 0 ? 0m : repeatSpend / repeatDays;
        table.Set(row, customer, firstDay, days[^1], repeatDays, mean, totalSpend);
    }

    private static (int From, int To) Range(int chunk, int size, int length)
    {
        var from = (int)Math.Min((long)chunk * size, length);
        return (from, (int)Math.Min((long)from + size, length));
    }

    private static void ForEach(int chunks, Action<int> body)
    {
        if (chunks == 1)
        {
            body(0);
        }
        else
        {
            Parallel.For(0, chunks, body);
        }
    }
}
