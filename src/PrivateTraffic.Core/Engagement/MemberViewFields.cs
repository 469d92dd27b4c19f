using System;
using System.Collections.Generic;
using System.Text.Json;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// The fixed accessor table of <see cref="MemberView"/>: each named field, its JSON name and its kind. A rule can name
/// only these fields; anything else is refused when the rule set is loaded. The table is fixed at compile time: no
/// reflection reads a member by name.
/// </summary>
public static class MemberViewFields
{
    private static readonly MemberViewField[] Fields = Enum.GetValues<MemberViewField>();
    private static readonly string[] Names = Array.ConvertAll(Fields, f => JsonNamingPolicy.CamelCase.ConvertName(f.ToString()));
    private static readonly string[][] EnumNames =
    [
        [], [], [],
        NamesOf<LifecycleStage>(), NamesOf<MemberStatus>(), ["top", "middle", "bottom"], NamesOf<RfmSegment>(), NamesOf<GroupHealth>(),
    ];

    /// <summary>Every field, in declaration order.</summary>
    public static IReadOnlyList<MemberViewField> All => Fields;

    /// <summary>The kind of a field: what literals it may be compared with.</summary>
    /// <param name="field">A defined field.</param>
    /// <returns>The kind.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The field is not defined.</exception>
    public static FieldKind KindOf(MemberViewField field) => Guard.Against.EnumOutOfRange(field) switch
    {
        MemberViewField.Stage => FieldKind.Stage,
        MemberViewField.Status => FieldKind.Status,
        MemberViewField.Tier => FieldKind.Tier,
        MemberViewField.Segment => FieldKind.Segment,
        MemberViewField.GroupHealth => FieldKind.GroupHealth,
        MemberViewField.DaysSinceLastPurchase or MemberViewField.DaysSinceLastInteraction => FieldKind.Days,
        MemberViewField.RealizedValue or MemberViewField.PotentialValue or MemberViewField.ModelValue => FieldKind.Money,
        _ => FieldKind.Number,
    };

    /// <summary>The field's JSON name (camelCase, such as <c>daysSinceLastPurchase</c>).</summary>
    /// <param name="field">A defined field.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The field is not defined.</exception>
    public static string NameOf(MemberViewField field) => Names[(int)Guard.Against.EnumOutOfRange(field)];

    /// <summary>Finds a field by its JSON name (ordinal, case-sensitive).</summary>
    /// <param name="name">The name; may be null.</param>
    /// <param name="field">The field, or <see cref="MemberViewField.Stage"/> when not found.</param>
    /// <returns>Whether the name is a field's.</returns>
    public static bool TryParse(string? name, out MemberViewField field)
    {
        var index = name is null ? -1 : Array.IndexOf(Names, name);
        field = index < 0 ? default : Fields[index];
        return index >= 0;
    }

    /// <summary>Whether a kind is an enumeration (compared only for equality, usable in a set).</summary>
    internal static bool IsEnum(FieldKind kind) => kind >= FieldKind.Stage;

    /// <summary>Where a field's values live in <see cref="MemberViewColumns"/>: the index among the fields of its storage.</summary>
    internal static int Slot(MemberViewField field) => field switch
    {
        MemberViewField.Stage => 0,
        MemberViewField.Status => 1,
        MemberViewField.Tier => 2,
        MemberViewField.Segment => 3,
        MemberViewField.GroupHealth => 4,
        MemberViewField.DaysSinceLastPurchase => 0,
        MemberViewField.DaysSinceLastInteraction => 1,
        MemberViewField.RealizedValue => 0,
        MemberViewField.PotentialValue => 1,
        MemberViewField.ModelValue => 2,
        MemberViewField.PAlive => 0,
        MemberViewField.Recency => 1,
        MemberViewField.Frequency => 2,
        MemberViewField.Monetary => 3,
        MemberViewField.PurchaseCount => 4,
        _ => 5,
    };

    /// <summary>The JSON name of an enumeration code of a kind.</summary>
    internal static string EnumName(FieldKind kind, int code) =>
        IsEnum(kind) && code >= 0 && code < EnumNames[(int)kind].Length ? EnumNames[(int)kind][code] : code.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The names an enumeration kind accepts, for messages.</summary>
    internal static IReadOnlyList<string> EnumNamesOf(FieldKind kind) => EnumNames[(int)kind];

    /// <summary>Finds an enumeration code by its JSON name.</summary>
    internal static bool TryParseEnum(FieldKind kind, string name, out int code)
    {
        code = IsEnum(kind) ? Array.IndexOf(EnumNames[(int)kind], name) : -1;
        return code >= 0;
    }

    private static string[] NamesOf<T>()
        where T : struct, Enum => Array.ConvertAll(Enum.GetValues<T>(), v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));
}
