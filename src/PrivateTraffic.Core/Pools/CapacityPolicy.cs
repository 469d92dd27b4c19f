using System;
using System.Collections.Generic;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>
/// How many members a pool may hold, per kind of private channel (容量上限). The platforms set these ceilings and
/// change them from time to time, so every figure can be overridden; docs/concepts/pools.md lists the defaults
/// with their sources.
/// </summary>
/// <remarks>
/// Defaults (recorded 2026-11 from the platforms' help pages as commonly quoted; check them against your own
/// account, they change):
/// <list type="bullet">
/// <item>WeCom customer group (企业微信客户群): 500 when a WeCom member created it, 200 when a WeChat user did.</item>
/// <item>WeChat group (微信群): 500.</item>
/// <item>Joining a group by its QR code stops working past 200 members (<see cref="QrCodeJoinLimit"/>); past that,
/// only an invitation from inside works.</item>
/// <item>Personal WeChat account (个人微信号): 10,000 friends. Sources disagree (5,000 was the ceiling for years;
/// later reports give 10,000), so set your own with <see cref="WithLimit"/>.</item>
/// <item>WeCom customer contacts (企业微信客户联系): 20,000 customers per WeCom member, as commonly quoted.</item>
/// <item>Official account, mini program, own app, SMS, address book: no ceiling (null).</item>
/// </list>
/// The policy is immutable; the <c>With…</c> methods return a changed copy.
/// </remarks>
public sealed class CapacityPolicy
{
    private readonly Dictionary<ChannelKind, int?> _limits;

    private CapacityPolicy(Dictionary<ChannelKind, int?> limits, int? weComGroupByWeChatUser, int? qrCodeJoinLimit)
    {
        _limits = limits;
        WeComGroupCreatedByWeChatUserLimit = weComGroupByWeChatUser;
        QrCodeJoinLimit = qrCodeJoinLimit;
    }

    /// <summary>The defaults listed in the remarks.</summary>
    public static CapacityPolicy Default { get; } = new(
        new Dictionary<ChannelKind, int?>
        {
            [ChannelKind.PersonalWeChat] = 10_000,
            [ChannelKind.WeComContact] = 20_000,
            [ChannelKind.WeComGroup] = 500,
            [ChannelKind.WeChatGroup] = 500,
            [ChannelKind.OfficialAccount] = null,
            [ChannelKind.MiniProgram] = null,
            [ChannelKind.OwnApp] = null,
            [ChannelKind.Sms] = null,
            [ChannelKind.AddressBook] = null,
        },
        200,
        200);

    /// <summary>The ceiling of a WeCom customer group that a WeChat user created (200 by default), or null for none.</summary>
    public int? WeComGroupCreatedByWeChatUserLimit { get; }

    /// <summary>The group size past which joining by group QR code stops (200 by default), or null for none.
    /// It applies to WeCom customer groups and WeChat groups.</summary>
    public int? QrCodeJoinLimit { get; }

    /// <summary>The ceiling for a pool on a channel kind.</summary>
    /// <param name="kind">The kind of private channel.</param>
    /// <param name="createdBy">Who created the group; only a <see cref="ChannelKind.WeComGroup"/> looks at it.</param>
    /// <returns>The most present members, or null for no ceiling.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An undefined kind or creator.</exception>
    /// <exception cref="ArgumentException">A public kind: a pool lives only on a private channel.</exception>
    public int? LimitFor(ChannelKind kind, GroupCreator createdBy = GroupCreator.WeComMember)
    {
        ChannelKinds.RequirePrivate(kind);
        Defined(createdBy);
        return kind == ChannelKind.WeComGroup && createdBy == GroupCreator.WeChatUser
            ? WeComGroupCreatedByWeChatUserLimit
            : _limits[kind];
    }

    /// <summary>The QR-code joining limit for a kind: <see cref="QrCodeJoinLimit"/> for groups, null otherwise.</summary>
    /// <param name="kind">The kind of private channel.</param>
    /// <returns>The size past which QR joining stops, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An undefined kind.</exception>
    /// <exception cref="ArgumentException">A public kind.</exception>
    public int? QrCodeJoinLimitFor(ChannelKind kind) =>
        ChannelKinds.RequirePrivate(kind) is ChannelKind.WeComGroup or ChannelKind.WeChatGroup ? QrCodeJoinLimit : null;

    /// <summary>A copy with another ceiling for one kind (for a WeCom group: the one created by a WeCom member).</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="limit">The ceiling, positive, or null for none.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An undefined kind or a limit of zero or less.</exception>
    /// <exception cref="ArgumentException">A public kind.</exception>
    public CapacityPolicy WithLimit(ChannelKind kind, int? limit)
    {
        ChannelKinds.RequirePrivate(kind);
        PositiveOrNull(limit);
        return new CapacityPolicy(new Dictionary<ChannelKind, int?>(_limits) { [kind] = limit }, WeComGroupCreatedByWeChatUserLimit, QrCodeJoinLimit);
    }

    /// <summary>A copy with another ceiling for WeCom customer groups created by a WeChat user.</summary>
    /// <param name="limit">The ceiling, positive, or null for none.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A limit of zero or less.</exception>
    public CapacityPolicy WithWeComGroupCreatedByWeChatUserLimit(int? limit) =>
        new(_limits, PositiveOrNull(limit), QrCodeJoinLimit);

    /// <summary>A copy with another QR-code joining limit.</summary>
    /// <param name="limit">The size, positive, or null for none.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A limit of zero or less.</exception>
    public CapacityPolicy WithQrCodeJoinLimit(int? limit) =>
        new(_limits, WeComGroupCreatedByWeChatUserLimit, PositiveOrNull(limit));

    private static int? PositiveOrNull(int? limit) => limit is { } value ? Guard.Against.ZeroOrBelow(value, nameof(limit)) : null;

    private static T Defined<T>(T value)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(T).Name}.");
        }

        return value;
    }
}
