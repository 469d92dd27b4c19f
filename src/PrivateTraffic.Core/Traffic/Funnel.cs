using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Traffic;

/// <summary>
/// A conversion funnel (转化漏斗): ordered, named stages, with the probability that a person at one stage moves on
/// to the next. The department store's funnel is visitors → pass the counter (10%) → ask (20%) → buy (20%).
/// </summary>
/// <remarks>
/// A funnel has 1 to <see cref="MaxStages"/> stages and exactly one conversion between each neighbouring pair (so
/// <c>Conversions.Count == Stages.Count − 1</c>). It is immutable: <see cref="Then"/> returns a longer funnel.
/// <see cref="Run"/> puts a volume of people through it.
/// </remarks>
[JsonConverter(typeof(FunnelJsonConverter))]
public sealed class Funnel : IEquatable<Funnel>
{
    /// <summary>The most stages a funnel has. Real funnels have a handful; the JSON contract refuses longer lists
    /// while reading them.</summary>
    public const int MaxStages = 64;

    private readonly string[] _stages;
    private readonly Probability[] _conversions;

    private Funnel(string[] stages, Probability[] conversions)
    {
        _stages = stages;
        _conversions = conversions;
        Stages = Array.AsReadOnly(stages);
        Conversions = Array.AsReadOnly(conversions);
    }

    /// <summary>The stage names, top of the funnel first.</summary>
    public IReadOnlyList<string> Stages { get; }

    /// <summary>The conversions: element <c>i</c> is the probability of moving from stage <c>i</c> to stage <c>i + 1</c>.</summary>
    public IReadOnlyList<Probability> Conversions { get; }

    /// <summary>The probability that a person entering at the top reaches the last stage: the product of the conversions.</summary>
    public Probability Overall
    {
        get
        {
            var overall = Probability.One;
            foreach (var conversion in _conversions)
            {
                overall = overall.And(conversion);
            }

            return overall;
        }
    }

    /// <summary>Starts a funnel with its top stage.</summary>
    /// <param name="stage">The name of the top stage, such as "visitors"; not blank.</param>
    /// <returns>A one-stage funnel.</returns>
    public static Funnel StartWith(string stage) => new([Guard.Against.NullOrWhiteSpace(stage)], []);

    /// <summary>Creates a funnel from its stages and the conversions between them.</summary>
    /// <param name="stages">The stage names, top first; 1 to <see cref="MaxStages"/>, none blank.</param>
    /// <param name="conversions">One conversion per neighbouring pair of stages.</param>
    /// <returns>The funnel.</returns>
    /// <exception cref="ArgumentException">No stages or more than <see cref="MaxStages"/>, a blank name, or a conversion count other than <c>stages − 1</c>.</exception>
    public static Funnel Create(IEnumerable<string> stages, IEnumerable<Probability> conversions)
    {
        Guard.Against.Null(stages);
        Guard.Against.Null(conversions);
        var names = stages.ToArray();
        var steps = conversions.ToArray();
        Guard.Against.Unmet(names.Length > 0, "A funnel needs at least one stage.", nameof(stages));
        Guard.Against.Unmet(names.Length <= MaxStages, $"A funnel has at most {MaxStages} stages, not {names.Length}.", nameof(stages));
        foreach (var name in names)
        {
            Guard.Against.Unmet(!string.IsNullOrWhiteSpace(name), "Stage names must not be blank.", nameof(stages));
        }

        Guard.Against.Unmet(steps.Length == names.Length - 1, $"A funnel of {names.Length} stages needs {names.Length - 1} conversions, not {steps.Length}.", nameof(conversions));
        return new Funnel(names, steps);
    }

    /// <summary>A funnel with one more stage at the bottom.</summary>
    /// <param name="stage">The new stage's name; not blank.</param>
    /// <param name="conversion">The probability that a person at the current last stage reaches the new one.</param>
    /// <returns>The longer funnel; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">A blank name, or the funnel already has <see cref="MaxStages"/> stages.</exception>
    public Funnel Then(string stage, Probability conversion)
    {
        Guard.Against.NullOrWhiteSpace(stage);
        Guard.Against.Unmet(_stages.Length < MaxStages, $"A funnel has at most {MaxStages} stages.", nameof(stage));
        return new Funnel([.. _stages, stage], [.. _conversions, conversion]);
    }

    /// <summary>
    /// Puts <paramref name="volume"/> people in at the top. Expected counts are fractional
    /// (<c>volume × p₁ × … × pᵢ</c>); whole-person counts follow the rule stated on <see cref="FunnelRun"/>.
    /// </summary>
    /// <param name="volume">The people entering at the top (visitors, impressions); not negative.</param>
    /// <returns>The counts at every stage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="volume"/> is negative.</exception>
    public FunnelRun Run(long volume)
    {
        Guard.Against.BelowZero(volume);
        var expected = new double[_stages.Length];
        var people = new long[_stages.Length];
        expected[0] = volume;
        people[0] = volume;
        for (var i = 1; i < _stages.Length; i++)
        {
            expected[i] = expected[i - 1] * _conversions[i - 1].Value;
            people[i] = Math.Min(people[i - 1], FunnelRun.WholePeople(expected[i]));
        }

        return new FunnelRun(this, volume, expected, people);
    }

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] Funnel? other) =>
        other is not null
        && _stages.AsSpan().SequenceEqual(other._stages)
        && _conversions.AsSpan().SequenceEqual(other._conversions);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as Funnel);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_stages.Length, _stages[^1], Overall);

    /// <summary>The stages with their conversions, such as "visitors →10% counter →20% ask".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var parts = new string[_stages.Length];
        parts[0] = _stages[0];
        for (var i = 1; i < _stages.Length; i++)
        {
            parts[i] = $"→{(_conversions[i - 1].Value * 100).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}% {_stages[i]}";
        }

        return string.Join(" ", parts);
    }
}
