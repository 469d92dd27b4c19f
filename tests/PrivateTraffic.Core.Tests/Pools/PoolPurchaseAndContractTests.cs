using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Pools;

/// <summary>Purchases the docs say cannot exist are refused; the lifecycle a pool was opened with survives its rebuild;
/// every event type's stable name is its JSON discriminator.</summary>
public sealed class PoolPurchaseAndContractTests
{
    private static readonly MemberId Zhang = Generators.ScriptMember(1);

    public static TheoryData<string, decimal, string, decimal?, string?> InvalidPurchases() => new()
    {
        { "negative amount", -1m, "CNY", null, null },
        { "negative margin", 10m, "CNY", -1m, "CNY" },
        { "margin above the amount", 10m, "CNY", 10.01m, "CNY" },
        { "margin in another currency", 10m, "CNY", 1m, "USD" },
        { "USD into a CNY pool", 10m, "USD", null, null },
        { "USD with a USD margin into a CNY pool", 10m, "USD", 1m, "USD" },
    };

    [Theory]
    [MemberData(nameof(InvalidPurchases))]
    public void An_impossible_purchase_is_refused_and_changes_nothing(string what, decimal amount, string currency, decimal? margin, string? marginCurrency)
    {
        var pool = Generators.NewScriptPool(capacity: null);
        pool.Capture(Zhang, Generators.ClerkWeChat, Generators.PoolEpoch, DomainEventId.From("c1"));
        pool.RecordPurchase(Zhang, "skincare", Money.Yuan(99m), Generators.PoolEpoch + Duration.FromHours(1), DomainEventId.From("p0"));
        var before = PrivateTrafficJson.Serialize(pool);
        var ex = Assert.Throws<DomainRuleException>(() => pool.RecordPurchase(Zhang, "makeup", Money.Of(amount, (currency == "USD" ? Currency.USD : Currency.CNY)),
            Generators.PoolEpoch + Duration.FromHours(2), DomainEventId.From("p1"),
            margin is { } m ? Money.Of(m, (marginCurrency == "USD" ? Currency.USD : Currency.CNY)) : null));
        Assert.True(ex.Code == DomainRuleCodes.PoolInvalidPurchase, what);
        Assert.Equal(before, PrivateTrafficJson.Serialize(pool));
        Assert.Equal(Currency.CNY, pool.PurchaseCurrency);
    }

    [Fact]
    public void The_first_purchase_sets_the_currency_and_a_margin_equal_to_the_amount_is_accepted()
    {
        var pool = Generators.NewScriptPool(capacity: null);
        pool.Capture(Zhang, Generators.ClerkWeChat, Generators.PoolEpoch, DomainEventId.From("c1"));
        Assert.Null(pool.PurchaseCurrency);
        Assert.True(pool.RecordPurchase(Zhang, "skincare", Money.Of(10m, Currency.USD), Generators.PoolEpoch, DomainEventId.From("p1"), Money.Of(10m, Currency.USD)));
        Assert.True(pool.RecordPurchase(Zhang, "skincare", Money.Of(0m, Currency.USD), Generators.PoolEpoch, DomainEventId.From("p2"), Money.Of(0m, Currency.USD)));
        Assert.Equal(Currency.USD, pool.PurchaseCurrency);
        Assert.Equal(Currency.USD, PrivatePool.Rebuild(pool.PendingEvents).PurchaseCurrency);
        Assert.Equal(Currency.USD, PrivatePool.Restore(pool.ToSnapshot()).PurchaseCurrency);
    }

    [DeepProperty(runs: 50)]
    public Property A_pool_opened_with_a_custom_lifecycle_rebuilds_from_its_events_to_the_same_pool() =>
        Prop.ForAll(Generators.Pair(Generators.CustomLifecycleGen.ToArbitrary(), Generators.PoolScripts), c =>
        {
            var (lifecycle, script) = c;
            var pool = Generators.RunPoolScript(new PoolSetup(Generators.ScriptCapacity, lifecycle, null), script);
            var rebuilt = PrivatePool.Rebuild(pool.PendingEvents);
            Assert.Equal(PrivateTrafficJson.Serialize(pool), PrivateTrafficJson.Serialize(rebuilt));
            Assert.Equal((lifecycle.DormantAfter, lifecycle.ChurnedAfter), (rebuilt.Lifecycle.DormantAfter, rebuilt.Lifecycle.ChurnedAfter));
            var restored = PrivateTrafficJson.Deserialize<PrivatePool>(PrivateTrafficJson.Serialize(pool));
            Assert.Equal((lifecycle.DormantAfter, lifecycle.ChurnedAfter), (restored.Lifecycle.DormantAfter, restored.Lifecycle.ChurnedAfter));
        });

    [Fact]
    public void A_pool_with_a_short_lifecycle_rebuilds_after_its_members_went_dormant()
    {
        var policy = LifecyclePolicy.Create(Period.FromDays(7), Period.FromDays(30));
        var pool = Generators.OpenPool(new PoolSetup(null, policy, null));
        pool.Capture(Zhang, Generators.ClerkWeChat, Generators.PoolEpoch, DomainEventId.From("c1"));
        Assert.Equal(1, pool.Review(Generators.PoolEpoch + Duration.FromDays(10), DomainEventId.From("r1")));
        Assert.Equal(LifecycleStage.Dormant, pool.Find(Zhang)!.Stage);
        Assert.True(pool.RecordInteraction(Zhang, "reply", Generators.PoolEpoch + Duration.FromDays(11), DomainEventId.From("i1")));
        Assert.Equal(PrivateTrafficJson.Serialize(pool), PrivateTrafficJson.Serialize(PrivatePool.Rebuild(pool.PendingEvents)));
    }

    [Fact]
    public void Every_event_types_name_is_its_json_discriminator()
    {
        var pool = PoolId.From("p");
        var id = DomainEventId.From("e");
        var t = Generators.PoolEpoch;
        var m = Zhang;
        PoolEvent[] events =
        [
            new PoolCreated(id, pool, t, "Brand A", Generators.ClerkWeChat, ChannelKind.PersonalWeChat, ["prospects"], null, null),
            new MemberCaptured(id, pool, t, m, Generators.ClerkWeChat, "prospects", PrivatePool.DefaultTimeZone, [], JoinMethod.Invitation),
            new MemberReferred(id, pool, t, m, Generators.ScriptMember(2)),
            new PurchaseRecorded(id, pool, t, m, "skincare", Money.Yuan(1m)),
            new InteractionRecorded(id, pool, t, m, "reply"),
            new StageChanged(id, pool, t, m, LifecycleStage.Prospect, LifecycleStage.FirstPurchase),
            new MemberMoved(id, pool, t, m, "prospects", "customers"),
            new ConsentGranted(id, pool, t, m, ConsentPurpose.Marketing, Generators.ClerkWeChat),
            new ConsentWithdrawn(id, pool, t, m, ConsentPurpose.Marketing, Generators.ClerkWeChat),
            new MemberLeft(id, pool, t, m, LeaveReason.Left),
            new MemberErased(id, pool, t, m),
            new PoolReviewed(id, pool, t),
        ];
        string[] names =
        [
            PoolCreated.TypeName, MemberCaptured.TypeName, MemberReferred.TypeName, PurchaseRecorded.TypeName, InteractionRecorded.TypeName,
            StageChanged.TypeName, MemberMoved.TypeName, ConsentGranted.TypeName, ConsentWithdrawn.TypeName, MemberLeft.TypeName, MemberErased.TypeName,
            PoolReviewed.TypeName,
        ];
        Assert.Equal(typeof(PoolEvent).Assembly.GetTypes().Count(x => x.IsSubclassOf(typeof(PoolEvent)) && !x.IsAbstract), events.Length);
        for (var k = 0; k < events.Length; k++)
        {
            using var doc = JsonDocument.Parse(PrivateTrafficJson.Serialize(events[k]));
            var first = doc.RootElement.EnumerateObject().First();
            Assert.Equal(("type", names[k]), (first.Name, first.Value.GetString()));
            Assert.Equal(names[k], events[k].Type);
            Assert.Single(doc.RootElement.EnumerateObject(), p => string.Equals(p.Name, "type", StringComparison.OrdinalIgnoreCase));
        }

        Assert.Equal(names.Length, names.Distinct().Count());
    }
}
