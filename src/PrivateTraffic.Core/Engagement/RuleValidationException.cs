using System;
using System.Text.Json;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// A rule file that cannot be loaded: an unknown condition or action type, an unknown member or view field, a parameter
/// of the wrong JSON type, a comparison between a field and a literal of another kind, a limit of <see cref="RuleLimits"/>
/// broken, two rules with one id. It is a <see cref="JsonException"/>, so callers that catch bad JSON catch it; its
/// <see cref="JsonException.Path"/> points at the offending member (<c>$.rules[3].when.parameters.conditions[1].parameters.field</c>)
/// and <see cref="Code"/> is a stable <c>engagement.*</c> code listed in docs/errors.md.
/// </summary>
public sealed class RuleValidationException : JsonException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="message">What is wrong; the path is appended.</param>
    /// <param name="path">The JSON path of the offending member.</param>
    /// <param name="inner">The exception that revealed it, if any.</param>
    public RuleValidationException(string code, string message, string path, Exception? inner = null)
        : base($"{message} Path: {path}.", path, null, null, inner)
    {
        Code = code;
    }

    /// <summary>The stable code (<c>engagement.unknown_field</c>, …).</summary>
    public string Code { get; }
}
