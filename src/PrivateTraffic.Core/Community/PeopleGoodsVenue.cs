using System.Collections.Generic;

namespace PrivateTraffic.Core.Community;

/// <summary>
/// 人货场 (people, goods, venue) in a community compared with a mall's, as the articles draw it: people come by
/// invitation and through friends rather than as foot traffic; goods are ordered with a tap with no shelf display; the
/// venue is the community's content, atmosphere and activities rather than the floor space.
/// </summary>
public static class PeopleGoodsVenue
{
    /// <summary>The three rows: the aspect, the mall's side and the community's side.</summary>
    public static IReadOnlyList<(string Aspect, string Mall, string Community)> Comparison { get; } =
    [
        ("people 人", "foot traffic that passes the door, bought or rented with the location", "invited members and their friends"),
        ("goods 货", "displayed on shelves, chosen in the aisle", "ordered with a tap, no display"),
        ("venue 场", "the floor space and its fit-out", "the community's content, atmosphere and activities"),
    ];
}
