namespace PoolService.Hosting;

/// <summary>A stream beside a pool (a community group, a fission campaign) that is not open: the endpoints answer 404 with <see cref="Code"/>.
/// A <see cref="KeyNotFoundException"/>, like an unknown pool.</summary>
public sealed class StreamNotFoundException : KeyNotFoundException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="message">What is missing.</param>
    public StreamNotFoundException(string code, string message)
        : base(message) => Code = code;

    /// <summary>The stable code (<c>service.group_not_found</c>, <c>service.campaign_not_found</c>).</summary>
    public string Code { get; }

    /// <summary>The pool has no such group.</summary>
    public const string GroupNotFound = "service.group_not_found";

    /// <summary>The pool has no such campaign.</summary>
    public const string CampaignNotFound = "service.campaign_not_found";
}
