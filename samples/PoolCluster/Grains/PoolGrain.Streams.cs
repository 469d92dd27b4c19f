// The stream changes are the service's (PoolService is referenced under an alias: see GrainPoolHost).
extern alias service;

using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using service::PoolService.Hosting;

namespace PoolCluster.Grains;

/// <summary>The streams that live beside the pool (its community groups and fission campaigns), held by the pool's
/// grain: one activation is the one writer of the pool and of its streams, since their commands are decided against the
/// pool. Each stream is the library's event JSON in <see cref="PoolGrainState.Streams"/>, in the same state as the
/// pool's latest events (so an erasure redacts the pool and its streams in one write), loaded when first used.</summary>
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

        // The stream's list is replaced in the state in place; a failed write puts the old one back, so nothing changed.
        var streams = state.State.Streams;
        var had = streams.TryGetValue(key, out var before);
        streams[key] = [.. before ?? [], .. change.Rows.Select(r => r.Json)];
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            if (had)
            {
                streams[key] = before!;
            }
            else
            {
                streams.Remove(key);
            }

            throw;
        }

        _streams[key] = change.Apply(current);
        return new PoolCommandOutcome(change.Version, change.Rows.Count, false);
    }

    // The streams as an erasure leaves them: each redacted by the library's recipe for its kind, with the pool's pseudonym.
    private Dictionary<string, List<string>> RedactedStreams(MemberErased erased, MemberId pseudonym) =>
        state.State.Streams.ToDictionary(
            s => s.Key,
            s => StreamRedaction.Redact(s.Key, s.Value, erased.Member, pseudonym, erased.At).Select(r => r.Json).ToList(),
            StringComparer.Ordinal);

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
