using System;

namespace PrivateTraffic.Cli;

/// <summary>Bad input (a file, a row, an option): printed as one line, exit code 2, nothing written.</summary>
internal sealed class InputException(string message) : Exception(message)
{
    /// <summary>A row that is not valid, named by its line in the file (or its row, for a Parquet file).</summary>
    public static InputException AtLine(string path, long line, string problem, string unit = "line") => new($"{path}, {unit} {line}: {problem}");
}

/// <summary>A fit that did not converge or cannot be identified: printed as one line, exit code 1, nothing written.</summary>
internal sealed class FitFailedException(string message) : Exception(message);

/// <summary>The process's exit codes.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int FitFailed = 1;
    public const int BadInput = 2;
}
