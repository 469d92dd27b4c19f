using System;
using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// 潜客价值 a prospect's value: what converting a member who has not bought yet is worth today,
/// P(first purchase within a horizon) × the value of a new customer. The probability comes from the pool's own
/// conversion history; the value of a new customer is the caller's (for example the mean potential value of
/// recent first-time buyers from a purchase model, or a figure in money).
/// </summary>
/// <remarks>
/// <para>Cohort rule (<see cref="Estimate"/>): the cohort is every member captured at least one horizon before the
/// instant (so each had the whole horizon to convert; later captures are left out rather than counted as not yet
/// converted), except members whose first purchase came before their capture (they were never prospects here).
/// A member converted when their first purchase came within the horizon after capture. Members who left count in
/// the cohort: leaving without buying is not converting. P = converted / cohort.</para>
/// <para>Assumptions: every prospect of the pool converts with the same probability (no per-member covariates);
/// the past cohort's rate holds for today's prospects; conversion after the horizon is worth nothing; the new
/// customer value already includes whatever discounting the caller wants. With an empty cohort there is no
/// evidence: <see cref="HasHistory"/> is false and the probability is 0, so a prospect is valued at zero rather
/// than at a guess. <see cref="Value"/> = new customer value × P, exact (no rounding), so it never exceeds the new
/// customer value. Immutable.</para>
/// </remarks>
public sealed class ProspectValue
{
    private ProspectValue(Duration horizon, int cohort, int converted, Money newCustomerValue)
    {
        Horizon = horizon;
        Cohort = cohort;
        Converted = converted;
        NewCustomerValue = newCustomerValue;
    }

    /// <summary>The conversion horizon: a first purchase later than this after capture does not count.</summary>
    public Duration Horizon { get; }

    /// <summary>The number of past prospects the probability is measured on.</summary>
    public int Cohort { get; }

    /// <summary>How many of the cohort made a first purchase within the horizon.</summary>
    public int Converted { get; }

    /// <summary>Whether there was any history (a cohort of one or more).</summary>
    public bool HasHistory => Cohort > 0;

    /// <summary>P(first purchase within the horizon) = converted / cohort, in [0, 1]; 0 without history.</summary>
    public double FirstPurchaseProbability => Cohort == 0 ? 0.0 : (double)Converted / Cohort;

    /// <summary>The value of a new customer, given by the caller; 0 or more.</summary>
    public Money NewCustomerValue { get; }

    /// <summary>The value of one prospect: <see cref="NewCustomerValue"/> × <see cref="FirstPurchaseProbability"/>, rounded to
    /// the currency's minor unit, half to even.</summary>
    public Money Value => NewCustomerValue.Multiply((decimal)FirstPurchaseProbability, MidpointRounding.ToEven);

    /// <summary>Estimates the value of the pool's prospects from its conversion history (see the remarks).</summary>
    /// <param name="members">The pool's members (<see cref="PrivatePool.Members"/>).</param>
    /// <param name="purchases">The pool's purchase events; only each member's earliest at or before <paramref name="asOf"/> is read.
    /// Events of members not in <paramref name="members"/> (erased ones) are ignored.</param>
    /// <param name="asOf">The instant of the estimate.</param>
    /// <param name="horizon">The conversion horizon; positive.</param>
    /// <param name="newCustomerValue">The value of a new customer; 0 or more.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="System.ArgumentException">An argument is null, the horizon is not positive, the value is
    /// negative, or a member who bought by the instant has no purchase event in <paramref name="purchases"/>.</exception>
    public static ProspectValue Estimate(IEnumerable<PoolMember> members, IEnumerable<PurchaseRecorded> purchases, Instant asOf, Duration horizon, Money newCustomerValue)
    {
        Guard.Against.Null(members);
        Guard.Against.Null(purchases);
        CheckTerms(horizon, newCustomerValue);
        var first = new Dictionary<MemberId, Instant>();
        foreach (var purchase in purchases)
        {
            Guard.Against.Unmet(purchase is not null, "A purchase event is null.", nameof(purchases));
            if (purchase!.At <= asOf && (!first.TryGetValue(purchase.Member, out var at) || purchase.At < at))
            {
                first[purchase.Member] = purchase.At;
            }
        }

        var (cohort, converted) = (0, 0);
        foreach (var member in members)
        {
            Guard.Against.Unmet(member is not null, "A member is null.", nameof(members));
            var bought = first.TryGetValue(member!.Id, out var firstAt);
            Guard.Against.Unmet(bought || member.PurchaseCount == 0 || member.LastActivityAt > asOf, $"The member {member.Id} has bought but has no purchase event.", nameof(purchases));
            if (member.CapturedAt + horizon > asOf || (bought && firstAt < member.CapturedAt))
            {
                continue;
            }

            cohort++;
            if (bought && firstAt - member.CapturedAt <= horizon)
            {
                converted++;
            }
        }

        return new ProspectValue(horizon, cohort, converted, newCustomerValue);
    }

    /// <summary>A prospect value from a conversion count the caller measured.</summary>
    /// <param name="cohort">Past prospects observed over the whole horizon; 0 or more.</param>
    /// <param name="converted">How many of them made a first purchase within it; 0 to <paramref name="cohort"/>.</param>
    /// <param name="horizon">The horizon; positive.</param>
    /// <param name="newCustomerValue">The value of a new customer; 0 or more.</param>
    /// <returns>The value.</returns>
    /// <exception cref="System.ArgumentException">A count is out of range, the horizon is not positive or the value negative.</exception>
    public static ProspectValue FromCounts(int cohort, int converted, Duration horizon, Money newCustomerValue)
    {
        Guard.Against.BelowZero(cohort);
        Guard.Against.Unmet(converted >= 0 && converted <= cohort, "The converted count must lie between 0 and the cohort.", nameof(converted));
        CheckTerms(horizon, newCustomerValue);
        return new ProspectValue(horizon, cohort, converted, newCustomerValue);
    }

    /// <summary>The estimate in words.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"P(first purchase within {Horizon.TotalDays} days) = {Converted}/{Cohort} = {FirstPurchaseProbability:0.###} × {NewCustomerValue} = {Value}");

    private static void CheckTerms(Duration horizon, Money newCustomerValue)
    {
        Guard.Against.Unmet(horizon > Duration.Zero, "The horizon must be positive.", nameof(horizon));
        Guard.Against.Unmet(!newCustomerValue.IsNegative, "The value of a new customer must not be negative.", nameof(newCustomerValue));
    }
}
