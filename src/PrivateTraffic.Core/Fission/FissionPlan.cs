namespace PrivateTraffic.Core.Fission;

/// <summary>What the organiser says about the parts of a campaign the events cannot show; <c>null</c> or blank means not planned.</summary>
/// <param name="Platform">Where it runs (an official account, an app, a mini program, a WeChat group, ...).</param>
/// <param name="Creativity">The idea that makes it worth talking about.</param>
/// <param name="FunAndSatisfaction">What makes taking part fun, and what satisfies at once (an unlock, a progress bar, ...).</param>
/// <param name="Technology">How shares are tracked and rewards paid (tracking codes, a poster tool, a payout system, ...).</param>
public sealed record FissionPlan(string? Platform, string? Creativity, string? FunAndSatisfaction, string? Technology);
