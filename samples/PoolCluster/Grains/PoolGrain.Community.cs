// The group commands are the service's (PoolService is referenced under an alias: see GrainPoolHost), so the cluster
// decides a join exactly as the single process does.
extern alias service;

using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using service::PoolService.Hosting;

namespace PoolCluster.Grains;

/// <summary>The pool's community groups (社群), held by the pool's grain: one activation is the one writer of the pool
/// and of its groups, since a join is decided against the pool (a present member) and the group (capacity). Each group
/// is a stream of the library's group events in <see cref="PoolGrainState.Streams"/>, written in the same state write
/// as the pool's, loaded when first used.</summary>
public sealed partial class PoolGrain
{
    private readonly Dictionary<string, LoadedGroup> _groups = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public async Task<PoolCommandOutcome> ExecuteGroup(string commandJson)
    {
        var pool = Require();
        var command = PrivateTrafficJson.Deserialize<GroupEvent>(commandJson);
        var group = LoadGroup(command.Group.Value);
        GroupChange change;
        try
        {
            change = GroupCommands.Decide(pool, group, command);
        }
        catch (DomainRuleException refused)
        {
            return new PoolCommandOutcome(group?.Group.Version ?? 0, 0, false, refused.Code, refused.Message);
        }
        catch (PoolConflictException conflict)
        {
            return new PoolCommandOutcome(group?.Group.Version ?? 0, 0, false, conflict.Code, conflict.Message);
        }
        catch (StreamNotFoundException missing)
        {
            return new PoolCommandOutcome(0, 0, false, missing.Code, missing.Message);
        }

        if (change.Events.Count == 0)
        {
            return new PoolCommandOutcome(change.Version, 0, change.IsRepeat);
        }

        var key = GroupCommands.Stream(command.Group);
        var current = state.State;
        var streams = new Dictionary<string, List<string>>(current.Streams, StringComparer.Ordinal)
        {
            [key] = [.. current.Streams.GetValueOrDefault(key) ?? [], .. change.Events.Select(e => PrivateTrafficJson.Serialize(e))],
        };
        await Store(new PoolGrainState { Events = current.Events, Snapshot = current.Snapshot, Streams = streams });
        _groups[command.Group.Value] = change.Apply(group);
        return new PoolCommandOutcome(change.Version, change.Events.Count, false);
    }

    /// <inheritdoc/>
    public Task<string?> Group(string group)
    {
        Require();
        return Task.FromResult(LoadGroup(group) is { } loaded ? PrivateTrafficJson.Serialize(loaded.Group.Snapshot()) : null);
    }

    private LoadedGroup? LoadGroup(string group)
    {
        if (_groups.TryGetValue(group, out var loaded))
        {
            return loaded;
        }

        if (!state.State.Streams.TryGetValue(GroupCommands.Stream(ChannelId.From(group)), out var stream) || stream.Count == 0)
        {
            return null;
        }

        return _groups[group] = new LoadedGroup([.. stream.Select(PrivateTrafficJson.Deserialize<GroupEvent>)]);
    }
}
