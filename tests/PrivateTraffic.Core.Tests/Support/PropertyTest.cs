using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.FSharp.Core;

namespace PrivateTraffic.Core.Tests.Support;

/// <summary>
/// FsCheck.Xunit's <see cref="PropertyAttribute"/> with the suite's two switches: <c>PT_PROPERTY_RUNS</c> sets the
/// run count of every property for a deep run, and <c>PT_PROPERTY_SEED=seed,gamma</c> replays a failure exactly
/// (FsCheck prints the pair after "Falsifiable, after n tests"). A property's own count (<c>runs</c>) is for
/// expensive properties; a deep run overrides it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class DeepPropertyAttribute : PropertyAttribute
{
    /// <summary>A property tried <paramref name="runs"/> times, or PT_PROPERTY_RUNS times in a deep run.</summary>
    public DeepPropertyAttribute(int runs = PropertyTest.DefaultRuns)
    {
        MaxTest = PropertyTest.DeepRuns ?? runs;
        QuietOnSuccess = true;
        if (PropertyTest.ReplaySeed is { } seed)
        {
            Replay = seed;
        }
    }
}

/// <summary>The run count and replay seed from the environment, and a check for a property inside a larger test.</summary>
public static class PropertyTest
{
    public const string RunsVariable = "PT_PROPERTY_RUNS";
    public const string SeedVariable = "PT_PROPERTY_SEED";
    public const int DefaultRuns = 100;

    /// <summary>How many cases each property tries: PT_PROPERTY_RUNS when set, else 100.</summary>
    public static int Runs => DeepRuns ?? DefaultRuns;

    /// <summary>The run count asked for by PT_PROPERTY_RUNS, if any; it overrides every property's own count.</summary>
    public static int? DeepRuns =>
        int.TryParse(Environment.GetEnvironmentVariable(RunsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var runs) && runs > 0
            ? runs
            : null;

    /// <summary>The seed to replay (PT_PROPERTY_SEED, as FsCheck printed it), if any.</summary>
    public static string? ReplaySeed =>
        Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    /// <summary>Checks a property that is one step of a larger example test (a <c>[DeepProperty]</c> method is the
    /// usual form); the same run count and replay seed apply.</summary>
    public static void ForAll<T>(Arbitrary<T> values, Action<T> property)
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(Runs).WithQuietOnSuccess(true);
        if (ReplaySeed is { } text)
        {
            // "seed,gamma", with or without FsCheck's parentheses.
            var parts = text.Trim('(', ')').Split(',');
            var rnd = new Rnd(ulong.Parse(parts[0], CultureInfo.InvariantCulture), ulong.Parse(parts[1], CultureInfo.InvariantCulture));
            config = config.WithReplay(FSharpOption<Replay>.Some(new Replay(rnd, FSharpOption<int>.None)));
        }

        Check.One(config, Prop.ForAll(values, property));
    }
}
