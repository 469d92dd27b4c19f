using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// A tier policy (分层运营策略): which one-to-one action each value tier gets, optionally refined by RFM segment
/// (a top-band customer who is at risk needs a different call than a champion). It is data: load it with
/// <c>PrivateTrafficJson.Deserialize&lt;TierPolicy&gt;(json)</c> (docs/json-value.md gives the shape).
/// </summary>
/// <remarks>
/// Every tier has a default action; a (tier, segment) rule overrides it for that segment. Each (tier, segment)
/// pair appears at most once. Immutable.
/// </remarks>
[JsonConverter(typeof(TierPolicyJsonConverter))]
public sealed class TierPolicy
{
    private readonly Dictionary<(ValueTier, RfmSegment?), TierAction> _actions;

    private TierPolicy(string name, List<TierPolicyRule> rules, Dictionary<(ValueTier, RfmSegment?), TierAction> actions)
    {
        Name = name;
        Rules = rules;
        _actions = actions;
    }

    /// <summary>The policy's name.</summary>
    public string Name { get; }

    /// <summary>The rules in the order given.</summary>
    public IReadOnlyList<TierPolicyRule> Rules { get; }

    /// <summary>Creates a policy from its rules.</summary>
    /// <param name="name">A name, 1 to 200 characters.</param>
    /// <param name="rules">The rules: one without a segment for every tier, and any (tier, segment) at most once.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentException">A tier lacks a default, a pair repeats, a rule is invalid, or the name is blank.</exception>
    public static TierPolicy Create(string name, IEnumerable<TierPolicyRule> rules)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Unmet(name.Length <= 200, "A policy name is at most 200 characters.", nameof(name));
        Guard.Against.Null(rules);
        var list = new List<TierPolicyRule>();
        var actions = new Dictionary<(ValueTier, RfmSegment?), TierAction>();
        foreach (var rule in rules)
        {
            Guard.Against.Unmet(Enum.IsDefined(rule.Tier) && (rule.Segment is null || Enum.IsDefined(rule.Segment.Value)), "A rule names an unknown tier or segment.", nameof(rules));
            Guard.Against.Unmet(rule.Action.Code is not null, "A rule has no action.", nameof(rules));
            Guard.Against.Unmet(actions.TryAdd((rule.Tier, rule.Segment), rule.Action), $"The tier {rule.Tier} with segment {rule.Segment?.ToString() ?? "(any)"} has two rules.", nameof(rules));
            list.Add(rule);
        }

        foreach (var tier in Enum.GetValues<ValueTier>())
        {
            Guard.Against.Unmet(actions.ContainsKey((tier, null)), $"The tier {tier} has no default action (a rule without a segment).", nameof(rules));
        }

        return new TierPolicy(name, list, actions);
    }

    /// <summary>The action for a customer: the rule for their tier and segment if there is one, else their tier's default.</summary>
    /// <param name="tier">The customer's tier.</param>
    /// <param name="segment">The customer's RFM segment.</param>
    /// <returns>The action.</returns>
    public TierAction Recommend(ValueTier tier, RfmSegment segment) =>
        _actions.TryGetValue((tier, segment), out var action) ? action : _actions[(tier, null)];
}
