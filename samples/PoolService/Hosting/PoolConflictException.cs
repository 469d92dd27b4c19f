namespace PoolService.Hosting;

/// <summary>A write the host could not make because of the state of its store, not a rule of the pool: a pool opened
/// twice under different definitions, or a command that lost the race for its pool's next position too many times.
/// The endpoints answer 409 with <see cref="Code"/>.</summary>
public sealed class PoolConflictException : Exception
{
    /// <summary>The conflict's stable code (<c>service.pool_exists</c>, <c>service.group_exists</c>, <c>service.campaign_exists</c>, <c>service.concurrency_conflict</c>).</summary>
    public string Code { get; }

    /// <summary>Creates the exception.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="message">What happened.</param>
    public PoolConflictException(string code, string message)
        : base(message) => Code = code;

    /// <summary>A pool with this id exists under another definition.</summary>
    public const string PoolExists = "service.pool_exists";

    /// <summary>A group with this id exists in the pool under another opening.</summary>
    public const string GroupExists = "service.group_exists";

    /// <summary>A campaign with this id exists in the pool under another launch.</summary>
    public const string CampaignExists = "service.campaign_exists";

    /// <summary>The pool's next position was taken by another writer on every attempt.</summary>
    public const string ConcurrencyConflict = "service.concurrency_conflict";
}
