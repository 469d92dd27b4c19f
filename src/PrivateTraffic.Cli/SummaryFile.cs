using System;
using System.Collections.Generic;
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

    private SummaryFile(string path, MemberId[] ids, double[] x, double[] tx, double[] t, double[]? z)
    {
        Path = path;
        Ids = ids;
        Frequency = x;
        TimeOfLastPurchase = tx;
        Age = t;
        MeanSpend = z;
    }

    public string Path { get; }

    public MemberId[] Ids { get; }

    public double[] Frequency { get; }

    public double[] TimeOfLastPurchase { get; }

    public double[] Age { get; }

    /// <summary>z̄ per customer, or null when the file has no spend column.</summary>
    public double[]? MeanSpend { get; }

    public int Count => Ids.Length;

    public double[] RequireMeanSpend(string purpose) =>
        MeanSpend ?? throw new InputException($"{Path}: {purpose} needs a spend column (monetary_value or zbar); write the summary with 'summarize'.");

    public static SummaryFile Read(string path)
    {
        using var reader = Open(path);
        var id = Column(reader, path, "ID", "id");
        var xCol = Column(reader, path, "frequency", "x");
        var txCol = Column(reader, path, "recency", "t_x");
        var tCol = Column(reader, path, "T");
        var zCol = Optional(reader, "monetary_value", "zbar");
        var ids = new List<MemberId>(1 << 16);
        var (x, tx, t) = (new List<double>(1 << 16), new List<double>(1 << 16), new List<double>(1 << 16));
        var z = zCol < 0 ? null : new List<double>(1 << 16);
        var seen = new MemberIds();
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            var customer = seen.Get(row[id].Span, path, line);
            var (xi, txi, ti) = (Number(row[xCol].Span, "frequency", path, line), Number(row[txCol].Span, "recency", path, line), Number(row[tCol].Span, "T", path, line));
            if (!(xi >= 0 && xi == Math.Floor(xi) && xi < 1e9))
            {
                throw InputException.AtLine(path, line, $"the frequency must be a whole number ≥ 0, found {xi}.");
            }

            if (!(ti >= 0))
            {
                throw InputException.AtLine(path, line, $"the age T must be ≥ 0, found {ti}.");
            }

            if (!(txi >= 0 && txi <= ti) || (xi == 0 && txi != 0))
            {
                throw InputException.AtLine(path, line, $"the recency must lie in [0, T] (T = {ti}) and be 0 when the frequency is 0, found {txi}.");
            }

            ids.Add(customer);
            x.Add(xi);
            tx.Add(txi);
            t.Add(ti);
            if (z is not null)
            {
                var zi = Number(row[zCol].Span, "monetary_value", path, line);
                if (!(zi >= 0))
                {
                    throw InputException.AtLine(path, line, $"the mean spend must be ≥ 0, found {zi}.");
                }

                z.Add(zi);
            }
        }

        if (ids.Count == 0)
        {
            throw new InputException($"{path}: no customers.");
        }

        return new SummaryFile(path, [.. ids], [.. x], [.. tx], [.. t], z is null ? null : [.. z]);
    }

    public static void Write(CustomerSummaries summaries, TextWriter output)
    {
        using var writer = Sep.New(',').Writer(o => o with { CultureInfo = CultureInfo.InvariantCulture }).To(output, leaveOpen: true);
        for (var i = 0; i < summaries.Count; i++)
        {
            using var row = writer.NewRow();
            row[Header[0]].Set(summaries.Customers[i].Value);
            row[Header[1]].Format(summaries.Frequency[i]);
            row[Header[2]].Format(summaries.TimeOfLastPurchase[i]);
            row[Header[3]].Format(summaries.Age[i]);
            row[Header[4]].Format(summaries.MonetaryValue[i]);
        }
    }

    internal static SepReader Open(string path)
    {
        try
        {
            return Sep.Reader(o => o with { Unescape = true, Trim = SepTrim.Outer, CultureInfo = CultureInfo.InvariantCulture }).FromFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: {e.Message}");
        }
    }

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

    internal static double Number(ReadOnlySpan<char> text, string column, string path, long line) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw InputException.AtLine(path, line, $"{column} '{text}' is not a number.");
}
