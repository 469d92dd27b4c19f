using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using Codes = PrivateTraffic.Core.Primitives.DomainRuleCodes;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// An engagement rule (运营规则): when its condition holds for a member at an instant inside its validity window, it
/// fires and proposes its actions. Rules are data: a file of them (docs/concepts/engagement.md) is loaded into an
/// <see cref="EngagementRuleSet"/>, which orders them by priority and compiles their conditions. Immutable.
/// </summary>
public sealed class EngagementRule
{
    private EngagementRule(string id, string name, int priority, Condition when, RuleAction[] actions, bool stopProcessing, Instant? validFrom, Instant? validUntil)
    {
        Id = id;
        Name = name;
        Priority = priority;
        When = when;
        Actions = actions;
        StopProcessing = stopProcessing;
        ValidFrom = validFrom;
        ValidUntil = validUntil;
    }

    /// <summary>The rule's id, unique in its set (1 to 128 characters; ties of priority are broken by its ordinal order).</summary>
    public string Id { get; }

    /// <summary>A human name.</summary>
    public string Name { get; }

    /// <summary>The priority: higher is evaluated first.</summary>
    public int Priority { get; }

    /// <summary>The condition tree.</summary>
    public Condition When { get; }

    /// <summary>What the rule proposes when it fires, in order.</summary>
    public IReadOnlyList<RuleAction> Actions { get; }

    /// <summary>Whether no rule of lower order is evaluated for a member once this one fires.</summary>
    public bool StopProcessing { get; }

    /// <summary>The first instant the rule applies, if bounded (inclusive).</summary>
    public Instant? ValidFrom { get; }

    /// <summary>The instant the rule stops applying, if bounded (exclusive).</summary>
    public Instant? ValidUntil { get; }

    /// <summary>Creates a rule.</summary>
    /// <param name="id">1 to 128 characters, no control characters, no white space at either end.</param>
    /// <param name="name">1 to <see cref="RuleLimits.MaxNameLength"/> characters, not blank.</param>
    /// <param name="priority">Higher is evaluated first.</param>
    /// <param name="when">The condition.</param>
    /// <param name="actions">0 to <see cref="RuleLimits.MaxActions"/> actions.</param>
    /// <param name="stopProcessing">Whether firing stops the evaluation of lower rules for the member.</param>
    /// <param name="validFrom">The first instant, inclusive, if any.</param>
    /// <param name="validUntil">The end, exclusive, if any; after <paramref name="validFrom"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">An argument breaks the rules above.</exception>
    public static EngagementRule Create(string id, string name, int priority, Condition when, IEnumerable<RuleAction> actions, bool stopProcessing = false, Instant? validFrom = null, Instant? validUntil = null)
    {
        IdentifierText.Validate(id, "rule id", nameof(id));
        Guard.Against.NullOrWhiteSpace(name);
        RuleArgumentException.Unless(name.Length <= RuleLimits.MaxNameLength, Codes.EngagementInvalidParameter, $"A rule name has at most {RuleLimits.MaxNameLength} characters.", nameof(name));
        Guard.Against.Null(when);
        Guard.Against.Null(actions);
        var list = actions.Take(RuleLimits.MaxActions + 1).ToArray();
        RuleArgumentException.Unless(list.Length <= RuleLimits.MaxActions, Codes.EngagementLimitExceeded, $"A rule has at most {RuleLimits.MaxActions} actions.", nameof(actions));
        RuleArgumentException.Unless(Array.TrueForAll(list, a => a is not null), Codes.EngagementInvalidParameter, "An action is null.", nameof(actions));
        RuleArgumentException.Unless(validFrom is null || validUntil is null || validFrom < validUntil, Codes.EngagementInvalidParameter, "validUntil must be after validFrom.", nameof(validUntil));
        return new(id, name, priority, when, list, stopProcessing, validFrom, validUntil);
    }

    /// <summary>Whether the rule applies at an instant: at or after <see cref="ValidFrom"/> and before <see cref="ValidUntil"/>.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>True inside the window.</returns>
    public bool IsValidAt(Instant at) => (ValidFrom is not { } from || at >= from) && (ValidUntil is not { } until || at < until);

    /// <summary>The rule's id and name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} ({Name}, priority {Priority})";
}
