namespace PoolCluster.Grains;

/// <summary>What a command did to its pool, as the pool grain returns it across silos.</summary>
/// <param name="Version">The pool's version after the command (how many events its history holds).</param>
/// <param name="Stored">How many events the command stored (0 for a repeat or a refusal).</param>
/// <param name="IsRepeat">Whether the command's event id was already known, so nothing changed.</param>
/// <param name="RefusedCode">The <c>DomainRuleException</c> code when the pool refused the command; null otherwise.</param>
/// <param name="RefusedMessage">The refusal's message; null otherwise.</param>
[GenerateSerializer, Immutable]
public sealed record PoolCommandOutcome(
    [property: Id(0)] int Version,
    [property: Id(1)] int Stored,
    [property: Id(2)] bool IsRepeat,
    [property: Id(3)] string? RefusedCode = null,
    [property: Id(4)] string? RefusedMessage = null);
