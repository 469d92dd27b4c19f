using System;
using System.IO;
using System.Text;

namespace PrivateTraffic.Cli;

/// <summary>
/// Writes a result all or nothing: to a temporary file beside the target, moved into place only when complete, so a
/// failure half-way leaves no partial output (and an earlier file of that name untouched). Without a path, standard output.
/// </summary>
internal static class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string? path, Action<TextWriter> write)
    {
        if (path is null)
        {
            var stdout = new StreamWriter(Console.OpenStandardOutput(), Utf8, 1 << 16);
            write(stdout);
            stdout.Flush();
            return;
        }

        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            throw new InputException($"{path}: the folder {directory} does not exist.");
        }

        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new StreamWriter(stream, Utf8, 1 << 16))
            {
                write(writer);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
