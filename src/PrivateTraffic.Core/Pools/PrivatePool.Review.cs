using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

// The review: the pool's clock tick, which brings recorded stages up to date with the calendar.
public sealed partial class PrivatePool
{
    /// <summary>Decides a review: a <see cref="PoolReviewed"/> with id <paramref name="reviewId"/>, then, for each member whose
    /// stage as of <paramref name="asOf"/> differs from the recorded one (gone dormant, churned by dormancy), a
    /// <see cref="StageChanged"/> with id <c>{reviewId}~{n}</c>, n = 0, 1, ....</summary>
    /// <param name="asOf">The instant of the review.</param>
    /// <param name="reviewId">The review's event id (short enough to take a suffix).</param>
    /// <returns>The decision; a repeat when <paramref name="reviewId"/> was already applied.</returns>
    /// <exception cref="DomainRuleException"><see cref="DomainRuleCodes.PoolEventIdTaken"/>, <see cref="DomainRuleCodes.PoolEventInFuture"/>,
    /// <see cref="DomainRuleCodes.PoolEventOutOfOrder"/> for an instant before the pool's creation.</exception>
    public PoolDecision DecideReview(Instant asOf, DomainEventId reviewId)
    {
        var review = new PoolReviewed(reviewId, Id, asOf);
        CheckEnvelope(review);
        if (_applied.Contains(reviewId.Value))
        {
            return Repeat();
        }

        // The longest id this review could derive must be valid before anything is decided.
        Derive(reviewId, _slotCount.ToString(CultureInfo.InvariantCulture));
        Check(review);
        var events = new List<PoolEvent> { review };
        for (var i = 0; i < _slotCount; i++)
        {
            ref readonly var s = ref _slots[i];
            if (s.Erased || s.LastEventAt > asOf)
            {
                continue;
            }

            var stage = Lifecycle.Evaluate(s, _zones[s.ZoneIndex], asOf);
            if (stage != s.Stage)
            {
                var change = new StageChanged(Derive(reviewId, (events.Count - 1).ToString(CultureInfo.InvariantCulture)), Id, asOf, s.Id, s.Stage, stage);
                RefuseTaken(change.EventId);
                events.Add(change);
            }
        }

        return new PoolDecision(this, events, Version);
    }

    /// <summary>Brings recorded stages up to date with the clock: <see cref="DecideReview"/>, applied and pending. Run it
    /// daily, for example.</summary>
    /// <param name="asOf">The instant of the review.</param>
    /// <param name="reviewId">The base id for the raised events.</param>
    /// <returns>How many stages changed (0 for a repeated review).</returns>
    /// <exception cref="DomainRuleException">As <see cref="DecideReview"/>.</exception>
    public int Review(Instant asOf, DomainEventId reviewId)
    {
        var decision = DecideReview(asOf, reviewId);
        Commit(decision);
        return Math.Max(0, decision.Events.Count - 1);
    }
}
