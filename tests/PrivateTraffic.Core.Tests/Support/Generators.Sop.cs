using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Tests.Support;

public static partial class Generators
{
    #region Sop

    /// <summary>Zones with and without DST (Lord Howe shifts by 30 minutes), for placing steps.</summary>
    public static Gen<DateTimeZone> SopZoneGen { get; } =
        Gen.Elements("Asia/Shanghai", "America/New_York", "Europe/London", "Australia/Lord_Howe", "UTC").Select(id => DateTimeZoneProviders.Tzdb[id]);

    /// <summary>Local times on the quarter hour, weighted to the small hours where DST gaps and overlaps lie.</summary>
    private static Gen<LocalTime> SopTimeGen { get; } =
        Gen.Frequency((1, Gen.Choose(0, 95)), (1, Gen.Choose(4, 12))).Select(q => new LocalTime(q / 4, q % 4 * 15));

    private static Gen<SopStep> SopStepGen(int day) =>
        from at in SopTimeGen
        from channel in Gen.Elements("clerk-01", "store-group", "官方号")
        from kind in Gen.Elements(ChannelKind.PersonalWeChat, ChannelKind.WeComContact, ChannelKind.WeComGroup)
        from mode in Gen.Elements(DeliveryMode.DirectMessage, DeliveryMode.MomentsPost)
        from cls in Gen.Elements(MessageClass.Marketing, MessageClass.Service)
        from content in Gen.Choose(0, 5)
        from marks in Gen.Frequency((2, Gen.Constant<HitMarks?>(null)), (1, Gen.Choose(0, 31).Select(m => (HitMarks?)m)))
        from template in Gen.Elements<string?>(null, "tpl-1", "模板-上脸")
        select SopStep.Create(day, at, ChannelId.From(channel), kind, mode, cls, (ContentKind)content, marks, template);

    private static Gen<SopStep[]> SopStepsGen { get; } =
        from n in Gen.Frequency((6, Gen.Choose(1, 8)), (1, Gen.Choose(1, SopDefinition.MaxSteps)))
        from days in Gen.Frequency((4, Gen.Choose(0, 10)), (1, Gen.Choose(0, SopDefinition.MaxDayOffset))).ArrayOf(n)
        from steps in Gen.CollectToArray(days.OrderBy(d => d).Select(SopStepGen))
        select steps.OrderBy(s => s.Day).ThenBy(s => s.At).ToArray();

    /// <summary>Exit conditions of every kind.</summary>
    public static Gen<SopExitCondition> SopExitConditionGen { get; } = Gen.OneOf(
        Gen.Constant(SopExitCondition.Purchased),
        Gen.Constant(SopExitCondition.OptedOut),
        Gen.Elements<string?>(null, "vip-group", "new-group").Select(g => SopExitCondition.JoinedGroup(g is null ? null : ChannelId.From(g))),
        Gen.Elements("bought-coat", "回访完成").Select(SopExitCondition.TagAdded));

    private static Gen<SopExitRule> SopExitRuleGen { get; } =
        from mode in Gen.Elements(SopExitMode.Any, SopExitMode.All)
        from conditions in SopExitConditionGen.ArrayOf()
        select SopExitRule.Create(mode, conditions.Distinct().Take(SopExitRule.MaxConditions));

    private static Gen<SopEndAction> SopEndActionGen(Gen<SopId> targets) =>
        from trigger in Gen.Elements(SopEndTrigger.OnCompletion, SopEndTrigger.OnExit, SopEndTrigger.Always)
        from action in Gen.OneOf(
            Gen.Elements("no-purchase", "转化完成").Select(t => SopEndAction.AddTag(t, trigger)),
            Gen.Elements("vip-group", "new-group").Select(g => SopEndAction.InviteToGroup(ChannelId.From(g), trigger)),
            targets.Select(t => SopEndAction.HandOver(t, trigger)))
        select action;

    private static Gen<SopDefinition> SopDefinitionGen(SopId id, Gen<SopId> targets) =>
        from name in Gen.Elements("新客SOP", "Holiday push", "周期营销 · replenish")
        from type in Gen.Choose(0, 4)
        from steps in SopStepsGen
        from exit in SopExitRuleGen
        from actions in Gen.Choose(0, 3).SelectMany(n => SopEndActionGen(targets).ArrayOf(n))
        select SopDefinition.Create(id, name, (SopType)type, steps, exit, actions);

    /// <summary>SOPs of every shape, each handing over (if at all) to some id.</summary>
    public static Arbitrary<SopDefinition> SopDefinitions { get; } =
        IdTextGen.SelectMany(id => SopDefinitionGen(SopId.From("sop-" + id), IdTextGen.Select(t => SopId.From("next-" + t)))).ToArbitrary();

    /// <summary>Valid libraries: SOP i hands over only to SOPs after it, so the graph has no cycle.</summary>
    public static Arbitrary<SopLibrary> SopLibraries { get; } =
        (from n in Gen.Choose(1, 6)
         from sops in Gen.CollectToArray(Enumerable.Range(0, n).Select(i => SopDefinitionGen(
             SopId.From($"sop-{i}"),
             i == n - 1 ? Gen.Constant(SopId.From($"sop-{i}")) : Gen.Choose(i + 1, n - 1).Select(j => SopId.From($"sop-{j}")))
             .Select(s => i == n - 1 ? SopDefinition.Create(s.Id, s.Name, s.Type, s.Steps, s.Exit, s.EndActions.Where(a => a.HandOverTo is null)) : s)))
         select SopLibrary.Create(sops)).ToArbitrary();

    /// <summary>A run's inputs: an SOP, a zone, and a start around the 2026 DST changes.</summary>
    public static Arbitrary<(SopDefinition Sop, DateTimeZone Zone, Instant Start)> SopStarts { get; } =
        (from sop in SopDefinitions.Generator
         from zone in SopZoneGen
         from start in SopStartGen
         select (sop, zone, start)).ToArbitrary();

    /// <summary>Starts within two weeks before the spring and autumn changes of 2026 (and anywhere in 2026).</summary>
    private static Gen<Instant> SopStartGen { get; } =
        from anchor in Gen.Elements(Instant.FromUtc(2026, 2, 25, 0, 0), Instant.FromUtc(2026, 3, 22, 0, 0), Instant.FromUtc(2026, 9, 20, 0, 0), Instant.FromUtc(2026, 10, 20, 0, 0), Instant.FromUtc(2026, 1, 1, 0, 0))
        from minutes in Gen.Choose(0, 14 * 24 * 4).Select(q => q * 15)
        select anchor + Duration.FromMinutes(minutes);

    /// <summary>Facts at random instants in the weeks after <see cref="SopStartGen"/>'s anchors, some before them.</summary>
    public static Gen<SopMemberFacts> SopFactsGen { get; } =
        (from signal in Gen.Choose(0, 3)
         from at in SopStartGen.SelectMany(s => Gen.Choose(-3 * 24, 30 * 24), (s, h) => s + Duration.FromHours(h))
         from grp in Gen.Elements("vip-group", "new-group")
         from tag in Gen.Elements("bought-coat", "回访完成")
         select (SopSignal)signal switch
         {
             SopSignal.Purchased => SopFact.Purchased(at),
             SopSignal.OptedOut => SopFact.OptedOut(at),
             SopSignal.JoinedGroup => SopFact.JoinedGroup(ChannelId.From(grp), at),
             _ => SopFact.TagAdded(tag, at),
         }).ArrayOf().Select(f => SopMemberFacts.Create(f.Take(20)));

    #endregion
}
