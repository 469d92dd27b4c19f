using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Tests.Support;

public static partial class Generators
{
    // Month ends near DST changes: January into February, February into March (New York springs forward 2026-03-08, London
    // 2026-03-29), a leap February (2028), March into April, October into November (London falls back 2026-10-25, New York
    // 2026-11-01), and a 31-day December into January.
    private static readonly Instant[] MonthBases =
    [
        Instant.FromUtc(2026, 1, 24, 12, 0), Instant.FromUtc(2026, 2, 22, 12, 0), Instant.FromUtc(2028, 2, 24, 12, 0),
        Instant.FromUtc(2026, 3, 26, 12, 0), Instant.FromUtc(2026, 10, 27, 12, 0), Instant.FromUtc(2026, 12, 27, 12, 0),
    ];

    /// <summary>
    /// Reach scenarios for monthly caps: 40-day horizons that cross month ends in DST zones; members whose history fills
    /// most of the month (a touch a day or more), so WeCom's month-length receive limit (28 to 31) or a fixed monthly cap
    /// binds; quiet hours, a gap, daily and weekly caps and pauses around it. No fatigue ceiling, so every rule is piecewise
    /// constant in time and a test can check the decisions at the instants where some rule changes (exactly, not by stepping).
    /// </summary>
    public static Arbitrary<ReachScenario> MonthlyReachScenarios() =>
        Gen.Choose(0, int.MaxValue).Select(BuildMonthlyReachScenario).ToArbitrary();

    public static ReachScenario BuildMonthlyReachScenario(int seed)
    {
        var r = new Random(seed);
        var baseAt = MonthBases[r.Next(MonthBases.Length)];
        var quiet = r.Next(3) switch
        {
            0 => QuietHours.None,
            1 => new QuietHours(new LocalTime(22, 0), new LocalTime(8, 0)),
            _ => new QuietHours(new LocalTime(r.Next(24), r.Next(2) * 30), new LocalTime(r.Next(24), r.Next(2) * 30)),
        };
        var wecom = r.Next(4) switch
        {
            0 => PlatformLimits.WeComMassSend().WithMemberCaps(TouchCaps.DaysOfMonth(perDay: r.Next(2, 4))),
            1 => PlatformLimits.WeComMassSendSevenPerWeek(),
            _ => PlatformLimits.WeComMassSend(),
        };
        var channelCaps = r.Next(3) switch
        {
            0 => TouchCaps.DaysOfMonth(perDay: r.Next(2) == 0 ? null : r.Next(1, 4)),
            1 => TouchCaps.Of(perDay: r.Next(2) == 0 ? null : r.Next(1, 4), perMonth: r.Next(20, 40)),
            _ => TouchCaps.Of(perDay: r.Next(2) == 0 ? null : r.Next(2, 4), perWeek: r.Next(2) == 0 ? null : r.Next(7, 15)),
        };
        var policy = new ReachPolicy(
            channelCaps,
            minimumGap: Duration.FromMinutes(r.Next(3) * 60),
            quietHours: quiet,
            complaintCooldown: Duration.FromDays(r.Next(3)),
            fatigue: r.Next(2) == 0 ? null : new FatigueModel(Duration.FromDays(3)),
            platformLimits: r.Next(5) == 0 ? [] : [wecom],
            horizon: Duration.FromDays(40));

        var channel = ChannelId.From("wecom");
        var members = Enumerable.Range(0, r.Next(1, 3)).Select(i => MemberId.From($"m{i}")).ToArray();
        var profiles = new List<ContactProfile>();
        var history = new List<TouchRecord>();
        foreach (var m in members)
        {
            var zone = DateTimeZoneProviders.Tzdb[ReachZones[r.Next(ReachZones.Length)]];
            var pauseFrom = baseAt + Duration.FromHours(r.Next(-48, 240));
            var pauses = r.Next(4) > 0 ? [] : new[] { new PauseWindow(pauseFrom, pauseFrom + Duration.FromHours(r.Next(1, 96))) };
            var feedback = r.Next(5) > 0 ? [] : new[] { new TouchFeedback(TouchFeedbackKind.Complaint, baseAt + Duration.FromHours(r.Next(-72, 72))) };
            profiles.Add(new ContactProfile(m, zone, [new ConsentRecord(ConsentPurpose.Marketing, channel, true, baseAt - Duration.FromDays(90)), new ConsentRecord(ConsentPurpose.Service, channel, true, baseAt - Duration.FromDays(90))], pauses: pauses, feedback: feedback));

            // A touch on most days of the base month before the base instant, some days two; mostly direct messages.
            var local = baseAt.InZone(zone).Date;
            for (var d = local.PlusDays(1 - local.Day); d < local; d = d.PlusDays(1))
            {
                for (var n = r.Next(8) == 0 ? 0 : r.Next(3) == 0 ? 2 : 1; n > 0; n--)
                {
                    var at = zone.AtLeniently(d.At(new LocalTime(r.Next(8, 22), r.Next(60)))).ToInstant();
                    history.Add(new TouchRecord(m, channel, ChannelKind.WeComContact, r.Next(10) == 0 ? MessageClass.Service : MessageClass.Marketing, r.Next(6) == 0 ? DeliveryMode.MomentsPost : DeliveryMode.DirectMessage, at));
                }
            }
        }

        var touches = Enumerable.Range(0, r.Next(1, 8)).Select(_ => new ProposedTouch(
            members[r.Next(members.Length)],
            channel,
            ChannelKind.WeComContact,
            r.Next(6) == 0 ? MessageClass.Service : MessageClass.Marketing,
            r.Next(5) == 0 ? DeliveryMode.MomentsPost : DeliveryMode.DirectMessage,
            baseAt + Duration.FromMinutes(r.Next(-24 * 60, 6 * 24 * 60)))).ToArray();
        return new ReachScenario(seed, policy, profiles.ToArray(), history.ToArray(), touches);
    }
}
