using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PoolCluster.Fit;

/// <summary>What a partition tells the coordinator about itself when loaded: how many customers and the sum of their ages (no customer's data).</summary>
/// <param name="Customers">Its customers.</param>
/// <param name="AgeSum">Σ T over them, in weeks.</param>
[GenerateSerializer, Immutable]
public sealed record PartitionSummary([property: Id(0)] int Customers, [property: Id(1)] double AgeSum);

/// <summary>A partition's aggregate scores: sums over its customers, never a customer's own figures.</summary>
/// <param name="Customers">How many customers were scored.</param>
/// <param name="ProbabilityAlive">Σ P(alive).</param>
/// <param name="ExpectedPurchases">Σ expected purchases over the horizon.</param>
[GenerateSerializer, Immutable]
public sealed record PartitionScore([property: Id(0)] long Customers, [property: Id(1)] double ProbabilityAlive, [property: Id(2)] double ExpectedPurchases)
{
    /// <summary>The scores of two partitions together.</summary>
    /// <param name="other">The other partition's.</param>
    /// <returns>The sums.</returns>
    public PartitionScore Merge(PartitionScore other) =>
        new(Customers + other.Customers, ProbabilityAlive + other.ProbabilityAlive, ExpectedPurchases + other.ExpectedPurchases);
}

/// <summary>BG/NBD parameters on the wire.</summary>
[GenerateSerializer]
public struct BgNbdParametersSurrogate
{
    /// <summary>r.</summary>
    [Id(0)] public double R { get; set; }

    /// <summary>α.</summary>
    [Id(1)] public double Alpha { get; set; }

    /// <summary>a.</summary>
    [Id(2)] public double A { get; set; }

    /// <summary>b.</summary>
    [Id(3)] public double B { get; set; }

    /// <summary>The time unit, by its wire name ("weeks"; the library's struct has no Orleans codec).</summary>
    [Id(4)] public string Unit { get; set; }
}

/// <summary>Converts <see cref="BgNbdParameters"/> to and from its surrogate (through <see cref="BgNbdParameters.Create"/>, so the checks run).</summary>
[RegisterConverter]
public sealed class BgNbdParametersSurrogateConverter : IConverter<BgNbdParameters, BgNbdParametersSurrogate>
{
    /// <inheritdoc/>
    public BgNbdParameters ConvertFromSurrogate(in BgNbdParametersSurrogate surrogate) =>
        BgNbdParameters.Create(surrogate.R, surrogate.Alpha, surrogate.A, surrogate.B, TimeUnit.Parse(surrogate.Unit));

    /// <inheritdoc/>
    public BgNbdParametersSurrogate ConvertToSurrogate(in BgNbdParameters value) =>
        new() { R = value.R, Alpha = value.Alpha, A = value.A, B = value.B, Unit = value.Unit.Name };
}

/// <summary>A <see cref="LikelihoodContribution"/> on the wire: its three figures.</summary>
[GenerateSerializer]
public struct LikelihoodContributionSurrogate
{
    /// <summary>Σ ln L.</summary>
    [Id(0)] public double LogLikelihood { get; set; }

    /// <summary>The gradient.</summary>
    [Id(1)] public double[] Gradient { get; set; }

    /// <summary>The customers covered.</summary>
    [Id(2)] public long Customers { get; set; }
}

/// <summary>Converts <see cref="LikelihoodContribution"/> to and from its surrogate (<see cref="LikelihoodContribution.Of"/>).</summary>
[RegisterConverter]
public sealed class LikelihoodContributionSurrogateConverter : IConverter<LikelihoodContribution, LikelihoodContributionSurrogate>
{
    /// <inheritdoc/>
    public LikelihoodContribution ConvertFromSurrogate(in LikelihoodContributionSurrogate surrogate) =>
        LikelihoodContribution.Of(surrogate.LogLikelihood, surrogate.Gradient, surrogate.Customers);

    /// <inheritdoc/>
    public LikelihoodContributionSurrogate ConvertToSurrogate(in LikelihoodContribution value) =>
        new() { LogLikelihood = value.LogLikelihood, Gradient = [.. value.Gradient], Customers = value.CustomerCount };
}
