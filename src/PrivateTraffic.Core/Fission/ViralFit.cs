using System;
using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Fission;

/// <summary>
/// Fits K and the cycle time of a campaign from a pool's referral graph (Pools' <see cref="ReferralGraph"/>, the only
/// one), keeping the referrals whose <see cref="Referral.Campaign"/> is the campaign.
/// </summary>
/// <remarks>
/// <para>Generation 0 is every campaign referrer not referred in the campaign; generation g+1 is whom generation g
/// referred. The observed K is the mean campaign referees per participant over generations 0 to L − 1, L being the
/// last generation seen: the last one is left out because its members have had the least time to invite, and
/// counting them as zeros would pull K down. It still errs low while a campaign runs.</para>
/// <para>A referral's cycle time is its instant minus the referrer's capture instant in the pool (a referrer who
/// was referred is captured at that referral); referrals without an instant, or dated before the referrer's
/// capture, are not timed.</para>
/// <para>Both intervals are normal approximations, mean ± z·s/√n with the sample standard deviation s; they are
/// honest for a few dozen participants or more.</para>
/// </remarks>
public static class ViralFit
{
    /// <summary>Fits a campaign's K and cycle time from a pool.</summary>
    /// <param name="pool">The pool whose referrals are read.</param>
    /// <param name="campaign">The campaign to keep.</param>
    /// <param name="confidence">The intervals' confidence level, strictly between 0 and 1.</param>
    public static ObservedVirality Of(PrivatePool pool, CampaignId campaign, double confidence = 0.95)
    {
        Guard.Against.Null(pool);
        Guard.Against.Unmet(!campaign.IsUnset, "The campaign must be set.", nameof(campaign));
        Guard.Against.Unmet(confidence > 0.0 && confidence < 1.0, $"A confidence level lies strictly between 0 and 1, not {confidence}.", nameof(confidence));
        var z = NormalQuantile.Of(0.5 + (confidence / 2.0));

        var children = new Dictionary<MemberId, List<MemberId>>();
        var referees = new HashSet<MemberId>();
        var referrers = new List<MemberId>();
        var cycleDays = new List<double>();
        foreach (var referral in pool.Referrals().Referrals)
        {
            if (referral.Campaign != campaign)
            {
                continue;
            }

            referees.Add(referral.Referee);
            if (!children.TryGetValue(referral.Referrer, out var list))
            {
                children.Add(referral.Referrer, list = []);
                referrers.Add(referral.Referrer);
            }

            list.Add(referral.Referee);
            if (referral.At is { } at && pool.Find(referral.Referrer) is { } referrer && at >= referrer.CapturedAt)
            {
                cycleDays.Add((at - referrer.CapturedAt).TotalDays);
            }
        }

        var generations = Generations(referrers, referees, children);
        var sizes = new int[generations.Count];
        for (var g = 0; g < sizes.Length; g++)
        {
            sizes[g] = generations[g].Count;
        }

        return new ObservedVirality(campaign, sizes, EstimateK(generations, children, z, confidence), EstimateCycle(cycleDays, z, confidence));
    }

    private static List<List<MemberId>> Generations(List<MemberId> referrers, HashSet<MemberId> referees, Dictionary<MemberId, List<MemberId>> children)
    {
        var generations = new List<List<MemberId>>();
        var current = referrers.FindAll(r => !referees.Contains(r));
        while (current.Count > 0)
        {
            generations.Add(current);
            var next = new List<MemberId>();
            foreach (var member in current)
            {
                if (children.TryGetValue(member, out var list))
                {
                    next.AddRange(list);
                }
            }

            current = next;
        }

        return generations;
    }

    private static ViralityEstimate? EstimateK(List<List<MemberId>> generations, Dictionary<MemberId, List<MemberId>> children, double z, double confidence)
    {
        var counts = new List<double>();
        for (var g = 0; g < generations.Count - 1; g++)
        {
            foreach (var member in generations[g])
            {
                counts.Add(children.TryGetValue(member, out var list) ? list.Count : 0);
            }
        }

        if (counts.Count == 0)
        {
            return null;
        }

        var (mean, half) = MeanAndHalfWidth(counts, z);
        return new ViralityEstimate(mean, Math.Max(0.0, mean - half), mean + half, confidence, counts.Count);
    }

    private static CycleTimeEstimate? EstimateCycle(List<double> days, double z, double confidence)
    {
        if (days.Count == 0)
        {
            return null;
        }

        var (mean, half) = MeanAndHalfWidth(days, z);
        return new CycleTimeEstimate(
            Duration.FromDays(mean), Duration.FromDays(Math.Max(0.0, mean - half)), Duration.FromDays(mean + half), confidence, days.Count);
    }

    private static (double Mean, double HalfWidth) MeanAndHalfWidth(List<double> values, double z)
    {
        double sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        var mean = sum / values.Count;
        if (values.Count < 2)
        {
            return (mean, 0.0);
        }

        double squares = 0.0;
        foreach (var v in values)
        {
            squares += (v - mean) * (v - mean);
        }

        return (mean, z * Math.Sqrt(squares / (values.Count - 1) / values.Count));
    }
}
