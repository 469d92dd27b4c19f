using System.Text.Json;
using PrivateTraffic.Core.Community;

namespace PoolService.Http;

/// <summary>The answer of <c>POST /pools/{pool}/groups/{group}/health</c>: the library's <see cref="HealthAssessment"/>
/// with its health and reasons as their camelCase names (<c>dead</c>, <c>atRisk</c>, <c>healthy</c>, <c>thriving</c>;
/// <c>silent</c>, <c>fewMessages</c>, ...).</summary>
/// <param name="Health">The group's health.</param>
/// <param name="Figures">The figures it was judged on.</param>
/// <param name="Reasons">Why it is not higher, in the library's order of reasons.</param>
public sealed record GroupHealthAnswer(string Health, HealthFigures Figures, IReadOnlyList<string> Reasons)
{
    /// <summary>The answer for an assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The answer.</returns>
    public static GroupHealthAnswer From(HealthAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return new GroupHealthAnswer(Name(assessment.Health.ToString()), assessment.Figures, [.. assessment.Reasons.Select(r => Name(r.ToString()))]);
    }

    private static string Name(string text) => JsonNamingPolicy.CamelCase.ConvertName(text);
}
