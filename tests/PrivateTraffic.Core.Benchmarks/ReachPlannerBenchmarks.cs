using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Benchmarks;

/// <summary>
/// Planning 1,000,000 proposed touches for 250,000 members (four each, one batch) against <see cref="ReachPolicy.Assumed"/>
/// (quiet hours, daily and weekly caps, a 4-hour gap, fatigue with a ceiling, WeCom's limit), with two marketing touches
/// per member already in the history and members in Shanghai, New York and London. Target: under 1 s, nothing allocated per
/// touch (the decisions are one array of structs, filled in place).
/// </summary>
[MemoryDiagnoser]
public class ReachPlannerBenchmarks
{
    private const int Members = 250_000;
    private const int TouchesPerMember = 4;

    private ReachPlanner _planner = null!;
    private ReachHistory _history = null!;
    private ProposedTouch[] _touches = [];
    private ReachDecision[] _decisions = [];

    [GlobalSetup]
    public void Setup()
    {
        var zones = new[] { "Asia/Shanghai", "America/New_York", "Europe/London" }.Select(z => DateTimeZoneProviders.Tzdb[z]).ToArray();
        var channel = ChannelId.From("wecom");
        var start = Instant.FromUtc(2026, 3, 2, 0, 0);
        var random = new Random(12);
        var ids = Enumerable.Range(0, Members).Select(i => MemberId.From("m" + i)).ToArray();
        var profiles = ids.Select((id, i) => new ContactProfile(id, zones[i % zones.Length], [
            new ConsentRecord(ConsentPurpose.Marketing, channel, true, start - Duration.FromDays(90)),
            new ConsentRecord(ConsentPurpose.Service, channel, true, start - Duration.FromDays(90))]));
        var made = ids.SelectMany(id => Enumerable.Range(0, 2).Select(_ =>
            new TouchRecord(id, channel, ChannelKind.WeComContact, MessageClass.Marketing, DeliveryMode.DirectMessage, start - Duration.FromMinutes(random.Next(1, 14 * 24 * 60)))));
        _history = new ReachHistory(profiles, made);
        _touches = Enumerable.Range(0, Members * TouchesPerMember).Select(k => new ProposedTouch(
            ids[k % Members],
            channel,
            ChannelKind.WeComContact,
            k % 5 == 0 ? MessageClass.Service : MessageClass.Marketing,
            k % 3 == 0 ? DeliveryMode.MomentsPost : DeliveryMode.DirectMessage,
            start + Duration.FromMinutes(random.Next(0, 7 * 24 * 60)))).ToArray();
        _decisions = new ReachDecision[_touches.Length];
        _planner = new ReachPlanner(ReachPolicy.Assumed);
    }

    [Benchmark]
    public int Plan_1M_touches()
    {
        _planner.Plan(_touches, _history, _decisions);
        var allowed = 0;
        foreach (var d in _decisions)
        {
            allowed += d.Kind == ReachDecisionKind.Allow ? 1 : 0;
        }

        return allowed;
    }
}
