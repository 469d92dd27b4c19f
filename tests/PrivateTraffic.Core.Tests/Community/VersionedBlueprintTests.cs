using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Community;

public sealed class VersionedBlueprintTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 9, 1, 0, 0);

    /// <summary>A reading community: free and paid tiers, admission by application, a welcome ritual, back-end
    /// monetisation that gives first. The fee (¥199 a year) and the benefits are this example's.</summary>
    public static CommunityBlueprint ReadingCommunity { get; } = CommunityBlueprint.Create(
        "Read one good book a week together, and apply it",
        ["give first, share first", "depth over headcount"],
        [.. ManagementRole.AssumedDefaults, ManagementRole.Create(CommunityRole.From("bookCaptain"), RolePermissions.HostActivities | RolePermissions.Moderate)],
        [MembershipTier.Create("reader", Money.Yuan(0m), ["weekly lecture"]), MembershipTier.Create("patron", Money.Yuan(199m), ["monthly meetup", "book list"])],
        AdmissionPolicy.Application,
        "a welcome post naming the first book the newcomer will read",
        MonetisationPlan.Create(MonetisationChannels.Membership | MonetisationChannels.Knowledge | MonetisationChannels.Goods, backEnd: true, givesBeforeCharging: true));

    [Fact]
    public void A_plan_that_charges_before_it_gives_is_a_problem_and_a_good_blueprint_has_no_findings()
    {
        Assert.Empty(BlueprintAssessment.Assess(ReadingCommunity));
        var greedy = CommunityBlueprint.Create("x", ["y"], ManagementRole.AssumedDefaults, [MembershipTier.Create("vip", Money.Yuan(999m), [])], AdmissionPolicy.Paid, null,
            MonetisationPlan.Create(MonetisationChannels.Membership, backEnd: false, givesBeforeCharging: false));
        var findings = BlueprintAssessment.Assess(greedy);
        Assert.Equal(BlueprintFindingCode.ChargesBeforeGiving, findings[0].Code);
        Assert.Equal(FindingSeverity.Problem, findings[0].Severity);
        Assert.Contains("先付出", findings[0].ArticlePoint, StringComparison.Ordinal);
        Assert.Contains(findings, f => f.Code == BlueprintFindingCode.FrontEndMonetisation);
        Assert.Contains(findings, f => f.Code == BlueprintFindingCode.NoJoiningRitual);
        Assert.Equal(3, PeopleGoodsVenue.Comparison.Count);
    }

    [DeepProperty]
    public Property A_revision_never_loses_history() =>
        Prop.ForAll(Gen.Choose(0, 12).ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (revisions, stale) =>
        {
            var history = VersionedBlueprint.Draft(ReadingCommunity, "first draft", T0, DomainEventId.From("bp-1"));
            for (var i = 0; i < revisions; i++)
            {
                var before = history.Revisions.ToArray();
                var revised = CommunityBlueprint.Create($"purpose {i}", ["v"], ManagementRole.AssumedDefaults, ReadingCommunity.Tiers, AdmissionPolicy.Invitation, null, ReadingCommunity.Monetisation);
                var decision = history.DecideRevision(revised, $"revision {i}", T0 + Duration.FromDays(i + 1), DomainEventId.From($"bp-{i + 2}"));
                Assert.Equal(before, history.Revisions);
                history.Apply(decision);
                Assert.Equal(before, history.Revisions.Take(before.Length));
                Assert.Equal(revised, history.Current);

                // Applying the same decision again is stale and changes nothing.
                Assert.Equal(DomainRuleCodes.CommunityStaleDecision, Assert.Throws<DomainRuleException>(() => history.Apply(decision)).Code);
            }

            Assert.Equal(revisions + 1, history.Version);
            Assert.Equal(Enumerable.Range(1, revisions + 1), history.Revisions.Select(r => r.Version));
            Assert.Equal(history.Revisions, VersionedBlueprint.Restore(history.Revisions).Revisions);
        });

    [Fact]
    public void Bad_input_is_refused_and_nothing_changes()
    {
        Assert.Equal("fee", Assert.ThrowsAny<ArgumentException>(() => MembershipTier.Create("x", Money.Yuan(-1m), [])).ParamName);
        Assert.Equal("admission", Assert.ThrowsAny<ArgumentException>(() => CommunityBlueprint.Create("x", ["y"], ManagementRole.AssumedDefaults, [MembershipTier.Create("free", Money.Yuan(0m), [])], AdmissionPolicy.Paid, null, ReadingCommunity.Monetisation)).ParamName);
        Assert.Equal("roles", Assert.ThrowsAny<ArgumentException>(() => CommunityBlueprint.Create("x", ["y"], [], ReadingCommunity.Tiers, AdmissionPolicy.Open, null, ReadingCommunity.Monetisation)).ParamName);
        Assert.Equal("role", Assert.ThrowsAny<ArgumentException>(() => ManagementRole.Create(default, RolePermissions.None)).ParamName);
        Assert.Equal("value", Assert.ThrowsAny<ArgumentException>(() => CommunityRole.From(" padded")).ParamName);
        var history = VersionedBlueprint.Draft(ReadingCommunity, "first draft", T0, DomainEventId.From("bp-1"));
        Assert.Equal(DomainRuleCodes.CommunityRevisionOutOfOrder, Assert.Throws<DomainRuleException>(() => history.Revise(ReadingCommunity, "late", T0 - Duration.FromDays(1), DomainEventId.From("bp-2"))).Code);
        Assert.Equal(DomainRuleCodes.CommunityRevisionOutOfOrder, Assert.Throws<DomainRuleException>(() => history.Revise(ReadingCommunity, "same id", T0, DomainEventId.From("bp-1"))).Code);
        Assert.Equal(1, history.Version);
    }
}
