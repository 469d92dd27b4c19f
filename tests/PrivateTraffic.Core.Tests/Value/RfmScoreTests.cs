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
    public void Each_score_holds_a_fifth_of_the_base_within_one_customer_and_ignores_input_order() =>
        PropertyTest.ForAll(Generators.Pair(Generators.ValuedCustomers, Generators.Seeds), t =>
        {
            var (valued, seed) = t;
            var ids = valued.Select(v => v.Customer).ToArray();
            var figures = valued.Select(v => v.Value.ToDouble()).ToArray();
            var scores = RfmScore.ScoreAll(ids, figures, figures, figures);
            for (var k = 1; k <= 5; k++)
            {
                Assert.True(Math.Abs(scores.Count(s => s.Monetary == k) - (ids.Length / 5.0)) < 1.0);
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
