using System;
using System.Collections.Generic;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <content>Appending views, with the columns' sentinels for missing values (NaN for numbers, -1 for days and enumerations).</content>
public sealed partial class MemberViewColumns
{
    /// <summary>Appends a view as the next row.</summary>
    /// <param name="view">A view at the batch's instant whose money is in the batch's currency.</param>
    /// <exception cref="ArgumentException">The view is null, at another instant, or has money in another currency.</exception>
    public void Add(MemberView view)
    {
        Guard.Against.Null(view);
        Guard.Against.Unmet(view.AsOf == AsOf, $"The view is at {view.AsOf}, the batch at {AsOf}.", nameof(view));
        foreach (var m in (ReadOnlySpan<Money?>)[view.RealizedValue, view.PotentialValue, view.ModelValue])
        {
            Guard.Against.Unmet(m is null || m.Value.Currency == Currency, $"The view's money is in {m?.Currency}, the batch's in {Currency}.", nameof(view));
        }

        var row = Count;
        EnsureCapacity(row + 1);
        Ids[row] = view.Member;
        ZoneIds[row] = Zone(view.TimeZone);
        Enums[0][row] = (sbyte)view.Stage;
        Enums[1][row] = view.Status is { } s ? (sbyte)s : (sbyte)-1;
        Enums[2][row] = view.Tier is { } t ? (sbyte)t : (sbyte)-1;
        Enums[3][row] = view.Segment is { } g ? (sbyte)g : (sbyte)-1;
        Enums[4][row] = view.GroupHealth is { } h ? (sbyte)h : (sbyte)-1;
        Numbers[0][row] = view.PAlive?.Value ?? double.NaN;
        Numbers[1][row] = view.Rfm?.Recency ?? double.NaN;
        Numbers[2][row] = view.Rfm?.Frequency ?? double.NaN;
        Numbers[3][row] = view.Rfm?.Monetary ?? double.NaN;
        Numbers[4][row] = view.PurchaseCount;
        Numbers[5][row] = view.ReferralCount;
        Days[0][row] = view.DaysSinceLastPurchase ?? -1;
        Days[1][row] = view.DaysSinceLastInteraction ?? -1;
        SetAmount(0, row, view.RealizedValue);
        SetAmount(1, row, view.PotentialValue);
        SetAmount(2, row, view.ModelValue);
        Tags.Append(row, Intern(TagSymbols, view.Tags, t => t));
        Groups.Append(row, Intern(GroupSymbols, view.Groups, g => g.Value));
        Roles.Append(row, Intern(RoleSymbols, view.Roles, r => r.Value));
        var consents = new int[view.Consents.Count];
        for (var i = 0; i < consents.Length; i++)
        {
            consents[i] = ConsentId(ChannelSymbols.Intern(view.Consents[i].Channel.Value), view.Consents[i].Purpose);
        }

        Consents.Append(row, consents);
        Count = row + 1;
    }

    /// <summary>Makes room for at least <paramref name="capacity"/> members without growing again.</summary>
    /// <param name="capacity">The number of members.</param>
    public void EnsureCapacity(int capacity)
    {
        if (Ids.Length >= capacity)
        {
            return;
        }

        var size = Math.Max(capacity, Math.Max(16, Ids.Length * 2));
        Ids = Resized(Ids, size);
        ZoneIds = Resized(ZoneIds, size);
        Resize(Enums, size);
        Resize(Numbers, size);
        Resize(Days, size);
        Resize(Amounts, size);
        Resize(AmountPresent, size);
    }

    /// <summary>The interned id of a consent: its channel's id × 4 + its purpose.</summary>
    internal static int ConsentId(int channel, Pools.ConsentPurpose purpose) => (channel * 4) + (int)purpose;

    private static int[] Intern<T>(MemberViewSymbols symbols, IReadOnlyList<T> items, Func<T, string> text)
    {
        var ids = new int[items.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = symbols.Intern(text(items[i]));
        }

        return ids;
    }

    private static T[] Resized<T>(T[] array, int size)
    {
        Array.Resize(ref array, size);
        return array;
    }

    private static void Resize<T>(T[][] columns, int size)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = Resized(columns[i], size);
        }
    }

    private void SetAmount(int slot, int row, Money? money)
    {
        Amounts[slot][row] = money?.Amount ?? 0m;
        AmountPresent[slot][row] = money is not null;
    }

    private int Zone(NodaTime.DateTimeZone zone)
    {
        if (!_zoneIds.TryGetValue(zone.Id, out var id))
        {
            id = _zones.Count;
            _zoneIds.Add(zone.Id, id);
            _zones.Add(zone);
        }

        return id;
    }
}
