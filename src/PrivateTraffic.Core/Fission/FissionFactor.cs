using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Fission;

/// <summary>What a fission campaign needs (article 002): three success factors, and the four parts of "fission =
/// platform + creativity + benefit + technology", which is a checklist, not arithmetic.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<FissionFactor>))]
public enum FissionFactor
{
    /// <summary>Seed users (种子用户): the first who share.</summary>
    SeedUsers = 0,

    /// <summary>The bait (诱饵): what makes sharing worth it.</summary>
    Bait = 1,

    /// <summary>Fun and satisfaction (趣味性和满足感).</summary>
    FunAndSatisfaction = 2,

    /// <summary>The platform (平台) it runs on.</summary>
    Platform = 3,

    /// <summary>The creativity (创意) of the idea.</summary>
    Creativity = 4,

    /// <summary>The benefit (利益) to those who share and join.</summary>
    Benefit = 5,

    /// <summary>The technology (技术) that tracks shares and pays rewards.</summary>
    Technology = 6,
}
