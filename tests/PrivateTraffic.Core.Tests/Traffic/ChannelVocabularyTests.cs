using FsCheck;
using FsCheck.Fluent;
using System;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Traffic;

namespace PrivateTraffic.Core.Tests.Traffic;

/// <summary>One channel vocabulary (<see cref="ChannelKind"/>): the traffic catalogue and the pools read the same table.</summary>
public sealed class ChannelVocabularyTests
{
    private static readonly Instant Opened = Instant.FromUtc(2026, 11, 24, 2, 0);

    [Fact]
    public void Every_defined_kind_is_in_the_table_once_and_in_the_catalogue_once()
    {
        Assert.Equal(Enum.GetValues<ChannelKind>().Order(), ChannelKinds.All.Order());
        Assert.Equal(ChannelKinds.All, TrafficChannels.All.Select(c => c.ChannelKind!.Value));
    }

    [Fact]
    public void WeCom_is_two_kinds_in_both_views()
    {
        Assert.Equal(ChannelKind.WeComContact, TrafficChannels.WeComContact.ChannelKind);
        Assert.Equal(ChannelKind.WeComGroup, TrafficChannels.WeComGroup.ChannelKind);
        Assert.Equal("企业微信客户群", TrafficChannels.WeComGroup.ChineseName);
        Assert.Equal(500, CapacityPolicy.Default.LimitFor(ChannelKind.WeComGroup));
        Assert.Equal(20_000, CapacityPolicy.Default.LimitFor(ChannelKind.WeComContact));
    }

    [Fact]
    public void The_private_kinds_keep_their_v1_json_names()
    {
        string[] names = ["personalWeChat", "weComContact", "weComGroup", "weChatGroup", "officialAccount", "miniProgram", "ownApp", "sms", "addressBook"];
        var privateKinds = ChannelKinds.All.Where(k => k.IsPrivate()).ToArray();
        Assert.Equal(names, privateKinds.Select(k => Core.Serialization.PrivateTrafficJson.Serialize(k).Trim('"')));
        Assert.Equal(privateKinds, names.Select(n => Core.Serialization.PrivateTrafficJson.Deserialize<ChannelKind>($"\"{n}\"")));
    }

    [DeepProperty]
    public Property The_public_or_private_view_of_a_kind_agrees_between_traffic_and_pools() =>
        Prop.ForAll(Generators.ChannelKinds, kind =>
        {
            var channel = TrafficChannels.For(kind);
            Assert.Equal(kind.TrafficKind(), channel.Kind);
            Assert.Equal(kind.IsPrivate(), channel.IsPrivate);
            Assert.Equal(kind.Traits(), channel.Traits);
            Assert.Equal(kind.IsPrivate(), PoolOpens(kind));
        });

    [DeepProperty]
    public Property A_pool_cannot_be_opened_on_a_public_kind() =>
        Prop.ForAll(Generators.ChannelKinds.Generator.Where(k => !k.IsPrivate()).ToArbitrary(), kind =>
        {
            var refused = Assert.ThrowsAny<ArgumentException>(() => Open(kind));
            Assert.Equal("kind", refused.ParamName);
            Assert.Contains("a pool lives only on a private channel", refused.Message, StringComparison.OrdinalIgnoreCase);
        });

    [Fact]
    public void A_rebuild_from_a_creation_event_on_a_public_kind_is_refused()
    {
        var created = Open(ChannelKind.PersonalWeChat).Definition with { Kind = ChannelKind.Douyin };
        var refused = Assert.ThrowsAny<ArgumentException>(() => PrivatePool.Rebuild([created]));
        Assert.Equal("Kind", refused.ParamName);
    }

    [Fact]
    public void A_channel_of_a_kind_takes_the_kind_s_traits_and_names()
    {
        var clerk = TrafficChannel.Of(ChannelKind.PersonalWeChat, ChannelId.From("wechat:clerk-li"), "Clerk Li's WeChat", "李店员的微信");
        Assert.True(clerk.IsPrivate);
        Assert.Equal(ChannelKind.PersonalWeChat, clerk.ChannelKind);
        Assert.Equal(TrafficChannels.PersonalWeChat.Traits, clerk.Traits);
        Assert.Equal("个人微信号", TrafficChannel.Of(ChannelKind.PersonalWeChat, ChannelId.From("x")).ChineseName);
        Assert.Null(TrafficChannel.DefinePrivate(ChannelId.From("y"), "Y", "某").ChannelKind);
        Assert.Equal("kind", Assert.ThrowsAny<ArgumentException>(() => TrafficChannel.Of((ChannelKind)55, ChannelId.From("x"))).ParamName);
    }

    private static bool PoolOpens(ChannelKind kind)
    {
        try
        {
            Open(kind);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static PrivatePool Open(ChannelKind kind) =>
        PrivatePool.Open(PoolId.From("p"), "Brand A", ChannelId.From("c"), kind, ["prospects", "customers"], Opened, DomainEventId.From("open"));
}
