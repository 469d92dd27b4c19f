using System;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Community;

/// <summary>
/// The kinds a community (社群) can be, as a set: one community can be several at once. A community with more than one
/// kind is hybrid (交叉型); hybrid is derived (<see cref="CommunityPositioning.IsHybrid"/>), never a flag of its own.
/// Written in JSON as an array of camelCase names (<c>["product","knowledge"]</c>).
/// </summary>
[Flags]
[JsonConverter(typeof(CommunityTypesJsonConverter))]
public enum CommunityTypes
{
    /// <summary>No kind chosen: the direction is vague (方向模糊).</summary>
    None = 0,

    /// <summary>Product community 产品型 (the articles' example: Xiaomi's fans).</summary>
    Product = 1,

    /// <summary>Interest community 兴趣类 (the articles' example: Dianping).</summary>
    Interest = 2,

    /// <summary>Brand community 品牌型 (the articles' example: car owners' clubs).</summary>
    Brand = 4,

    /// <summary>Knowledge community 知识型 (the articles' examples: Luogic Thinking 罗辑思维, Zhihu).</summary>
    Knowledge = 8,

    /// <summary>Tool community 工具型 (a community built around a tool such as WeChat, Weibo or DingTalk).</summary>
    Tool = 16,
}
