using System;
using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// Many <see cref="MemberView"/>s at one instant, stored column by column (struct-of-arrays) for batch evaluation of
/// millions of members: each scalar field is an array, missing values are sentinels (NaN, -1), and tags, groups, roles
/// and consents are interned to small integer ids held in one flat array per set with an offset per member. An
/// <see cref="EngagementRuleSet"/> evaluates a batch without allocating anything per member.
/// </summary>
/// <remarks>Every view of a batch has the batch's instant, and its money is in the batch's currency. Appending is not
/// thread-safe; once filled, concurrent readers are safe.</remarks>
public sealed partial class MemberViewColumns
{
    internal const int EnumSlots = 5;
    internal const int NumberSlots = 6;
    internal const int DaysSlots = 2;
    internal const int MoneySlots = 3;

    private readonly List<DateTimeZone> _zones = [];
    private readonly Dictionary<string, int> _zoneIds = new(StringComparer.Ordinal);

    private MemberViewColumns(Instant asOf, Currency currency, int capacity)
    {
        AsOf = asOf;
        Currency = currency;
        Ids = new MemberId[capacity];
        ZoneIds = new int[capacity];
        Enums = New<sbyte>(EnumSlots, capacity);
        Numbers = New<double>(NumberSlots, capacity);
        Days = New<int>(DaysSlots, capacity);
        Amounts = New<decimal>(MoneySlots, capacity);
        AmountPresent = New<bool>(MoneySlots, capacity);
        Tags = new SetColumn(capacity);
        Groups = new SetColumn(capacity);
        Roles = new SetColumn(capacity);
        Consents = new SetColumn(capacity);
    }

    /// <summary>The instant of every view in the batch.</summary>
    public Instant AsOf { get; }

    /// <summary>The currency of every money field in the batch.</summary>
    public Currency Currency { get; }

    /// <summary>How many members the batch holds.</summary>
    public int Count { get; private set; }

    internal MemberId[] Ids { get; private set; }

    internal int[] ZoneIds { get; private set; }

    internal sbyte[][] Enums { get; }

    internal double[][] Numbers { get; }

    internal int[][] Days { get; }

    internal decimal[][] Amounts { get; }

    /// <summary>Whether each money amount is present (a missing amount has no sentinel: every decimal is a legal amount).</summary>
    internal bool[][] AmountPresent { get; }

    internal SetColumn Tags { get; }

    internal SetColumn Groups { get; }

    internal SetColumn Roles { get; }

    /// <summary>Consents in effect: channel id × 4 + purpose.</summary>
    internal SetColumn Consents { get; }

    internal MemberViewSymbols TagSymbols { get; } = new();

    internal MemberViewSymbols GroupSymbols { get; } = new();

    internal MemberViewSymbols RoleSymbols { get; } = new();

    internal MemberViewSymbols ChannelSymbols { get; } = new();

    /// <summary>Creates an empty batch.</summary>
    /// <param name="asOf">The instant of every view.</param>
    /// <param name="currency">The currency of every money field.</param>
    /// <param name="capacity">How many members to make room for; it grows as needed.</param>
    /// <returns>The batch.</returns>
    /// <exception cref="ArgumentException">The capacity is negative.</exception>
    public static MemberViewColumns Create(Instant asOf, Currency currency, int capacity = 0)
    {
        Guard.Against.BelowZero(capacity);
        return new MemberViewColumns(asOf, currency, capacity);
    }

    /// <summary>Creates a batch of views.</summary>
    /// <param name="asOf">The instant of every view.</param>
    /// <param name="currency">The currency of every money field.</param>
    /// <param name="views">The views, each at <paramref name="asOf"/>.</param>
    /// <returns>The batch, in the order given.</returns>
    /// <exception cref="ArgumentException">A view is null, at another instant, or has money in another currency.</exception>
    public static MemberViewColumns From(Instant asOf, Currency currency, IReadOnlyCollection<MemberView> views)
    {
        Guard.Against.Null(views);
        var columns = Create(asOf, currency, views.Count);
        foreach (var view in views)
        {
            columns.Add(view);
        }

        return columns;
    }

    /// <summary>The member of a row.</summary>
    /// <param name="row">0 to <see cref="Count"/> − 1.</param>
    /// <returns>The member.</returns>
    public MemberId MemberAt(int row) => Ids[Guard.Against.OutOfRange(row, nameof(row), 0, Count - 1)];

    /// <summary>The time zone of a row's member.</summary>
    /// <param name="row">0 to <see cref="Count"/> − 1.</param>
    /// <returns>The zone.</returns>
    public DateTimeZone TimeZoneAt(int row) => _zones[ZoneIds[Guard.Against.OutOfRange(row, nameof(row), 0, Count - 1)]];

    private static T[][] New<T>(int slots, int capacity)
    {
        var arrays = new T[slots][];
        for (var i = 0; i < slots; i++)
        {
            arrays[i] = new T[capacity];
        }

        return arrays;
    }
}
