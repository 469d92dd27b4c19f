using System;
using System.IO;

namespace PrivateTraffic.Core.Tests.Support;

/// <summary>Finds the repository root (the folder holding PrivateTraffic.Core.sln) and the shared data beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>../shared/data beside the repository; it is never copied into the repository.</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    public static string Cdnow => Path.Combine(SharedData, "cdnow");

    /// <summary>The path of a shared data file, or a skip (with the reason) when the shared folder is absent.</summary>
    public static string RequireSharedFile(params string[] parts)
    {
        var path = Path.Combine(SharedData, Path.Combine(parts));
        Skip.IfNot(File.Exists(path), $"Reference data {path} is absent (../shared/data beside the repository); this check needs it.");
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PrivateTraffic.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PrivateTraffic.Core.sln was not found above " + AppContext.BaseDirectory);
    }
}
