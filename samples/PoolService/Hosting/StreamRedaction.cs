using NodaTime;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Fission;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PoolService.Hosting;

/// <summary>Erasure in the streams beside a pool (PIPL 删除权): a group's history through the library's
/// <see cref="GroupRedaction"/>, a campaign's through <see cref="CampaignRedaction"/>, with the pseudonym of the pool's
/// own redaction and the erasure's instant, so the pool and its streams still agree on who is who.</summary>
public static class StreamRedaction
{
    /// <summary>Redacts an erased member from one stream.</summary>
    /// <param name="key">The stream's key (<see cref="GroupCommands.Stream"/>, <see cref="CampaignCommands.Stream"/>).</param>
    /// <param name="history">The stream's events' JSON, in stored order.</param>
    /// <param name="erased">The member erased from the pool.</param>
    /// <param name="pseudonym">The pseudonym the pool's redaction used.</param>
    /// <param name="erasedAt">The erasure's instant.</param>
    /// <returns>The redacted stream, event for event, as id, type and JSON.</returns>
    /// <exception cref="ArgumentException">The key names no kind of stream this service keeps.</exception>
    public static IReadOnlyList<(string Id, string Type, string Json)> Redact(string key, IReadOnlyList<string> history, MemberId erased, MemberId pseudonym, Instant erasedAt)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(history);
        if (key.StartsWith("group:", StringComparison.Ordinal))
        {
            var events = GroupRedaction.Redact([.. history.Select(PrivateTrafficJson.Deserialize<GroupEvent>)], erased, pseudonym, erasedAt);
            return [.. events.Select(e => (e.EventId.Value, e.Type, PrivateTrafficJson.Serialize(e)))];
        }

        if (key.StartsWith("campaign:", StringComparison.Ordinal))
        {
            var events = CampaignRedaction.Redact([.. history.Select(PrivateTrafficJson.Deserialize<CampaignEvent>)], erased, pseudonym, erasedAt);
            return [.. events.Select(e => (e.EventId.Value, e.Type, PrivateTrafficJson.Serialize(e)))];
        }

        throw new ArgumentException($"'{key}' is not a stream this service keeps.", nameof(key));
    }
}
