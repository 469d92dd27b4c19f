using System.Globalization;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace CustomerValue;

/// <summary>
/// A summary CSV read into columns: <c>ID,frequency,recency,T[,monetary_value]</c> (what <c>summarize</c> writes; the
/// CDNOW names <c>x,t_x,zbar</c> are accepted too). The column <c>recency</c> keeps the lifetimes package's name for
/// t_x, the time of the last purchase measured from the first; RFM's recency (time since the last purchase) is T − t_x. The file does not say its time unit: the caller states it.
/// </summary>
internal sealed class SummaryFile
{
    private static readonly string[][] Columns = [["ID"], ["frequency", "x"], ["recency", "t_x"], ["T"], ["monetary_value", "zbar"]];

    private SummaryFile(string path, MemberId[] ids, double[] frequency, double[] timeOfLastPurchase, double[] age, double[]? monetaryValue)
    {
        Path = path;
        Ids = ids;
        Frequency = frequency;
        TimeOfLastPurchase = timeOfLastPurchase;
        Age = age;
        MonetaryValue = monetaryValue;
    }

    public string Path { get; }

    public MemberId[] Ids { get; }

    /// <summary>x: repeat purchases.</summary>
    public double[] Frequency { get; }

    /// <summary>t_x: the time of the last repeat purchase, measured from the first (the column the lifetimes package calls "recency"; not RFM's recency).</summary>
    public double[] TimeOfLastPurchase { get; }

    /// <summary>T: time from the first purchase to the calibration end.</summary>
    public double[] Age { get; }

    /// <summary>z̄: mean repeat spend (0 when x = 0); null when the file has no monetary_value column.</summary>
    public double[]? MonetaryValue { get; }

    /// <summary>The mean spends, or a clear error naming what needs them.</summary>
    public double[] RequireMonetaryValue(string purpose) =>
        MonetaryValue ?? throw new ArgumentException($"{Path} has no monetary_value column; {purpose} needs the mean repeat spend of each customer (write the summary with 'summarize').");

    /// <summary>The repeat-purchase data for the purchase models, in the stated unit (the library checks 0 ≤ t_x ≤ T).</summary>
    public RepeatPurchaseData ToRepeatPurchaseData(TimeUnit unit)
    {
        try
        {
            return RepeatPurchaseData.Create(Frequency, TimeOfLastPurchase, Age, unit);
        }
        catch (ArgumentException ex)
        {
            // The library names the customer by index; the reader adds the line (header is line 1).
            throw new ArgumentException($"{Path} (customer k is on line k + 2): {ex.Message}", ex);
        }
    }

    public static SummaryFile Read(string path)
    {
        using var reader = new StreamReader(path);
        var header = (reader.ReadLine() ?? throw new FormatException($"{path} is empty.")).Split(',');
        var at = Columns.Select(names => Array.FindIndex(header, h => names.Contains(h.Trim(), StringComparer.OrdinalIgnoreCase))).ToArray();
        if (at[..4].Any(i => i < 0))
        {
            throw new FormatException($"{path}: the header must be ID,frequency,recency,T[,monetary_value]; found '{string.Join(',', header)}'.");
        }

        var ids = new List<MemberId>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var columns = new List<double>[4] { [], [], [], [] };
        var line = 1;
        for (var text = reader.ReadLine(); text is not null; text = reader.ReadLine())
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var cells = text.Split(',');
            if (cells.Length != header.Length)
            {
                throw new FormatException($"{path} line {line}: {cells.Length} cells, the header has {header.Length}.");
            }

            var id = cells[at[0]].Trim();
            if (!seen.Add(id))
            {
                throw new FormatException($"{path} line {line}: the customer '{id}' appears twice.");
            }

            ids.Add(MemberId.From(id));
            for (var c = 1; c < at.Length; c++)
            {
                if (at[c] >= 0)
                {
                    columns[c - 1].Add(Number(cells[at[c]], header[at[c]], path, line));
                }
            }
        }

        return new SummaryFile(path, ids.ToArray(), columns[0].ToArray(), columns[1].ToArray(), columns[2].ToArray(), at[4] < 0 ? null : columns[3].ToArray());
    }

    private static double Number(string cell, string column, string path, int line) =>
        double.TryParse(cell.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new FormatException($"{path} line {line}: '{cell}' in column {column} is not a number.");
}
