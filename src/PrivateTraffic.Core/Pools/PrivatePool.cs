using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Pools;

/// <summary>
/// A private traffic pool (私域流量池): the members a brand owns on one of its private channels, split into
/// sub-pools (for example precise prospects and customers), with each member's lifecycle stage, consent and
/// referrer. Every change is a <see cref="PoolEvent"/>; the pool is the fold of its events.
/// </summary>
/// <remarks>
/// <para>Commands (<see cref="Capture"/>, <see cref="RecordPurchase"/>, <see cref="Leave"/>, ...) check the rules,
/// apply the resulting events and append them to <see cref="PendingEvents"/> for the caller to store. The same
/// events replayed with <see cref="Rebuild"/> or <see cref="Apply"/> give an equal pool. An event whose id was
/// already applied changes nothing; an event out of order or against a rule is refused with a
/// <see cref="DomainRuleException"/> and the pool stays exactly as it was.</para>
/// <para>Sizes: <see cref="MemberCount"/> counts every member not erased, churned ones included (the stage counts
/// sum to it); <see cref="PresentCount"/> counts those still in (not left), which is what capacity limits.</para>
/// <para>Not thread-safe: one writer at a time.</para>
/// </remarks>
[JsonConverter(typeof(PrivatePoolJsonConverter))]
public sealed class PrivatePool
{
    /// <summary>The time zone members get when none is given.</summary>
    public static readonly DateTimeZone DefaultTimeZone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    // Rebuilds of at least this many events index their ids in bulk before the fold (see EventIdLedger).
    private const int IndexIdsInBulkFrom = 10_000;

    private readonly PoolCreated _definition;
    // Keyed by the ids' text: the BCL's string-keyed tables hash faster than a wrapper struct's (measured: 10M
    // event ids in 3.2 s instead of 5.9 s on the benchmark machine), and ordinal text equality is the ids' equality.
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly EventIdLedger _applied = new();
    private readonly List<ChannelId> _sources = [];
    private readonly Dictionary<ChannelId, int> _sourceIndex = [];
    private readonly List<DateTimeZone> _zones = [DefaultTimeZone];
    private readonly List<PoolEvent> _pending = [];
    private MemberState[] _slots = new MemberState[16];
    private int _slotCount;

    private PrivatePool(PoolCreated definition, LifecyclePolicy lifecycle)
    {
        ValidateDefinition(definition);
        _definition = definition;
        Lifecycle = lifecycle;
        _applied.Add(definition.EventId.Value);
    }

    /// <summary>The pool's id.</summary>
    public PoolId Id => _definition.Pool;

    /// <summary>The brand or person who owns the pool.</summary>
    public string Owner => _definition.Owner;

    /// <summary>The private channel the pool lives on.</summary>
    public ChannelId Channel => _definition.Channel;

    /// <summary>The kind of that channel (always private).</summary>
    public ChannelKind Kind => _definition.Kind;

    /// <summary>When the pool was opened.</summary>
    public Instant CreatedAt => _definition.At;

    /// <summary>The event that opened the pool; <see cref="Rebuild"/> starts from it.</summary>
    public PoolCreated Definition => _definition;

    /// <summary>The sub-pools' names, in order; new members go to the first unless told otherwise.</summary>
    public IReadOnlyList<string> SubPools => _definition.SubPools;

    /// <summary>The most present members the pool holds, or null for no ceiling.</summary>
    public int? Capacity => _definition.Capacity;

    /// <summary>The size past which joining by group QR code stops, or null.</summary>
    public int? QrCodeJoinLimit => _definition.QrCodeJoinLimit;

    /// <summary>The rules that give a member's stage.</summary>
    public LifecyclePolicy Lifecycle { get; }

    /// <summary>Members not erased, churned ones included; the stage counts always sum to it.</summary>
    public int MemberCount => _index.Count;

    /// <summary>Members still in the pool (neither left nor erased); what <see cref="Capacity"/> limits.</summary>
    public int PresentCount { get; private set; }

    /// <summary>Erased members, kept only as anonymous tombstones.</summary>
    public int ErasedCount { get; private set; }

    /// <summary>Whether the pool is at its capacity: a capture now is refused, and <see cref="ProposeNextGroup"/> gives the next group.</summary>
    public bool IsFull => Capacity is { } cap && PresentCount >= cap;

    /// <summary>How many distinct events the pool has applied, its creation included.</summary>
    public int Version => _applied.Count;

    /// <summary>Events raised by commands since the last <see cref="ClearPendingEvents"/>, oldest first, for the caller to store.</summary>
    public IReadOnlyList<PoolEvent> PendingEvents => _pending;

    /// <summary>Every member not erased, in capture order, as read-only views.</summary>
    public IEnumerable<PoolMember> Members
    {
        get
        {
            for (var i = 0; i < _slotCount; i++)
            {
                if (!_slots[i].Erased)
                {
                    yield return View(i);
                }
            }
        }
    }

    internal ReadOnlySpan<MemberState> Slots => _slots.AsSpan(0, _slotCount);

    internal IReadOnlyList<ChannelId> Sources => _sources;

    internal IReadOnlyList<DateTimeZone> Zones => _zones;

    internal IEnumerable<string> AppliedEventIds => _applied.Ids;

    /// <summary>Opens a pool on a private channel; the <see cref="PoolCreated"/> event is the first pending event.</summary>
    /// <param name="id">The pool's id.</param>
    /// <param name="owner">The owning brand or person.</param>
    /// <param name="channel">The private channel.</param>
    /// <param name="kind">Its kind; a private one, since a public channel cannot own a pool.</param>
    /// <param name="subPools">1 to 32 distinct sub-pool names (1 to 64 characters), such as <c>prospects</c>, <c>customers</c>.</param>
    /// <param name="at">When the pool opens.</param>
    /// <param name="eventId">The creation event's id.</param>
    /// <param name="capacity">The capacity policy; <see cref="CapacityPolicy.Default"/> when null.</param>
    /// <param name="createdBy">Who created the group (only WeCom groups look at it).</param>
    /// <param name="lifecycle">The lifecycle rules; <see cref="LifecyclePolicy.Default"/> when null.</param>
    /// <returns>The new pool.</returns>
    /// <exception cref="ArgumentException">A missing or malformed argument.</exception>
    public static PrivatePool Open(
        PoolId id,
        string owner,
        ChannelId channel,
        ChannelKind kind,
        IReadOnlyList<string> subPools,
        Instant at,
        DomainEventId eventId,
        CapacityPolicy? capacity = null,
        GroupCreator createdBy = GroupCreator.WeComMember,
        LifecyclePolicy? lifecycle = null)
    {
        capacity ??= CapacityPolicy.Default;
        var created = new PoolCreated(eventId, id, at, owner, channel, kind, Guard.Against.Null(subPools),
            capacity.LimitFor(kind, createdBy), capacity.QrCodeJoinLimitFor(kind));
        var pool = new PrivatePool(created, lifecycle ?? LifecyclePolicy.Default);
        pool._pending.Add(created);
        return pool;
    }

    /// <summary>Rebuilds a pool from its events (a left fold), starting with its <see cref="PoolCreated"/>.</summary>
    /// <param name="events">The events in the order they were applied.</param>
    /// <param name="lifecycle">The lifecycle rules; <see cref="LifecyclePolicy.Default"/> when null.</param>
    /// <returns>The pool, with no pending events.</returns>
    /// <exception cref="ArgumentException">No events, or a malformed event.</exception>
    /// <exception cref="DomainRuleException">The first event is not a creation, or an event breaks a rule (see <see cref="Apply"/>).</exception>
    /// <remarks>A long history (10,000 events or more) given as a list (<see cref="IReadOnlyList{T}"/>) has its event
    /// ids indexed in bulk before the fold, with the machine's cores sharing the hashing and sorting; the result and
    /// the errors are those of applying the events one by one. The list itself is read on the calling thread only,
    /// and must not change during the call.</remarks>
    public static PrivatePool Rebuild(IEnumerable<PoolEvent> events, LifecyclePolicy? lifecycle = null) =>
        RebuildCore(events, lifecycle, IndexIdsInBulkFrom);

    /// <summary><see cref="Rebuild"/> with the history length from which the event ids are indexed in bulk (tests
    /// change it to check that both paths give the same pool).</summary>
    internal static PrivatePool RebuildCore(IEnumerable<PoolEvent> events, LifecyclePolicy? lifecycle, int indexIdsInBulkFrom)
    {
        Guard.Against.Null(events);
        using var e = events.GetEnumerator();
        Guard.Against.Unmet(e.MoveNext(), "A pool's history starts with its PoolCreated event.", nameof(events));
        if (e.Current is not PoolCreated created)
        {
            throw new DomainRuleException(DomainRuleCodes.PoolEventOutOfOrder,
                $"A pool's history must start with {nameof(PoolCreated)}, not {e.Current?.GetType().Name ?? "null"}.");
        }

        var pool = new PrivatePool(created, lifecycle ?? LifecyclePolicy.Default);
        if (events is IReadOnlyList<PoolEvent> list)
        {
            // Size the tables once instead of growing them through a million members.
            pool.SizeMemberTables(list);
            if (list.Count >= indexIdsInBulkFrom)
            {
                pool.FoldIndexedHistory(list);
                return pool;
            }

            pool._applied.EnsureCapacity(list.Count);
        }

        while (e.MoveNext())
        {
            pool.Apply(e.Current);
        }

        return pool;
    }

    internal static PrivatePool Restore(PoolCreated definition, LifecyclePolicy lifecycle) => new(definition, lifecycle);

    /// <summary>Applies one event. An event already applied (same id) changes nothing and returns false.</summary>
    /// <param name="poolEvent">The event.</param>
    /// <returns>True when the event changed the pool; false when it was a duplicate.</returns>
    /// <exception cref="ArgumentException">A null or malformed event (blank category, undefined enum value, ...).</exception>
    /// <exception cref="DomainRuleException">The event is for another pool, out of order, or breaks a rule; the pool is unchanged.</exception>
    public bool Apply(PoolEvent poolEvent)
    {
        CheckEnvelope(poolEvent);

        // One hash lookup per event: claim the id first, give it back if the event is refused.
        if (!_applied.Add(poolEvent.EventId.Value))
        {
            return false;
        }

        try
        {
            ApplyClaimed(poolEvent);
        }
        catch
        {
            _applied.Remove(poolEvent.EventId.Value);
            throw;
        }

        return true;
    }

    /// <summary>Forgets the pending events, once the caller has stored them.</summary>
    public void ClearPendingEvents() => _pending.Clear();

    /// <summary>Whether a member is in the pool's records (present or churned; not erased).</summary>
    /// <param name="member">The member.</param>
    /// <returns>True when known.</returns>
    public bool Contains(MemberId member) => _index.ContainsKey(member.Value);

    /// <summary>The member's view, or null when the pool does not know them (never captured, or erased).</summary>
    /// <param name="member">The member.</param>
    /// <returns>The view or null.</returns>
    public PoolMember? Find(MemberId member) => _index.TryGetValue(member.Value, out var i) ? View(i) : null;

    /// <summary>The member's stage as of an instant: a pure function of their history and <see cref="Lifecycle"/>.
    /// Exact for instants at or after the member's last event; for earlier instants use
    /// <see cref="LifecyclePolicy.StageAsOf"/> over the history.</summary>
    /// <param name="member">A member the pool knows.</param>
    /// <param name="asOf">The instant.</param>
    /// <returns>The stage.</returns>
    /// <exception cref="ArgumentException">The pool does not know the member.</exception>
    public LifecycleStage StageOf(MemberId member, Instant asOf)
    {
        ref readonly var s = ref _slots[Require(member)];
        return Lifecycle.Evaluate(s, _zones[s.ZoneIndex], asOf);
    }

    /// <summary>Whether the member may be reached for a purpose on a channel at an instant: the latest consent
    /// record for that purpose and channel at or before <paramref name="asOf"/> is a grant, and the member has
    /// neither left nor been erased by then. This is what reach planning reads.</summary>
    /// <param name="member">The member; an unknown or erased member has no consent.</param>
    /// <param name="purpose">The purpose.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="asOf">The instant.</param>
    /// <returns>True only with a standing grant.</returns>
    public bool HasConsent(MemberId member, ConsentPurpose purpose, ChannelId channel, Instant asOf)
    {
        if (!_index.TryGetValue(member.Value, out var i))
        {
            return false;
        }

        ref readonly var s = ref _slots[i];
        if ((s.Left && s.GoneAt <= asOf) || s.Consents is null)
        {
            return false;
        }

        var granted = false;
        var latest = Instant.MinValue;
        foreach (var c in s.Consents)
        {
            if (c.Purpose == purpose && c.Channel == channel && c.At <= asOf && c.At >= latest)
            {
                granted = c.Granted;
                latest = c.At;
            }
        }

        return granted;
    }

    /// <summary>The members this member brought who joined (their edges in the referral graph), in capture order.</summary>
    /// <param name="member">A member the pool knows.</param>
    /// <returns>The members they referred, erased ones left out.</returns>
    /// <exception cref="ArgumentException">The pool does not know the member.</exception>
    public IReadOnlyList<MemberId> ReferralsOf(MemberId member)
    {
        var referees = _slots[Require(member)].Referees;
        if (referees is null)
        {
            return [];
        }

        var ids = new MemberId[referees.Count];
        for (var k = 0; k < ids.Length; k++)
        {
            ids[k] = _slots[referees[k]].Id;
        }

        return ids;
    }

    /// <summary>Captures a person into the pool (引流). Raises <see cref="MemberCaptured"/>, and with a referrer also
    /// <see cref="MemberReferred"/> (id <c>{eventId}~referral</c>) and the referrer's <see cref="StageChanged"/> to
    /// advocate if they became one (id <c>{eventId}~referrer-stage</c>).</summary>
    /// <param name="member">The new member.</param>
    /// <param name="source">Where they were captured.</param>
    /// <param name="at">When.</param>
    /// <param name="eventId">The capture's event id (at most 112 characters, room for the derived ids).</param>
    /// <param name="subPool">The sub-pool; the first one when null.</param>
    /// <param name="referrer">Who brought them, if anyone; a member captured earlier.</param>
    /// <param name="timeZone">Their time zone; Asia/Shanghai when null.</param>
    /// <param name="tags">Labels; none when null.</param>
    /// <param name="joinedBy">How they came in.</param>
    /// <returns>True when captured; false when <paramref name="eventId"/> was already applied (a repeated command).</returns>
    /// <exception cref="DomainRuleException"><see cref="DomainRuleCodes.PoolCapacityExceeded"/> when the pool is full
    /// (or past the QR-code limit for a QR join), <see cref="DomainRuleCodes.PoolMemberAlreadyCaptured"/>,
    /// <see cref="DomainRuleCodes.PoolInvalidMove"/> for an unknown sub-pool, <see cref="DomainRuleCodes.PoolInvalidReferral"/>.
    /// The pool is unchanged.</exception>
    public bool Capture(
        MemberId member,
        ChannelId source,
        Instant at,
        DomainEventId eventId,
        string? subPool = null,
        MemberId? referrer = null,
        DateTimeZone? timeZone = null,
        IEnumerable<string>? tags = null,
        JoinMethod joinedBy = JoinMethod.Invitation)
    {
        var captured = new MemberCaptured(eventId, Id, at, member, source, subPool ?? SubPools[0], timeZone ?? DefaultTimeZone,
            tags is null ? [] : [.. tags], joinedBy);
        MemberReferred? referral = null;
        var referrerStageId = default(DomainEventId);
        if (referrer is { } r)
        {
            // Every derived id is made before anything is applied, so a too-long id cannot leave half a capture.
            referral = new MemberReferred(Derive(eventId, "referral"), Id, at, member, r);
            referrerStageId = Derive(eventId, "referrer-stage");
            CheckReferral(referral, capturedIndex: _slotCount);
        }

        if (!Raise(captured))
        {
            return false;
        }

        if (referral is not null)
        {
            Raise(referral);
            RaiseStageChangeIfAny(referral.Referrer, at, referrerStageId);
        }

        return true;
    }

    /// <summary>Records a purchase; raises <see cref="PurchaseRecorded"/> and, when the stage moves (prospect to first
    /// purchase, dormant back to buying, ...), <see cref="StageChanged"/> with id <c>{eventId}~stage</c>.</summary>
    /// <param name="member">The buyer.</param>
    /// <param name="category">The product category.</param>
    /// <param name="amount">What they paid.</param>
    /// <param name="at">When.</param>
    /// <param name="eventId">The event id.</param>
    /// <returns>True when recorded; false for a repeated event id.</returns>
    /// <exception cref="DomainRuleException"><see cref="DomainRuleCodes.PoolEventOutOfOrder"/> (a purchase before the
    /// capture or before the member's last event), <see cref="DomainRuleCodes.PoolMemberGone"/>.</exception>
    public bool RecordPurchase(MemberId member, string category, Money amount, Instant at, DomainEventId eventId) =>
        RaiseWithStage(new PurchaseRecorded(eventId, Id, at, member, category, amount));

    /// <summary>Records an interaction (a reply, a like, an activity); it ends dormancy like a purchase does.</summary>
    /// <param name="member">The member.</param>
    /// <param name="kind">What kind of interaction.</param>
    /// <param name="at">When.</param>
    /// <param name="eventId">The event id.</param>
    /// <returns>True when recorded; false for a repeated event id.</returns>
    /// <exception cref="DomainRuleException">As for <see cref="RecordPurchase"/>.</exception>
    public bool RecordInteraction(MemberId member, string kind, Instant at, DomainEventId eventId) =>
        RaiseWithStage(new InteractionRecorded(eventId, Id, at, member, kind));

    /// <summary>Moves a member to another sub-pool, for example from prospects to customers.</summary>
    /// <param name="member">The member.</param>
    /// <param name="toSubPool">The target sub-pool.</param>
    /// <param name="at">When.</param>
    /// <param name="eventId">The event id.</param>
    /// <returns>True when moved; false for a repeated event id.</returns>
    /// <exception cref="DomainRuleException"><see cref="DomainRuleCodes.PoolInvalidMove"/> for an unknown sub-pool or one
    /// the member is already in; <see cref="DomainRuleCodes.PoolMemberGone"/>; out of order.</exception>
    public bool Move(MemberId member, string toSubPool, Instant at, DomainEventId eventId)
    {
        var from = _index.TryGetValue(member.Value, out var i) ? SubPools[_slots[i].SubPoolIndex] : string.Empty;
        return Raise(new MemberMoved(eventId, Id, at, member, from, toSubPool));
    }

    /// <summary>Records that the member consents to a purpose on a channel from <paramref name="at"/> on.</summary>
    /// <param name="member">The member.</param>
    /// <param name="purpose">The purpose.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="at">When.</param>
    /// <param name="eventId">The event id.</param>
    /// <returns>True when recorded; false for a repeated event id.</returns>
    /// <exception cref="DomainRuleException">Unknown, gone, or out of order.</exception>
    public bool GrantConsent(MemberId member, ConsentPurpose purpose, ChannelId channel, Instant at, DomainEventId eventId) =>
        Raise(new ConsentGranted(eventId, Id, at, member, purpose, channel));

    /// <summary>Records that the member withdraws consent; it holds at once and until a later grant.</summary>
    /// <param name="member">The member.</param>
    /// <param name="purpose">The purpose.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="at">When.</param>
    /// <param name="eventId">The event id.</param>
    /// <returns>True when recorded; false for a repeated event id.</returns>
    /// <exception cref="DomainRuleException">Unknown, gone, or out of order.</exception>
    public bool WithdrawConsent(MemberId member, ConsentPurpose purpose, ChannelId channel, Instant at, DomainEventId eventId) =>
        Raise(new ConsentWithdrawn(eventId, Id, at, member, purpose, channel));

    /// <summary>Records that the member left; raises <see cref="MemberLeft"/> and <see cref="StageChanged"/> to churned
    /// (id <c>{eventId}~stage</c>).</summary>
    /// <param name="member">The member.</param>
    /// <param name="reason">Why.</param>
    /// <param name="at">When.</param>
    /// <param name="eventId">The event id.</param>
    /// <returns>True when recorded; false for a repeated event id.</returns>
    /// <exception cref="DomainRuleException">Unknown, already gone, or out of order.</exception>
    public bool Leave(MemberId member, LeaveReason reason, Instant at, DomainEventId eventId) =>
        RaiseWithStage(new MemberLeft(eventId, Id, at, member, reason));

    /// <summary>Erases the member (PIPL): afterwards the pool holds nothing personal of theirs, only an anonymous
    /// tombstone with the instants the metrics need; members they referred lose the link to them.</summary>
    /// <param name="member">The member; one who left may be erased too.</param>
    /// <param name="at">When.</param>
    /// <param name="eventId">The event id.</param>
    /// <returns>True when erased; false for a repeated event id.</returns>
    /// <exception cref="DomainRuleException">Unknown or out of order.</exception>
    public bool Erase(MemberId member, Instant at, DomainEventId eventId) =>
        Raise(new MemberErased(eventId, Id, at, member));

    /// <summary>Brings recorded stages up to date with the clock: each member whose stage as of <paramref name="asOf"/>
    /// differs from the recorded one (gone dormant, churned by dormancy) gets a <see cref="StageChanged"/> with id
    /// <c>{reviewId}~{n}</c>. Run it daily, for example.</summary>
    /// <param name="asOf">The instant of the review.</param>
    /// <param name="reviewId">The base id for the raised events (short enough to take a suffix).</param>
    /// <returns>How many stages changed.</returns>
    public int Review(Instant asOf, DomainEventId reviewId)
    {
        // The longest id this review could derive must be valid before the first change is applied.
        Derive(reviewId, _slotCount.ToString(CultureInfo.InvariantCulture));
        var changed = 0;
        for (var i = 0; i < _slotCount; i++)
        {
            ref readonly var s = ref _slots[i];
            if (s.Erased || s.LastEventAt > asOf)
            {
                continue;
            }

            var stage = Lifecycle.Evaluate(s, _zones[s.ZoneIndex], asOf);
            if (stage != s.Stage && Raise(new StageChanged(Derive(reviewId, changed.ToString(CultureInfo.InvariantCulture)), Id, asOf, s.Id, s.Stage, stage)))
            {
                changed++;
            }
        }

        return changed;
    }

    /// <summary>Proposes the next group when this one fills up (groups spawn groups): a <see cref="PoolCreated"/> for a
    /// twin pool with the same owner, channel kind, sub-pools and limits, which the caller opens with
    /// <see cref="Rebuild"/> (or ignores).</summary>
    /// <param name="nextId">The new group's pool id.</param>
    /// <param name="nextChannel">The new group's channel id.</param>
    /// <param name="at">When it would open.</param>
    /// <param name="eventId">The creation event's id.</param>
    /// <returns>The proposed creation event; nothing is raised on this pool.</returns>
    public PoolCreated ProposeNextGroup(PoolId nextId, ChannelId nextChannel, Instant at, DomainEventId eventId) =>
        _definition with { EventId = eventId, Pool = nextId, Channel = nextChannel, At = at };

    /// <summary>The pool's metrics over a range of dates in a time zone (see <see cref="PoolMetrics"/>).</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day, on or after <paramref name="from"/>.</param>
    /// <param name="zone">The zone the days are in; Asia/Shanghai when null.</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public PoolMetrics Measure(LocalDate from, LocalDate to, DateTimeZone? zone = null) =>
        PoolMetricsCalculator.Compute(this, from, to, zone ?? DefaultTimeZone);

    internal void RestoreSlot(in MemberState state, ChannelId source, DateTimeZone zone)
    {
        var slot = state;
        slot.SourceIndex = SourceIndexOf(source);
        slot.ZoneIndex = ZoneIndexOf(zone);
        AddSlot(slot);
    }

    internal void RestoreAppliedIds(IReadOnlyList<DomainEventId> ids)
    {
        _applied.IndexIds(ids);
        // A snapshot written by hand may leave out the creation's id; the pool always holds it.
        _applied.Add(_definition.EventId.Value);
    }

    internal void RestoreReferees()
    {
        for (var i = 0; i < _slotCount; i++)
        {
            ref var s = ref _slots[i];
            if (s.Referrer.IsUnset)
            {
                continue;
            }

            Guard.Against.Unmet(_index.TryGetValue(s.Referrer.Value, out var r) && r < i,
                "A referrer must be a member captured before the member they brought.", "referrer");
            (_slots[r].Referees ??= []).Add(i);
        }
    }

    /// <summary>Sizes the member index and the slot array for the captures in a history.</summary>
    private void SizeMemberTables(IReadOnlyList<PoolEvent> events)
    {
        var captures = 0;
        for (var i = 0; i < events.Count; i++)
        {
            captures += events[i] is MemberCaptured ? 1 : 0;
        }

        _index.EnsureCapacity(captures);
        Array.Resize(ref _slots, Math.Max(captures, _slots.Length));
    }

    /// <summary>The checks <see cref="Apply"/> makes before it looks at the event id.</summary>
    private void CheckEnvelope(PoolEvent poolEvent)
    {
        Guard.Against.Null(poolEvent);
        if (poolEvent.Pool != Id)
        {
            throw Rule(DomainRuleCodes.PoolEventForOtherPool, $"Event {poolEvent.EventId} belongs to pool '{poolEvent.Pool}', not '{Id}'.");
        }

        Guard.Against.Unmet(!poolEvent.EventId.IsUnset, "The event id is unset.", nameof(poolEvent));
    }

    /// <summary>Applies an event whose id has just been claimed; throws, leaving the pool unchanged, when it is refused.</summary>
    private void ApplyClaimed(PoolEvent poolEvent)
    {
        if (poolEvent.At < _definition.At)
        {
            throw Rule(DomainRuleCodes.PoolEventOutOfOrder, $"Event {poolEvent.EventId} at {poolEvent.At} is before the pool was created ({_definition.At}).");
        }

        switch (poolEvent)
        {
            case MemberCaptured c:
                ApplyCaptured(c);
                break;
            case MemberEvent m:
                ApplyMemberEvent(m);
                break;
            case PoolCreated:
                throw Rule(DomainRuleCodes.PoolEventOutOfOrder, $"Pool '{Id}' was already created.");
            default:
                throw new ArgumentException($"Unknown pool event type {poolEvent.GetType().Name}.", nameof(poolEvent));
        }
    }

    /// <summary>
    /// The fold of <see cref="Rebuild"/> for a long history: the ledger indexes every event id first, which tells
    /// which events repeat an earlier id, then the events are applied in order, repeats skipped. The result is that of
    /// <see cref="Apply"/> event by event: an id is a repeat exactly when an earlier event has it (a refused event ends
    /// the rebuild, so no id is ever given back), the envelope checks (null, other pool, unset id) still run before the
    /// repeat is looked at, and the first refused event throws the same exception.
    /// </summary>
    private void FoldIndexedHistory(IReadOnlyList<PoolEvent> events)
    {
        _applied.IndexHistory(events);
        for (var k = 1; k < events.Count; k++)
        {
            var poolEvent = events[k];
            CheckEnvelope(poolEvent);
            if (!_applied.IsRepeatInHistory(k))
            {
                ApplyClaimed(poolEvent);
            }
        }
    }

    private static DomainRuleException Rule(string code, string message) => new(code, message);

    private static DomainEventId Derive(DomainEventId id, string suffix)
    {
        Guard.Against.Unmet(!id.IsUnset, "The event id is unset.", nameof(id));
        return DomainEventId.From(id.Value + "~" + suffix);
    }

    private static void ValidateDefinition(PoolCreated d)
    {
        Guard.Against.Null(d);
        Guard.Against.Unmet(!d.Pool.IsUnset, "The pool id is unset.", nameof(d.Pool));
        Guard.Against.Unmet(!d.EventId.IsUnset, "The event id is unset.", nameof(d.EventId));
        Guard.Against.Unmet(!d.Channel.IsUnset, "The channel id is unset.", nameof(d.Channel));
        Guard.Against.NullOrWhiteSpace(d.Owner, nameof(d.Owner));
        Guard.Against.Unmet(d.Owner.Length <= 200, "The owner's name is at most 200 characters.", nameof(d.Owner));
        ChannelKinds.RequirePrivate(d.Kind, nameof(d.Kind));
        Guard.Against.Null(d.SubPools, nameof(d.SubPools));
        Guard.Against.NotBetween(d.SubPools.Count, 1, 32, nameof(d.SubPools));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in d.SubPools)
        {
            Label(name, 64, nameof(d.SubPools));
            Guard.Against.Unmet(seen.Add(name), $"Sub-pool '{MessageText.Quote(name)}' appears twice.", nameof(d.SubPools));
        }

        if (d.Capacity is { } cap)
        {
            Guard.Against.ZeroOrBelow(cap, nameof(d.Capacity));
        }

        if (d.QrCodeJoinLimit is { } qr)
        {
            Guard.Against.ZeroOrBelow(qr, nameof(d.QrCodeJoinLimit));
        }
    }

    private static string Label(string? text, int maxLength, string paramName)
    {
        Guard.Against.NullOrWhiteSpace(text, paramName);
        if (text.Length > maxLength || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            // The message is built only on failure: this runs for every event of a rebuild.
            throw new ArgumentException($"'{MessageText.Quote(text)}' must be 1 to {maxLength} characters with no white space at either end.", paramName);
        }

        return text;
    }

    private static void Member(MemberId id, string paramName) =>
        Guard.Against.Unmet(!id.IsUnset, "The member id is unset.", paramName);

    private bool Raise(PoolEvent e)
    {
        if (!Apply(e))
        {
            return false;
        }

        _pending.Add(e);
        return true;
    }

    private bool RaiseWithStage(MemberEvent e)
    {
        var stageId = Derive(e.EventId, "stage");
        if (!Raise(e))
        {
            return false;
        }

        RaiseStageChangeIfAny(e.Member, e.At, stageId);
        return true;
    }

    private void RaiseStageChangeIfAny(MemberId member, Instant at, DomainEventId eventId)
    {
        ref readonly var s = ref _slots[_index[member.Value]];
        var when = at < s.LastEventAt ? s.LastEventAt : at;
        var stage = Lifecycle.Evaluate(s, _zones[s.ZoneIndex], when);
        if (stage != s.Stage)
        {
            Raise(new StageChanged(eventId, Id, when, member, s.Stage, stage));
        }
    }

    private PoolMember View(int i)
    {
        ref readonly var s = ref _slots[i];
        return new PoolMember(s, SubPools[s.SubPoolIndex], _sources[s.SourceIndex], _zones[s.ZoneIndex]);
    }

    private int Require(MemberId member) =>
        _index.TryGetValue(member.Value, out var i) ? i : throw new ArgumentException($"Pool '{Id}' does not know member '{MessageText.Quote(member.Value)}'.", nameof(member));

    /// <summary>The index of a sub-pool by name, or -1.</summary>
    internal int SubPoolIndex(string name)
    {
        var pools = SubPools;
        for (var i = 0; i < pools.Count; i++)
        {
            if (string.Equals(pools[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private ushort SourceIndexOf(ChannelId source)
    {
        if (!_sourceIndex.TryGetValue(source, out var i))
        {
            Guard.Against.Unmet(_sources.Count < ushort.MaxValue, "A pool tracks at most 65,535 source channels.", nameof(source));
            i = _sources.Count;
            _sources.Add(source);
            _sourceIndex.Add(source, i);
        }

        return (ushort)i;
    }

    private ushort ZoneIndexOf(DateTimeZone zone)
    {
        for (var i = 0; i < _zones.Count; i++)
        {
            if (ReferenceEquals(_zones[i], zone) || _zones[i].Id == zone.Id)
            {
                return (ushort)i;
            }
        }

        Guard.Against.Unmet(_zones.Count < 1024, "A pool tracks at most 1,024 time zones.", nameof(zone));
        _zones.Add(zone);
        return (ushort)(_zones.Count - 1);
    }

    private void AddSlot(in MemberState state)
    {
        if (_slotCount == _slots.Length)
        {
            Array.Resize(ref _slots, _slots.Length * 2);
        }

        _slots[_slotCount] = state;
        if (!state.Erased)
        {
            _index.Add(state.Id.Value, _slotCount);
            if (!state.Left)
            {
                PresentCount++;
            }
        }
        else
        {
            ErasedCount++;
        }

        _slotCount++;
    }

    private void ApplyCaptured(MemberCaptured c)
    {
        Member(c.Member, nameof(c.Member));
        Guard.Against.Unmet(!c.Source.IsUnset, "The source channel is unset.", nameof(c.Source));
        Guard.Against.Null(c.TimeZone, nameof(c.TimeZone));
        Guard.Against.Null(c.Tags, nameof(c.Tags));
        Guard.Against.Unmet(c.Tags.Count <= 64, "At most 64 tags.", nameof(c.Tags));
        foreach (var tag in c.Tags)
        {
            Label(tag, 64, nameof(c.Tags));
        }

        Guard.Against.Unmet(Enum.IsDefined(c.JoinedBy), "Not a join method.", nameof(c.JoinedBy));
        var subPool = SubPoolIndex(Label(c.SubPool, 64, nameof(c.SubPool)));
        if (subPool < 0)
        {
            throw Rule(DomainRuleCodes.PoolInvalidMove, $"Pool '{Id}' has no sub-pool '{MessageText.Quote(c.SubPool)}'.");
        }

        if (_index.ContainsKey(c.Member.Value))
        {
            throw Rule(DomainRuleCodes.PoolMemberAlreadyCaptured, $"Member '{MessageText.Quote(c.Member.Value)}' is already in pool '{Id}'.");
        }

        if (Capacity is { } cap && PresentCount >= cap)
        {
            throw Rule(DomainRuleCodes.PoolCapacityExceeded, $"Pool '{Id}' is full: {PresentCount} of {cap} members ({Kind}). Open the next group.");
        }

        if (c.JoinedBy == JoinMethod.GroupQrCode && QrCodeJoinLimit is { } qr && PresentCount >= qr)
        {
            throw Rule(DomainRuleCodes.PoolCapacityExceeded, $"Joining pool '{Id}' by group QR code stops past {qr} members; it has {PresentCount}. Invite instead.");
        }

        AddSlot(new MemberState
        {
            Id = c.Member,
            Referrer = default,
            Tags = c.Tags.Count == 0 ? null : [.. c.Tags],
            CapturedAt = c.At,
            FirstPurchaseAt = MemberState.Never,
            SecondPurchaseAt = MemberState.Never,
            CrossCategoryAt = MemberState.Never,
            AdvocateAt = MemberState.Never,
            LastActivityAt = c.At,
            LastEventAt = c.At,
            GoneAt = MemberState.Never,
            SourceIndex = SourceIndexOf(c.Source),
            ZoneIndex = ZoneIndexOf(c.TimeZone),
            SubPoolIndex = (byte)subPool,
            Stage = LifecycleStage.Prospect,
        });
    }

    private void CheckReferral(MemberReferred r, int capturedIndex)
    {
        Member(r.Referrer, nameof(r.Referrer));
        if (r.Referrer == r.Member)
        {
            throw Rule(DomainRuleCodes.PoolInvalidReferral, "A member cannot refer themselves.");
        }

        if (!_index.TryGetValue(r.Referrer.Value, out var referrer) || referrer >= capturedIndex)
        {
            throw Rule(DomainRuleCodes.PoolInvalidReferral, $"Referrer '{MessageText.Quote(r.Referrer.Value)}' must be a member captured before '{MessageText.Quote(r.Member.Value)}'.");
        }
    }

    private void ApplyMemberEvent(MemberEvent m)
    {
        Member(m.Member, nameof(m.Member));
        if (!_index.TryGetValue(m.Member.Value, out var i))
        {
            throw Rule(DomainRuleCodes.PoolEventOutOfOrder, $"Event {m.EventId} ({m.GetType().Name}) is about member '{MessageText.Quote(m.Member.Value)}', who has not been captured into pool '{Id}'.");
        }

        ref var s = ref _slots[i];
        if (m.At < s.LastEventAt)
        {
            throw Rule(DomainRuleCodes.PoolEventOutOfOrder, $"Event {m.EventId} at {m.At} is earlier than member's last event at {s.LastEventAt}.");
        }

        if (s.Left && m is not (StageChanged or MemberErased))
        {
            throw Rule(DomainRuleCodes.PoolMemberGone, $"Member '{MessageText.Quote(m.Member.Value)}' left pool '{Id}' at {s.GoneAt}.");
        }

        switch (m)
        {
            case PurchaseRecorded p:
                Label(p.Category, 64, nameof(p.Category));
                s.PurchaseCount++;
                if (s.PurchaseCount == 1)
                {
                    s.FirstPurchaseAt = p.At;
                    s.FirstCategory = p.Category;
                    if (s.ReferralCount > 0)
                    {
                        s.AdvocateAt = p.At;
                    }
                }
                else
                {
                    if (s.PurchaseCount == 2)
                    {
                        s.SecondPurchaseAt = p.At;
                    }

                    if (s.CrossCategoryAt == MemberState.Never && !string.Equals(s.FirstCategory, p.Category, StringComparison.Ordinal))
                    {
                        s.CrossCategoryAt = p.At;
                    }
                }

                s.LastActivityAt = p.At;
                break;
            case InteractionRecorded x:
                Label(x.Kind, 64, nameof(x.Kind));
                s.LastActivityAt = x.At;
                break;
            case StageChanged sc:
                ApplyStageChanged(ref s, sc);
                break;
            case MemberMoved mv:
                var to = SubPoolIndex(Label(mv.To, 64, nameof(mv.To)));
                if (to < 0 || to == s.SubPoolIndex || !string.Equals(mv.From, SubPools[s.SubPoolIndex], StringComparison.Ordinal))
                {
                    throw Rule(DomainRuleCodes.PoolInvalidMove, $"Cannot move member from '{MessageText.Quote(mv.From)}' to '{MessageText.Quote(mv.To)}': they are in '{SubPools[s.SubPoolIndex]}' and the pool's sub-pools are {string.Join(", ", SubPools)}.");
                }

                s.SubPoolIndex = (byte)to;
                break;
            case ConsentGranted g:
                ConsentArgs(g.Purpose, g.Channel);
                (s.Consents ??= []).Add(new ConsentRecord(g.Purpose, g.Channel, true, g.At));
                break;
            case ConsentWithdrawn w:
                ConsentArgs(w.Purpose, w.Channel);
                (s.Consents ??= []).Add(new ConsentRecord(w.Purpose, w.Channel, false, w.At));
                break;
            case MemberReferred r:
                ApplyReferred(ref s, i, r);
                break;
            case MemberLeft l:
                Guard.Against.Unmet(Enum.IsDefined(l.Reason), "Not a leave reason.", nameof(l.Reason));
                s.Left = true;
                s.LeaveReason = l.Reason;
                s.GoneAt = l.At;
                PresentCount--;
                break;
            case MemberErased:
                s.LastEventAt = m.At;
                EraseSlot(i, m.At);
                return;
            default:
                throw new ArgumentException($"Unknown member event type {m.GetType().Name}.", nameof(m));
        }

        s.LastEventAt = m.At;
    }

    private static void ConsentArgs(ConsentPurpose purpose, ChannelId channel)
    {
        Guard.Against.Unmet(Enum.IsDefined(purpose), "Not a consent purpose.", nameof(purpose));
        Guard.Against.Unmet(!channel.IsUnset, "The channel id is unset.", nameof(channel));
    }

    private void ApplyStageChanged(ref MemberState s, StageChanged sc)
    {
        if (sc.From != s.Stage || !LifecyclePolicy.IsLegalTransition(sc.From, sc.To))
        {
            throw Rule(DomainRuleCodes.PoolIllegalStageTransition, $"Member cannot go from {sc.From} to {sc.To}: their recorded stage is {s.Stage}.");
        }

        var expected = Lifecycle.Evaluate(s, _zones[s.ZoneIndex], sc.At);
        if (expected != sc.To)
        {
            throw Rule(DomainRuleCodes.PoolIllegalStageTransition, $"Member's history gives {expected} at {sc.At}, not {sc.To}.");
        }

        s.Stage = sc.To;
    }

    private void ApplyReferred(ref MemberState s, int i, MemberReferred r)
    {
        CheckReferral(r, i);
        if (!s.Referrer.IsUnset)
        {
            throw Rule(DomainRuleCodes.PoolInvalidReferral, $"Member '{MessageText.Quote(r.Member.Value)}' was already referred by '{MessageText.Quote(s.Referrer.Value)}'.");
        }

        var referrerIndex = _index[r.Referrer.Value];
        s.Referrer = r.Referrer;
        ref var referrer = ref _slots[referrerIndex];
        (referrer.Referees ??= []).Add(i);
        referrer.ReferralCount++;
        if (referrer.LastActivityAt < r.At)
        {
            referrer.LastActivityAt = r.At;
        }

        if (referrer.AdvocateAt == MemberState.Never && referrer.PurchaseCount > 0)
        {
            referrer.AdvocateAt = r.At < referrer.FirstPurchaseAt ? referrer.FirstPurchaseAt : r.At;
        }
    }

    private void EraseSlot(int i, Instant at)
    {
        ref var s = ref _slots[i];
        _index.Remove(s.Id.Value);
        if (s.Referees is { } referees)
        {
            foreach (var k in referees)
            {
                _slots[k].Referrer = default;
            }
        }

        if (!s.Referrer.IsUnset && _index.TryGetValue(s.Referrer.Value, out var r))
        {
            _slots[r].Referees?.Remove(i);
        }

        if (!s.Left)
        {
            s.GoneAt = at;
            PresentCount--;
        }

        s.Id = default;
        s.Referrer = default;
        s.Tags = null;
        s.FirstCategory = null;
        s.Consents = null;
        s.Referees = null;
        s.ZoneIndex = 0;
        s.LastActivityAt = s.GoneAt;
        s.Erased = true;
        ErasedCount++;
    }
}
