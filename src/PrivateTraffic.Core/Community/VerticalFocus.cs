namespace PrivateTraffic.Core.Community;

/// <summary>
/// The vertical focus (垂直定位) of a community: the topic it is about and the persona it is for. "The more vertical,
/// the stronger the belonging" (article 002). Immutable; equal when both texts are equal (ordinal).
/// </summary>
public sealed record VerticalFocus
{
    private VerticalFocus(string topic, string persona)
    {
        Topic = topic;
        Persona = persona;
    }

    /// <summary>The topic, e.g. "fresh seafood for the neighbourhood" or "reading one book a week".</summary>
    public string Topic { get; }

    /// <summary>The target persona, e.g. "families within 3 km of the store".</summary>
    public string Persona { get; }

    /// <summary>A focus on a topic for a persona.</summary>
    /// <exception cref="System.ArgumentException">A text is blank or longer than <see cref="CommunityText.MaxLength"/>.</exception>
    public static VerticalFocus Create(string topic, string persona) =>
        new(CommunityText.Require(topic, nameof(topic)), CommunityText.Require(persona, nameof(persona)));
}
