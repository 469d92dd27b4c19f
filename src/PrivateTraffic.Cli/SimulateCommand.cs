using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using nietras.SeparatedValues;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Cli;

/// <summary>
/// <c>simulate</c>: a seeded synthetic customer base from the library's own simulators (BG/NBD for purchases,
/// Gamma-Gamma for spend), as a summary and optionally as a transaction log, for trying the chain and for timing it.
/// </summary>
/// <remarks>
/// Customers join on a day spread over the first 12 weeks of 2024 and are observed to 2024-09-30 (ages 27 to 39
/// weeks); t_x is rounded up to whole days and z̄ to cents, as in the benchmarks' simulated base. The transaction log has the first purchase and the x repeat purchases: given x and t_x the BG/NBD purchase
/// times before the last are uniform on (0, t_x), so they are drawn that way; amounts vary ±50 % around the
/// customer's z̄. Days are whole, so purchases that fall on one day merge when the log is summarized.
/// </remarks>
internal static class SimulateCommand
{
    private static readonly LocalDate Start = new(2024, 1, 1);

    public static Command Create()
    {
        var customers = Options.Positive("--customers", "How many customers.");
        var seed = Options.Positive("--seed", "The random seed (the same seed gives the same files).", 17);
        var summary = Options.Output("the summary CSV");
        var transactions = new Option<string?>("--transactions") { Description = "Also write the transaction log CSV (ID,date,amount) to this file." };
        var command = new Command("simulate", "Make a seeded synthetic customer base (BG/NBD r=0.243 alpha=4.414 a=0.793 b=2.426 weeks; Gamma-Gamma p=6.25 q=3.74 gamma=15.44, the CDNOW estimates).")
        {
            customers, seed, summary, transactions,
        };
        command.SetAction(r =>
        {
            var n = r.GetValue(customers);
            var random = new Random(r.GetValue(seed));
            var age = new double[n];
            var firstDay = new int[n];
            for (var i = 0; i < n; i++)
            {
                firstDay[i] = random.Next(84);
                age[i] = (273 - firstDay[i]) / 7.0;
            }

            var (x, tx, z) = (new double[n], new double[n], new double[n]);
            BgNbdModel.Simulate(BgNbdParameters.Create(0.243, 4.414, 0.793, 2.426, TimeUnit.Weeks), age, random, x, tx);
            GammaGammaModel.Simulate(GammaGammaParameters.Create(6.25, 3.74, 15.44), x, random, z);
            for (var i = 0; i < n; i++)
            {
                // Whole days and cents, as a summary of a real log has (the benchmarks' simulated base does the same).
                tx[i] = x[i] == 0 ? 0.0 : Math.Min(Math.Ceiling(tx[i] * 7.0) / 7.0, age[i]);
                z[i] = x[i] == 0 ? 0.0 : Math.Max(0.01, Math.Round(z[i], 2));
            }

            OutputFile.Write(r.GetValue(summary), w => WriteSummary(w, x, tx, age, z));
            var log = r.GetValue(transactions);
            long rows = 0;
            if (log is not null)
            {
                OutputFile.Write(log, w => rows = WriteTransactions(w, firstDay, x, tx, z, random));
            }

            Console.Error.WriteLine($"{n:N0} customers simulated (seed {r.GetValue(seed)}){(log is null ? string.Empty : $", {rows:N0} transactions → {log}")}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteSummary(TextWriter output, double[] x, double[] tx, double[] age, double[] z)
    {
        using var writer = Sep.New(',').Writer(o => o with { CultureInfo = CultureInfo.InvariantCulture }).To(output, leaveOpen: true);
        Span<char> id = stackalloc char[16];
        for (var i = 0; i < x.Length; i++)
        {
            using var row = writer.NewRow();
            row["ID"].Set(Id(i, id));
            row["frequency"].Format(x[i]);
            row["recency"].Format(tx[i]);
            row["T"].Format(age[i]);
            row["monetary_value"].Format(z[i]);
        }
    }

    private static long WriteTransactions(TextWriter output, int[] firstDay, double[] x, double[] tx, double[] z, Random random)
    {
        using var writer = Sep.New(',').Writer(o => o with { CultureInfo = CultureInfo.InvariantCulture }).To(output, leaveOpen: true);
        Span<char> id = stackalloc char[16];
        Span<char> date = stackalloc char[16];
        long rows = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var level = x[i] > 0 ? z[i] : 15.44 * 6.25 / 2.74;
            var repeats = (int)x[i];
            for (var k = 0; k <= repeats; k++)
            {
                // k = 0 the first purchase, k = repeats the last (at t_x), the others uniform before it.
                var weeks = k == 0 ? 0.0 : k == repeats ? tx[i] : random.NextDouble() * tx[i];
                using var row = writer.NewRow();
                row["ID"].Set(Id(i, id));
                Start.PlusDays(firstDay[i] + (int)Math.Round(weeks * 7)).ToDateOnly().TryFormat(date, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                row["date"].Set(date[..written]);
                row["amount"].Format(Math.Round(level * (0.5 + random.NextDouble()), 2));
                rows++;
            }
        }

        return rows;
    }

    private static ReadOnlySpan<char> Id(int i, Span<char> buffer)
    {
        buffer[0] = 'c';
        i.TryFormat(buffer[1..], out var written, default, CultureInfo.InvariantCulture);
        return buffer[..(written + 1)];
    }
}
