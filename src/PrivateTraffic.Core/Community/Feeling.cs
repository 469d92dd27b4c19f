using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Community;

/// <summary>The four feelings a community builds (article 002).</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<Feeling>))]
public enum Feeling
{
    /// <summary>Mystique 神秘感: start small, invite only the precise few.</summary>
    Mystique = 0,

    /// <summary>Ritual 仪式感: a joining ceremony, spiritual or real.</summary>
    Ritual = 1,

    /// <summary>Collective honour 集体荣誉感: online activities members take part in together.</summary>
    CollectiveHonour = 2,

    /// <summary>Participation 参与感: offline activities, depth over headcount.</summary>
    Participation = 3,
}
