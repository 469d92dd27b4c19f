using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// When an SOP ends early (提前结束): its conditions and whether any or all of them must be met, following LinkWeChat's
/// "end when any / all conditions are met". No conditions: the SOP always runs to its last step. Immutable.
/// </summary>
public sealed class SopExitRule : IEquatable<SopExitRule>
{
    /// <summary>The most conditions a rule holds.</summary>
    public const int MaxConditions = 16;

    private readonly SopExitCondition[] _conditions;

    private SopExitRule(SopExitMode mode, SopExitCondition[] conditions)
    {
        Mode = mode;
        _conditions = conditions;
    }

    /// <summary>The rule without conditions: never ends early.</summary>
    public static SopExitRule Never { get; } = new(SopExitMode.Any, []);

    /// <summary>Any or all.</summary>
    public SopExitMode Mode { get; }

    /// <summary>The conditions; none repeated.</summary>
    public IReadOnlyList<SopExitCondition> Conditions => _conditions;

    /// <summary>A rule.</summary>
    /// <param name="mode">Any or all.</param>
    /// <param name="conditions">At most <see cref="MaxConditions"/> conditions, none null, none repeated.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The mode is not defined.</exception>
    /// <exception cref="ArgumentException">A null or repeated condition, or too many.</exception>
    public static SopExitRule Create(SopExitMode mode, IEnumerable<SopExitCondition> conditions)
    {
        SopText.Defined(mode, nameof(mode));
        Guard.Against.Null(conditions);
        var array = conditions.Take(MaxConditions + 1).ToArray();
        Guard.Against.Unmet(array.Length <= MaxConditions && Array.TrueForAll(array, c => c is not null), $"At most {MaxConditions} exit conditions, none null.", nameof(conditions));
        Guard.Against.Unmet(array.Distinct().Count() == array.Length, $"An exit condition is given twice.", nameof(conditions));
        return new SopExitRule(mode, array);
    }

    /// <summary>A rule that ends the SOP when any of the conditions is met.</summary>
    /// <param name="conditions">The conditions.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">A null or repeated condition, or too many.</exception>
    public static SopExitRule WhenAny(params SopExitCondition[] conditions) => Create(SopExitMode.Any, conditions);

    /// <summary>A rule that ends the SOP when all of the conditions are met.</summary>
    /// <param name="conditions">The conditions.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">A null or repeated condition, or too many.</exception>
    public static SopExitRule WhenAll(params SopExitCondition[] conditions) => Create(SopExitMode.All, conditions);

    /// <summary>
    /// The instant the SOP ends early, from facts in [<paramref name="from"/>, <paramref name="until"/>], or null. Any: the
    /// first instant a condition is met. All: the instant the last condition is first met, when every one is.
    /// </summary>
    /// <param name="facts">What the member did.</param>
    /// <param name="from">The SOP's start; earlier facts do not count.</param>
    /// <param name="until">The instant of evaluation; later facts have not happened yet.</param>
    /// <returns>The exit instant, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public Instant? ExitAt(SopMemberFacts facts, Instant from, Instant until)
    {
        Guard.Against.Null(facts);
        Instant? exit = null;
        foreach (var condition in _conditions)
        {
            var met = facts.FirstMeeting(condition, from, until);
            if (Mode == SopExitMode.All && met is null)
            {
                return null;
            }

            if (met is { } at && (exit is null || (Mode == SopExitMode.Any ? at < exit : at > exit)))
            {
                exit = at;
            }
        }

        return exit;
    }

    /// <summary>The conditions met by facts in [<paramref name="from"/>, <paramref name="until"/>].</summary>
    internal IReadOnlyList<SopExitCondition> MetBy(SopMemberFacts facts, Instant from, Instant until) =>
        _conditions.Where(c => facts.FirstMeeting(c, from, until) is not null).ToArray();

    /// <inheritdoc/>
    public bool Equals(SopExitRule? other) => other is not null && Mode == other.Mode && _conditions.SequenceEqual(other._conditions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SopExitRule);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Mode, _conditions.Length);
}
