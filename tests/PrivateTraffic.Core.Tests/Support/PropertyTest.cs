using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace PrivateTraffic.Core.Tests.Support;

/// <summary>
/// Runs an FsCheck property from an xunit [Fact]. The run count is 100, or PT_PROPERTY_RUNS for a deep run.
/// Every run uses a seed chosen here and printed on failure; PT_PROPERTY_SEED=seed,gamma replays it exactly.
/// (FsCheck.Xunit's [Property] attribute is not served by this machine's registry, hence this helper.)
/// </summary>
public static class PropertyTest
{
    public const string RunsVariable = "PT_PROPERTY_RUNS";
    public const string SeedVariable = "PT_PROPERTY_SEED";

    /// <summary>How many cases each property tries: PT_PROPERTY_RUNS when set, else 100.</summary>
    public static int Runs => DeepRuns ?? 100;

    /// <summary>The run count asked for by PT_PROPERTY_RUNS, if any; it overrides every property's own count.</summary>
    public static int? DeepRuns =>
        int.TryParse(Environment.GetEnvironmentVariable(RunsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var runs) && runs > 0
            ? runs
            : null;

    /// <summary>Checks that <paramref name="property"/> holds for every generated value.</summary>
    public static void ForAll<T>(Arbitrary<T> values, Func<T, bool> property) =>
        Run(Prop.ForAll(values, property));

    /// <summary>Checks that <paramref name="property"/> (which asserts with xunit) never throws.</summary>
    public static void ForAll<T>(Arbitrary<T> values, Action<T> property) =>
        Run(Prop.ForAll(values, property));

    /// <summary>As <see cref="ForAll{T}(Arbitrary{T}, Action{T})"/> with a run count of its own, for expensive properties.</summary>
    public static void ForAll<T>(Arbitrary<T> values, Action<T> property, int runs) =>
        Run(Prop.ForAll(values, property), runs);

    private static void Run(Property property, int? runs = null)
    {
        var (seed, gamma) = ReplaySeed() ?? NewSeed();
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(DeepRuns ?? runs ?? Runs)
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed, gamma), FSharpOption<int>.None)));
        try
        {
            Check.One(config, property);
        }
        catch (Exception ex)
        {
            throw new PropertyFailedException(
                $"Property failed. Replay it with {SeedVariable}={seed},{gamma}{Environment.NewLine}{ex.Message}", ex);
        }
    }

    private static (ulong Seed, ulong Gamma)? ReplaySeed()
    {
        var text = Environment.GetEnvironmentVariable(SeedVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Split(',');
        return (ulong.Parse(parts[0], CultureInfo.InvariantCulture), ulong.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    private static (ulong Seed, ulong Gamma) NewSeed()
    {
        // The gamma of FsCheck's splittable generator must be odd.
        var seed = (ulong)Random.Shared.NextInt64(long.MaxValue);
        var gamma = ((ulong)Random.Shared.NextInt64(long.MaxValue) << 1) | 1UL;
        return (seed, gamma);
    }
}

public sealed class PropertyFailedException(string message, Exception inner) : Exception(message, inner);
