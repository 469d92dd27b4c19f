using NodaTime;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace EngagementRules;

/// <summary>
/// A seeded year of a fashion brand's WeCom pool: members captured at the store counter, their purchases, consents and
/// chats, and two groups. Every count and rate here is this sample's assumption; the articles give none.
/// </summary>
internal sealed class SimulatedPool
{
    public static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    public static readonly ChannelId WeCom = ChannelId.From("wecom");
    public static readonly ChannelId Counter = ChannelId.From("store-counter");
    public static readonly ChannelId MembersGroup = ChannelId.From("members-group-1");
    public static readonly ChannelId DealsGroup = ChannelId.From("deals-group-2");

    private readonly Random _random = new(2026);
    private int _eventNumber;

    private SimulatedPool(PrivatePool pool) => Pool = pool;

    public PrivatePool Pool { get; }

    public List<CommunityGroup> Groups { get; } = [];

    /// <summary>Each member's last purchase instant (the pool keeps counts, the purchase log keeps instants).</summary>
    public Dictionary<MemberId, Instant> LastPurchase { get; } = [];

    public static Instant At(LocalDate day, int hour, int minute = 0) => day.At(new LocalTime(hour, minute)).InZoneLeniently(Shanghai).ToInstant();

    public DomainEventId NextId() => DomainEventId.From($"e{++_eventNumber}");

    /// <summary>Builds the year: 360 members over ten months, about a third buying trousers, a few a coat.</summary>
    public static SimulatedPool Run(int members = 360)
    {
        var opened = new LocalDate(2026, 1, 5);
        var pool = PrivatePool.Open(PoolId.From("fashion-brand-wecom"), "A fashion brand's WeCom pool", WeCom, ChannelKind.WeComContact,
            ["prospects", "customers"], At(opened, 9), DomainEventId.From("e0"));
        var sim = new SimulatedPool(pool);
        for (var i = 0; i < members; i++)
        {
            sim.Member(i, opened.PlusDays(i * 300 / members));
        }

        sim.OpenGroups(new LocalDate(2026, 11, 1));
        return sim;
    }

    private void Member(int index, LocalDate day)
    {
        var id = MemberId.From($"m{index + 1:0000}");
        var r = _random.NextDouble();
        var tags = new List<string>();
        if (r < 0.35)
        {
            tags.Add("bought:trousers");
        }

        if (r < 0.05)
        {
            tags.Add("bought:coat");
        }

        if (_random.NextDouble() < 0.4)
        {
            tags.Add("target:new-arrivals");
        }

        var captured = At(day, 11, index % 60);
        Pool.Capture(id, Counter, captured, NextId(), tags: tags);
        if (_random.NextDouble() < 0.85)
        {
            Pool.GrantConsent(id, ConsentPurpose.Marketing, WeCom, captured, NextId());
        }

        // Purchases: most buy once at the counter, some come back over the following months.
        var purchases = _random.NextDouble() < 0.7 ? 1 + (int)(_random.NextDouble() * _random.NextDouble() * 6) : 0;
        var when = day;
        for (var k = 0; k < purchases && when < new LocalDate(2026, 11, 20); k++)
        {
            var at = At(when, 15, index % 60);
            Pool.RecordPurchase(id, r < 0.35 ? "trousers" : "knitwear", Money.Yuan(199m + (40m * _random.Next(8))), at, NextId());
            LastPurchase[id] = at;
            when = when.PlusDays(20 + _random.Next(70));
        }

        // A chat after the member's last purchase (a member's events come in time order), if it falls before the review.
        var chatDay = when.PlusDays(_random.Next(1, 60));
        if (_random.NextDouble() < 0.5 && chatDay < new LocalDate(2026, 11, 25))
        {
            Pool.RecordInteraction(id, "chat", At(chatDay, 21), NextId());
        }

        if (_random.NextDouble() < 0.04)
        {
            Pool.WithdrawConsent(id, ConsentPurpose.Marketing, WeCom, At(new LocalDate(2026, 11, 26), 10), NextId());
        }
    }

    private void OpenGroups(LocalDate day)
    {
        var members = CommunityGroup.Open("the brand's members", Pool, MembersGroup, ChannelKind.WeComGroup, AdmissionPolicy.Open, null, At(day, 9), NextId());
        var deals = CommunityGroup.Open("the brand's deals", Pool, DealsGroup, ChannelKind.WeComGroup, AdmissionPolicy.Open, null, At(day, 9, 5), NextId());
        var present = Pool.Members.Where(m => m.LeftAt is null).ToArray();
        for (var i = 0; i < present.Length; i++)
        {
            var group = i % 5 == 0 ? members : i % 7 == 0 ? deals : null;
            group?.Join(Pool, present[i].Id, JoinMethod.Invitation, At(day, 10, i % 60), NextId());
        }

        Groups.Add(members);
        Groups.Add(deals);
    }
}
