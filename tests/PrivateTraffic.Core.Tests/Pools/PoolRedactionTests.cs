using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Pools;

/// <summary>Erasure that still rebuilds: a redacted history rebuilds to exactly the same pool and names the erased person
/// in none of the events of their erased memberships.</summary>
public sealed class PoolRedactionTests
{
    private static readonly MemberId Pseudonym = MemberId.From("erased-7f3a");

    private static string Json(PrivatePool pool) => PrivateTrafficJson.Serialize(pool);

    private static string Json(PoolEvent e) => PrivateTrafficJson.Serialize(e);

    private static bool Names(PoolEvent e, MemberId member) =>
        e is MemberEvent m && (m.Member == member || (m is MemberReferred r && r.Referrer == member));

    /// <summary>For each event of a history, whether it falls in a membership of <paramref name="member"/> that ended in an
    /// erasure (from the capture to the erasure, both included).</summary>
    private static bool[] ErasedSpans(IReadOnlyList<PoolEvent> history, MemberId member)
    {
        var inSpan = new bool[history.Count];
        var captured = -1;
        for (var k = 0; k < history.Count; k++)
        {
            if (history[k] is MemberCaptured c && c.Member == member)
            {
                captured = k;
            }
            else if (history[k] is MemberErased x && x.Member == member && captured >= 0)
            {
                for (var j = captured; j <= k; j++)
                {
                    inSpan[j] = true;
                }

                captured = -1;
            }
        }

        return inSpan;
    }

    [DeepProperty]
    public Property A_redacted_history_rebuilds_to_the_same_pool_and_names_the_erased_member_in_none_of_their_erased_events() =>
        Prop.ForAll(Generators.ErasingPoolScripts, script =>
        {
            var history = Generators.RunPoolScript(script).PendingEvents;
            var expected = Json(PrivatePool.Rebuild(history));
            foreach (var member in history.OfType<MemberErased>().Select(e => e.Member).Distinct())
            {
                var redacted = PoolRedaction.Redact(history, member, Pseudonym);
                Assert.Equal(expected, Json(PrivatePool.Rebuild(redacted)));
                Assert.Equal(history.Select(e => e.EventId), redacted.Select(e => e.EventId));
                var spans = ErasedSpans(history, member);
                for (var k = 0; k < history.Count; k++)
                {
                    if (spans[k] && Names(history[k], member))
                    {
                        Assert.False(Names(redacted[k], member), $"Event {k} still names {member}: {Json(redacted[k])}");
                        Assert.DoesNotContain("free-sample", Json(redacted[k]), StringComparison.Ordinal);
                    }
                    else
                    {
                        // Outside the erased memberships (a later capture of the same id is a new person) nothing changes.
                        Assert.Equal(Json(history[k]), Json(redacted[k]));
                    }
                }
            }
        });

    [DeepProperty]
    public Property Redacting_every_erased_member_in_turn_still_rebuilds_to_the_same_pool() =>
        Prop.ForAll(Generators.ErasingPoolScripts, script =>
        {
            IReadOnlyList<PoolEvent> history = Generators.RunPoolScript(script).PendingEvents;
            var expected = Json(PrivatePool.Rebuild(history));
            var n = 0;
            foreach (var member in history.OfType<MemberErased>().Select(e => e.Member).Distinct().ToList())
            {
                history = PoolRedaction.Redact(history, member, MemberId.From("erased-" + n++));
                Assert.Equal(expected, Json(PrivatePool.Rebuild(history)));
            }

            Assert.Equal(expected, Json(PrivatePool.Rebuild(history)));
        });

    [Fact]
    public void A_member_captured_again_after_erasure_keeps_the_later_events()
    {
        var pool = Generators.NewScriptPool(capacity: null);
        var zhang = Generators.ScriptMember(1);
        var t = Generators.PoolEpoch;
        pool.Capture(zhang, Generators.ClerkWeChat, t, DomainEventId.From("c1"), tags: ["free-sample"]);
        pool.RecordPurchase(zhang, "skincare", Money.Yuan(99m), t + Duration.FromHours(1), DomainEventId.From("p1"));
        pool.Erase(zhang, t + Duration.FromHours(2), DomainEventId.From("x1"));
        pool.Capture(zhang, Generators.ClerkWeChat, t + Duration.FromHours(3), DomainEventId.From("c2"));
        pool.RecordPurchase(zhang, "makeup", Money.Yuan(5m), t + Duration.FromHours(4), DomainEventId.From("p2"));
        var history = pool.PendingEvents;
        var redacted = PoolRedaction.Redact(history, zhang, Pseudonym);
        // Creation, capture, purchase, its stage change, erasure; then the new person's capture, purchase, stage change.
        Assert.All(redacted.Take(5), e => Assert.False(Names(e, zhang)));
        Assert.Equal(history.Skip(5), redacted.Skip(5));
        Assert.Equal("category-1", Assert.IsType<PurchaseRecorded>(redacted[2]).Category);
        Assert.Empty(Assert.IsType<MemberCaptured>(redacted[1]).Tags);
        Assert.Equal(Json(pool), Json(PrivatePool.Rebuild(redacted)));
    }

    [Fact]
    public void A_referral_naming_the_erased_member_as_referrer_is_redacted_and_the_referee_keeps_their_id()
    {
        var pool = Generators.NewScriptPool(capacity: null);
        var zhang = Generators.ScriptMember(1);
        var wang = Generators.ScriptMember(2);
        var t = Generators.PoolEpoch;
        pool.Capture(zhang, Generators.ClerkWeChat, t, DomainEventId.From("c1"));
        pool.Capture(wang, Generators.ClerkWeChat, t + Duration.FromHours(1), DomainEventId.From("c2"),
            referredBy: new ReferredBy(zhang, CampaignId.From("spring"), ReferralMechanic.NewUserRedPacket, Money.Yuan(5m)));
        pool.Erase(zhang, t + Duration.FromHours(2), DomainEventId.From("x1"));
        var redacted = PoolRedaction.Redact(pool.PendingEvents, zhang, Pseudonym);
        var referral = redacted.OfType<MemberReferred>().Single();
        Assert.Equal((wang, Pseudonym), (referral.Member, referral.Referrer));
        Assert.Equal(Json(pool), Json(PrivatePool.Rebuild(redacted)));
        Assert.Empty(PrivatePool.Rebuild(redacted).Referrals().Referrals);
    }

    [Fact]
    public void A_pseudonym_the_history_names_and_a_member_never_erased_are_refused()
    {
        var pool = Generators.NewScriptPool(capacity: null);
        var zhang = Generators.ScriptMember(1);
        var wang = Generators.ScriptMember(2);
        pool.Capture(zhang, Generators.ClerkWeChat, Generators.PoolEpoch, DomainEventId.From("c1"));
        pool.Capture(wang, Generators.ClerkWeChat, Generators.PoolEpoch, DomainEventId.From("c2"), referredBy: new ReferredBy(zhang));
        pool.Erase(wang, Generators.PoolEpoch, DomainEventId.From("x1"));
        var history = pool.PendingEvents;
        string? Refused(Func<IReadOnlyList<PoolEvent>> redact) => Assert.ThrowsAny<ArgumentException>(redact).ParamName;
        Assert.Equal("pseudonym", Refused(() => PoolRedaction.Redact(history, wang, zhang)));
        Assert.Equal("erased", Refused(() => PoolRedaction.Redact(history, zhang, Pseudonym)));
        Assert.Equal("pseudonym", Refused(() => PoolRedaction.Redact(history, wang, wang)));
        Assert.Equal("erased", Refused(() => PoolRedaction.Redact(history, MemberId.From("member-never"), Pseudonym)));
        Assert.Equal("history", Refused(() => PoolRedaction.Redact([.. history, null!], wang, Pseudonym)));
        Assert.Equal("history", Refused(() => PoolRedaction.Redact(null!, wang, Pseudonym)));
        Assert.Equal("erased", Refused(() => PoolRedaction.Redact(history, default, Pseudonym)));
        Assert.Equal("pseudonym", Refused(() => PoolRedaction.Redact(history, wang, default)));
    }

    [Fact]
    public void A_history_with_a_repeated_event_still_rebuilds_and_names_the_erased_member_nowhere_after_redaction()
    {
        // Rebuild skips an event whose id was applied (a store may deliver one twice); redaction must read it the same way.
        var pool = Generators.NewScriptPool(capacity: null);
        var zhang = Generators.ScriptMember(1);
        var t = Generators.PoolEpoch;
        pool.Capture(zhang, Generators.ClerkWeChat, t, DomainEventId.From("c1"));
        pool.RecordPurchase(zhang, "skincare", Money.Yuan(99m), t + Duration.FromHours(1), DomainEventId.From("p1"));
        pool.Erase(zhang, t + Duration.FromHours(2), DomainEventId.From("x1"));
        var events = pool.PendingEvents;
        // Creation, capture, purchase, its stage change, erasure; the capture and the purchase delivered again.
        List<PoolEvent> history = [events[0], events[1], events[2], events[1], events[3], events[4], events[2], events[1]];
        var expected = Json(PrivatePool.Rebuild(history));
        var redacted = PoolRedaction.Redact(history, zhang, Pseudonym);
        Assert.Equal(expected, Json(PrivatePool.Rebuild(redacted)));
        Assert.All(redacted, e => Assert.False(Names(e, zhang), Json(e)));
    }
}
