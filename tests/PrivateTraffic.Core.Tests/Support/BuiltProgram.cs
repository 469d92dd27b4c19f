using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace PrivateTraffic.Core.Tests.Support;

/// <summary>
/// Runs a program of the repository as a user runs it (<c>dotnet Program.dll ...</c>), from its newest build output. The
/// test project does not reference the programs, so a missing build, or one older than its sources, is a skip with the reason.
/// </summary>
internal static class BuiltProgram
{
    /// <summary>Runs the build of <paramref name="assembly"/> in <paramref name="projectFolder"/> (relative to the repository root).</summary>
    public static (int ExitCode, string Output, string Error) Run(string projectFolder, string assembly, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Newest(Path.Combine(RepositoryPaths.Root, projectFolder), assembly));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        // Standard output is read in the background while standard error is read here, so neither pipe fills and blocks.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }

    /// <summary>The newest build of <paramref name="assembly"/> in <paramref name="projectFolder"/> (a skip when it is missing or stale).</summary>
    public static string PathOf(string projectFolder, string assembly) => Newest(Path.Combine(RepositoryPaths.Root, projectFolder), assembly);

    private static string Newest(string project, string assembly)
    {
        var built = new[] { "Debug", "Release" }
            .Select(c => new FileInfo(Path.Combine(project, "bin", c, "net10.0", assembly)))
            .Where(f => f.Exists)
            .OrderByDescending(f => f.LastWriteTimeUtc)
            .FirstOrDefault();
        Skip.If(built is null, $"{assembly} is not built (dotnet build {project}); these tests run its build output.");
        var newestSource = Directory.EnumerateFiles(project, "*.cs").Max(File.GetLastWriteTimeUtc);
        Skip.If(newestSource > built!.LastWriteTimeUtc, $"The build {built.FullName} is older than its sources; build it again.");
        return built.FullName;
    }
}
