using System;
using System.Threading;
using System.Threading.Tasks;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace PrivateTraffic.Core.Tests.Cluster;

/// <summary>Which storage writes fail next: armed by a test with the state name and the grain it is for.</summary>
public sealed class StorageFaults
{
    private Func<string, GrainId, bool>? _failNext;

    /// <summary>Makes the next write that matches fail (once).</summary>
    /// <param name="matches">The state name and grain of the write to fail.</param>
    public void FailNextWrite(Func<string, GrainId, bool> matches) => Volatile.Write(ref _failNext, matches);

    /// <summary>Whether this write is the one to fail; disarms when it is.</summary>
    internal bool Fails(string stateName, GrainId grain)
    {
        var matches = Volatile.Read(ref _failNext);
        return matches is not null && matches(stateName, grain) && Interlocked.CompareExchange(ref _failNext, null, matches) == matches;
    }
}

/// <summary>A grain storage that fails the writes a test arms (as a database that times out would) and passes the rest on.</summary>
/// <param name="inner">The storage that does the work.</param>
/// <param name="faults">The armed failures.</param>
public sealed class FaultyGrainStorage(IGrainStorage inner, StorageFaults faults) : IGrainStorage
{
    /// <inheritdoc/>
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ReadStateAsync(stateName, grainId, grainState);

    /// <inheritdoc/>
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        faults.Fails(stateName, grainId)
            ? Task.FromException(new TimeoutException($"Injected: the write of {stateName} for {grainId} timed out."))
            : inner.WriteStateAsync(stateName, grainId, grainState);

    /// <inheritdoc/>
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ClearStateAsync(stateName, grainId, grainState);
}
