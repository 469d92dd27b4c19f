using System;

namespace PrivateTraffic.Core.Primitives;

/// <summary>
/// Thrown when an operation would break a rule of the domain (as opposed to a misuse of the API, which is an
/// <see cref="ArgumentException"/>). <see cref="Code"/> is stable across versions and is meant to be matched
/// by callers; the message is for people and may change. The object the operation was called on is left
/// exactly as it was before the call. The list of codes is <see cref="DomainRuleCodes"/>.
/// </summary>
public sealed class DomainRuleException : Exception
{
    /// <summary>Creates the exception with a stable code (one of <see cref="DomainRuleCodes"/>) and a message.</summary>
    /// <param name="code">The stable, dotted, lower-case code, such as <c>pool.capacity_exceeded</c>.</param>
    /// <param name="message">A sentence for people saying which rule was broken and by what.</param>
    public DomainRuleException(string code, string message)
        : base(message)
    {
        Code = Guard.Against.NullOrWhiteSpace(code);
    }

    /// <summary>Creates the exception with a stable code, a message and the exception that caused it.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="message">A sentence for people.</param>
    /// <param name="innerException">The cause.</param>
    public DomainRuleException(string code, string message, Exception innerException)
        : base(message, innerException)
    {
        Code = Guard.Against.NullOrWhiteSpace(code);
    }

    /// <summary>The stable code of the broken rule (see <see cref="DomainRuleCodes"/>).</summary>
    public string Code { get; }
}
