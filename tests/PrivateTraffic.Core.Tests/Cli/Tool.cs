using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Cli;

/// <summary>Runs the privatetraffic tool as a user runs it (<c>dotnet PrivateTraffic.Cli.dll ...</c>), from its build output.</summary>
internal static class Tool
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args) =>
        BuiltProgram.Run("src/PrivateTraffic.Cli", "PrivateTraffic.Cli.dll", args);
}
