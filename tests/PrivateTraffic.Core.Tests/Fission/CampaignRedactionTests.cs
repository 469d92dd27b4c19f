using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Fission;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using static PrivateTraffic.Core.Tests.Fission.FissionCampaignTests;

namespace PrivateTraffic.Core.Tests.Fission;

/// <summary>An erased member leaves a campaign's history, and the history still rebuilds to the same campaign.</summary>
public sealed class CampaignRedactionTests
{
    private static readonly MemberId Pseudonym = MemberId.From("erased-e1");

    [DeepProperty]
    public Property A_redacted_history_names_the_member_nowhere_and_rebuilds_to_the_same_results() =>
        Prop.ForAll(FissionCampaignPropertyTests.Scripts, Gen.Choose(0, FissionCampaignPropertyTests.People.Length - 1).ToArbitrary(), (script, who) =>
        {
            var (campaign, _) = FissionCampaignPropertyTests.Run(script);
            var history = campaign.PendingEvents.ToList();
            var erased = M(FissionCampaignPropertyTests.People[who]);
            var redacted = CampaignRedaction.Redact(history, erased, Pseudonym, history[^1].At);
            var rebuilt = FissionCampaign.Rebuild(redacted);
            return (redacted.Select(e => e.EventId).SequenceEqual(history.Select(e => e.EventId))
                    && redacted.All(e => !Mentions(e, erased))
                    && rebuilt.Version == campaign.Version && rebuilt.Spent == campaign.Spent
                    && rebuilt.Counted == campaign.Counted && rebuilt.Referred == campaign.Referred
                    && rebuilt.CountedReferralsOf(Pseudonym) == campaign.CountedReferralsOf(erased))
                .Label($"erased {erased}");
        });

    [Fact]
    public void Events_after_the_erasure_are_a_new_person_and_keep_the_id()
    {
        var campaign = FreeLesson();
        campaign.CreditReferral(M("teacher"), M("a"), Day(1), E("r1"));
        campaign.CreditReferral(M("teacher"), M("b"), Day(3), E("r2"));
        var history = campaign.PendingEvents.ToList();

        var redacted = CampaignRedaction.Redact(history, M("teacher"), Pseudonym, Day(2));
        Assert.Equal(Pseudonym, ((ReferralCredited)redacted[^2]).Referrer);
        Assert.Equal(M("teacher"), ((ReferralCredited)redacted[^1]).Referrer);
        Assert.DoesNotContain(M("teacher"), ((CampaignLaunched)redacted[0]).SeedUsers);
        Assert.Same(history[^1], redacted[^1]);
    }

    [Fact]
    public void Bad_arguments_name_the_parameter_and_a_pseudonym_already_in_the_history_is_refused()
    {
        var campaign = FreeLesson();
        campaign.CreditReferral(M("teacher"), M("a"), Day(1), E("r1"));
        var history = campaign.PendingEvents.ToList();
        var at = Day(2);
        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => CampaignRedaction.Redact(null!, M("a"), Pseudonym, at)).ParamName);
        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => CampaignRedaction.Redact([history[0], null!], M("a"), Pseudonym, at)).ParamName);
        Assert.Equal("erased", Assert.Throws<ArgumentException>(() => CampaignRedaction.Redact(history, default, Pseudonym, at)).ParamName);
        // A member the history does not name: only the pseudonym guards can refuse these.
        Assert.Equal("pseudonym", Assert.Throws<ArgumentException>(() => CampaignRedaction.Redact(history, M("zz"), M("zz"), at)).ParamName);
        Assert.Equal("pseudonym", Assert.Throws<ArgumentException>(() => CampaignRedaction.Redact(history, M("zz"), default, at)).ParamName);
        Assert.Equal("pseudonym", Assert.Throws<ArgumentException>(() => CampaignRedaction.Redact(history, M("a"), M("a"), at)).ParamName);
        Assert.Equal("pseudonym", Assert.Throws<ArgumentException>(() => CampaignRedaction.Redact(history, M("a"), M("teacher"), at)).ParamName);
    }

    // What a member id can appear in, read from the events' own fields (the contract's members, not the redaction's code).
    private static bool Mentions(CampaignEvent e, MemberId id) => e switch
    {
        CampaignLaunched l => l.SeedUsers.Contains(id),
        ReferralCredited r => r.Referrer == id || r.Referee == id,
        CommissionPaid c => c.Buyer == id || c.Commissions.Any(x => x.Referrer == id),
        HelperLeft h => h.Helper == id,
        _ => false,
    };
}
