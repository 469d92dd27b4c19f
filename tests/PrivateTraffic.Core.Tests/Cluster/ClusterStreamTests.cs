using System.Linq;
using System.Threading.Tasks;
using NodaTime;
using Orleans;
using Orleans.Core.Internal;
using PoolCluster.Hosting;
using PoolService.Hosting;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Fission;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Tests.Cluster;

/// <summary>A pool's groups and campaigns live in its grain's state: pool commands keep them, and a new activation reads
/// them back.</summary>
[Collection(InProcessClusterGroup.Name)]
public sealed class ClusterStreamTests(InProcessClusterFixture fixture)
{
    [SkippableFact]
    public async Task A_pools_groups_and_campaigns_survive_its_own_commands_a_new_activation_and_are_redacted_by_an_erasure()
    {
        var cluster = fixture.Require();
        var client = new PoolGrainClient(cluster.Client);
        var host = new GrainPoolHost(client);
        var pool = PoolId.From("cluster-groups");
        var group = ChannelId.From("wecom-group:cluster-a");
        var at = Instant.FromUtc(2026, 11, 1, 0, 0);
        await host.OpenAsync(new PoolCreated(DomainEventId.From("open"), pool, at, "Brand A", ChannelId.From("wechat:cg"), ChannelKind.PersonalWeChat, ["prospects"], null, null));
        await host.ExecuteAsync(pool, Capture(pool, "m-1", at));
        await host.ExecuteGroupAsync(pool, new GroupOpened(DomainEventId.From("go-1"), group, at, "Store 12", pool, ChannelKind.WeComGroup, null, null, AdmissionPolicy.Open, null));
        await host.ExecuteGroupAsync(pool, new MemberJoinedGroup(DomainEventId.From("j-1"), group, at, MemberId.From("m-1"), JoinMethod.GroupQrCode, null, null));
        await host.LaunchCampaignAsync(pool, new CampaignLaunched(DomainEventId.From("launch"), CampaignId.From("spring"), at, "Spring tea", ReferralMechanic.ActivitySharing,
            "a tin of tea", RewardRules.PerReferral(Money.Yuan(5m)), Money.Yuan(100m), null, null, PrivatePool.DefaultTimeZone, [MemberId.From("m-1")]));
        await host.CreditReferralAsync(pool, CampaignId.From("spring"), MemberId.From("m-1"), MemberId.From("friend"), at + Duration.FromMinutes(30), DomainEventId.From("r-1"));
        // A pool command after the group's: the grain's next state keeps the group's stream.
        await host.ExecuteAsync(pool, Capture(pool, "m-2", at + Duration.FromHours(1)));

        await client.Pool(pool).AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        var snapshot = await host.GroupAsync(pool, group);
        Assert.Equal(2, snapshot.Version);
        Assert.Equal(new[] { MemberId.From("m-1") }, snapshot.Members.ToArray());
        Assert.Equal(new PoolCommandOutcome(2, 0, true),
            await host.ExecuteGroupAsync(pool, new MemberJoinedGroup(DomainEventId.From("j-1"), group, at, MemberId.From("m-1"), JoinMethod.GroupQrCode, null, null)));
        Assert.Equal(new PoolCommandOutcome(3, 1, false),
            await host.ExecuteGroupAsync(pool, new MemberJoinedGroup(DomainEventId.From("j-2"), group, at + Duration.FromHours(2), MemberId.From("m-2"), JoinMethod.GroupQrCode, null, null)));
        var campaign = FissionCampaign.Restore(await host.CampaignAsync(pool, CampaignId.From("spring")));
        Assert.Equal(1, campaign.Referred);
        Assert.Equal(Money.Yuan(5m), campaign.Spent);
        Assert.Equal(new PoolCommandOutcome(2, 0, true),
            await host.CreditReferralAsync(pool, CampaignId.From("spring"), MemberId.From("m-1"), MemberId.From("friend"), at + Duration.FromMinutes(30), DomainEventId.From("r-1")));

        // An erasure redacts the pool's streams in the same write: the group and the campaign keep their figures, not the id.
        await host.ExecuteAsync(pool, new MemberErased(DomainEventId.From("x-1"), pool, at + Duration.FromHours(3), MemberId.From("m-1")));
        await client.Pool(pool).AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        var erased = await host.GroupAsync(pool, group);
        Assert.Equal(2, erased.Members.Count);
        Assert.DoesNotContain(MemberId.From("m-1"), erased.Members);
        var redacted = FissionCampaign.Restore(await host.CampaignAsync(pool, CampaignId.From("spring")));
        Assert.Equal(1, redacted.Referred);
        Assert.DoesNotContain(redacted.Credits(), c => c.Referrer == MemberId.From("m-1"));
        Assert.DoesNotContain(redacted.Definition.SeedUsers, m => m == MemberId.From("m-1"));
    }

    [SkippableFact]
    public async Task A_failed_write_of_a_group_command_changes_nothing_and_the_retry_is_stored_once()
    {
        var cluster = fixture.Require();
        var host = new GrainPoolHost(new PoolGrainClient(cluster.Client));
        var pool = PoolId.From("cluster-groups-faults");
        var group = ChannelId.From("wecom-group:cluster-f");
        var at = Instant.FromUtc(2026, 11, 1, 0, 0);
        await host.OpenAsync(new PoolCreated(DomainEventId.From("open"), pool, at, "Brand A", ChannelId.From("wechat:cf"), ChannelKind.PersonalWeChat, ["prospects"], null, null));
        await host.ExecuteAsync(pool, Capture(pool, "m-1", at));
        await host.ExecuteGroupAsync(pool, new GroupOpened(DomainEventId.From("go-1"), group, at, "Store 12", pool, ChannelKind.WeComGroup, null, null, AdmissionPolicy.Open, null));
        var join = new MemberJoinedGroup(DomainEventId.From("j-1"), group, at, MemberId.From("m-1"), JoinMethod.GroupQrCode, null, null);

        fixture.Faults.FailNextWrite((name, id) => name.StartsWith("stream-", System.StringComparison.Ordinal) && id.Key.ToString() == pool.Value);
        await Assert.ThrowsAnyAsync<System.Exception>(() => host.ExecuteGroupAsync(pool, join));
        Assert.Empty((await host.GroupAsync(pool, group)).Members);

        Assert.Equal(new PoolCommandOutcome(2, 1, false), await host.ExecuteGroupAsync(pool, join));
        Assert.Equal(new PoolCommandOutcome(2, 0, true), await host.ExecuteGroupAsync(pool, join));
        await cluster.Client.GetGrain<Orleans.Runtime.IManagementGrain>(0).ForceActivationCollection(System.TimeSpan.Zero);
        Assert.Equal(new[] { MemberId.From("m-1") }, (await host.GroupAsync(pool, group)).Members.ToArray());
    }

    [SkippableFact]
    public async Task An_erasure_whose_stream_redaction_fails_is_finished_by_the_next_call()
    {
        var cluster = fixture.Require();
        var host = new GrainPoolHost(new PoolGrainClient(cluster.Client));
        var pool = PoolId.From("cluster-erasure-faults");
        var group = ChannelId.From("wecom-group:cluster-ef");
        var at = Instant.FromUtc(2026, 11, 1, 0, 0);
        await host.OpenAsync(new PoolCreated(DomainEventId.From("open"), pool, at, "Brand A", ChannelId.From("wechat:cef"), ChannelKind.PersonalWeChat, ["prospects"], null, null));
        await host.ExecuteAsync(pool, Capture(pool, "m-ef", at));
        await host.ExecuteGroupAsync(pool, new GroupOpened(DomainEventId.From("go-1"), group, at, "Store 12", pool, ChannelKind.WeComGroup, null, null, AdmissionPolicy.Open, null));
        await host.ExecuteGroupAsync(pool, new MemberJoinedGroup(DomainEventId.From("j-1"), group, at, MemberId.From("m-ef"), JoinMethod.GroupQrCode, null, null));
        var erasure = new MemberErased(DomainEventId.From("erase-ef"), pool, at + Duration.FromHours(1), MemberId.From("m-ef"));

        // The pool's state is written (the erasure is stored), then the group's row fails: the group still names them.
        fixture.Faults.FailNextWrite((name, id) => name.StartsWith("stream-", System.StringComparison.Ordinal) && id.Key.ToString() == pool.Value);
        await Assert.ThrowsAnyAsync<System.Exception>(() => host.ExecuteAsync(pool, erasure));
        Assert.True(await fixture.RowsHoldingAsync("\"m-ef\"") > 0);

        // The retry is a repeat, and the grain finishes the erasure before it answers.
        Assert.True((await host.ExecuteAsync(pool, erasure)).IsRepeat);
        Assert.Equal(0, await fixture.RowsHoldingAsync("\"m-ef\""));
        Assert.Equal(new[] { MemberId.From("erased-erase-ef") }, (await host.GroupAsync(pool, group)).Members.ToArray());
    }

    [SkippableFact]
    public async Task Groups_whose_ids_hold_any_text_keep_rows_of_their_own()
    {
        var cluster = fixture.Require();
        var host = new GrainPoolHost(new PoolGrainClient(cluster.Client));
        var pool = PoolId.From("cluster-odd-group-ids");
        var at = Instant.FromUtc(2026, 11, 1, 0, 0);
        await host.OpenAsync(new PoolCreated(DomainEventId.From("open"), pool, at, "Brand A", ChannelId.From("wechat:odd"), ChannelKind.PersonalWeChat, ["prospects"], null, null));
        await host.ExecuteAsync(pool, Capture(pool, "m-odd", at));
        // A backtick and brackets (which Orleans' ADO.NET provider reads as a generic type name), and 128 Chinese characters.
        ChannelId[] groups = [ChannelId.From("wecom-group:a`1[b]"), ChannelId.From("wecom-group:a`1[c]"), ChannelId.From(new string('群', 128))];
        foreach (var (group, i) in groups.Select((g, i) => (g, i)))
        {
            await host.ExecuteGroupAsync(pool, new GroupOpened(DomainEventId.From($"go-{i}"), group, at, "Store 12", pool, ChannelKind.WeComGroup, null, null, AdmissionPolicy.Open, null));
        }

        await host.ExecuteGroupAsync(pool, new MemberJoinedGroup(DomainEventId.From("j-odd"), groups[1], at, MemberId.From("m-odd"), JoinMethod.GroupQrCode, null, null));
        await cluster.Client.GetGrain<Orleans.Runtime.IManagementGrain>(0).ForceActivationCollection(System.TimeSpan.Zero);
        Assert.Empty((await host.GroupAsync(pool, groups[0])).Members);
        Assert.Equal(new[] { MemberId.From("m-odd") }, (await host.GroupAsync(pool, groups[1])).Members.ToArray());
        Assert.Equal(groups[2], (await host.GroupAsync(pool, groups[2])).Opened.Group);
    }

    private static MemberCaptured Capture(PoolId pool, string member, Instant at) =>
        new(DomainEventId.From("c-" + member), pool, at, MemberId.From(member), ChannelId.From("counter"), "prospects", PrivatePool.DefaultTimeZone, [], JoinMethod.Invitation);
}
