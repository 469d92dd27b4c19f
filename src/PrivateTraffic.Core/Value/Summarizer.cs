using System;
using System.Buffers;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// Turns a columnar log into summaries without an object per purchase. Customers are already dense numbers, so a
/// counting sort groups the purchases: (1) count each customer's purchases up to the calibration end, (2) give
/// each customer a slice of two scratch columns (day, amount), (3) scatter the purchases into their slices,
/// (4) sort each slice by day in place and walk it once, merging same-day purchases. Amounts are whole
/// ten-thousandths (long), so sums are exact and cheap. Large logs are cut into one chunk per core for steps 1
/// and 3 (each chunk writes after the earlier chunks, so the result is the same as a single pass) and customers
/// are shared out for step 4. The result does not depend on the order of the log.
/// </summary>
internal static class Summarizer
{
    private const int ParallelThreshold = 1 << 16;

    public static CustomerSummaries Run(PurchaseLog log, LocalDate calibrationEnd, TimeUnit unit)
    {
        var customerCount = log.Customers.Count;
        var endDay = DayNumbers.Of(calibrationEnd);
        var n = log.Count;
        var chunks = n >= ParallelThreshold ? Math.Clamp(Environment.ProcessorCount, 1, 8) : 1;
        var chunkSize = (n + chunks - 1) / chunks;

        // 1. Each chunk counts each customer's purchases up to the calibration end.
        var cursors = new int[chunks][];
        ForEach(chunks, k =>
        {
            var count = cursors[k] = new int[customerCount];
            var (from, to) = Range(k, chunkSize, n);
            var c = log.CustomerColumn;
            var d = log.DayColumn;
            for (var i = from; i < to; i++)
            {
                if (d[i] <= endDay)
                {
                    count[c[i]]++;
                }
            }
        });

        // 2. A customer's slice starts where the previous one ends; within it each chunk writes after the earlier ones.
        var start = new int[customerCount + 1];
        for (var c = 0; c < customerCount; c++)
        {
            var offset = start[c];
            for (var k = 0; k < chunks; k++)
            {
                var count = cursors[k][c];
                cursors[k][c] = offset;
                offset += count;
            }

            start[c + 1] = offset;
        }

        var size = Math.Max(1, start[customerCount]);
        var days = ArrayPool<int>.Shared.Rent(size);
        var amounts = ArrayPool<long>.Shared.Rent(size);
        try
        {
            // 3. Scatter.
            ForEach(chunks, k =>
            {
                var cursor = cursors[k];
                var (from, to) = Range(k, chunkSize, n);
                var c = log.CustomerColumn;
                var d = log.DayColumn;
                var a = log.AmountColumn;
                for (var i = from; i < to; i++)
                {
                    var day = d[i];
                    if (day <= endDay)
                    {
                        var at = cursor[c[i]]++;
                        days[at] = day;
                        amounts[at] = a[i];
                    }
                }
            });

            // 4. One row per customer with a purchase up to the calibration end, in the order they first appear.
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
                        var length = start[c + 1] - start[c];
                        SummarizeOne(table, rowOf[c], ids[c], days.AsSpan(start[c], length), amounts.AsSpan(start[c], length));
                    }
                }
            });

            return table;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(days);
            ArrayPool<long>.Shared.Return(amounts);
        }
    }

    private static void SummarizeOne(CustomerSummaries table, int row, MemberId customer, Span<int> days, Span<long> amounts)
    {
        SortByDay(days, amounts);

        var firstDay = days[0];
        // 128-bit sums: a customer has fewer than 2^31 purchases of less than 2^63 ten-thousandths each, so these
        // never wrap, where 64-bit sums did (two purchases of ¥800 trillion gave a negative total).
        Int128 total = 0;
        Int128 onFirstDay = 0;
        var repeatDays = 0;
        var previous = firstDay;
        for (var i = 0; i < days.Length; i++)
        {
            var day = days[i];
            total += amounts[i];
            if (day == firstDay)
            {
                onFirstDay += amounts[i];
            }
            else if (day != previous)
            {
                repeatDays++;
                previous = day;
            }
        }

        var mean = repeatDays == 0 ? 0m : Unscaled(total - onFirstDay) / repeatDays;
        table.Set(row, customer, firstDay, days[^1], repeatDays, mean, Unscaled(total));
    }

    /// <summary>A sum of ten-thousandths back in major units: exact, since the sum has at most 29 digits before the
    /// division and decimal holds 28-29 significant digits with a scale of 4.</summary>
    private static decimal Unscaled(Int128 scaled) => (decimal)scaled / 10_000m;

    /// <summary>Sorts a customer's slice by day, amounts alongside: insertion sort for the usual handful of
    /// purchases (no dispatch, no comparer), the library sort for long histories.</summary>
    private static void SortByDay(Span<int> days, Span<long> amounts)
    {
        if (days.Length > 24)
        {
            days.Sort(amounts);
            return;
        }

        for (var i = 1; i < days.Length; i++)
        {
            var day = days[i];
            var amount = amounts[i];
            var j = i - 1;
            while (j >= 0 && days[j] > day)
            {
                days[j + 1] = days[j];
                amounts[j + 1] = amounts[j];
                j--;
            }

            days[j + 1] = day;
            amounts[j + 1] = amount;
        }
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
            ParallelWork.For(chunks, body);
        }
    }
}
