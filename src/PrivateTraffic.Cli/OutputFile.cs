using System;
using System.IO;
using System.Text;

namespace PrivateTraffic.Cli;

/// <summary>
/// Writes a result all or nothing: to a temporary file beside the target, moved into place only when complete, so a
/// failure half-way leaves no partial output (and an earlier file of that name untouched). Without a path (or "-"),
/// standard output; a device (/dev/null, /dev/stdout) is written in place.
/// </summary>
internal static class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string? path, Action<TextWriter> write)
    {
        if (path is null or "-")
        {
            var stdout = new StreamWriter(Console.OpenStandardOutput(), Utf8, 1 << 16);
            write(stdout);
            stdout.Flush();
            return;
        }

        ToFile(path, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true);
            write(writer);
        });
    }

    /// <summary>Writes bytes through a stream the same way (standard output without a path): whole or not at all, a device in place.</summary>
    public static void WriteStream(string? path, Action<Stream> write)
    {
        if (path is null or "-")
        {
            using var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
            write(stdout);
            return;
        }

        ToFile(path, write);
    }

    /// <summary>Writes bytes (an image) to a file the same way: whole or not at all, a device in place.</summary>
    public static void WriteBytes(string path, byte[] bytes) => ToFile(path, stream => stream.Write(bytes));

    private static void ToFile(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        if (IsDevice(full))
        {
            // /dev/null, a terminal or a pipe: written in place (moving a file over a device would replace the device).
            using var device = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            write(device);
            return;
        }

        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            throw new InputException($"{path}: the folder {directory} does not exist.");
        }

        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    private static bool IsDevice(string full) =>
        full.StartsWith("/dev/", StringComparison.Ordinal)
        || full.StartsWith("/proc/", StringComparison.Ordinal)
        || (File.Exists(full) && (File.GetAttributes(full) & FileAttributes.Device) != 0);
}
