namespace PrivateTraffic.Core.Community;

/// <summary>
/// The centre of a community (中心化的标的物): a person, a brand or an object that gives members belonging. Immutable;
/// equal when kind and name are equal (ordinal).
/// </summary>
public sealed record CommunityCentre
{
    private CommunityCentre(CentreKind kind, string name)
    {
        Kind = kind;
        Name = name;
    }

    /// <summary>Whether the centre is a person, a brand or an object.</summary>
    public CentreKind Kind { get; }

    /// <summary>The centre's name, 1 to <see cref="CommunityText.MaxLength"/> characters, not blank.</summary>
    public string Name { get; }

    /// <summary>A centre of the given kind and name.</summary>
    /// <exception cref="System.ArgumentException">The kind is not defined, or the name is blank or too long.</exception>
    public static CommunityCentre Create(CentreKind kind, string name) =>
        new(CommunityText.Defined(kind, nameof(kind)), CommunityText.Require(name, nameof(name)));
}
