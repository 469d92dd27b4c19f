// The stream changes are the service's (PoolService is referenced under an alias: see GrainPoolHost).
extern alias service;

using Microsoft.Extensions.DependencyInjection;
using NodaTime.Text;
using Orleans.Storage;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using service::PoolService.Hosting;

namespace PoolCluster.Grains;

/// <summary>The streams that live beside the pool (its community groups and fission campaigns), held by the pool's
/// grain: one activation is the one writer of the pool and of its streams, since their commands are decided against the
/// pool. Each stream is a row of its own (<see cref="PoolStreamRow"/>, state name <c>stream-</c> and a hash of the key), written by its
/// own commands only; the pool's state lists the keys. Loaded when first used.</summary>
public sealed partial class PoolGrain
{
    private readonly Dictionary<string, object> _streams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PoolStreamRow> _streamRows = new(StringComparer.Ordinal);
    private GrainRows<PoolStreamRow>? _streamStore;

    private GrainRows<PoolStreamRow> StreamRows => _streamStore ??= new GrainRows<PoolStreamRow>(
        ServiceProvider.GetRequiredKeyedService<IGrainStorage>(ClusterNames.PoolStorage), this.GetGrainId(), "stream-");

    // Decide against the pool and the stream, write the stream's row (its new events appended), then apply. A refusal
    // comes back as its code, as Execute's do: a domain rule's, or the service's conflict and not-found codes.
    private async Task<PoolCommandOutcome> ExecuteStream<T>(string key, Func<IReadOnlyList<string>, T> load, Func<PrivatePool, T?, StreamChange<T>> decide)
        where T : class
    {
        var pool = Require();
        await FinishPendingErasure();
        var current = await LoadStream(key, load);
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

        // A new row for a known stream, a fresh one for a new stream; the cached row changes only once both writes passed.
        var before = _streamRows.GetValueOrDefault(key);
        var row = new PoolStreamRow { Events = [.. before?.Events ?? [], .. change.Rows.Select(r => r.Json)], RedactedBy = before?.RedactedBy ?? [] };
        await StreamRows.WriteAsync(RowName(key), row);
        if (!state.State.StreamKeys.Contains(key))
        {
            // Until the state lists it, the row is unknown to the grain: a failed write here leaves a row that the next
            // attempt writes over.
            state.State.StreamKeys.Add(key);
            try
            {
                await state.WriteStateAsync();
            }
            catch
            {
                state.State.StreamKeys.Remove(key);
                throw;
            }
        }

        _streamRows[key] = row;
        _streams[key] = change.Apply(current);
        return new PoolCommandOutcome(change.Version, change.Rows.Count, false);
    }

    private async Task<T?> LoadStream<T>(string key, Func<IReadOnlyList<string>, T> load)
        where T : class
    {
        if (_streams.TryGetValue(key, out var loaded))
        {
            return (T)loaded;
        }

        if (!state.State.StreamKeys.Contains(key) || await StreamRows.FindAsync(RowName(key)) is not { Events.Count: > 0 } row)
        {
            return null;
        }

        var value = load(row.Events);
        _streamRows[key] = row;
        _streams[key] = value;
        return value;
    }

    /// <summary>
    /// Finishes an erasure stored in the pool's state: each stream row not yet redacted by it is redacted with the pool's
    /// pseudonym (the library's recipe for its kind) and marked, then the state forgets the erasure. Runs before every
    /// command and on activation, so a failure part way is finished by the next call (a retried erasure is a repeat).
    /// </summary>
    private async Task FinishPendingErasure()
    {
        if (state.State.PendingErasure is not { } pending)
        {
            return;
        }

        var at = InstantPattern.ExtendedIso.Parse(pending.At).Value;
        foreach (var key in state.State.StreamKeys)
        {
            var row = await StreamRows.ReadAsync(RowName(key));
            if (row.RedactedBy.Contains(pending.EventId))
            {
                continue;
            }

            var events = StreamRedaction.Redact(key, row.Events, MemberId.From(pending.Member), MemberId.From(pending.Pseudonym), at);
            await StreamRows.WriteAsync(RowName(key), new PoolStreamRow { Events = [.. events.Select(r => r.Json)], RedactedBy = [.. row.RedactedBy, pending.EventId] });
        }

        _streams.Clear();
        _streamRows.Clear();
        state.State.PendingErasure = null;
        await state.WriteStateAsync();
    }

    // A stream's key holds a group's or campaign's id, which may be any text (a backtick, brackets, 128 Chinese
    // characters). Storage providers read meaning into state names (Orleans' ADO.NET provider treats a backtick as a
    // generic type and strips parts of the name), so the row is named by a hash of the key: fixed length, plain hex.
    private static string RowName(string key) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)), 0, 16);
}
