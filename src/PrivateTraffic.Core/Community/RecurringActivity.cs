namespace PrivateTraffic.Core.Community;

/// <summary>A named activity of a kind on a recurrence, e.g. "Tuesday night lecture", an online lecture weekly on
/// Tuesday at 20:00 Asia/Shanghai. Immutable.</summary>
public sealed record RecurringActivity
{
    private RecurringActivity(string name, ActivityKind kind, Recurrence recurrence)
    {
        Name = name;
        Kind = kind;
        Recurrence = recurrence;
    }

    /// <summary>The activity's name.</summary>
    public string Name { get; }

    /// <summary>Its kind.</summary>
    public ActivityKind Kind { get; }

    /// <summary>When it happens.</summary>
    public Recurrence Recurrence { get; }

    /// <summary>An activity.</summary>
    /// <exception cref="System.ArgumentException">A blank name, an undefined kind or a null recurrence.</exception>
    public static RecurringActivity Create(string name, ActivityKind kind, Recurrence recurrence) =>
        new(CommunityText.Require(name, nameof(name)), CommunityText.Defined(kind, nameof(kind)), Guard.Against.Null(recurrence));
}
