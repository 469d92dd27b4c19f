using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Guides;

// docs/guide/embedding.md, compiled: each "// begin NAME" ... "// end NAME" region is shown in the guide under
// <!-- compiled: NAME -->, line for line (EmbeddingGuideTests checks it), and the test runs the whole walk.

// begin store
/// <summary>An append-only event store with an expected-version check: what a service keeps in its database.</summary>
public sealed class PoolStore
{
    private readonly Dictionary<PoolId, List<string>> _streams = [];
    private readonly Dictionary<PoolId, string> _snapshots = [];

    /// <summary>Appends events as JSON, refusing the append when another writer was first.</summary>
    public void Append(PoolId pool, IReadOnlyList<PoolEvent> events, int expectedVersion)
    {
        var stream = _streams.TryGetValue(pool, out var s) ? s : _streams[pool] = [];
        if (stream.Count != expectedVersion)
        {
            throw new InvalidOperationException($"Pool {pool} is at version {stream.Count}, not {expectedVersion}.");
        }

        stream.AddRange(events.Select(e => PrivateTrafficJson.Serialize(e)));
    }

    /// <summary>The events from a position on (0 = the whole history).</summary>
    public List<PoolEvent> Read(PoolId pool, int from = 0) =>
        _streams[pool].Skip(from).Select(PrivateTrafficJson.Deserialize<PoolEvent>).ToList();

    /// <summary>Replaces the whole stream (only erasure does this).</summary>
    public void Replace(PoolId pool, IReadOnlyList<PoolEvent> events) =>
        _streams[pool] = events.Select(e => PrivateTrafficJson.Serialize(e)).ToList();

    public void SaveSnapshot(PoolId pool, string json) => _snapshots[pool] = json;

    public string? LoadSnapshot(PoolId pool) => _snapshots.GetValueOrDefault(pool);

    public void DropSnapshot(PoolId pool) => _snapshots.Remove(pool);
}
// end store

/// <summary>The guide's walk, in the order the guide tells it.</summary>
internal static class EmbeddingGuide
{
    public static PoolValuation Run()
    {
        var store = new PoolStore();
        var now = Instant.FromUtc(2026, 11, 2, 2, 0);

        // begin open
        // Open a pool: its definition (limits, lifecycle, future tolerance) is its first event.
        var pool = PrivatePool.Open(PoolId.From("brand-a:clerk-li"), "Brand A", ChannelId.From("wechat:clerk-li"),
            ChannelKind.PersonalWeChat, ["prospects", "customers"], now, DomainEventId.From("open-1"),
            lifecycle: LifecyclePolicy.Create(Period.FromDays(60), Period.FromDays(120)),
            futureTolerance: Duration.FromDays(7));
        store.Append(pool.Id, pool.PendingEvents, expectedVersion: 0);
        pool.ClearPendingEvents();
        // end open

        // begin command
        // A command: decide (nothing changes), store the events, then apply them. The pool is never ahead of its store.
        void Handle(PoolDecision decision)
        {
            if (decision.Events.Count == 0)
            {
                return;   // a retried request (IsRepeat) or a review with nothing to change
            }

            store.Append(pool.Id, decision.Events, expectedVersion: decision.BaseVersion);
            pool.Apply(decision);
        }

        var zhang = MemberId.From("wx-7f3a");
        var wang = MemberId.From("wx-91c0");
        Handle(pool.DecideCapture(zhang, ChannelId.From("counter-sample"), now + Duration.FromHours(1), DomainEventId.From("c-1")));
        Handle(pool.DecidePurchase(zhang, "skincare", Money.Yuan(199m), now + Duration.FromDays(3), DomainEventId.From("order-1"),
            margin: Money.Yuan(80m)));
        Handle(pool.DecideCapture(wang, ChannelId.From("friend-share"), now + Duration.FromDays(4), DomainEventId.From("c-2"),
            referredBy: new ReferredBy(zhang, CampaignId.From("free-lesson"), ReferralMechanic.BenefitUnlock, Money.Yuan(5m))));
        Handle(pool.DecidePurchase(wang, "skincare", Money.Yuan(99m), now + Duration.FromDays(5), DomainEventId.From("order-2")));
        // The same request again changes nothing: its event id is known.
        Handle(pool.DecidePurchase(wang, "skincare", Money.Yuan(99m), now + Duration.FromDays(5), DomainEventId.From("order-2")));
        // end command

        // begin snapshot
        // Every N events, store a snapshot; to load the pool, restore it with the events stored after it.
        store.SaveSnapshot(pool.Id, PrivateTrafficJson.Serialize(pool.ToSnapshot()));
        Handle(pool.DecideInteraction(wang, "moments-like", now + Duration.FromDays(6), DomainEventId.From("like-1")));

        var snapshot = PrivateTrafficJson.Deserialize<PoolSnapshot>(store.LoadSnapshot(pool.Id)!);
        var loaded = PrivatePool.Restore(snapshot, store.Read(pool.Id, from: snapshot.Version));
        // end snapshot

        // begin erase
        // Erasure (PIPL): erase in the pool, store the event, then redact the stored history and drop older snapshots.
        // The redacted history still rebuilds to the same pool: the same metrics, the same members.
        var erasure = loaded.Decide(new MemberErased(DomainEventId.From("erase-1"), loaded.Id, now + Duration.FromDays(7), wang));
        store.Append(loaded.Id, erasure.Events, expectedVersion: erasure.BaseVersion);
        loaded.Apply(erasure);
        var redacted = PoolRedaction.Redact(store.Read(loaded.Id), wang, MemberId.From("erased-0001"));
        store.Replace(loaded.Id, redacted);
        store.DropSnapshot(loaded.Id);
        var rebuilt = PrivatePool.Rebuild(store.Read(loaded.Id));
        // end erase

        // begin score
        // Value the pool in one call: realized, potential and model value, tiers and RFM per buyer; prospects' value of
        // converting; totals that count each member once. The models are fitted elsewhere (BgNbdModel.Fit, GammaGammaModel.Fit).
        var purchases = BgNbdParameters.Create(0.243, 4.414, 0.793, 2.426, TimeUnit.Weeks);
        var spend = GammaGammaParameters.Create(6.25, 3.74, 15.44);
        var policy = TierPolicy.Create("bands", [
            TierPolicyRule.For(ValueTier.Top, null, TierAction.Of("vip-care", "one-to-one care")),
            TierPolicyRule.For(ValueTier.Middle, null, TierAction.Of("nurture", "moments and group activities")),
            TierPolicyRule.For(ValueTier.Bottom, null, TierAction.Of("low-touch", "mass messages only")),
        ]);
        var valuation = PoolValuation.Score(PoolValueInputs.From(rebuilt, store.Read(rebuilt.Id)), new LocalDate(2026, 11, 30),
            purchases, spend, LifetimeValueHorizon.Create(12, TimeUnit.Months, 0.01), policy);
        Console.WriteLine(valuation.Base);
        // end score

        if (PrivateTrafficJson.Serialize(rebuilt) != PrivateTrafficJson.Serialize(loaded))
        {
            throw new InvalidOperationException("The redacted history did not rebuild to the same pool.");
        }

        return valuation;
    }
}
