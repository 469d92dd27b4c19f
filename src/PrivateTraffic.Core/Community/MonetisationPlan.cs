using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>
/// How a community plans to earn. Back-end monetisation (后向变现) is the mainstream: value flows along content → users
/// → relationships → monetisation (内容—用户—关系—变现), and the community gives before it charges (先付出,先分享再付费).
/// Immutable.
/// </summary>
public sealed record MonetisationPlan
{
    private const MonetisationChannels All = (MonetisationChannels)127;

    private MonetisationPlan(MonetisationChannels channels, bool backEnd, bool givesBeforeCharging)
    {
        Channels = channels;
        BackEnd = backEnd;
        GivesBeforeCharging = givesBeforeCharging;
    }

    /// <summary>The ways it earns.</summary>
    public MonetisationChannels Channels { get; }

    /// <summary>Whether it earns at the back end: after content has won users and relationships.</summary>
    public bool BackEnd { get; }

    /// <summary>Whether members get value (content, sharing) before they are asked to pay.</summary>
    public bool GivesBeforeCharging { get; }

    /// <summary>A plan.</summary>
    /// <exception cref="System.ArgumentException">Undefined channel bits.</exception>
    public static MonetisationPlan Create(MonetisationChannels channels, bool backEnd, bool givesBeforeCharging)
    {
        Guard.Against.Unmet((channels & ~All) == 0, $"Undefined monetisation bits: {(int)(channels & ~All)}.", nameof(channels));
        return new(channels, backEnd, givesBeforeCharging);
    }
}
