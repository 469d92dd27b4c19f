namespace PrivateTraffic.Core.Primitives;

/// <summary>
/// What every strongly typed identifier offers, so one JSON converter and one set of rules serve them all.
/// Internal: callers see the concrete id types only.
/// </summary>
/// <typeparam name="TSelf">The identifier type itself.</typeparam>
internal interface IIdentifier<TSelf>
    where TSelf : struct, IIdentifier<TSelf>
{
    /// <summary>The identifier's text.</summary>
    string Value { get; }

    /// <summary>Creates the identifier from validated text.</summary>
    static abstract TSelf From(string value);

    /// <summary>Creates the identifier if the text is valid.</summary>
    static abstract bool TryFrom(string? value, out TSelf id);
}
