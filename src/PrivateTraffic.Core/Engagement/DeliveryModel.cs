using System;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// How touches turn into reach and conversions, by delivery mode (article 004): a direct message (私聊) always arrives; a
/// moments post (朋友圈) is seen only if the member is scrolling while it is near the top, with
/// <see cref="MomentsVisibility"/>. A touch that is seen converts with <see cref="ConversionPerSeen"/>, scaled down by the
/// member's marketing fatigue (<see cref="FatigueModel"/>): the k-th touch's effect is 1/(1 + F) of a fresh one, F being the
/// level its predecessors left. So cadence matters: daily posts do not convert seven times as much as weekly ones.
/// </summary>
/// <remarks>
/// Every probability is the caller's; the articles give none. <see cref="AssumedMomentsVisibility"/> (0.3) is a labelled
/// assumption. The touches are taken as independent chances: P(at least one conversion) = 1 − Π(1 − pₖ).
/// </remarks>
public sealed record DeliveryModel
{
    /// <summary>Creates a model.</summary>
    /// <param name="conversionPerSeen">The chance that a seen touch to a fresh (unfatigued) member converts.</param>
    /// <param name="fatigue">The fatigue model (its ceiling is not used here).</param>
    /// <param name="momentsVisibility">The chance a moments post is seen; null for <see cref="AssumedMomentsVisibility"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fatigue"/> is null.</exception>
    public DeliveryModel(Probability conversionPerSeen, FatigueModel fatigue, Probability? momentsVisibility = null)
    {
        ConversionPerSeen = conversionPerSeen;
        Fatigue = Guard.Against.Null(fatigue);
        MomentsVisibility = momentsVisibility ?? AssumedMomentsVisibility;
    }

    /// <summary>An assumption, not from the articles: a moments post is seen by 30% of the members it could reach.</summary>
    public static Probability AssumedMomentsVisibility => Probability.From(0.3);

    /// <summary>The chance a seen touch to a fresh member converts.</summary>
    public Probability ConversionPerSeen { get; }

    /// <summary>The fatigue model.</summary>
    public FatigueModel Fatigue { get; }

    /// <summary>The chance a moments post is seen.</summary>
    public Probability MomentsVisibility { get; }

    /// <summary>The chance a touch in a mode is seen: 1 for a direct message, <see cref="MomentsVisibility"/> for a moments post.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>The chance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The mode is not defined.</exception>
    public Probability ReachOf(DeliveryMode mode) => mode switch
    {
        DeliveryMode.DirectMessage => Probability.One,
        DeliveryMode.MomentsPost => MomentsVisibility,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not a defined delivery mode."),
    };

    /// <summary>What a member's series of marketing touches in one mode is expected to bring.</summary>
    /// <param name="mode">The mode of every touch.</param>
    /// <param name="touches">The touches' instants, in order (not decreasing).</param>
    /// <returns>Expected touches seen, expected conversions and the chance of at least one.</returns>
    /// <exception cref="ArgumentException">The instants are out of order.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The mode is not defined.</exception>
    public DeliveryExpectation Expect(DeliveryMode mode, ReadOnlySpan<Instant> touches)
    {
        var seen = ReachOf(mode).Value;
        var p = seen * ConversionPerSeen.Value;
        double level = 0, expectedConversions = 0, none = 1;
        for (var k = 0; k < touches.Length; k++)
        {
            if (k > 0)
            {
                Guard.Against.Unmet(touches[k] >= touches[k - 1], $"Touch {k} is before touch {k - 1}.", nameof(touches));

                // The level just before touch k: what touch k−1 left (its level plus itself), decayed over the interval.
                level = (level + 1) * Fatigue.Decay(touches[k] - touches[k - 1]);
            }

            var pk = p * FatigueModel.EffectScale(level);
            expectedConversions += pk;
            none *= 1 - pk;
        }

        return new DeliveryExpectation(
            touches.Length,
            seen * touches.Length,
            expectedConversions,
            Probability.From(Math.Clamp(1 - none, 0, 1)));
    }
}
