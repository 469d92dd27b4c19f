using System.Collections.Generic;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>The rules of a group: checked before anything changes, and again when a snapshot is restored.</summary>
public sealed partial class CommunityGroup
{
    private void CheckJoin(PrivatePool pool, MemberJoinedGroup joined, JoinAdmission? admission)
    {
        Guard.Against.Null(pool);
        Guard.Against.Unmet(!joined.EventId.IsUnset && !joined.Member.IsUnset, $"The member and the event id must be set.", nameof(joined));
        Guard.Against.Unmet(pool.Id == Opened.Pool, $"The pool '{pool.Id}' is not the group's pool '{Opened.Pool}'.", nameof(pool));
        Guard.Against.Unmet(System.Enum.IsDefined(joined.Method), $"Not a defined join method: {joined.Method}.", nameof(joined));
        if (pool.Find(joined.Member) is not { LeftAt: null })
        {
            throw new DomainRuleException(DomainRuleCodes.CommunityNotInPool, $"'{joined.Member}' is not a present member of the pool '{pool.Id}'.");
        }

        CheckPlace(joined);
        var refused = Opened.Admission switch
        {
            AdmissionPolicy.Invitation => joined.InvitedBy is not { } by || !_memberSet.Contains(by) ? "needs an invitation from a member of the group" : null,
            AdmissionPolicy.Application => admission is { ApplicationApproved: true } ? null : "needs an approved application",
            AdmissionPolicy.Paid => admission is null ? "needs the fee paid" : admission.PaymentRefusal(),
            _ => null,
        };
        if (refused is not null)
        {
            throw new DomainRuleException(DomainRuleCodes.CommunityAdmissionRefused, $"Joining '{Id}' {refused} ({Opened.Admission} admission).");
        }
    }

    // The checks a join must pass whether decided now or read from a snapshot: not yet a member, room left, QR limit.
    private void CheckPlace(MemberJoinedGroup joined)
    {
        if (_memberSet.Contains(joined.Member))
        {
            throw new DomainRuleException(DomainRuleCodes.CommunityAlreadyMember, $"'{joined.Member}' is already in '{Id}'.");
        }

        if (IsFull)
        {
            throw new DomainRuleException(DomainRuleCodes.CommunityGroupFull, $"'{Id}' is full ({Opened.Capacity} members); join the next group.");
        }

        if (joined.Method == JoinMethod.GroupQrCode && Opened.QrCodeJoinLimit is { } qr && _members.Count >= qr)
        {
            throw new DomainRuleException(DomainRuleCodes.CommunityQrJoinClosed, $"'{Id}' has {_members.Count} members; past {qr} nobody joins by QR code, only by invitation.");
        }
    }

    // A leave, decided now or read after a snapshot: a present member, a defined reason.
    private void CheckLeave(MemberLeftGroup left)
    {
        Guard.Against.Unmet(!left.EventId.IsUnset && !left.Member.IsUnset, $"The member and the event id must be set.", nameof(left));
        Guard.Against.Unmet(System.Enum.IsDefined(left.Reason), $"Not a defined leave reason: {left.Reason}.", nameof(left));
        if (!_memberSet.Contains(left.Member))
        {
            throw new DomainRuleException(DomainRuleCodes.CommunityNotAMember, $"'{left.Member}' is not a member of '{Id}'.");
        }
    }

    // A role holder, decided now or read after a snapshot: a present member of the group.
    private void CheckRoleHolder(MemberRoleAssigned assigned)
    {
        Guard.Against.Unmet(!assigned.EventId.IsUnset && !assigned.Member.IsUnset && !assigned.Role.IsUnset, $"The member, the role and the event id must be set.", nameof(assigned));
        if (!_memberSet.Contains(assigned.Member))
        {
            throw new DomainRuleException(DomainRuleCodes.CommunityNotAMember, $"'{assigned.Member}' is not a member of '{Id}'.");
        }
    }

    private void CheckIdsFree(IEnumerable<GroupEvent> events)
    {
        foreach (var e in events)
        {
            if (_eventIds.Contains(e.EventId))
            {
                throw new DomainRuleException(DomainRuleCodes.CommunityEventIdTaken, $"The event id '{e.EventId}' is already used in '{Id}'.");
            }
        }
    }
}
