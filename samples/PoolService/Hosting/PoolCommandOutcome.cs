namespace PoolService.Hosting;

/// <summary>What a command did to its pool's stream.</summary>
/// <param name="Version">The pool's version after the command (how many events its stream holds).</param>
/// <param name="Stored">How many events the command stored (0 for a repeat).</param>
/// <param name="IsRepeat">Whether the command's event id was already known, so nothing changed.</param>
public sealed record PoolCommandOutcome(int Version, int Stored, bool IsRepeat);
