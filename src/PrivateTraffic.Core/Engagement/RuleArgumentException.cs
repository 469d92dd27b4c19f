using System;

namespace PrivateTraffic.Core.Engagement;

/// <summary>A rule argument that breaks a rule of the format; the code lets the JSON reader report it with its code.</summary>
internal sealed class RuleArgumentException(string code, string message, string paramName) : ArgumentException(message, paramName)
{
    /// <summary>The stable code (an <c>engagement.*</c> code of <see cref="Primitives.DomainRuleCodes"/>).</summary>
    public string Code { get; } = code;

    public static void Unless(bool condition, string code, string message, string paramName)
    {
        if (!condition)
        {
            throw new RuleArgumentException(code, message, paramName);
        }
    }
}
