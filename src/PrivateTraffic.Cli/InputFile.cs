using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using nietras.SeparatedValues;

namespace PrivateTraffic.Cli;

/// <summary>
/// Opens the tool's input files. Every row of the files it reads (transaction logs, summaries, cohort tables, scores) is
/// a few dozen bytes, so a line past <see cref="MaxLineBytes"/> is not a row: it is refused before any reader buffers it,
/// instead of the process running out of memory on a 1 GB line (issue 10).
/// </summary>
internal static class InputFile
{
    /// <summary>The longest line an input may have: 1 MiB, thousands of times any real row.</summary>
    public const int MaxLineBytes = 1 << 20;

    /// <summary>Checks that <paramref name="path"/> exists and that no line of it is longer than <see cref="MaxLineBytes"/>.</summary>
    /// <returns>The path, for chaining.</returns>
    public static string Check(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"{path}: no such file.");
        }

        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            long line = 1;
            long run = 0; // bytes of the current line seen so far, across buffer boundaries
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                var rest = buffer.AsSpan(0, read);
                int end;
                while ((end = rest.IndexOf((byte)'\n')) >= 0)
                {
                    Limit(path, line, run + end);
                    run = 0;
                    line++;
                    rest = rest[(end + 1)..];
                }

                run += rest.Length;
                Limit(path, line, run);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: {e.Message}");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return path;
    }

    /// <summary>A CSV reader over a checked file: quotes unescaped, fields trimmed, numbers in the invariant culture.</summary>
    public static SepReader OpenCsv(string path)
    {
        Check(path);
        try
        {
            return Sep.Reader(o => o with { Unescape = true, Trim = SepTrim.Outer, CultureInfo = CultureInfo.InvariantCulture }).FromFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: {e.Message}");
        }
    }

    private static void Limit(string path, long line, long bytes)
    {
        if (bytes > MaxLineBytes)
        {
            throw InputException.AtLine(path, line, string.Create(CultureInfo.InvariantCulture,
                $"longer than {MaxLineBytes:N0} bytes; no row of these files is that long, so this is not the expected file."));
        }
    }
}
