using System;
using System.Collections.Generic;
using System.Linq;
using PrivateTraffic.Core.Primitives;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// An SOP (标准作业程序, standard operating procedure): a named, typed series of steps at day offsets and local times,
/// an exit rule that ends it early, and end actions. Data, read from and written to JSON (docs/json-sop.md); started for
/// a member with <see cref="SopRun.Start"/>. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Limits: 1 to <see cref="MaxSteps"/> steps in calendar order (by day, then local time; equal times allowed), day
/// offsets 0 to <see cref="MaxDayOffset"/>, at most <see cref="SopExitRule.MaxConditions"/> exit conditions and
/// <see cref="MaxEndActions"/> end actions, a name of at most 256 characters. Hand-overs are checked against the other
/// SOPs by a <see cref="SopLibrary"/>, not here.
/// </remarks>
[JsonConverter(typeof(SopDefinitionJsonConverter))]
public sealed class SopDefinition : IEquatable<SopDefinition>
{
    /// <summary>The most steps an SOP holds.</summary>
    public const int MaxSteps = 64;

    /// <summary>The latest day offset a step may have (a year and a day after the start).</summary>
    public const int MaxDayOffset = 366;

    /// <summary>The most end actions an SOP holds.</summary>
    public const int MaxEndActions = 8;

    private readonly SopStep[] _steps;
    private readonly SopEndAction[] _endActions;

    private SopDefinition(SopId id, string name, SopType type, SopStep[] steps, SopExitRule exit, SopEndAction[] endActions)
    {
        Id = id;
        Name = name;
        Type = type;
        _steps = steps;
        Exit = exit;
        _endActions = endActions;
    }

    /// <summary>The SOP's id.</summary>
    public SopId Id { get; }

    /// <summary>Its name, for people.</summary>
    public string Name { get; }

    /// <summary>Its type, as the SCRMs name them.</summary>
    public SopType Type { get; }

    /// <summary>The steps, in calendar order.</summary>
    public IReadOnlyList<SopStep> Steps => _steps;

    /// <summary>When it ends early.</summary>
    public SopExitRule Exit { get; }

    /// <summary>What it does when it ends.</summary>
    public IReadOnlyList<SopEndAction> EndActions => _endActions;

    /// <summary>The SOPs this one hands over to, in the order of its end actions.</summary>
    public IEnumerable<SopId> HandOvers => _endActions.Where(a => a.HandOverTo is not null).Select(a => a.HandOverTo!.Value);

    /// <summary>An SOP.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="name">1 to 256 characters, no control characters, no white space at either end.</param>
    /// <param name="type">Its type.</param>
    /// <param name="steps">1 to <see cref="MaxSteps"/> steps in calendar order (day, then local time), none null.</param>
    /// <param name="exit">When it ends early; <see cref="SopExitRule.Never"/> when null.</param>
    /// <param name="endActions">At most <see cref="MaxEndActions"/> end actions, none null; none when null.</param>
    /// <returns>The SOP.</returns>
    /// <exception cref="ArgumentException">The id is unset, the name breaks its rules, no steps or too many, a null item,
    /// steps out of calendar order, or too many end actions.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The type is not defined.</exception>
    public static SopDefinition Create(SopId id, string name, SopType type, IEnumerable<SopStep> steps, SopExitRule? exit = null, IEnumerable<SopEndAction>? endActions = null)
    {
        Guard.Against.Unmet(!id.IsUnset, $"An SOP needs an id.", nameof(id));
        SopText.Name(name, nameof(name));
        SopText.Defined(type, nameof(type));
        Guard.Against.Null(steps);
        var stepArray = steps.Take(MaxSteps + 1).ToArray();
        Guard.Against.Unmet(stepArray.Length is > 0 and <= MaxSteps && Array.TrueForAll(stepArray, s => s is not null), $"An SOP has 1 to {MaxSteps} steps, none null.", nameof(steps));
        for (var i = 1; i < stepArray.Length; i++)
        {
            Guard.Against.Unmet(!stepArray[i].IsBefore(stepArray[i - 1]), $"Step {i} (day {stepArray[i].Day} at {stepArray[i].At}) comes before step {i - 1}; steps are in calendar order.", nameof(steps));
        }

        var actionArray = (endActions ?? []).Take(MaxEndActions + 1).ToArray();
        Guard.Against.Unmet(actionArray.Length <= MaxEndActions && Array.TrueForAll(actionArray, a => a is not null), $"At most {MaxEndActions} end actions, none null.", nameof(endActions));
        return new SopDefinition(id, name, type, stepArray, exit ?? SopExitRule.Never, actionArray);
    }

    /// <summary>
    /// Checks the plan for the five marks of a hit (article 002): which marks each step's content carries, which of
    /// <paramref name="required"/> it misses, and which the plan as a whole misses.
    /// </summary>
    /// <param name="required">The marks the caller wants; <see cref="HitMarkSets.All"/> by default.</param>
    /// <param name="table">The kinds' marks; <see cref="ContentMarks.Assumed"/> when null.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="required"/> holds a bit that is not a mark.</exception>
    public HitMarkReport CheckHitMarks(HitMarks required = HitMarkSets.All, ContentMarks? table = null) => HitMarkReport.Check(this, required, table);

    /// <inheritdoc/>
    public bool Equals(SopDefinition? other) =>
        other is not null && Id == other.Id && Name == other.Name && Type == other.Type && Exit.Equals(other.Exit)
        && _steps.SequenceEqual(other._steps) && _endActions.SequenceEqual(other._endActions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SopDefinition);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, _steps.Length);

    /// <summary>The id and name.</summary>
    /// <returns>Text for people.</returns>
    public override string ToString() => $"{Id} ({Name})";
}
