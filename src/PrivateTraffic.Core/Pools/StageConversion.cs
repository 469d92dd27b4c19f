namespace PrivateTraffic.Core.Pools;

/// <summary>One step of the pool's own funnel (转化): of the members who reached <paramref name="From"/>, how many went
/// on to reach <paramref name="To"/>.</summary>
/// <param name="From">The earlier buying stage.</param>
/// <param name="To">The next buying stage.</param>
/// <param name="Reached">Members who reached <paramref name="From"/> or a later buying stage.</param>
/// <param name="Converted">Of those, members who reached <paramref name="To"/> or a later buying stage.</param>
public readonly record struct StageConversion(LifecycleStage From, LifecycleStage To, int Reached, int Converted)
{
    /// <summary><see cref="Converted"/> / <see cref="Reached"/>, or 0 when nobody reached <see cref="From"/>.</summary>
    public double Rate => Reached == 0 ? 0.0 : (double)Converted / Reached;
}
