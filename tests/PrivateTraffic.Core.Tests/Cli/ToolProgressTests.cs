using System;
using System.Diagnostics;
using System.IO;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Cli;

/// <summary>Progress bars appear on a terminal only: never in redirected output (pipes, logs, CI), which stays plain text.</summary>
public sealed class ToolProgressTests : ToolTestFolder
{
    [SkippableFact]
    public void Redirected_standard_error_gets_no_progress_and_no_escape_codes()
    {
        Assert.Equal(0, Tool.Run("simulate", "--customers", "20000", "--seed", "3", "-o", At("s.csv")).ExitCode);
        var (code, _, error) = Tool.Run("fit", "--summary", At("s.csv"), "--model", "bgnbd", "-o", At("bg.json"));
        Assert.True(code == 0, error);
        Assert.DoesNotContain('\u001b', error);
        Assert.DoesNotContain("fitting", error, StringComparison.Ordinal);
        Assert.StartsWith("BG/NBD: LL", error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void On_a_terminal_the_steps_show_and_the_report_follows_them()
    {
        Skip.IfNot(File.Exists("/usr/bin/script"), "util-linux's script (a pseudo-terminal) is not installed");
        Assert.Equal(0, Tool.Run("simulate", "--customers", "20000", "--seed", "3", "-o", At("s.csv")).ExitCode);
        var dll = BuiltProgram.PathOf("src/PrivateTraffic.Cli", "PrivateTraffic.Cli.dll");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new ProcessStartInfo("/usr/bin/script") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var arg in new[] { "-qec", $"'{dotnet}' '{dll}' fit --summary '{At("s.csv")}' --model bgnbd -o '{At("bg.json")}'", "/dev/null" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("CI");
        start.Environment["TERM"] = "xterm-256color";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "the tool did not finish on the pseudo-terminal");
        var text = output.Result;

        Assert.True(process.ExitCode == 0, text);
        Assert.Contains("reading s.csv", text, StringComparison.Ordinal);
        Assert.Contains("fitting bgnbd", text, StringComparison.Ordinal);
        // The report is held back while the bars are drawn, and written once they are cleared.
        Assert.True(text.LastIndexOf("BG/NBD: LL", StringComparison.Ordinal) > text.LastIndexOf("fitting bgnbd", StringComparison.Ordinal), text);
    }
}
