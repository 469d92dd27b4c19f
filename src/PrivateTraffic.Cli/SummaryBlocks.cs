using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Cli;

/// <summary>
/// The fast path of <see cref="SummaryFile.Read"/>: the file in blocks of a few megabytes, each cut at line ends into one
/// part per core and parsed from its UTF-8 bytes in parallel (csFastFloat on spans; no string per row but the id's, and
/// that only when ids are kept). It takes only plain rows: no quote in the file, the header's number of fields, plain
/// decimal numbers, and every check of the summary passed. At the first row it does not take, it gives up, and the
/// caller reads the file again with Sep, which reads whatever Sep reads and reports a bad row by its line number.
/// </summary>
internal sealed class SummaryBlocks(byte separator, int fieldCount, int[] roles, bool withIds)
{
    public const int Id = 1;
    public const int X = 2;
    public const int Tx = 3;
    public const int T = 4;
    public const int Z = 5;

    private const int BlockSize = 1 << 22;

    private static readonly System.Buffers.SearchValues<byte> Decimal = System.Buffers.SearchValues.Create("0123456789."u8);

    public int Count { get; private set; }

    public MemberId[]? Ids { get; private set; }

    public double[] Frequency { get; private set; } = [];

    public double[] TimeOfLastPurchase { get; private set; } = [];

    public double[] Age { get; private set; } = [];

    public double[]? MeanSpend { get; private set; }

    /// <summary>Reads every row, or returns false at the first row the fast path does not take.</summary>
    public bool TryRead(string path, int capacity)
    {
        (Frequency, TimeOfLastPurchase, Age) = (new double[capacity], new double[capacity], new double[capacity]);
        Ids = withIds ? new MemberId[capacity] : null;
        MeanSpend = Array.IndexOf(roles, Z) >= 0 ? new double[capacity] : null;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var block = new byte[BlockSize];
        var (filled, header) = (0, true);
        while (true)
        {
            filled += stream.ReadAtLeast(block.AsSpan(filled), block.Length - filled, throwOnEndOfStream: false);
            var eof = filled < block.Length;
            var span = block.AsSpan(0, filled);
            var start = 0;
            if (header)
            {
                start = span.IndexOf((byte)'\n') + 1;
                if (start == 0 || span[..start].Contains((byte)'"'))
                {
                    return false;
                }

                header = false;
            }

            var end = eof ? filled : span.LastIndexOf((byte)'\n') + 1;
            if (end <= start && !eof)
            {
                return false;
            }

            if (!ParseBlock(block.AsMemory(start, end - start)))
            {
                return false;
            }

            Progress.Report((double)stream.Position / Math.Max(1, stream.Length));
            if (eof)
            {
                return true;
            }

            span[end..].CopyTo(block);
            filled -= end;
        }
    }

    private bool ParseBlock(ReadOnlyMemory<byte> rows)
    {
        if (rows.Span.Contains((byte)'"'))
        {
            return false;
        }

        // One part per core, each cut after a line end; each part's rows go to a known place in the columns.
        var parts = Math.Max(1, Math.Min(Environment.ProcessorCount, rows.Length >> 16));
        var pieces = new ReadOnlyMemory<byte>[parts];
        var firstRow = new int[parts + 1];
        firstRow[0] = Count;
        var from = 0;
        for (var p = 0; p < parts; p++)
        {
            var to = p == parts - 1 ? rows.Length : Math.Max(from, rows.Span[..((p + 1) * (rows.Length / parts))].LastIndexOf((byte)'\n') + 1);
            pieces[p] = rows[from..to];
            var span = pieces[p].Span;
            firstRow[p + 1] = firstRow[p] + span.Count((byte)'\n') + (span.Length > 0 && span[^1] != (byte)'\n' ? 1 : 0);
            from = to;
        }

        Reserve(firstRow[parts]);
        var failed = 0;
        Parallel.For(0, parts, p =>
        {
            if (!ParsePiece(pieces[p].Span, firstRow[p]))
            {
                Interlocked.Exchange(ref failed, 1);
            }
        });
        Count = firstRow[parts];
        return failed == 0;
    }

    private bool ParsePiece(ReadOnlySpan<byte> piece, int row)
    {
        while (!piece.IsEmpty)
        {
            var newline = piece.IndexOf((byte)'\n');
            var line = newline < 0 ? piece : piece[..newline];
            piece = newline < 0 ? default : piece[(newline + 1)..];
            if (!line.IsEmpty && line[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            var (x, tx, t, z) = (0.0, 0.0, 0.0, 0.0);
            for (var f = 0; f < fieldCount; f++)
            {
                var cut = line.IndexOf(separator);
                if ((cut < 0) != (f == fieldCount - 1))
                {
                    return false;
                }

                var field = (cut < 0 ? line : line[..cut]).Trim((byte)' ');
                line = cut < 0 ? default : line[(cut + 1)..];
                var ok = roles[f] switch
                {
                    Id => StoreId(field, row),
                    X => Number(field, out x),
                    Tx => Number(field, out tx),
                    T => Number(field, out t),
                    Z => Number(field, out z) && z >= 0,
                    _ => true,
                };
                if (!ok)
                {
                    return false;
                }
            }

            if (SummaryFile.Problem(x, tx, t) is not null)
            {
                return false;
            }

            (Frequency[row], TimeOfLastPurchase[row], Age[row]) = (x, tx, t);
            if (MeanSpend is not null)
            {
                MeanSpend[row] = z;
            }

            row++;
        }

        return true;
    }

    private bool StoreId(ReadOnlySpan<byte> field, int row)
    {
        if (field.IsEmpty)
        {
            return false;
        }

        if (Ids is not null)
        {
            if (!MemberId.TryFrom(System.Text.Encoding.UTF8.GetString(field), out var id))
            {
                return false;
            }

            Ids[row] = id;
        }

        return true;
    }

    /// <summary>A plain decimal (digits and at most one point), parsed exactly as Sep's csFastFloat parses it.</summary>
    private static bool Number(ReadOnlySpan<byte> field, out double value)
    {
        value = 0;
        if (field.IsEmpty || field.IndexOfAnyExcept(Decimal) >= 0)
        {
            return false;
        }

        return csFastFloat.FastDoubleParser.TryParseDouble(field, out var consumed, out value) && consumed == field.Length && double.IsFinite(value);
    }

    private void Reserve(int rows)
    {
        if (rows <= Frequency.Length)
        {
            return;
        }

        var size = (int)Math.Min(Array.MaxLength, Math.Max(rows, (long)Frequency.Length * 3 / 2));
        var (x, tx, t) = (Frequency, TimeOfLastPurchase, Age);
        Array.Resize(ref x, size);
        Array.Resize(ref tx, size);
        Array.Resize(ref t, size);
        (Frequency, TimeOfLastPurchase, Age) = (x, tx, t);
        if (Ids is { } ids)
        {
            Array.Resize(ref ids, size);
            Ids = ids;
        }

        if (MeanSpend is { } z)
        {
            Array.Resize(ref z, size);
            MeanSpend = z;
        }
    }
}
