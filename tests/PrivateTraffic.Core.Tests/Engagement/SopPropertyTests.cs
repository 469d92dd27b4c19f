using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Engagement;

public sealed class SopPropertyTests
{
    private static readonly MemberId Member = MemberId.From("m-1");

    [DeepProperty]
    public Property Touches_come_out_in_time_order_one_per_step() =>
        Prop.ForAll(Generators.SopStarts, x =>
        {
            var run = SopRun.Start(x.Sop, Member, x.Zone, x.Start);
            var touches = run.Touches.ToArray();
            return touches.Length == x.Sop.Steps.Count
                && touches.Zip(touches.Skip(1)).All(p => p.First.NotBefore <= p.Second.NotBefore)
                && run.Schedule.Select(s => s.StepIndex).Order().SequenceEqual(Enumerable.Range(0, x.Sop.Steps.Count))
                && touches.All(t => t.NotBefore >= x.Start && t.Member == Member);
        });

    [DeepProperty]
    public Property Each_step_lands_on_its_local_time_or_the_documented_resolution() =>
        Prop.ForAll(Generators.SopStarts, x => SopRun.Start(x.Sop, Member, x.Zone, x.Start).Schedule.All(s =>
        {
            var expected = x.Start.InZone(x.Zone).Date.PlusDays(s.Step.Day) + s.Step.At;
            var mapping = x.Zone.MapLocal(expected);
            var lenient = x.Zone.AtLeniently(expected).ToInstant();
            return s.Local == expected && s.Touch.NotBefore == s.At && s.Resolution switch
            {
                SopTimeResolution.Exact => mapping.Count == 1 && s.At.InZone(x.Zone).LocalDateTime == expected,
                SopTimeResolution.ShiftedPastGap => mapping.Count == 0 && s.At == lenient
                    && s.At.InZone(x.Zone).LocalDateTime == expected.PlusTicks((mapping.LateInterval.WallOffset - mapping.EarlyInterval.WallOffset).Ticks),
                SopTimeResolution.EarlierOfAmbiguous => mapping.Count == 2 && s.At == mapping.First().ToInstant() && s.At.InZone(x.Zone).LocalDateTime == expected,
                SopTimeResolution.AtStart => s.At == x.Start && lenient < x.Start && s.Step.Day == 0,
                _ => false,
            };
        }));

    [DeepProperty]
    public Property An_exit_never_yields_touches_at_or_after_it_and_steps_are_partitioned() =>
        Prop.ForAll(Generators.SopStarts, Generators.SopFactsGen.ToArbitrary(), Gen.Choose(-24, 400 * 24).ToArbitrary(), (x, facts, hours) =>
        {
            var run = SopRun.Start(x.Sop, Member, x.Zone, x.Start);
            var asOf = x.Start + Duration.FromHours(hours);
            var p = run.Progress(facts, asOf);
            var all = p.Due.Concat(p.Remaining).Concat(p.Skipped).Select(s => s.StepIndex).Order();
            var exitOk = p.ExitAt is not { } exit
                ? p.Skipped.Count == 0 && p.Outcome != SopOutcome.Exited
                : p.Outcome == SopOutcome.Exited && p.Remaining.Count == 0 && p.Due.All(s => s.At < exit) && p.Skipped.All(s => s.At >= exit) && exit >= x.Start && exit <= asOf;
            return all.SequenceEqual(Enumerable.Range(0, x.Sop.Steps.Count))
                && exitOk
                && p.Due.All(s => s.At <= asOf)
                && p.Remaining.All(s => s.At > asOf)
                && p.EndActions.SequenceEqual(x.Sop.EndActions.Where(a => a.IsDueOn(p.Outcome)))
                && (p.Outcome == SopOutcome.Running) == (p.EndedAt is null);
        });

    [DeepProperty]
    public Property The_exit_instant_is_the_first_any_or_the_last_of_all() =>
        Prop.ForAll(Generators.SopStarts, Generators.SopFactsGen.ToArbitrary(), (x, facts) =>
        {
            var from = x.Start;
            var until = x.Start + Duration.FromDays(20);
            var firsts = x.Sop.Exit.Conditions
                .Select(c => facts.Facts.Where(f => f.At >= from && f.At <= until && Meets(c, f)).Select(f => (Instant?)f.At).FirstOrDefault())
                .ToArray();
            Instant? expected = firsts.Length == 0 ? null
                : x.Sop.Exit.Mode == SopExitMode.Any ? firsts.Where(f => f is not null).Min()
                : firsts.All(f => f is not null) ? firsts.Max() : null;
            return x.Sop.Exit.ExitAt(facts, from, until) == expected;
        });

    [DeepProperty]
    public Property A_library_passes_exactly_when_hand_overs_are_known_and_acyclic() =>
        Prop.ForAll(Gen.Choose(1, 7).SelectMany(n => Gen.Choose(0, n).ArrayOf().Select(a => a.Take(8).ToArray()).ArrayOf(n)).ToArbitrary(), edges =>
        {
            // Node i hands over to each j in edges[i]; j == n names an SOP that is not in the library.
            var n = edges.Length;
            var sops = edges.Select((targets, i) => SopExamples.OneStep("s" + i, 1, null, targets.Distinct().Select(j => "s" + j).ToArray())).ToArray();
            var unknown = edges.Any(t => t.Contains(n));
            var cyclic = !unknown && HasCycle(edges);
            try
            {
                SopLibrary.Create(sops);
                return !unknown && !cyclic;
            }
            catch (DomainRuleException ex)
            {
                return ex.Code == (unknown ? DomainRuleCodes.SopUnknownHandOver : DomainRuleCodes.SopHandOverCycle) && (unknown || cyclic);
            }
        });

    private static bool Meets(SopExitCondition c, SopFact f) =>
        c.Signal == f.Signal
        && (c.Signal != SopSignal.JoinedGroup || c.Group is null || c.Group == f.Group)
        && (c.Signal != SopSignal.TagAdded || c.Tag == f.Tag);

    /// <summary>Kahn's algorithm: a graph is acyclic exactly when repeatedly removing nodes without incoming edges removes them all.</summary>
    private static bool HasCycle(int[][] edges)
    {
        var n = edges.Length;
        var targets = edges.Select(t => t.Distinct().ToArray()).ToArray();
        var incoming = new int[n];
        foreach (var t in targets.SelectMany(t => t))
        {
            incoming[t]++;
        }

        var ready = new Queue<int>(Enumerable.Range(0, n).Where(i => incoming[i] == 0));
        var removed = 0;
        while (ready.TryDequeue(out var i))
        {
            removed++;
            foreach (var t in targets[i])
            {
                if (--incoming[t] == 0)
                {
                    ready.Enqueue(t);
                }
            }
        }

        return removed < n;
    }
}
