using System;
using System.IO;

namespace PrivateTraffic.Core.Tests.Cli;

/// <summary>A temporary folder per test class instance for the tool's input and output files, removed afterwards.</summary>
public abstract class ToolTestFolder : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("privatetraffic-cli-").FullName;

    protected string Folder => _dir;

    public void Dispose()
    {
        Directory.Delete(_dir, recursive: true);
        GC.SuppressFinalize(this);
    }

    protected string At(string name) => Path.Combine(_dir, name);
}
