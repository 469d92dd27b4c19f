using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace PrivateTraffic.Cli;

/// <summary>
/// Writes a CSV of many rows fast: the rows are cut into chunks, each chunk is formatted into a UTF-8 buffer on one of
/// the cores, and the buffers are written in order, so the file is the same as one written row by row. Text is written
/// as it is (no quoting), as the Sep writer the tool used before wrote it.
/// </summary>
internal static class CsvRows
{
    private const int ChunkRows = 8192;

    /// <summary>Formats row <c>i</c> into the buffer (fields separated by commas, no line end).</summary>
    public delegate void Formatter(int row, Utf8Line line);

    /// <summary>Writes the header and the rows; <paramref name="report"/> hears the share of rows written after each batch.</summary>
    public static void Write(Stream output, string header, int count, Formatter format, Action<double>? report = null)
    {
        output.Write(Encoding.UTF8.GetBytes(header + "\n"));
        var chunks = (count + ChunkRows - 1) / ChunkRows;
        var batch = Math.Max(1, Environment.ProcessorCount * 2);
        var lines = new Utf8Line[batch];
        for (var i = 0; i < batch; i++)
        {
            lines[i] = new Utf8Line(ChunkRows * 64);
        }

        for (var first = 0; first < chunks; first += batch)
        {
            var size = Math.Min(batch, chunks - first);
            Parallel.For(0, size, c =>
            {
                var line = lines[c];
                line.Clear();
                var end = Math.Min(count, (first + c + 1) * ChunkRows);
                for (var row = (first + c) * ChunkRows; row < end; row++)
                {
                    format(row, line);
                    line.Byte((byte)'\n');
                }
            });
            for (var c = 0; c < size; c++)
            {
                output.Write(lines[c].Written);
            }

            report?.Invoke((double)(first + size) / chunks);
        }
    }
}

/// <summary>A growing UTF-8 buffer with the few field formats the tool writes.</summary>
internal sealed class Utf8Line(int capacity)
{
    // The texts of recent non-whole doubles, in slots chosen by their bits: a summary's recency and T are whole days over
    // the unit, so a few hundred distinct values fill hundreds of thousands of rows. A slot holds the runtime's text
    // of exactly the double whose bits it keeps, so a hit writes the same bytes the formatting would.
    private const int CacheBits = 12;
    private const int CacheSlots = 1 << CacheBits;
    private const int CacheTextBytes = 32;

    private readonly ulong[] _cachedBits = new ulong[CacheSlots];
    private readonly byte[] _cachedText = new byte[CacheSlots * CacheTextBytes];
    private readonly byte[] _cachedLength = new byte[CacheSlots];
    private byte[] _bytes = new byte[capacity];
    private int _length;

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, _length);

    public void Clear() => _length = 0;

    public void Byte(byte b)
    {
        Room(1);
        _bytes[_length++] = b;
    }

    public void Text(string text)
    {
        Room(Encoding.UTF8.GetMaxByteCount(text.Length));
        _length += Encoding.UTF8.GetBytes(text, _bytes.AsSpan(_length));
    }

    public void Ascii(ReadOnlySpan<byte> text)
    {
        Room(text.Length);
        text.CopyTo(_bytes.AsSpan(_length));
        _length += text.Length;
    }

    /// <summary>
    /// The text "F2" or "F4" gives (the exact binary value rounded to that many decimals), by integer arithmetic when
    /// the value is ≥ 0, v·10ᵈ is below 10¹² and not within 0.001 of a tie, where the one rounding of v·10ᵈ cannot change
    /// the result; by the runtime's formatting otherwise.
    /// </summary>
    public void Fixed(double value, int decimals)
    {
        Room(64);
        var scale = decimals == 2 ? 100L : 10_000L;
        var scaled = value * scale;
        if (!double.IsNegative(value) && scaled < 1e12)
        {
            var whole = Math.Floor(scaled);
            var fraction = scaled - whole;
            if (Math.Abs(fraction - 0.5) > 1e-3)
            {
                var units = (long)whole + (fraction > 0.5 ? 1 : 0);
                var (integer, rest) = Math.DivRem(units, scale);
                Integer(integer);
                _bytes[_length++] = (byte)'.';
                for (var d = decimals - 1; d >= 0; d--)
                {
                    _bytes[_length + d] = (byte)('0' + (rest % 10));
                    rest /= 10;
                }

                _length += decimals;
                return;
            }
        }

        value.TryFormat(_bytes.AsSpan(_length), out var written, decimals == 2 ? "F2" : "F4", CultureInfo.InvariantCulture);
        _length += written;
    }

    /// <summary>The shortest text that reads back as the same double (the runtime's default), with a fast path for whole
    /// numbers and the texts of recent values kept.</summary>
    public void Shortest(double value)
    {
        Room(64);
        if (value >= 0 && value < 1e15 && value == Math.Floor(value) && !double.IsNegative(value))
        {
            Integer((long)value);
            return;
        }

        var bits = BitConverter.DoubleToUInt64Bits(value);
        var slot = (int)((bits * 0x9E3779B97F4A7C15UL) >> (64 - CacheBits));
        var at = slot * CacheTextBytes;
        if (_cachedLength[slot] > 0 && _cachedBits[slot] == bits)
        {
            _cachedText.AsSpan(at, _cachedLength[slot]).CopyTo(_bytes.AsSpan(_length));
            _length += _cachedLength[slot];
            return;
        }

        value.TryFormat(_bytes.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
        if (written <= CacheTextBytes)
        {
            _bytes.AsSpan(_length, written).CopyTo(_cachedText.AsSpan(at));
            (_cachedBits[slot], _cachedLength[slot]) = (bits, (byte)written);
        }

        _length += written;
    }

    private void Integer(long value)
    {
        value.TryFormat(_bytes.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
        _length += written;
    }

    private void Room(int bytes)
    {
        if (_length + bytes > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + bytes));
        }
    }
}
