using System;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using static PrivateTraffic.Core.Tests.Community.GroupFixture;

namespace PrivateTraffic.Core.Tests.Community;

public sealed class CommunityGroupRoleTests
{
    private static readonly CommunityBlueprint Blueprint = VersionedBlueprintTests.ReadingCommunity;

    [Fact]
    public void A_role_must_be_the_blueprints_and_held_by_a_member_and_a_refusal_changes_nothing()
    {
        var pool = PoolOf(3);
        var group = CommunityGroup.Open("Reading club", pool, GroupChannel, ChannelKind.WeChatGroup, AdmissionPolicy.Open, null, T0, E("open"));
        group.Join(pool, M(0), JoinMethod.Invitation, T0, E("j0"));
        group.Join(pool, M(1), JoinMethod.Invitation, T0, E("j1"));
        var version = group.Version;
        AssertRule(DomainRuleCodes.CommunityUnknownRole, () => group.AssignRole(Blueprint, M(0), CommunityRole.From("wizard"), T0, E("r0")));
        AssertRule(DomainRuleCodes.CommunityNotAMember, () => group.AssignRole(Blueprint, M(2), CommunityRole.From("bookCaptain"), T0, E("r0")));
        AssertRule(DomainRuleCodes.CommunityEventIdTaken, () => group.AssignRole(Blueprint, M(0), CommunityRole.From("bookCaptain"), T0, E("j1")));
        Assert.Equal("role", Assert.ThrowsAny<ArgumentException>(() => group.AssignRole(Blueprint, M(0), default, T0, E("r0"))).ParamName);
        Assert.Equal(version, group.Version);
        Assert.Empty(group.Roles);

        group.AssignRole(Blueprint, M(0), CommunityRole.From("bookCaptain"), T0, E("r0"));
        group.AssignRole(Blueprint, M(1), CommunityRole.From("bookCaptain"), T0, E("r1"));
        group.AssignRole(Blueprint, M(0), Blueprint.Roles[0].Role, T0, E("r2"));
        Assert.Equal(Blueprint.Roles[0].Role, group.Roles[M(0)]);
        group.Leave(M(1), GroupLeaveReason.Left, T0, E("l1"));
        Assert.False(group.Roles.ContainsKey(M(1)));

        var snapshot = PrivateTrafficJson.Deserialize<GroupSnapshot>(PrivateTrafficJson.Serialize(group.Snapshot()));
        Assert.Equal(group.Roles, CommunityGroup.Restore(snapshot).Roles);
        AssertRule(DomainRuleCodes.CommunityInvalidSnapshot, () => CommunityGroup.Restore(snapshot with { Roles = [new GroupRoleAssignment(M(1), CommunityRole.Member)] }));
        AssertRule(DomainRuleCodes.CommunityInvalidSnapshot, () => CommunityGroup.Restore(snapshot with { Roles = [snapshot.Roles![0], snapshot.Roles[0]] }));
        AssertRule(DomainRuleCodes.CommunityNotAMember, () => CommunityGroup.Restore(snapshot, [new MemberRoleAssigned(E("r9"), GroupChannel, T0, M(2), CommunityRole.Member)]));
        Assert.Null(CommunityGroup.Open("c", pool, ChannelId.From("empty"), ChannelKind.WeChatGroup, AdmissionPolicy.Open, null, T0, E("o")).Snapshot().Roles);
    }

    [Fact]
    public void Role_events_and_snapshot_roles_refuse_hostile_json_with_a_path()
    {
        const string Head = """{"type":"memberRoleAssigned","eventId":"e","group":"g","at":"2024-01-01T00:00:00Z","member":"m000",""";
        Assert.IsType<MemberRoleAssigned>(PrivateTrafficJson.Deserialize<GroupEvent>(Head + "\"role\":\"kolOrTeam\"}"));
        CommunityGolden.AssertRefused<GroupEvent>("blank role", Head + "\"role\":\" \"}");
        CommunityGolden.AssertRefused<GroupEvent>("numeric role", Head + "\"role\":3}");
        CommunityGolden.AssertRefused<GroupEvent>("missing role", Head.TrimEnd(',') + "}");
        CommunityGolden.AssertRefused<GroupEvent>("extra member", Head + "\"role\":\"maker\",\"level\":2}");
    }
}
