using System.Collections.Generic;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Fission;

// The fold: applies an event already checked. No checks here.
public sealed partial class FissionCampaign
{
    /// <summary>Rebuilds a campaign from its events, its launch first, each checked by every rule.</summary>
    /// <param name="events">The campaign's events in order.</param>
    /// <exception cref="DomainRuleException">An event a rule refuses.</exception>
    public static FissionCampaign Rebuild(IEnumerable<CampaignEvent> events)
    {
        Guard.Against.Null(events);
        using var e = events.GetEnumerator();
        Guard.Against.Unmet(e.MoveNext() && e.Current is CampaignLaunched, "A campaign's history starts with its launch.", nameof(events));
        var launched = (CampaignLaunched)e.Current;
        CheckDefinition(launched);
        var campaign = new FissionCampaign(launched);
        while (e.MoveNext())
        {
            campaign.Apply(e.Current);
        }

        return campaign;
    }

    private void Fold(CampaignEvent e)
    {
        switch (e)
        {
            case ReferralCredited credited:
                FoldCredit(credited);
                break;
            case CommissionPaid paid:
                Spent += paid.Total;
                break;
            case HelperLeft left:
                var credit = _credits[left.Helper.Value];
                _credits[left.Helper.Value] = credit with { Left = true };
                if (credit.Counted)
                {
                    _tallies[credit.Referrer.Value].Counted--;
                    Counted--;
                }

                break;
            case CampaignEnded ended:
                EndReason = ended.Reason;
                break;
        }

        _applied.Add(e.EventId.Value);
        _entries.Add(e);
        LatestAt = e.At;
        Version++;
    }

    private void FoldCredit(ReferralCredited credited)
    {
        _credits.Add(credited.Referee.Value, new Credit(credited.Referrer, credited.Counted, Left: false));
        if (!_tallies.TryGetValue(credited.Referrer.Value, out var tally))
        {
            _tallies.Add(credited.Referrer.Value, tally = new Tally());
        }

        if (credited.Counted)
        {
            tally.Counted++;
            tally.Rewarded++;
            Counted++;
            var stages = _definition.Rule.Stages;
            while (tally.StagesPaid < stages.Count && stages[tally.StagesPaid].Referrals <= tally.Counted)
            {
                tally.StagesPaid++;
            }

            if (_definition.PerDayLimit is not null)
            {
                var key = (credited.Referrer, DayOf(credited.At));
                _rewardedPerDay[key] = _rewardedPerDay.GetValueOrDefault(key) + 1;
            }
        }

        Spent += credited.ReferrerReward + credited.NewcomerReward;
    }
}
