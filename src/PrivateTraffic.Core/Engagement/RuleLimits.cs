namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// The limits a rule set is held to, against hostile or runaway input. Each is checked when a rule set or a condition
/// is made (and so when a rule file is loaded), never at evaluation; breaking one is an
/// <see cref="System.ArgumentException"/> in code and a <see cref="RuleValidationException"/> (a JSON exception with the
/// path) in a file. The JSON document as a whole is also held to <see cref="Serialization.PrivateTrafficJson.MaxDepth"/>.
/// </summary>
public static class RuleLimits
{
    /// <summary>The most rules in a set (so a batch's fired mask is at most 16 64-bit words per member).</summary>
    public const int MaxRules = 1024;

    /// <summary>The deepest a condition tree may nest: a leaf is depth 1, <c>all</c> of leaves depth 2.</summary>
    public const int MaxConditionDepth = 12;

    /// <summary>The most children of one <c>all</c> or <c>any</c>.</summary>
    public const int MaxChildren = 64;

    /// <summary>The most condition nodes in one rule's tree.</summary>
    public const int MaxConditionNodes = 512;

    /// <summary>The most values in one set (<c>inSet</c>, <c>stageIs</c>, <c>tierIs</c>).</summary>
    public const int MaxSetSize = 64;

    /// <summary>The most actions of one rule.</summary>
    public const int MaxActions = 16;

    /// <summary>The longest rule name, in characters.</summary>
    public const int MaxNameLength = 200;
}
