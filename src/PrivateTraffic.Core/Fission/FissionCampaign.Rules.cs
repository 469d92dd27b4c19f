using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Fission;

// Rules. Every check an event must pass, against the campaign as it is; nothing here writes.
public sealed partial class FissionCampaign
{
    internal static void CheckDefinition(CampaignLaunched d)
    {
        Guard.Against.Unmet(!d.EventId.IsUnset, "The event id must be set.", "eventId");
        Guard.Against.Unmet(!d.Campaign.IsUnset, "The campaign id must be set.", "campaign");
        Guard.Against.NullOrWhiteSpace(d.Name, "name");
        Guard.Against.NullOrWhiteSpace(d.Bait, "bait");
        Guard.Against.Null(d.Rule, "rule");
        Guard.Against.Null(d.Rule.Stages, "rule");
        Guard.Against.Null(d.TimeZone, "timeZone");
        Guard.Against.Null(d.SeedUsers, "seedUsers");
        if (!(d.Budget.Amount > 0m))
        {
            throw new DomainRuleException(DomainRuleCodes.FissionUnboundedCampaign, $"Campaign {d.Campaign} needs a budget above zero, not {d.Budget}: an unbounded campaign is refused.");
        }

        var currency = d.Budget.Currency;
        if (d.Rule.PerReferral.Currency != currency || d.Rule.NewcomerReward.Currency != currency || d.Rule.Stages.Any(s => s is null || s.Reward.Currency != currency))
        {
            throw new DomainRuleException(DomainRuleCodes.FissionCurrencyMismatch, $"Every reward of campaign {d.Campaign} must be in the budget's currency, {currency}.");
        }

        var previous = 0;
        foreach (var stage in d.Rule.Stages)
        {
            Guard.Against.Unmet(stage.Referrals > previous, $"Stage thresholds must be at least 1 and strictly increase; {stage.Referrals} follows {previous}.", "rule");
            Guard.Against.Unmet(!stage.Reward.IsNegative, $"A stage reward cannot be negative: {stage.Reward}.", "rule");
            previous = stage.Referrals;
        }

        Guard.Against.Unmet(!d.Rule.PerReferral.IsNegative && !d.Rule.NewcomerReward.IsNegative, "A reward cannot be negative.", "rule");
        Guard.Against.Unmet(d.PerMemberLimit is null or > 0, $"A per-member limit is at least 1, not {d.PerMemberLimit}.", "perMemberLimit");
        Guard.Against.Unmet(d.PerDayLimit is null or > 0, $"A per-day limit is at least 1, not {d.PerDayLimit}.", "perDayLimit");
        Guard.Against.Unmet(d.SeedUsers.All(m => !m.IsUnset), "A seed user must be set.", "seedUsers");
        Guard.Against.Unmet(d.SeedUsers.Distinct().Count() == d.SeedUsers.Count, "Seed users must be distinct.", "seedUsers");
        d.Distribution?.Check();
    }

    private void CheckEnvelope(CampaignEvent e)
    {
        Guard.Against.Null(e);
        Guard.Against.Unmet(!e.EventId.IsUnset, "The event id must be set.", nameof(e));
        Guard.Against.Unmet(e.Campaign == Id, $"The event belongs to campaign {e.Campaign}, not {Id}.", nameof(e));
    }

    // Checks an event the campaign has not applied yet; for a credit, returns the rewards the rule gives.
    private void Check(CampaignEvent e)
    {
        if (e is CampaignLaunched)
        {
            throw Rule(DomainRuleCodes.FissionInvalidEvent, $"Campaign {Id} is already launched.");
        }

        CheckOpen(e.At);
        switch (e)
        {
            case ReferralCredited credited:
                CheckNewMember(credited.Referrer, credited.Referee, alreadyMember: false);
                var expected = Rewards(credited.EventId, credited.At, credited.Referrer, credited.Referee);
                if (expected.Counted != credited.Counted || expected.ReferrerReward != credited.ReferrerReward || expected.NewcomerReward != credited.NewcomerReward)
                {
                    throw Rule(DomainRuleCodes.FissionInvalidEvent, $"The referral of {credited.Referee} pays {credited.ReferrerReward} + {credited.NewcomerReward}; the rule gives {expected.ReferrerReward} + {expected.NewcomerReward} (counted: {expected.Counted}).");
                }

                if (credited.ReferrerReward + credited.NewcomerReward > Remaining)
                {
                    throw Rule(DomainRuleCodes.FissionInvalidEvent, $"The referral of {credited.Referee} would spend past the budget; {Remaining} is left.");
                }

                break;
            case CommissionPaid paid:
                CheckCommission(paid);
                break;
            case HelperLeft left:
                if (!_credits.TryGetValue(left.Helper.Value, out var credit) || credit.Left)
                {
                    throw Rule(DomainRuleCodes.FissionUnknownHelper, $"{left.Helper} is not a helper of campaign {Id} who is still there.");
                }

                break;
            case CampaignEnded ended:
                if (ended.Reason == CampaignEndReason.BudgetSpent && !BudgetShort())
                {
                    throw Rule(DomainRuleCodes.FissionInvalidEvent, $"Campaign {Id} still has {Remaining} to spend.");
                }

                break;
        }
    }

    private void CheckOpen(Instant at)
    {
        if (IsEnded)
        {
            throw Rule(DomainRuleCodes.FissionCampaignEnded, $"Campaign {Id} has ended ({EndReason}); nothing more is credited.");
        }

        if (at < LatestAt)
        {
            throw Rule(DomainRuleCodes.FissionInvalidEvent, $"An event at {at} is earlier than the campaign's latest, {LatestAt}.");
        }
    }

    private void CheckNewMember(MemberId referrer, MemberId referee, bool alreadyMember)
    {
        Guard.Against.Unmet(!referrer.IsUnset && !referee.IsUnset, "The referrer and the referee must be set.", nameof(referee));
        if (referrer == referee)
        {
            throw Rule(DomainRuleCodes.FissionNotNewMember, $"{referee} cannot refer themselves.");
        }

        if (alreadyMember || IsParticipant(referee))
        {
            throw Rule(DomainRuleCodes.FissionNotNewMember, $"{referee} is not a new member (a seed, already in the campaign, or already in the pool): only new members count.");
        }
    }

    // A budget-spent end is honest when what is left cannot pay the dearest referral the rule can give (per-referral,
    // newcomer and the largest stage reward together): some referral could then find the budget short. With a
    // distribution rate above zero any end is honest: a large enough purchase's commission would not fit.
    private bool BudgetShort()
    {
        var rule = _definition.Rule;
        var dearest = rule.PerReferral + rule.NewcomerReward;
        var largestStage = Money.Zero(Budget.Currency);
        foreach (var stage in rule.Stages)
        {
            largestStage = Money.Max(largestStage, stage.Reward);
        }

        return Remaining.IsZero || Remaining < dearest + largestStage || _definition.Distribution?.LevelRates.Any(r => r > 0m) == true;
    }

    private ReferralCredited Rewards(DomainEventId eventId, Instant at, MemberId referrer, MemberId referee)
    {
        var rule = _definition.Rule;
        var zero = Money.Zero(Budget.Currency);
        _tallies.TryGetValue(referrer.Value, out var tally);
        var withinMember = _definition.PerMemberLimit is not { } perMember || (tally?.Rewarded ?? 0) < perMember;
        var withinDay = _definition.PerDayLimit is not { } perDay || _rewardedPerDay.GetValueOrDefault((referrer, DayOf(at))) < perDay;
        if (!withinMember || !withinDay)
        {
            return new ReferralCredited(eventId, Id, at, referrer, referee, zero, zero, Counted: false);
        }

        var reward = rule.PerReferral;
        var count = (tally?.Counted ?? 0) + 1;
        for (var i = tally?.StagesPaid ?? 0; i < rule.Stages.Count && rule.Stages[i].Referrals <= count; i++)
        {
            reward += rule.Stages[i].Reward;
        }

        return new ReferralCredited(eventId, Id, at, referrer, referee, reward, rule.NewcomerReward, Counted: true);
    }

    private LocalDate DayOf(Instant at) => at.InZone(_definition.TimeZone).Date;

    private static DomainRuleException Rule(string code, string message) => new(code, message);
}
