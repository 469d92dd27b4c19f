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

/// <summary>A generated reach scenario: a policy, a history, a batch of proposals; built from a seed so it prints short.</summary>
public sealed record ReachScenario(int Seed, ReachPolicy Policy, ContactProfile[] Profiles, TouchRecord[] History, ProposedTouch[] Touches)
{
    public ReachHistory BuildHistory() => new(Profiles, History);

    public override string ToString() => $"reach scenario seed {Seed}";
}

public static partial class Generators
{
    private static readonly string[] ReachZones = ["Asia/Shanghai", "America/New_York", "Europe/London"];

    // Near DST changes: New York springs forward 2026-03-08 and falls back 2026-11-01; London 2026-03-29 and 2026-10-25.
    private static readonly Instant[] ReachBases =
    [
        Instant.FromUtc(2026, 3, 7, 12, 0), Instant.FromUtc(2026, 3, 28, 12, 0), Instant.FromUtc(2026, 10, 24, 12, 0),
        Instant.FromUtc(2026, 10, 31, 12, 0), Instant.FromUtc(2026, 1, 30, 12, 0),
    ];

    private static readonly ChannelKind[] ReachKinds = [ChannelKind.WeComContact, ChannelKind.PersonalWeChat, ChannelKind.WeComGroup];

    /// <summary>Reach scenarios: DST zones, overnight and DST-crossing quiet hours, caps, gaps, fatigue, consent changes,
    /// do-not-contact with overrides, pauses, feedback; one to three members; horizons of at most 6 days, so a test can step.</summary>
    public static Arbitrary<ReachScenario> ReachScenarios() =>
        Gen.Choose(0, int.MaxValue).Select(BuildReachScenario).ToArbitrary();

    public static ReachScenario BuildReachScenario(int seed)
    {
        var r = new Random(seed);
        var baseAt = ReachBases[r.Next(ReachBases.Length)];
        Instant At(int maxHours) => baseAt + Duration.FromMinutes(r.Next(-maxHours * 60, maxHours * 60));
        var quiet = r.Next(4) switch
        {
            0 => QuietHours.None,
            1 => new QuietHours(new LocalTime(22, 0), new LocalTime(8, 0)),
            2 => new QuietHours(new LocalTime(1, 30), new LocalTime(2, 30)),
            _ => new QuietHours(new LocalTime(r.Next(24), r.Next(2) * 30), new LocalTime(r.Next(24), r.Next(2) * 30)),
        };
        int? Cap(int max) => r.Next(3) == 0 ? null : r.Next(max + 1);
        var fatigue = r.Next(3) == 0 ? null : new FatigueModel(Duration.FromHours(r.Next(1, 48)), r.Next(3) == 0 ? null : 0.5 + r.NextDouble() * 2);
        var limits = r.Next(2) == 0 ? [] : new[] { PlatformLimits.WeComMassSend().WithMemberCaps(TouchCaps.Of(perDay: r.Next(1, 3))) };
        var channels = r.Next(2) == 0 ? null : new[] { new ReachChannelRule(ChannelKind.WeComGroup, TouchCaps.Of(Cap(2), Cap(4)), allowsService: r.Next(3) > 0) };
        var policy = new ReachPolicy(
            r.Next(4) == 0 ? TouchCaps.DaysOfMonth(Cap(2), Cap(5)) : TouchCaps.Of(Cap(2), Cap(4), Cap(8)),
            channels,
            Duration.FromMinutes(r.Next(4) * 90),
            quiet,
            complaintCooldown: Duration.FromHours(r.Next(3) * 12),
            blockCooldown: Duration.FromHours(r.Next(2) * 30),
            fatigue: fatigue,
            platformLimits: limits,
            horizon: Duration.FromDays(r.Next(1, 7)));

        var members = Enumerable.Range(0, r.Next(1, 4)).Select(i => MemberId.From($"m{i}")).ToArray();
        var channelIds = new[] { ChannelId.From("wecom"), ChannelId.From("wx") };
        var profiles = new List<ContactProfile>();
        foreach (var m in members.Where(_ => r.Next(8) > 0))
        {
            var consents = new List<ConsentRecord>();
            foreach (var ch in channelIds)
            {
                foreach (var purpose in new[] { ConsentPurpose.Marketing, ConsentPurpose.Service })
                {
                    if (r.Next(6) > 0)
                    {
                        consents.Add(new ConsentRecord(purpose, ch, true, baseAt - Duration.FromDays(30)));
                    }

                    if (r.Next(4) == 0)
                    {
                        consents.Add(new ConsentRecord(purpose, ch, r.Next(2) == 0, At(72)));
                    }
                }
            }

            var dncFrom = At(48);
            var dnc = r.Next(3) > 0 ? [] : new[]
            {
                new DoNotContactEntry(r.Next(2) == 0 ? DoNotContactSource.Member : DoNotContactSource.Operator, dncFrom, r.Next(3) == 0 ? null : dncFrom + Duration.FromMinutes(r.Next(1, 5000)), r.Next(2) == 0 ? null : channelIds[r.Next(2)]),
            };
            var from = At(48);
            var overrides = r.Next(3) > 0 ? [] : new[] { new DoNotContactOverride(from, from + Duration.FromHours(r.Next(1, 48)), "ops-lead") };
            var pauseFrom = At(48);
            var pauses = r.Next(3) > 0 ? [] : new[] { new PauseWindow(pauseFrom, r.Next(4) == 0 ? null : pauseFrom + Duration.FromHours(r.Next(1, 72))) };
            var feedback = r.Next(3) > 0 ? [] : new[] { new TouchFeedback((TouchFeedbackKind)r.Next(3), At(48)) };
            profiles.Add(new ContactProfile(m, DateTimeZoneProviders.Tzdb[ReachZones[r.Next(ReachZones.Length)]], consents, dnc, overrides, pauses, feedback));
        }

        TouchRecord Record(MemberId m) => new(m, channelIds[r.Next(2)], ReachKinds[r.Next(ReachKinds.Length)], r.Next(4) == 0 ? MessageClass.Service : MessageClass.Marketing, (DeliveryMode)r.Next(2), At(96));
        var history = Enumerable.Range(0, r.Next(8)).Select(_ => Record(members[r.Next(members.Length)])).ToArray();
        var touches = Enumerable.Range(0, r.Next(1, 9)).Select(_ =>
        {
            var rec = Record(members[r.Next(members.Length)]);
            return new ProposedTouch(rec.Member, rec.Channel, rec.ChannelKind, rec.Class, rec.Mode, At(48));
        }).ToArray();
        return new ReachScenario(seed, policy, profiles.ToArray(), history, touches);
    }
}
