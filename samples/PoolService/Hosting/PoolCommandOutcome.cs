namespace PoolService.Hosting;

/// <summary>What a command did to its pool's stream, or to the stream beside the pool it was for (a community group's,
/// a fission campaign's).</summary>
/// <param name="Version">The stream's version after the command (how many events it holds).</param>
/// <param name="Stored">How many events the command stored (0 for a repeat).</param>
/// <param name="IsRepeat">Whether the command's event id was already known, so nothing changed.</param>
public sealed record PoolCommandOutcome(int Version, int Stored, bool IsRepeat);
