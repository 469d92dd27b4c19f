using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace PrivateTraffic.Core.Tests.Cli;

/// <summary><c>summarize</c> reads a transaction log from Parquet (as pandas writes it) and writes the summary as Parquet.</summary>
public sealed class ToolParquetTests : ToolTestFolder
{
    [SkippableFact]
    public async Task A_parquet_log_gives_the_summary_of_the_same_csv_log_and_a_parquet_summary_holds_the_same_rows()
    {
        Assert.Equal(0, Tool.Run("simulate", "--customers", "3000", "--seed", "9", "-o", At("s.csv"), "--transactions", At("log.csv")).ExitCode);
        var rows = File.ReadAllLines(At("log.csv")).Skip(1).Select(l => l.Split(',')).ToArray();

        // As pandas writes a frame: text ids, dates as DATE, amounts as float64; and a second file with whole-number
        // ids, timestamps and nullable columns.
        await Write(At("log.parquet"),
            (new DataField<string>("ID"), rows.Select(r => r[0]).ToArray()),
            (new DataField<DateOnly>("date"), rows.Select(r => DateOnly.ParseExact(r[1], "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray()),
            (new DataField<double>("amount"), rows.Select(r => double.Parse(r[2], CultureInfo.InvariantCulture)).ToArray()));
        await Write(At("log2.parquet"),
            (new DataField<long?>("customer"), rows.Select(r => (long?)long.Parse(r[0][1..], CultureInfo.InvariantCulture)).ToArray()),
            (new DataField<DateTime?>("ts"), rows.Select(r => (DateTime?)DateTime.ParseExact(r[1], "yyyy-MM-dd", CultureInfo.InvariantCulture).AddHours(13)).ToArray()),
            (new DataField<double?>("revenue"), rows.Select(r => (double?)double.Parse(r[2], CultureInfo.InvariantCulture)).ToArray()));

        string Summarize(string input, string output, params string[] more)
        {
            var (code, _, error) = Tool.Run(["summarize", "--transactions", At(input), "--calibration-end", "2025-12-31", "-o", At(output), .. more]);
            Assert.True(code == 0, error);
            return File.ReadAllText(At(output));
        }

        var csv = Summarize("log.csv", "from-csv.csv");
        Assert.Equal(csv, Summarize("log.parquet", "from-parquet.csv"));
        var numbered = Summarize("log2.parquet", "from-parquet2.csv", "--id", "customer", "--date", "ts", "--amount", "revenue");
        Assert.Equal(csv.Replace("\nc", "\n", StringComparison.Ordinal), numbered);

        Summarize("log.csv", "summary.parquet");
        await using var stream = File.OpenRead(At("summary.parquet"));
        await using var reader = await ParquetReader.CreateAsync(stream);
        using var group = reader.OpenRowGroupReader(0);
        var fields = reader.Schema.GetDataFields();
        Assert.Equal(["ID", "frequency", "recency", "T", "monetary_value"], fields.Select(f => f.Name));
        var n = (int)group.RowCount;
        var ids = new string?[n];
        await group.ReadAsync(fields[0], ids.AsMemory());
        var columns = new double[4][];
        for (var c = 0; c < 4; c++)
        {
            columns[c] = new double[n];
            await group.ReadAsync(fields[c + 1], columns[c].AsMemory());
        }

        var expected = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
        Assert.Equal(expected.Length, n);
        Assert.Equal(expected, Enumerable.Range(0, n).Select(i => string.Join(',', new[] { ids[i] }.Concat(columns.Select(col => col[i].ToString(CultureInfo.InvariantCulture))))));
    }

    [SkippableFact]
    public async Task A_null_or_negative_amount_is_bad_input_named_by_its_row()
    {
        await Write(At("bad.parquet"),
            (new DataField<string>("ID"), new[] { "a", "a", "b" }),
            (new DataField<DateOnly>("date"), new[] { new DateOnly(2024, 1, 2), new DateOnly(2024, 2, 2), new DateOnly(2024, 1, 5) }),
            (new DataField<double?>("amount"), new double?[] { 10, null, 3 }));
        var (code, output, error) = Tool.Run("summarize", "--transactions", At("bad.parquet"), "--calibration-end", "2024-06-30", "-o", At("out.parquet"));
        Assert.Equal(2, code);
        Assert.Contains("bad.parquet, row 2: 'amount' is null", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Equal(string.Empty, output);
        Assert.False(File.Exists(At("out.parquet")));

        var (missing, _, says) = Tool.Run("summarize", "--transactions", At("bad.parquet"), "--amount", "revenue", "--calibration-end", "2024-06-30");
        Assert.Equal(2, missing);
        Assert.Contains("no column 'revenue' (--amount); the file has ID, date, amount", says, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Fit_and_score_read_a_parquet_summary_as_they_read_the_same_csv_summary()
    {
        Assert.Equal(0, Tool.Run("simulate", "--customers", "2000", "--seed", "5", "-o", At("s.csv"), "--transactions", At("log.csv")).ExitCode);
        foreach (var summary in new[] { "summary.csv", "summary.parquet" })
        {
            var (code, _, error) = Tool.Run("summarize", "--transactions", At("log.csv"), "--calibration-end", "2025-12-31", "-o", At(summary));
            Assert.True(code == 0, error);
        }

        string Run(params string[] args)
        {
            var (code, _, error) = Tool.Run(args);
            Assert.True(code == 0, error);
            return File.ReadAllText(args[^1]);
        }

        foreach (var (summary, tag) in new[] { ("summary.csv", "csv"), ("summary.parquet", "pq") })
        {
            Run("fit", "--summary", At(summary), "--model", "bgnbd", "-o", At($"bg-{tag}.json"));
            Run("fit", "--summary", At(summary), "--model", "gammagamma", "-o", At($"gg-{tag}.json"));
            Run("score", "--summary", At(summary), "--params", At($"bg-{tag}.json"), "--spend-params", At($"gg-{tag}.json"), "--horizon", "52", "--discount-rate", "0.002", "-o", At($"scores-{tag}.csv"));
        }

        Assert.Equal(File.ReadAllText(At("bg-csv.json")), File.ReadAllText(At("bg-pq.json")));
        Assert.Equal(File.ReadAllText(At("gg-csv.json")), File.ReadAllText(At("gg-pq.json")));
        Assert.Equal(File.ReadAllText(At("scores-csv.csv")), File.ReadAllText(At("scores-pq.csv")));
    }

    [SkippableFact]
    public async Task A_parquet_summary_row_that_breaks_the_conventions_is_bad_input_named_by_its_row()
    {
        await Write(At("bad-summary.parquet"),
            (new DataField<string>("ID"), new[] { "a", "b" }),
            (new DataField<double>("frequency"), new[] { 2.0, 1.0 }),
            (new DataField<double>("recency"), new[] { 10.0, 30.0 }),
            (new DataField<double>("T"), new[] { 20.0, 25.0 }));
        var (code, output, error) = Tool.Run("fit", "--summary", At("bad-summary.parquet"), "--model", "bgnbd", "-o", At("bg.json"));
        Assert.Equal(2, code);
        Assert.Contains("bad-summary.parquet, row 2: the recency must lie in [0, T]", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
        Assert.False(File.Exists(At("bg.json")));
    }

    private static async Task Write(string path, params (DataField Field, Array Values)[] columns)
    {
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(columns.Select(c => (Field)c.Field).ToArray()), stream);
        using var group = writer.CreateRowGroup();
        foreach (var (field, values) in columns)
        {
            switch (values)
            {
                case string[] text:
                    await group.WriteAsync(field, text);
                    break;
                case DateOnly[] dates:
                    await group.WriteAsync(field, new ReadOnlyMemory<DateOnly>(dates));
                    break;
                case double[] numbers:
                    await group.WriteAsync(field, new ReadOnlyMemory<double>(numbers));
                    break;
                case long?[] whole:
                    await group.WriteAsync(field, new ReadOnlyMemory<long?>(whole));
                    break;
                case DateTime?[] stamps:
                    await group.WriteAsync(field, new ReadOnlyMemory<DateTime?>(stamps));
                    break;
                case double?[] maybe:
                    await group.WriteAsync(field, new ReadOnlyMemory<double?>(maybe));
                    break;
            }
        }
    }
}
