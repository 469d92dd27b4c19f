using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Cli;

/// <summary>
/// Runs the privatetraffic tool as a user runs it (<c>dotnet PrivateTraffic.Cli.dll ...</c>). The test project does not
/// reference the tool, so the tests use its build output and report a skip when it is missing or older than its sources.
/// </summary>
internal static class Tool
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Built());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }

    private static string Built()
    {
        var project = Path.Combine(RepositoryPaths.Root, "src", "PrivateTraffic.Cli");
        var built = new[] { "Debug", "Release" }
            .Select(c => new FileInfo(Path.Combine(project, "bin", c, "net10.0", "PrivateTraffic.Cli.dll")))
            .Where(f => f.Exists)
            .OrderByDescending(f => f.LastWriteTimeUtc)
            .FirstOrDefault();
        Skip.If(built is null, $"The tool is not built (dotnet build {project}); these tests run its build output.");
        var newestSource = Directory.EnumerateFiles(project, "*.cs").Max(File.GetLastWriteTimeUtc);
        Skip.If(newestSource > built!.LastWriteTimeUtc, $"The build of the tool ({built.FullName}) is older than its sources; build it again.");
        return built.FullName;
    }
}
