using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using static PrivateTraffic.Core.Tests.Community.GroupFixture;

namespace PrivateTraffic.Core.Tests.Community;

/// <summary>An erased member leaves a group's history, and the history still rebuilds to the same group.</summary>
public sealed class GroupRedactionTests
{
    private static readonly MemberId Pseudonym = MemberId.From("erased-e1");

    private static Arbitrary<(bool Join, int Member, int Inviter, int Hours)[]> Scripts { get; } =
        (from isJoin in Gen.Elements(true, true, false)
         from member in Gen.Choose(0, 7)
         from inviter in Gen.Choose(-1, 7)
         from hours in Gen.Choose(0, 30)
         select (isJoin, member, inviter, hours)).ArrayOf().ToArbitrary();

    [DeepProperty]
    public Property A_redacted_history_names_the_member_nowhere_and_rebuilds_to_the_same_group() =>
        Prop.ForAll(Scripts, Gen.Choose(0, 7).ToArbitrary(), (script, who) =>
        {
            var (group, history) = Run(script);
            var erased = M(who);
            var redacted = GroupRedaction.Redact(history, erased, Pseudonym, history[^1].At);
            var rebuilt = Rebuild(redacted);
            var expected = group.Members.Select(m => m == erased ? Pseudonym : m).ToList();
            return (redacted.Select(e => e.EventId).SequenceEqual(history.Select(e => e.EventId))
                    && redacted.All(e => !Mentions(e, erased))
                    && rebuilt.Version == group.Version
                    && rebuilt.Members.SequenceEqual(expected))
                .Label($"erased {erased}");
        });

    [Fact]
    public void Roles_and_invitations_are_redacted_and_later_events_are_a_new_person()
    {
        var pool = PoolOf(3);
        var group = CommunityGroup.Open("Reading club", pool, GroupChannel, ChannelKind.WeChatGroup, AdmissionPolicy.Open, null, T0, E("open"));
        group.Join(pool, M(0), JoinMethod.Invitation, T0 + Duration.FromHours(1), E("j0"));
        group.Join(pool, M(1), JoinMethod.Invitation, T0 + Duration.FromHours(2), E("j1"), invitedBy: M(0));
        group.AssignRole(VersionedBlueprintTests.ReadingCommunity, M(0), CommunityRole.StoreManager, T0 + Duration.FromHours(3), E("r0"));
        group.Leave(M(0), GroupLeaveReason.Removed, T0 + Duration.FromHours(4), E("l0"));
        group.Join(pool, M(0), JoinMethod.Invitation, T0 + Duration.FromHours(6), E("j0-again"));
        var history = group.PendingEvents.ToList();

        var redacted = GroupRedaction.Redact(history, M(0), Pseudonym, T0 + Duration.FromHours(5));
        Assert.Equal(Pseudonym, ((MemberJoinedGroup)redacted[1]).Member);
        Assert.Equal(Pseudonym, ((MemberJoinedGroup)redacted[2]).InvitedBy);
        Assert.Equal(M(1), ((MemberJoinedGroup)redacted[2]).Member);
        Assert.Equal(Pseudonym, ((MemberRoleAssigned)redacted[3]).Member);
        Assert.Equal(Pseudonym, ((MemberLeftGroup)redacted[4]).Member);
        Assert.Same(history[5], redacted[5]);
        Assert.Equal(group.Members, Rebuild(redacted).Members);
    }

    [Fact]
    public void Bad_arguments_name_the_parameter_and_a_pseudonym_already_in_the_history_is_refused()
    {
        var (_, history) = Run([(true, 0, -1, 1), (true, 1, 0, 1)]);
        var at = history[^1].At;
        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => GroupRedaction.Redact(null!, M(0), Pseudonym, at)).ParamName);
        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => GroupRedaction.Redact([history[0], null!], M(0), Pseudonym, at)).ParamName);
        Assert.Equal("erased", Assert.Throws<ArgumentException>(() => GroupRedaction.Redact(history, default, Pseudonym, at)).ParamName);
        // A member the history does not name: only the pseudonym guards can refuse these.
        Assert.Equal("pseudonym", Assert.Throws<ArgumentException>(() => GroupRedaction.Redact(history, M(99), M(99), at)).ParamName);
        Assert.Equal("pseudonym", Assert.Throws<ArgumentException>(() => GroupRedaction.Redact(history, M(99), default, at)).ParamName);
        Assert.Equal("pseudonym", Assert.Throws<ArgumentException>(() => GroupRedaction.Redact(history, M(0), M(0), at)).ParamName);
        Assert.Equal("pseudonym", Assert.Throws<ArgumentException>(() => GroupRedaction.Redact(history, M(0), M(1), at)).ParamName);
    }

    // Joins (some invited by another member) and leaves on a pool of 8; refused commands are skipped.
    private static (CommunityGroup Group, List<GroupEvent> History) Run((bool Join, int Member, int Inviter, int Hours)[] script)
    {
        var pool = PoolOf(8);
        var group = CommunityGroup.Open("Store 12 fresh food", pool, GroupChannel, ChannelKind.WeComGroup, AdmissionPolicy.Open, null, T0, E("open"));
        var at = T0;
        for (var i = 0; i < script.Length; i++)
        {
            var (join, member, inviter, hours) = script[i];
            at += Duration.FromHours(hours);
            try
            {
                _ = join
                    ? group.Join(pool, M(member), JoinMethod.Invitation, at, E($"s{i}"), inviter < 0 ? null : M(inviter))
                    : group.Leave(M(member), GroupLeaveReason.Left, at, E($"s{i}"));
            }
            catch (DomainRuleException)
            {
            }
        }

        return (group, group.PendingEvents.ToList());
    }

    private static CommunityGroup Rebuild(IReadOnlyList<GroupEvent> history) =>
        CommunityGroup.Restore(new GroupSnapshot(GroupSnapshot.SchemaVersion, (GroupOpened)history[0], [], 1), history.Skip(1));

    private static bool Mentions(GroupEvent e, MemberId id) => e switch
    {
        MemberJoinedGroup j => j.Member == id || j.InvitedBy == id,
        MemberLeftGroup l => l.Member == id,
        MemberRoleAssigned r => r.Member == id,
        _ => false,
    };
}
