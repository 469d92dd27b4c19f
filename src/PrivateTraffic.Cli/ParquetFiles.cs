using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NodaTime;
using Parquet;
using Parquet.Schema;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Cli;

/// <summary>
/// Parquet for users coming from pandas (Parquet.Net, ADR 0011): a transaction log in (id, date and amount columns chosen
/// by name as in a CSV) and a summary out. A value that is not valid stops the read with its row number (1-based, over
/// the whole file), and nothing is written.
/// </summary>
internal static class ParquetFiles
{
    public static bool IsParquet(string? path) => path is not null && path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads a transaction log. Ids may be text or whole numbers; dates a Parquet date, a timestamp (its calendar day as
    /// written, any time of day ignored) or text in --date-format; amounts any number type or text.
    /// </summary>
    public static PurchaseLog ReadTransactions(string path, TransactionColumns columns, Currency currency) =>
        ReadTransactionsAsync(path, columns, currency).GetAwaiter().GetResult();

    /// <summary>Writes a summary as Parquet: ID (text) and frequency, recency, T, monetary_value (doubles), one row group.</summary>
    public static void WriteSummary(CustomerSummaries summaries, Stream output) =>
        WriteSummaryAsync(summaries, output).GetAwaiter().GetResult();

    /// <summary>
    /// Reads a summary as <c>summarize</c> writes it (or pandas, with the same column names): ID (text or a whole number),
    /// frequency, recency, T and, when present, monetary_value (any number type). Every row is checked as a CSV row is.
    /// </summary>
    public static SummaryFile ReadSummary(string path, bool withIds) =>
        ReadSummaryAsync(path, withIds).GetAwaiter().GetResult();

    private static async Task<SummaryFile> ReadSummaryAsync(string path, bool withIds)
    {
        try
        {
            await using var stream = File.OpenRead(path);
            await using var reader = await ParquetReader.CreateAsync(stream);
            var fields = reader.Schema.GetDataFields();
            var (id, x, tx, t) = (Field(fields, path, "ID", "the customer id"), Field(fields, path, "frequency", "x"),
                Field(fields, path, "recency", "t_x"), Field(fields, path, "T", "the age"));
            var z = fields.FirstOrDefault(f => string.Equals(f.Name, "monetary_value", StringComparison.OrdinalIgnoreCase));
            var columns = new SummaryColumns(withIds, z is not null);
            long row = 0;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var (ids, xs, txs, ts) = (await Read(group, id), await Read(group, x), await Read(group, tx), await Read(group, t));
                var zs = z is null ? null : await Read(group, z);
                for (var i = 0; i < ids.Length; i++)
                {
                    row++;
                    var (xi, txi, ti) = (Number(xs[i], path, row, "frequency"), Number(txs[i], path, row, "recency"), Number(ts[i], path, row, "T"));
                    if (SummaryFile.Problem(xi, txi, ti) is { } problem)
                    {
                        throw AtRow(path, row, problem);
                    }

                    var text = Text(ids[i], path, row, "ID");
                    var customer = MemberId.TryFrom(text, out var member) ? member : throw AtRow(path, row, $"'{text}' is not a customer id.");
                    var zi = zs is null ? 0.0 : Number(zs[i], path, row, "monetary_value");
                    columns.Add(customer, xi, txi, ti, zi >= 0 ? zi : throw AtRow(path, row, $"the mean spend must be ≥ 0, found {zi}."));
                }
            }

            return columns.Count > 0 ? columns.ToFile(path) : throw new InputException($"{path}: no customers.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException or ParquetException)
        {
            throw new InputException($"{path}: {TransactionFile.FirstSentence(e.Message).ReplaceLineEndings(" ")}");
        }
    }

    private static double Number(object? value, string path, long row, string column) => value switch
    {
        double d => d,
        float f => f,
        long l => l,
        int i => i,
        decimal m => (double)m,
        _ => throw AtRow(path, row, $"'{column}' is {value ?? "null"}, not a number."),
    };

    private static async Task<PurchaseLog> ReadTransactionsAsync(string path, TransactionColumns columns, Currency currency)
    {
        try
        {
            await using var stream = File.OpenRead(path);
            await using var reader = await ParquetReader.CreateAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true });
            var fields = reader.Schema.GetDataFields();
            var (id, date, amount) = (Field(fields, path, columns.Id, "--id"), Field(fields, path, columns.Date, "--date"), Field(fields, path, columns.Amount, "--amount"));
            var dates = new TransactionFile.DateParser(columns.DateFormat, "row");
            var log = new PurchaseLog(1 << 16);
            var ids = new LogCustomers(log, "row");
            long row = 0;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var (idValues, dateValues, amountValues) = (await Read(group, id), await Read(group, date), await Read(group, amount));
                for (var i = 0; i < idValues.Length; i++)
                {
                    row++;
                    var customer = ids.Get(Text(idValues[i], path, row, columns.Id), path, row);
                    var day = Day(dateValues[i], dates, path, row, columns.Date);
                    var money = Amount(amountValues[i], currency, path, row, columns.Amount);
                    ids.Add(customer, day, money, path, row);
                }
            }

            return log;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException or ParquetException)
        {
            throw new InputException($"{path}: {TransactionFile.FirstSentence(e.Message).ReplaceLineEndings(" ")}");
        }
    }

    private static async Task WriteSummaryAsync(CustomerSummaries summaries, Stream output)
    {
        DataField[] fields = [new DataField<string>("ID"), new DataField<double>("frequency"), new DataField<double>("recency"), new DataField<double>("T"), new DataField<double>("monetary_value")];
        // Parquet.Net wants a seekable stream and closes it: built in memory, then copied (standard output cannot seek).
        using var buffer = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), buffer))
        {
            using var group = writer.CreateRowGroup();
            await WriteColumns(group, fields, summaries);
        }

        output.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static async Task WriteColumns(ParquetRowGroupWriter group, DataField[] fields, CustomerSummaries summaries)
    {
        var ids = new string[summaries.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = summaries.Customers[i].Value;
        }

        await group.WriteAsync(fields[0], ids);
        await group.WriteAsync(fields[1], new ReadOnlyMemory<double>(summaries.Frequency.ToArray()));
        await group.WriteAsync(fields[2], new ReadOnlyMemory<double>(summaries.TimeOfLastPurchase.ToArray()));
        await group.WriteAsync(fields[3], new ReadOnlyMemory<double>(summaries.Age.ToArray()));
        await group.WriteAsync(fields[4], new ReadOnlyMemory<double>(summaries.MonetaryValue.ToArray()));
    }

    private static DataField Field(DataField[] fields, string path, string name, string option) =>
        fields.FirstOrDefault(f => f.Name == name)
        ?? fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new InputException($"{path}: no column '{name}' ({option}); the file has {string.Join(", ", fields.Select(f => f.Name))}.");

    /// <summary>A column of one row group as objects (null where the file has a null), whatever its type.</summary>
    private static async Task<object?[]> Read(ParquetRowGroupReader group, DataField field)
    {
        var n = checked((int)group.RowCount);
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>))
        {
            var text = new string?[n];
            await group.ReadAsync(field, text.AsMemory());
            return text;
        }

        return type switch
        {
            _ when type == typeof(long) => await Values<long>(group, field, n),
            _ when type == typeof(int) => await Values<int>(group, field, n),
            _ when type == typeof(double) => await Values<double>(group, field, n),
            _ when type == typeof(float) => await Values<float>(group, field, n),
            _ when type == typeof(decimal) => await Values<decimal>(group, field, n),
            _ when type == typeof(DateOnly) => await Values<DateOnly>(group, field, n),
            _ when type == typeof(DateTime) => await Values<DateTime>(group, field, n),
            _ => throw new InputException($"column '{field.Name}' has the type {type.Name}, which is not read (text, whole numbers, numbers, dates and timestamps are)."),
        };
    }

    private static async Task<object?[]> Values<T>(ParquetRowGroupReader group, DataField field, int n)
        where T : struct
    {
        if (field.IsNullable)
        {
            var nullable = new T?[n];
            await group.ReadAsync(field, nullable.AsMemory());
            return nullable.Select(v => v is { } x ? (object)x : null).ToArray();
        }

        var values = new T[n];
        await group.ReadAsync(field, values.AsMemory());
        return values.Select(v => (object?)v).ToArray();
    }

    private static string Text(object? value, string path, long row, string column) => value switch
    {
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => throw AtRow(path, row, $"'{column}' is {(value is null ? "null" : $"{value} (not text or a whole number)")}, not a customer id."),
    };

    private static LocalDate Day(object? value, TransactionFile.DateParser dates, string path, long row, string column) => value switch
    {
        DateOnly d => LocalDate.FromDateOnly(d),
        DateTime t => LocalDate.FromDateTime(t),
        string s => dates.Parse(s, path, row),
        _ => throw AtRow(path, row, $"'{column}' is {value ?? "null"}, not a date."),
    };

    private static Money Amount(object? value, Currency currency, string path, long row, string column)
    {
        decimal? amount = value switch
        {
            decimal m => m,
            double d when double.IsFinite(d) && Math.Abs(d) < 7.9e28 => (decimal)d,
            float f when float.IsFinite(f) => (decimal)f,
            long l => l,
            int i => i,
            string s when decimal.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
        return amount is { } a && a >= 0m
            ? Money.Of(a, currency)
            : throw AtRow(path, row, $"'{column}' is {value ?? "null"}, not an amount ≥ 0 such as 29.33.");
    }

    private static InputException AtRow(string path, long row, string problem) => new($"{path}, row {row}: {problem}");
}
