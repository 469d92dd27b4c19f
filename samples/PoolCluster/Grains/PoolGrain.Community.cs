// The group commands are the service's (PoolService is referenced under an alias: see GrainPoolHost), so the cluster
// decides a join exactly as the single process does.
extern alias service;

using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using service::PoolService.Hosting;

namespace PoolCluster.Grains;

/// <summary>The pool's community groups (社群), held by the pool's grain (see PoolGrain.Streams.cs): a join is decided
/// against the pool (a present member) and the group (capacity), by the one writer of both.</summary>
public sealed partial class PoolGrain
{
    /// <inheritdoc/>
    public Task<PoolCommandOutcome> ExecuteGroup(string commandJson)
    {
        var command = PrivateTrafficJson.Deserialize<GroupEvent>(commandJson);
        return ExecuteStream(GroupCommands.Stream(command.Group), LoadedGroup.Load, (pool, group) => GroupCommands.Decide(pool, group, command));
    }

    /// <inheritdoc/>
    public async Task<string?> Group(string group)
    {
        Require();
        await FinishPendingErasure();
        return await LoadStream(GroupCommands.Stream(ChannelId.From(group)), LoadedGroup.Load) is { } loaded
            ? PrivateTrafficJson.Serialize(loaded.Group.Snapshot())
            : null;
    }
}
