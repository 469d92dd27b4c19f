using NodaTime;
using PrivateTraffic.Core.Value;

namespace PoolService.Hosting;

/// <summary>
/// The service's settings (configuration section <c>PoolService</c>). Every default is an assumption of this sample,
/// printed on start: the articles give no snapshot interval, cache size or activity window.
/// </summary>
public sealed class PoolHostOptions
{
    /// <summary>The SQLite file; <c>pools.db</c> in the working folder by default.</summary>
    public string DatabasePath { get; set; } = "pools.db";

    /// <summary>A snapshot is stored each time a pool's version crosses a multiple of this (default 100 events).</summary>
    public int SnapshotEvery { get; set; } = 100;

    /// <summary>How many pools stay loaded in memory (default 10,000); the least recently used are dropped past it.</summary>
    public int CachedPools { get; set; } = 10_000;

    /// <summary>The most writes committed in one transaction (default 256).</summary>
    public int MaxCommitBatch { get; set; } = 256;

    /// <summary>Whether every commit waits for the disk (synchronous=FULL); default false: WAL with synchronous=NORMAL,
    /// where a commit survives a crash of the process and is on disk at the next checkpoint.</summary>
    public bool SyncEveryCommit { get; set; }

    /// <summary>The 271 status rule's activity window in days (default 30).</summary>
    public int ActiveWithinDays { get; set; } = 30;

    /// <summary>The 271 status rule, from <see cref="ActiveWithinDays"/>.</summary>
    /// <returns>The rule.</returns>
    public MemberStatusRule StatusRule() => MemberStatusRule.Create(Duration.FromDays(ActiveWithinDays));

    /// <summary>The lines printed on start: every default this run uses.</summary>
    /// <returns>The lines.</returns>
    public IEnumerable<string> Assumptions() =>
    [
        $"database: {DatabasePath}",
        $"snapshot every {SnapshotEvery} events; {CachedPools} pools cached; commits batched up to {MaxCommitBatch} writes",
        $"sync: {(SyncEveryCommit ? "FULL (every commit on disk)" : "WAL + NORMAL (durable across a process crash; on disk at checkpoint)")}",
        $"271 status: active within {ActiveWithinDays} days, consent purpose marketing, no spam tags",
        $"value cards: {PoolValueModels.Description}",
    ];
}
