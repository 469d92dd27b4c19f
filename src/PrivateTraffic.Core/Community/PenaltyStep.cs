using PrivateTraffic.Core.Primitives;
using NodaTime;

namespace PrivateTraffic.Core.Community;

/// <summary>
/// One rung of a <see cref="PenaltyLadder"/>: the penalty given when a member has broken the rules at least
/// <see cref="Violations"/> times within the last <see cref="Window"/> (the current violation included). Immutable.
/// </summary>
public sealed record PenaltyStep
{
    private PenaltyStep(Penalty penalty, int violations, Duration window, Duration? muteFor)
    {
        Penalty = penalty;
        Violations = violations;
        Window = window;
        MuteFor = muteFor;
    }

    /// <summary>The penalty: warn, mute or remove.</summary>
    public Penalty Penalty { get; }

    /// <summary>How many violations within the window reach this rung; 1 or more.</summary>
    public int Violations { get; }

    /// <summary>How far back violations count; positive.</summary>
    public Duration Window { get; }

    /// <summary>How long a mute lasts (positive) for <see cref="Penalty.Mute"/>; null for the other penalties.</summary>
    public Duration? MuteFor { get; }

    /// <summary>A warning after <paramref name="violations"/> violations within <paramref name="window"/>.</summary>
    /// <exception cref="System.ArgumentException">A count below 1 or a window that is not positive.</exception>
    public static PenaltyStep Warn(int violations, Duration window) => new(Penalty.Warn, Count(violations), Positive(window, nameof(window)), null);

    /// <summary>A mute for <paramref name="muteFor"/> after <paramref name="violations"/> violations within <paramref name="window"/>.</summary>
    /// <exception cref="System.ArgumentException">A count below 1, or a window or mute that is not positive.</exception>
    public static PenaltyStep Mute(int violations, Duration window, Duration muteFor) =>
        new(Penalty.Mute, Count(violations), Positive(window, nameof(window)), Positive(muteFor, nameof(muteFor)));

    /// <summary>Removal after <paramref name="violations"/> violations within <paramref name="window"/>.</summary>
    /// <exception cref="System.ArgumentException">A count below 1 or a window that is not positive.</exception>
    public static PenaltyStep Remove(int violations, Duration window) => new(Penalty.Remove, Count(violations), Positive(window, nameof(window)), null);

    internal static PenaltyStep Create(Penalty penalty, int violations, Duration window, Duration? muteFor)
    {
        Guard.Against.Unmet(penalty == Penalty.Mute ? muteFor is not null : muteFor is null, $"Only a mute has a duration, and a mute must have one ({penalty}).", nameof(muteFor));
        return penalty switch
        {
            Penalty.Warn => Warn(violations, window),
            Penalty.Mute => Mute(violations, window, muteFor!.Value),
            Penalty.Remove => Remove(violations, window),
            _ => throw new System.ArgumentOutOfRangeException(nameof(penalty), penalty, "A rung is a warning, a mute or a removal."),
        };
    }

    private static int Count(int violations) => Guard.Against.ZeroOrBelow(violations, nameof(violations));

    private static Duration Positive(Duration d, string paramName)
    {
        Guard.Against.Unmet(d > Duration.Zero, $"'{paramName}' must be positive, was {d}.", paramName);
        return d;
    }
}
