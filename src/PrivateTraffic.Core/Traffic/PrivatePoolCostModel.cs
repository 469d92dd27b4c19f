using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Traffic;

/// <summary>
/// What growing and reaching a private traffic pool (私域流量池) costs, and what each reach (触达) does: the costs
/// are capture, setup, running and the channel's marginal cost per message; the effects are conversion,
/// repurchase (复购) and attrition.
/// </summary>
/// <remarks>
/// <para><b>Costs.</b> Capture per member (a gift or free sample that moves a customer into the pool), a one-off
/// setup cost, a running cost per member per month (staff, tools) and the marginal cost of reaching one member
/// once on the channel: zero for WeChat (<see cref="ChannelPricing.FreeToReach"/>), a price for SMS.</para>
/// <para><b>Effects per reach.</b> A member who has not bought yet buys with <see cref="ConversionPerReach"/>; a
/// member who has bought buys again with <see cref="RepurchasePerReach"/>; then every member leaves (mutes,
/// unfollows, deletes) with <see cref="AttritionPerReach"/>.</para>
/// </remarks>
[JsonConverter(typeof(PrivatePoolCostModelJsonConverter))]
public sealed class PrivatePoolCostModel : IEquatable<PrivatePoolCostModel>
{
    private PrivatePoolCostModel(Money capturePerMember, Money setup, Money runningPerMemberPerMonth, Money costPerReach, Probability conversionPerReach, Probability repurchasePerReach, Probability attritionPerReach)
    {
        CapturePerMember = capturePerMember;
        Setup = setup;
        RunningPerMemberPerMonth = runningPerMemberPerMonth;
        CostPerReach = costPerReach;
        ConversionPerReach = conversionPerReach;
        RepurchasePerReach = repurchasePerReach;
        AttritionPerReach = attritionPerReach;
    }

    /// <summary>The currency of every cost.</summary>
    public Currency Currency => CapturePerMember.Currency;

    /// <summary>The cost of moving one member into the pool (a gift, a free sample).</summary>
    public Money CapturePerMember { get; }

    /// <summary>The one-off cost of setting the pool up (accounts, tools, training).</summary>
    public Money Setup { get; }

    /// <summary>The running cost per member per month (staff, tools).</summary>
    public Money RunningPerMemberPerMonth { get; }

    /// <summary>The channel's marginal cost of reaching one member once: zero for WeChat, the message price for SMS.</summary>
    public Money CostPerReach { get; }

    /// <summary>The probability that a member who has not bought yet buys after one reach.</summary>
    public Probability ConversionPerReach { get; }

    /// <summary>The probability that a member who has already bought buys again after one reach (复购).</summary>
    public Probability RepurchasePerReach { get; }

    /// <summary>The probability that a member leaves the pool (mutes, unfollows, deletes) after one reach.</summary>
    public Probability AttritionPerReach { get; }

    /// <summary>Creates a private pool's cost model. All amounts must be in one currency and not negative.</summary>
    /// <param name="capturePerMember">The capture cost per member.</param>
    /// <param name="setup">The one-off setup cost.</param>
    /// <param name="runningPerMemberPerMonth">The running cost per member per month.</param>
    /// <param name="costPerReach">The marginal cost of reaching one member once.</param>
    /// <param name="conversionPerReach">The conversion per reach of members who have not bought.</param>
    /// <param name="attritionPerReach">The attrition per reach.</param>
    /// <param name="repurchasePerReach">The repurchase per reach of members who have bought; zero unless given.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentException">A negative amount, or amounts in different currencies.</exception>
    public static PrivatePoolCostModel Create(
        Money capturePerMember,
        Money setup,
        Money runningPerMemberPerMonth,
        Money costPerReach,
        Probability conversionPerReach,
        Probability attritionPerReach,
        Probability repurchasePerReach = default)
    {
        var currency = capturePerMember.Currency;
        CostGuard.Cost(capturePerMember, currency);
        CostGuard.Cost(setup, currency);
        CostGuard.Cost(runningPerMemberPerMonth, currency);
        CostGuard.Cost(costPerReach, currency);
        return new PrivatePoolCostModel(capturePerMember, setup, runningPerMemberPerMonth, costPerReach, conversionPerReach, repurchasePerReach, attritionPerReach);
    }

    /// <summary>The same model with another capture cost per member (used by the sensitivity sweep).</summary>
    /// <param name="capturePerMember">The capture cost; not negative, in <see cref="Currency"/>.</param>
    /// <returns>The new model.</returns>
    public PrivatePoolCostModel WithCapturePerMember(Money capturePerMember) =>
        Create(CostGuard.Cost(capturePerMember, Currency), Setup, RunningPerMemberPerMonth, CostPerReach, ConversionPerReach, AttritionPerReach, RepurchasePerReach);

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] PrivatePoolCostModel? other) =>
        other is not null
        && CapturePerMember == other.CapturePerMember
        && Setup == other.Setup
        && RunningPerMemberPerMonth == other.RunningPerMemberPerMonth
        && CostPerReach == other.CostPerReach
        && ConversionPerReach == other.ConversionPerReach
        && RepurchasePerReach == other.RepurchasePerReach
        && AttritionPerReach == other.AttritionPerReach;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as PrivatePoolCostModel);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(CapturePerMember, Setup, RunningPerMemberPerMonth, CostPerReach, ConversionPerReach, RepurchasePerReach, AttritionPerReach);
}
