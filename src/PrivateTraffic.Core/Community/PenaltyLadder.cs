using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>
/// The penalty ladder of a group's rules: warn → mute → remove, each rung reached by a count of violations within a
/// window. The articles ask for explicit group rules (群规要明确) but give no counts; every count and window is the
/// caller's. Immutable and thread-safe.
/// </summary>
public sealed class PenaltyLadder : IEquatable<PenaltyLadder>
{
    private readonly PenaltyStep[] _steps;

    private PenaltyLadder(PenaltyStep[] steps) => _steps = steps;

    /// <summary>The rungs, lowest first: penalties strictly rising.</summary>
    public IReadOnlyList<PenaltyStep> Steps => _steps;

    /// <summary>A ladder of one to three rungs with strictly rising penalties and non-decreasing counts.</summary>
    /// <exception cref="ArgumentException">No rungs, a null rung, penalties not strictly rising, or counts falling.</exception>
    public static PenaltyLadder Create(IEnumerable<PenaltyStep> steps)
    {
        Guard.Against.Null(steps);
        var array = steps.ToArray();
        Guard.Against.Unmet(array.Length > 0, $"A penalty ladder needs at least one rung.", nameof(steps));
        Guard.Against.Unmet(Array.TrueForAll(array, s => s is not null), $"A rung is null.", nameof(steps));
        for (var i = 1; i < array.Length; i++)
        {
            Guard.Against.Unmet(array[i].Penalty > array[i - 1].Penalty, $"Rung {i} ({array[i].Penalty}) does not rise above rung {i - 1} ({array[i - 1].Penalty}).", nameof(steps));
            Guard.Against.Unmet(array[i].Violations >= array[i - 1].Violations, $"Rung {i} needs fewer violations ({array[i].Violations}) than rung {i - 1} ({array[i - 1].Violations}).", nameof(steps));
        }

        return new PenaltyLadder(array);
    }

    /// <summary>
    /// The highest rung a member reaches at <paramref name="at"/>, given the instants of their violations (the current
    /// one included, in any order); null when no rung is reached. A violation counts for a rung when it lies in
    /// (<paramref name="at"/> − window, <paramref name="at"/>]. Allocates nothing.
    /// </summary>
    public PenaltyStep? StepFor(ReadOnlySpan<Instant> violations, Instant at)
    {
        for (var i = _steps.Length - 1; i >= 0; i--)
        {
            var step = _steps[i];
            var from = at - step.Window;
            var count = 0;
            foreach (var v in violations)
            {
                if (v > from && v <= at)
                {
                    count++;
                }
            }

            if (count >= step.Violations)
            {
                return step;
            }
        }

        return null;
    }

    /// <summary>The penalty reached, as <see cref="StepFor"/>, or <see cref="Penalty.None"/>.</summary>
    public Penalty PenaltyFor(ReadOnlySpan<Instant> violations, Instant at) => StepFor(violations, at)?.Penalty ?? Penalty.None;

    /// <inheritdoc/>
    public bool Equals(PenaltyLadder? other) => other is not null && _steps.AsSpan().SequenceEqual(other._steps);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PenaltyLadder);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_steps.Length, _steps[0]);
}
