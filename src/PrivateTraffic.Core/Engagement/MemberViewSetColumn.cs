using System;

namespace PrivateTraffic.Core.Engagement;

/// <summary>One set-valued column of a <see cref="MemberViewColumns"/>: every member's ids in one flat array, member
/// <c>i</c>'s from <c>Starts[i]</c> to <c>Starts[i + 1]</c>.</summary>
internal sealed class SetColumn
{
    public SetColumn(int capacity)
    {
        Starts = new int[capacity + 1];
        Items = new int[capacity];
    }

    public int[] Starts { get; private set; }

    public int[] Items { get; private set; }

    public bool Contains(int row, int id)
    {
        var items = Items;
        for (int i = Starts[row], end = Starts[row + 1]; i < end; i++)
        {
            if (items[i] == id)
            {
                return true;
            }
        }

        return false;
    }

    public ReadOnlySpan<int> Of(int row) => Items.AsSpan(Starts[row], Starts[row + 1] - Starts[row]);

    /// <summary>Appends row <paramref name="row"/>'s ids (rows are appended in order).</summary>
    public void Append(int row, ReadOnlySpan<int> ids)
    {
        if (Starts.Length < row + 2)
        {
            Starts = Grow(Starts, row + 2);
        }

        var start = Starts[row];
        if (Items.Length < start + ids.Length)
        {
            Items = Grow(Items, start + ids.Length);
        }

        ids.CopyTo(Items.AsSpan(start));
        Starts[row + 1] = start + ids.Length;
    }

    internal static T[] Grow<T>(T[] array, int needed)
    {
        var size = Math.Max(needed, Math.Max(4, array.Length * 2));
        Array.Resize(ref array, size);
        return array;
    }
}
