using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace PrivateTraffic.Core.Tests.Cluster;

/// <summary>
/// A throwaway PostgreSQL server for the cluster tests: initdb into a temporary folder, started on a free loopback port
/// with its unix socket in that folder, stopped and deleted on dispose. initdb refuses to run as root, so as root the
/// server runs as the 'postgres' user (through runuser) when that user exists. <see cref="SkipReason"/> says why none
/// could be started.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string _folder;
    private readonly string? _runAs;
    private bool _started;

    private PostgresServer(string folder, string? runAs, int port)
    {
        _folder = folder;
        _runAs = runAs;
        Port = port;
    }

    /// <summary>The port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>A connection string to its 'postgres' database as the superuser 'orleans' (trust authentication, loopback only).</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=orleans;Database=postgres;Pooling=true;Timeout=30";

    /// <summary>Why no server can be started here, or null when it can.</summary>
    public static string? SkipReason()
    {
        if (Find("initdb") is null || Find("pg_ctl") is null)
        {
            return "PostgreSQL binaries (initdb, pg_ctl) are not on PATH; the cluster suite ran against in-process storage only.";
        }

        return IsRoot() && !UserExists("postgres")
            ? "Running as root, where initdb refuses to run, and there is no 'postgres' user to run it as."
            : null;
    }

    /// <summary>Initializes and starts a server.</summary>
    /// <returns>The running server.</returns>
    public static async Task<PostgresServer> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pt-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var runAs = IsRoot() ? "postgres" : null;
        if (runAs is not null)
        {
            await Run("chown", null, runAs, folder);
        }

        var server = new PostgresServer(folder, runAs, FreePort());
        try
        {
            var data = Path.Combine(folder, "data");
            await Run(Find("initdb")!, runAs, "-D", data, "-U", "orleans", "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions");
            await Run(Find("pg_ctl")!, runAs, "-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "start",
                "-o", $"-p {server.Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off");
            server._started = true;
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the server and deletes its folder.</summary>
    /// <returns>The work.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            _started = false;
            await Run(Find("pg_ctl")!, _runAs, "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop");
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left to the system's temporary-folder cleanup.
        }
    }

    private static async Task Run(string program, string? runAs, params string[] args)
    {
        var start = new ProcessStartInfo(runAs is null ? program : "runuser")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (runAs is not null)
        {
            start.ArgumentList.Add("-u");
            start.ArgumentList.Add(runAs);
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(program);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }

    private static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);

    private static bool IsRoot() => Environment.UserName == "root";

    private static bool UserExists(string user) => File.Exists("/etc/passwd") && File.ReadLines("/etc/passwd").Any(l => l.StartsWith(user + ":", StringComparison.Ordinal));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
