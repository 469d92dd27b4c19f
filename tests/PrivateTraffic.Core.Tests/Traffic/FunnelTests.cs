using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Traffic;

namespace PrivateTraffic.Core.Tests.Traffic;

public sealed class FunnelTests
{
    internal static Funnel DepartmentStore { get; } = Funnel.StartWith("visitors")
        .Then("pass the counter", Probability.FromPercent(10))
        .Then("stop to ask", Probability.FromPercent(20))
        .Then("buy and leave details", Probability.FromPercent(20));

    [Fact]
    public void The_department_store_funnel_keeps_20_of_5000_visitors()
    {
        var run = DepartmentStore.Run(5000);
        Assert.Equal([5000L, 500L, 100L, 20L], run.People);
        Assert.Equal(20L, run.Converted);
        Assert.Equal(20.0, run.Expected[^1], 9);
        Assert.Equal(0.004, DepartmentStore.Overall.Value, 12);
    }

    [DeepProperty]
    public Property Whole_counts_follow_the_stated_rounding_rule() =>
        Prop.ForAll(Generators.Pair(Generators.Funnels, Generators.VolumeGen.ToArbitrary()), t =>
        {
            var (funnel, volume) = t;
            var run = funnel.Run(volume);
            Assert.Equal(volume, run.People[0]);
            for (var i = 1; i < run.People.Count; i++)
            {
                Assert.True(run.People[i] <= run.People[i - 1], "never more than the stage before");
                Assert.True(run.People[i] >= 0, "never negative");
                Assert.True(run.People[i] <= run.Expected[i] + 1e-6, "never more than the expected count");
                Assert.True(run.People[i] > run.Expected[i] - 1 - 1e-6 || run.People[i] == run.People[i - 1], "less than one person below the expected count");
            }

            Assert.Equal(volume, run.StoppedAt().Sum());
        });

    [Fact]
    public void Binary_noise_does_not_lose_a_person()
    {
        var run = Funnel.StartWith("in").Then("out", Probability.From(0.29)).Run(100);
        Assert.Equal(29L, run.Converted);
    }

    [Fact]
    public void A_funnel_reads_as_its_stages_and_conversions() =>
        Assert.Equal("visitors →10% pass the counter →20% stop to ask →20% buy and leave details", DepartmentStore.ToString());

    [Fact]
    public void A_funnel_has_at_most_64_stages()
    {
        var names = Enumerable.Range(1, Funnel.MaxStages + 1).Select(i => "stage " + i).ToArray();
        var half = Probability.FromPercent(50);
        var longest = Funnel.Create(names[..Funnel.MaxStages], Enumerable.Repeat(half, Funnel.MaxStages - 1));
        Assert.Equal(64, longest.Stages.Count);
        Assert.Equal("stages", Assert.Throws<ArgumentException>(() => Funnel.Create(names, Enumerable.Repeat(half, Funnel.MaxStages))).ParamName);
        Assert.Equal("stage", Assert.Throws<ArgumentException>(() => longest.Then("one too many", half)).ParamName);
        Assert.Equal(64, longest.Stages.Count);
    }

    [Fact]
    public void Then_leaves_the_original_funnel_unchanged()
    {
        var top = Funnel.StartWith("visitors");
        var longer = top.Then("buy", Probability.FromPercent(5));
        Assert.Single(top.Stages);
        Assert.Equal(2, longer.Stages.Count);
    }

    [Fact]
    public void An_empty_funnel_is_refused_naming_the_parameter()
    {
        Assert.Equal("stages", Assert.Throws<ArgumentException>(() => Funnel.Create([], [])).ParamName);
        Assert.Equal("conversions", Assert.Throws<ArgumentException>(() => Funnel.Create(["a", "b"], [])).ParamName);
        Assert.Equal("stage", Assert.ThrowsAny<ArgumentException>(() => Funnel.StartWith("  ")).ParamName);
    }

    [Fact]
    public void A_conversion_outside_the_unit_interval_cannot_be_made()
    {
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => Probability.From(1.2)).ParamName);
        Assert.Equal("volume", Assert.Throws<ArgumentOutOfRangeException>(() => DepartmentStore.Run(-1)).ParamName);
    }
}
