using FsCheck;
using FsCheck.Fluent;
using System;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Primitives;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" m1")]
    [InlineData("m1 ")]
    [InlineData("m\n1")]
    public void Invalid_text_is_refused_with_the_parameter_name(string text)
    {
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => MemberId.From(text)).ParamName);
        Assert.False(PoolId.TryFrom(text, out _));
    }

    [Fact]
    public void Text_longer_than_128_characters_is_refused() =>
        Assert.Throws<ArgumentException>(() => DomainEventId.From(new string('x', 129)));

    [Fact]
    public void Default_is_the_unset_id()
    {
        Assert.True(default(MemberId).IsUnset);
        Assert.Equal(string.Empty, default(CampaignId).Value);
        Assert.False(ChannelId.From("wecom").IsUnset);
    }

    [Fact]
    public void Chinese_and_wecom_style_ids_are_allowed() =>
        Assert.Equal("wmABC_张三-001", MemberId.From("wmABC_张三-001").Value);

    [DeepProperty]
    public Property Equality_and_order_are_ordinal() =>
        Prop.ForAll(Generators.Pair(Generators.MemberIds, Generators.MemberIds), t =>
        {
            var (a, b) = t;
            return (a == b) == (a.Value == b.Value) && Math.Sign(a.CompareTo(b)) == Math.Sign(string.CompareOrdinal(a.Value, b.Value))
                && MemberId.From(a.Value) == a && MemberId.From(a.Value).GetHashCode() == a.GetHashCode();
        });
}
