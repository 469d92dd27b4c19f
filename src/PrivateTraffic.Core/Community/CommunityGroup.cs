using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>
/// A community's group (群), as an aggregate: it lives on a private channel of a pool and its members are pool members.
/// A join needs the admission policy and plays the joining ritual; capacity comes from the pools'
/// <see cref="CapacityPolicy"/> (a WeCom customer group holds 500, and past 200 nobody joins by QR code); the join that
/// fills the group also proposes the next group. Decide, then apply: <c>Decide…</c> changes nothing. Rules are checked
/// in CommunityGroup.Rules.cs, the fold is in CommunityGroup.Fold.cs. Not thread-safe for writes.
/// </summary>
public sealed partial class CommunityGroup
{
    private readonly List<MemberId> _members = [];
    private readonly HashSet<MemberId> _memberSet = [];
    private readonly HashSet<DomainEventId> _eventIds = [];
    private readonly Dictionary<MemberId, CommunityRole> _roles = [];
    private readonly List<GroupEvent> _pending = [];

    private CommunityGroup(GroupOpened opened) => Opened = opened;

    /// <summary>The opening event: the group's definition (community, pool, kind, capacity, admission, ritual).</summary>
    public GroupOpened Opened { get; }

    /// <summary>The group's channel.</summary>
    public ChannelId Id => Opened.Group;

    /// <summary>The members, in the order they joined.</summary>
    public IReadOnlyList<MemberId> Members => _members;

    /// <summary>The present members' roles in the group (a member without one is absent).</summary>
    public IReadOnlyDictionary<MemberId, CommunityRole> Roles => _roles;

    /// <summary>Events applied since the group was opened or restored, for the caller to persist.</summary>
    public IReadOnlyList<GroupEvent> PendingEvents => _pending;

    /// <summary>Events applied in all (the version a decision is checked against).</summary>
    public int Version { get; private set; }

    /// <summary>Whether the group is full.</summary>
    public bool IsFull => Opened.Capacity is { } c && _members.Count >= c;

    /// <summary>Opens a group for <paramref name="community"/> on <paramref name="channel"/>, a private channel of
    /// <paramref name="pool"/>, with the capacity the policy gives its kind.</summary>
    /// <exception cref="System.ArgumentException">A blank community, a public or undefined kind, an undefined admission,
    /// a blank ritual, an unset id.</exception>
    public static CommunityGroup Open(string community, PrivatePool pool, ChannelId channel, ChannelKind kind, AdmissionPolicy admission, string? joiningRitual, Instant at, DomainEventId eventId, CapacityPolicy? capacity = null)
    {
        Guard.Against.Null(pool);
        Guard.Against.Unmet(!channel.IsUnset && !eventId.IsUnset, $"The channel and the event id must be set.", nameof(channel));
        var policy = capacity ?? CapacityPolicy.Default;
        var opened = new GroupOpened(eventId, channel, at, CommunityText.Require(community, nameof(community)), pool.Id, kind,
            policy.LimitFor(kind), policy.QrCodeJoinLimitFor(kind), CommunityText.Defined(admission, nameof(admission)), CommunityText.Optional(joiningRitual, nameof(joiningRitual)));
        var group = new CommunityGroup(opened);
        group.Fold(opened);
        group._pending.Add(opened);
        return group;
    }

    /// <summary>Decides a join; changes nothing.</summary>
    /// <param name="pool">The group's pool, where the member must be present.</param>
    /// <param name="member">The member joining.</param>
    /// <param name="method">By invitation or by the group's QR code.</param>
    /// <param name="at">When.</param>
    /// <param name="eventId">The join event's id; a proposal of the next group takes <c>{id}~next</c>.</param>
    /// <param name="invitedBy">The inviting member, required when admission is by invitation.</param>
    /// <param name="admission">For admission by application, <see cref="JoinAdmission.Approved"/>; for paid admission,
    /// <see cref="JoinAdmission.Paid"/> with the tier and the fee paid (same currency, at least the tier's fee).</param>
    /// <exception cref="DomainRuleException"><c>community.not_in_pool</c>, <c>community.already_member</c>,
    /// <c>community.group_full</c>, <c>community.qr_join_closed</c>, <c>community.admission_refused</c>,
    /// <c>community.event_id_taken</c>.</exception>
    public GroupDecision DecideJoin(PrivatePool pool, MemberId member, JoinMethod method, Instant at, DomainEventId eventId, MemberId? invitedBy = null, JoinAdmission? admission = null)
    {
        var paid = Opened.Admission == AdmissionPolicy.Paid && admission?.PaymentRefusal() is null ? admission : null;
        var joined = new MemberJoinedGroup(eventId, Id, at, member, method, invitedBy, Opened.JoiningRitual, paid?.Tier?.Name, paid?.FeePaid);
        CheckJoin(pool, joined, admission);
        GroupEvent[] events = Opened.Capacity is { } c && _members.Count + 1 == c
            ? [joined, new NextGroupProposed(DomainEventId.From(eventId.Value + "~next"), Id, at, c)]
            : [joined];
        CheckIdsFree(events);
        return new GroupDecision(events, Version);
    }

    /// <summary>Decides and applies a join; returns the events.</summary>
    public IReadOnlyList<GroupEvent> Join(PrivatePool pool, MemberId member, JoinMethod method, Instant at, DomainEventId eventId, MemberId? invitedBy = null, JoinAdmission? admission = null)
    {
        var decision = DecideJoin(pool, member, method, at, eventId, invitedBy, admission);
        Apply(decision);
        return decision.Events;
    }

    /// <summary>Decides a leave (退群) or a removal; changes nothing. The pool is not touched: a member may leave a group
    /// and stay in the pool; a removal for breaking the rules also leaves the pool (<see cref="PenaltyEnforcement.DecideRemoval(PrivatePool, CommunityGroup, PenaltyStep, MemberId, Instant, DomainEventId)"/>).</summary>
    /// <exception cref="DomainRuleException"><c>community.not_a_member</c>, <c>community.event_id_taken</c>.</exception>
    public GroupDecision DecideLeave(MemberId member, GroupLeaveReason reason, Instant at, DomainEventId eventId)
    {
        var left = new MemberLeftGroup(eventId, Id, at, member, reason);
        CheckLeave(left);
        CheckIdsFree([left]);
        return new GroupDecision([left], Version);
    }

    /// <summary>Decides and applies a leave; returns the events.</summary>
    public IReadOnlyList<GroupEvent> Leave(MemberId member, GroupLeaveReason reason, Instant at, DomainEventId eventId)
    {
        var decision = DecideLeave(member, reason, at, eventId);
        Apply(decision);
        return decision.Events;
    }

    /// <summary>Decides giving <paramref name="member"/> the role <paramref name="role"/>; changes nothing. The role must
    /// be one of <paramref name="blueprint"/>'s management roles (the community's current blueprint: roles come from it,
    /// not from the caller's fancy). A role outside the blueprint is a refused command, not a malformed argument: the
    /// same name may be valid under the next revision.</summary>
    /// <exception cref="System.ArgumentException">An unset role.</exception>
    /// <exception cref="DomainRuleException"><c>community.unknown_role</c>, <c>community.not_a_member</c>,
    /// <c>community.event_id_taken</c>.</exception>
    public GroupDecision DecideAssignRole(CommunityBlueprint blueprint, MemberId member, CommunityRole role, Instant at, DomainEventId eventId)
    {
        Guard.Against.Null(blueprint);
        Guard.Against.Unmet(!role.IsUnset, $"The role must be set.", nameof(role));
        if (!blueprint.HasRole(role))
        {
            throw new DomainRuleException(DomainRuleCodes.CommunityUnknownRole, $"The blueprint of '{Opened.Community}' has no role '{role}'.");
        }

        var assigned = new MemberRoleAssigned(eventId, Id, at, member, role);
        CheckRoleHolder(assigned);
        CheckIdsFree([assigned]);
        return new GroupDecision([assigned], Version);
    }

    /// <summary>Decides and applies a role assignment; returns the events.</summary>
    public IReadOnlyList<GroupEvent> AssignRole(CommunityBlueprint blueprint, MemberId member, CommunityRole role, Instant at, DomainEventId eventId)
    {
        var decision = DecideAssignRole(blueprint, member, role, at, eventId);
        Apply(decision);
        return decision.Events;
    }

    /// <summary>Applies a decision whole.</summary>
    /// <exception cref="DomainRuleException"><c>community.stale_decision</c> when the group changed since.</exception>
    public void Apply(GroupDecision decision)
    {
        Guard.Against.Null(decision);
        if (decision.Version != Version)
        {
            throw new DomainRuleException(DomainRuleCodes.CommunityStaleDecision, $"The decision was made at version {decision.Version}; the group is at {Version}.");
        }

        foreach (var e in decision.Events)
        {
            Fold(e);
            _pending.Add(e);
        }
    }

    /// <summary>The snapshot of the group: its definition and members, bounded by the state.</summary>
    public GroupSnapshot Snapshot() => new(GroupSnapshot.SchemaVersion, Opened, [.. _members], Version,
        _roles.Count == 0 ? null : [.. _members.Where(_roles.ContainsKey).Select(m => new GroupRoleAssignment(m, _roles[m]))]);
}
