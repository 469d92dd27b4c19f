namespace PoolService.Hosting;

/// <summary>What a command on a stream beside a pool decided (a community group's, a campaign's): the events to store
/// after <see cref="BaseVersion"/>, each as its id, type and JSON, or a repeat. Nothing has changed until
/// <see cref="Apply"/>.</summary>
/// <typeparam name="T">The stream's loaded state.</typeparam>
public abstract class StreamChange<T>
    where T : class
{
    /// <summary>Creates the change.</summary>
    /// <param name="rows">The events to store, in order.</param>
    /// <param name="baseVersion">The stream's version they follow.</param>
    /// <param name="isRepeat">Whether the command was a repeat.</param>
    protected StreamChange(IReadOnlyList<(string Id, string Type, string Json)> rows, int baseVersion, bool isRepeat)
    {
        Rows = rows;
        BaseVersion = baseVersion;
        IsRepeat = isRepeat;
    }

    /// <summary>The events to store, in order (none for a repeat).</summary>
    public IReadOnlyList<(string Id, string Type, string Json)> Rows { get; }

    /// <summary>The stream's version the events follow (0 for the stream's first).</summary>
    public int BaseVersion { get; }

    /// <summary>Whether the command's event id is already in the stream, so nothing changes.</summary>
    public bool IsRepeat { get; }

    /// <summary>The stream's version after the change.</summary>
    public int Version => BaseVersion + Rows.Count;

    /// <summary>Applies the change, once its events are stored.</summary>
    /// <param name="current">The state the change was decided on (null for the stream's first event).</param>
    /// <returns>The state after.</returns>
    public abstract T Apply(T? current);
}
