using FsCheck;
using FsCheck.Fluent;
using System;
using System.Linq;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value;

public sealed class RfmScoreTests
{
    [Theory]
    [InlineData(5, 5, RfmSegment.Champions)]
    [InlineData(4, 4, RfmSegment.Loyal)]
    [InlineData(5, 2, RfmSegment.PotentialLoyalists)]
    [InlineData(5, 1, RfmSegment.New)]
    [InlineData(4, 1, RfmSegment.Promising)]
    [InlineData(3, 3, RfmSegment.NeedAttention)]
    [InlineData(3, 1, RfmSegment.AboutToSleep)]
    [InlineData(2, 4, RfmSegment.AtRisk)]
    [InlineData(1, 5, RfmSegment.CantLose)]
    [InlineData(1, 1, RfmSegment.Hibernating)]
    public void The_segment_grid_names_each_r_and_f(int r, int f, RfmSegment expected) =>
        Assert.Equal(expected, RfmScore.Of(r, f, 3).Segment);

    [Fact]
    public void Every_segment_has_a_chinese_and_an_english_name() =>
        Assert.All(Enum.GetValues<RfmSegment>(), s =>
        {
            Assert.NotEqual("?", RfmSegmentNames.Chinese(s));
            Assert.NotEqual("?", RfmSegmentNames.English(s));
        });

    [Fact]
    public void Recency_is_reversed_so_the_most_recent_scores_five()
    {
        var ids = Enumerable.Range(0, 5).Select(i => MemberId.From("c" + i)).ToArray();
        var scores = RfmScore.ScoreAll(ids, [1.0, 2, 3, 4, 5], [5.0, 4, 3, 2, 1], [1.0, 2, 3, 4, 5]);
        Assert.Equal([5, 4, 3, 2, 1], scores.Select(s => s.Recency));
        Assert.Equal([5, 4, 3, 2, 1], scores.Select(s => s.Frequency));
        Assert.Equal([1, 2, 3, 4, 5], scores.Select(s => s.Monetary));
        Assert.Equal(RfmSegment.Champions, scores[0].Segment);
    }

    [Fact]
    public void Ties_share_a_score_and_one_time_buyers_all_score_f1()
    {
        var ids = Enumerable.Range(0, 10).Select(i => MemberId.From("c" + i)).ToArray();
        double[] purchaseDays = [1, 1, 1, 1, 1, 1, 2, 3, 4, 5];   // 60% bought once, as in CDNOW
        var scores = RfmScore.ScoreAll(ids, purchaseDays, purchaseDays, purchaseDays);
        Assert.Equal([1, 1, 1, 1, 1, 1, 4, 4, 5, 5], scores.Select(s => s.Frequency));
    }

    [DeepProperty]
    public Property Scores_are_monotone_ties_share_a_score_and_input_order_does_not_matter() =>
        Prop.ForAll(Generators.Pair(Generators.ValuedCustomers, Generators.Seeds), t =>
        {
            var (valued, seed) = t;
            var ids = valued.Select(v => v.Customer).ToArray();
            var figures = valued.Select(v => v.Value.ToDouble()).ToArray();
            var scores = RfmScore.ScoreAll(ids, figures, figures, figures);
            for (var i = 0; i < ids.Length; i++)
            {
                for (var j = 0; j < ids.Length; j++)
                {
                    if (figures[i] == figures[j])
                    {
                        Assert.Equal(scores[i].Monetary, scores[j].Monetary);
                    }
                    else if (figures[i] < figures[j])
                    {
                        Assert.True(scores[i].Monetary <= scores[j].Monetary);
                    }
                }
            }

            if (figures.Distinct().Count() == figures.Length)
            {
                for (var k = 1; k <= 5; k++)
                {
                    Assert.True(Math.Abs(scores.Count(s => s.Monetary == k) - (ids.Length / 5.0)) < 1.0);
                }
            }

            var order = Enumerable.Range(0, ids.Length).ToArray();
            new Random(seed).Shuffle(order);
            var shuffled = RfmScore.ScoreAll(order.Select(i => ids[i]).ToArray(), order.Select(i => figures[i]).ToArray(), order.Select(i => figures[i]).ToArray(), order.Select(i => figures[i]).ToArray());
            for (var j = 0; j < order.Length; j++)
            {
                Assert.Equal(scores[order[j]], shuffled[j]);
            }
        });
}
