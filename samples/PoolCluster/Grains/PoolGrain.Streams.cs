// The stream changes are the service's (PoolService is referenced under an alias: see GrainPoolHost).
extern alias service;

using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using service::PoolService.Hosting;

namespace PoolCluster.Grains;

/// <summary>The streams that live beside the pool (its community groups and fission campaigns), held by the pool's
/// grain: one activation is the one writer of the pool and of its streams, since their commands are decided against the
/// pool. Each stream is the library's event JSON in <see cref="PoolGrainState.Streams"/>, written in the same state
/// write as the pool's, and loaded when first used.</summary>
public sealed partial class PoolGrain
{
    private readonly Dictionary<string, object> _streams = new(StringComparer.Ordinal);

    // Decide against the pool and the stream, store the whole state (the stream's events appended), then apply. A
    // refusal comes back as its code, as Execute's do: a domain rule's, or the service's conflict and not-found codes.
    private async Task<PoolCommandOutcome> ExecuteStream<T>(string key, Func<IReadOnlyList<string>, T> load, Func<PrivatePool, T?, StreamChange<T>> decide)
        where T : class
    {
        var pool = Require();
        var current = LoadStream(key, load);
        StreamChange<T> change;
        try
        {
            change = decide(pool, current);
        }
        catch (DomainRuleException refused)
        {
            return new PoolCommandOutcome(0, 0, false, refused.Code, refused.Message);
        }
        catch (PoolConflictException conflict)
        {
            return new PoolCommandOutcome(0, 0, false, conflict.Code, conflict.Message);
        }
        catch (StreamNotFoundException missing)
        {
            return new PoolCommandOutcome(0, 0, false, missing.Code, missing.Message);
        }

        if (change.Rows.Count == 0)
        {
            return new PoolCommandOutcome(change.Version, 0, change.IsRepeat);
        }

        var stored = state.State;
        var streams = new Dictionary<string, List<string>>(stored.Streams, StringComparer.Ordinal)
        {
            [key] = [.. stored.Streams.GetValueOrDefault(key) ?? [], .. change.Rows.Select(r => r.Json)],
        };
        await Store(new PoolGrainState { Events = stored.Events, Snapshot = stored.Snapshot, Streams = streams });
        _streams[key] = change.Apply(current);
        return new PoolCommandOutcome(change.Version, change.Rows.Count, false);
    }

    private T? LoadStream<T>(string key, Func<IReadOnlyList<string>, T> load)
        where T : class
    {
        if (_streams.TryGetValue(key, out var loaded))
        {
            return (T)loaded;
        }

        if (!state.State.Streams.TryGetValue(key, out var stream) || stream.Count == 0)
        {
            return null;
        }

        var value = load(stream);
        _streams[key] = value;
        return value;
    }
}
