using System;
using System.Globalization;
using System.IO;
using nietras.SeparatedValues;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Cli;

/// <summary>
/// One row per customer as columns: x (repeat purchases), t_x (time of the last one since the first), T (age) and,
/// when present, z̄ (mean value of the repeat purchases, 0 when x = 0). Reads what <c>summarize</c> writes
/// (<c>ID,frequency,recency,T,monetary_value</c>) and the published CDNOW summaries (<c>ID,x,t_x,T,zbar</c>); each
/// row is checked and a bad one is reported with its line number.
/// </summary>
internal sealed class SummaryFile
{
    private static readonly string[] Header = ["ID", "frequency", "recency", "T", "monetary_value"];

    private SummaryFile(string path, int count, MemberId[]? ids, double[] x, double[] tx, double[] t, double[]? z)
    {
        Path = path;
        Count = count;
        Ids = ids is null ? default : new ArraySegment<MemberId>(ids, 0, count);
        Frequency = new ArraySegment<double>(x, 0, count);
        TimeOfLastPurchase = new ArraySegment<double>(tx, 0, count);
        Age = new ArraySegment<double>(t, 0, count);
        MeanSpend = z is null ? default(ArraySegment<double>?) : new ArraySegment<double>(z, 0, count);
    }

    public string Path { get; }

    public int Count { get; }

    /// <summary>The customer ids; empty when the file was read without them (a fit needs none).</summary>
    public ArraySegment<MemberId> Ids { get; }

    public ArraySegment<double> Frequency { get; }

    public ArraySegment<double> TimeOfLastPurchase { get; }

    public ArraySegment<double> Age { get; }

    /// <summary>z̄ per customer, or null when the file has no spend column.</summary>
    public ArraySegment<double>? MeanSpend { get; }

    public ArraySegment<double> RequireMeanSpend(string purpose) =>
        MeanSpend ?? throw new InputException($"{Path}: {purpose} needs a spend column (monetary_value or zbar); write the summary with 'summarize'.");

    /// <summary>Reads and checks every row; the ids are kept only when asked for (they are most of the memory).</summary>
    public static SummaryFile Read(string path, bool withIds)
    {
        Progress.Step($"reading {System.IO.Path.GetFileName(path)}");
        if (ParquetFiles.IsParquet(path))
        {
            return ParquetFiles.ReadSummary(path, withIds);
        }

        using var reader = Open(path);
        var id = Column(reader, path, "ID", "id");
        var xCol = Column(reader, path, "frequency", "x");
        var txCol = Column(reader, path, "recency", "t_x");
        var tCol = Column(reader, path, "T");
        var zCol = Optional(reader, "monetary_value", "zbar");
        var capacity = EstimateRows(path);
        var roles = new int[reader.Header.ColNames.Count];
        (roles[id], roles[xCol], roles[txCol], roles[tCol]) = (SummaryBlocks.Id, SummaryBlocks.X, SummaryBlocks.Tx, SummaryBlocks.T);
        if (zCol >= 0)
        {
            roles[zCol] = SummaryBlocks.Z;
        }

        var fast = new SummaryBlocks((byte)reader.Spec.Sep.Separator, roles.Length, roles, withIds);
        if (reader.Spec.Sep.Separator < 128 && fast.TryRead(path, capacity))
        {
            return fast.Count > 0
                ? new SummaryFile(path, fast.Count, fast.Ids, fast.Frequency, fast.TimeOfLastPurchase, fast.Age, fast.MeanSpend)
                : throw new InputException($"{path}: no customers.");
        }

        // A row the fast path does not take: read again with Sep, row by row, which names a bad row by its line.
        var ids = withIds ? new MemberId[capacity] : null;
        var (x, tx, t) = (new double[capacity], new double[capacity], new double[capacity]);
        var z = zCol < 0 ? null : new double[capacity];
        var n = 0;
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            var (xi, txi, ti) = (Number(row[xCol], "frequency", path, line), Number(row[txCol], "recency", path, line), Number(row[tCol], "T", path, line));
            if (Problem(xi, txi, ti) is { } problem)
            {
                throw InputException.AtLine(path, line, problem);
            }

            if (n == x.Length)
            {
                var grown = (int)Math.Min(Array.MaxLength, (long)n * 3 / 2 + 16);
                Array.Resize(ref x, grown);
                Array.Resize(ref tx, grown);
                Array.Resize(ref t, grown);
                if (ids is not null)
                {
                    Array.Resize(ref ids, grown);
                }

                if (z is not null)
                {
                    Array.Resize(ref z, grown);
                }
            }

            if (ids is not null)
            {
                var text = row[id].ToString();
                ids[n] = MemberId.TryFrom(text, out var customer) ? customer : throw InputException.AtLine(path, line, $"'{text}' is not a customer id.");
            }
            else if (row[id].Span.IsEmpty)
            {
                throw InputException.AtLine(path, line, "the customer id is empty.");
            }

            (x[n], tx[n], t[n]) = (xi, txi, ti);
            if (z is not null)
            {
                var zi = Number(row[zCol], "monetary_value", path, line);
                z[n] = zi >= 0 ? zi : throw InputException.AtLine(path, line, $"the mean spend must be ≥ 0, found {zi}.");
            }

            n++;
        }

        return n > 0 ? new SummaryFile(path, n, ids, x, tx, t, z) : throw new InputException($"{path}: no customers.");
    }

    /// <summary>A summary from columns read elsewhere (a Parquet file), already checked row by row.</summary>
    internal static SummaryFile FromColumns(string path, MemberId[]? ids, double[] x, double[] tx, double[] t, double[]? z) =>
        new(path, x.Length, ids, x, tx, t, z);

    /// <summary>What is wrong with a row's x, t_x and T, or null when they keep the conventions.</summary>
    internal static string? Problem(double x, double tx, double t) =>
        !(x >= 0 && x == Math.Floor(x) && x < 1e9) ? $"the frequency must be a whole number ≥ 0, found {x}."
        : !(t >= 0) ? $"the age T must be ≥ 0, found {t}."
        : !(tx >= 0 && tx <= t) || (x == 0 && tx != 0) ? $"the recency must lie in [0, T] (T = {t}) and be 0 when the frequency is 0, found {tx}."
        : null;

    /// <summary>The rows the file holds, estimated from the length of the lines in its first 64 KB (plus 2 %), so the columns are allocated once.</summary>
    private static int EstimateRows(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> head = stackalloc byte[1 << 16];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var lines = Math.Max(1, head[..read].Count((byte)'\n'));
        return (int)Math.Clamp((double)stream.Length / read * lines * 1.02, 16, Array.MaxLength);
    }

    public static void Write(CustomerSummaries summaries, Stream output) =>
        CsvRows.Write(output, string.Join(',', Header), summaries.Count, (i, line) =>
        {
            line.Text(summaries.Customers[i].Value);
            line.Byte((byte)',');
            line.Shortest(summaries.Frequency[i]);
            line.Byte((byte)',');
            line.Shortest(summaries.TimeOfLastPurchase[i]);
            line.Byte((byte)',');
            line.Shortest(summaries.Age[i]);
            line.Byte((byte)',');
            line.Shortest(summaries.MonetaryValue[i]);
        }, Progress.Report);

    internal static SepReader Open(string path) => InputFile.OpenCsv(path);

    private static int Column(SepReader reader, string path, params string[] names) =>
        Optional(reader, names) is var index and >= 0
            ? index
            : throw new InputException($"{path}: no column {string.Join(" or ", names)}; expected ID,frequency,recency,T[,monetary_value] (or ID,x,t_x,T[,zbar]), found {string.Join(",", reader.Header.ColNames)}.");

    private static int Optional(SepReader reader, params string[] names)
    {
        foreach (var name in names)
        {
            if (reader.Header.TryIndexOf(name, out var index))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>A finite number; Sep parses it with csFastFloat, several times faster than double.TryParse.</summary>
    private static double Number(SepReader.Col col, string column, string path, long line) =>
        col.TryParse<double>() is { } value && double.IsFinite(value)
            ? value
            : throw InputException.AtLine(path, line, $"{column} '{col.Span}' is not a number.");
}
