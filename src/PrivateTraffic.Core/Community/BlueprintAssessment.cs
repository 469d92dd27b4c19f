using System.Collections.Generic;
using System.Linq;

namespace PrivateTraffic.Core.Community;

/// <summary>Assesses a blueprint against the articles' points (article 002). Pure and thread-safe.</summary>
public static class BlueprintAssessment
{
    /// <summary>The findings, problems first; none when the blueprint follows every point checked.</summary>
    public static IReadOnlyList<BlueprintFinding> Assess(CommunityBlueprint blueprint)
    {
        Guard.Against.Null(blueprint);
        var findings = new List<BlueprintFinding>();
        var plan = blueprint.Monetisation;
        if (!plan.GivesBeforeCharging)
        {
            findings.Add(new(BlueprintFindingCode.ChargesBeforeGiving, FindingSeverity.Problem,
                "Members are asked to pay before they have received anything.",
                "Give first, share first, then charge (先付出,先分享再付费): a case that solved emotional problems for free drew over ten million in revenue."));
        }

        if (!plan.BackEnd)
        {
            findings.Add(new(BlueprintFindingCode.FrontEndMonetisation, FindingSeverity.Warning,
                "The plan earns at the front end.",
                "Goods + membership + knowledge + consulting, earned at the back end, is the mainstream (后向变现是主流): content → users → relationships → monetisation."));
        }

        if (!blueprint.Roles.Any(r => (r.Permissions & RolePermissions.HostActivities) != 0))
        {
            findings.Add(new(BlueprintFindingCode.NobodyHostsActivities, FindingSeverity.Warning,
                "No role may host activities.",
                "Regular, long-term activities decide whether a community survives (长期定期做活动)."));
        }

        if (blueprint.Admission == AdmissionPolicy.Open)
        {
            findings.Add(new(BlueprintFindingCode.OpenAdmission, FindingSeverity.Note,
                "Anyone may join.",
                "Mystique (神秘感) comes from starting small and inviting only the precise few; a store group may still choose open admission."));
        }

        if (blueprint.JoiningRitual is null)
        {
            findings.Add(new(BlueprintFindingCode.NoJoiningRitual, FindingSeverity.Note,
                "Joining has no ritual.",
                "Entering a community should have a ritual, spiritual or real (仪式感): it shows the community's spiritual value."));
        }

        return findings.OrderByDescending(f => f.Severity).ToArray();
    }
}
