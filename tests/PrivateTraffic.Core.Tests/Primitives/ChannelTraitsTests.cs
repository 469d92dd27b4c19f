using System;
using System.Linq;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Tests.Primitives;

/// <summary>
/// The one rule that makes a channel private (owned by the brand, reach decided by the owner, not paid per use,
/// reachable again), checked over all 24 combinations of the four traits, and the value semantics of the traits.
/// </summary>
public sealed class ChannelTraitsTests
{
    private static readonly ChannelTraits[] Every =
    [
        .. from owner in Enum.GetValues<ChannelOwner>()
           from reach in Enum.GetValues<ReachControl>()
           from pricing in Enum.GetValues<ChannelPricing>()
           from reuse in Enum.GetValues<ChannelReuse>()
           select ChannelTraits.Create(owner, reach, pricing, reuse),
    ];

    [Fact]
    public void Exactly_the_brand_owned_owner_reached_unpaid_repeated_channels_are_private()
    {
        Assert.Equal(24, Every.Length);
        foreach (var traits in Every)
        {
            var expected = traits.Owner == ChannelOwner.Brand && traits.ReachControl == ReachControl.Owner
                && traits.Pricing is ChannelPricing.FreeToReach or ChannelPricing.MarginalCostPerMessage
                && traits.Reuse == ChannelReuse.Repeated;
            Assert.Equal(expected ? TrafficKind.Private : TrafficKind.Public, traits.Kind);
            Assert.Equal(expected, traits.IsPrivate);
        }

        Assert.Equal(2, Every.Count(t => t.IsPrivate));
    }

    [Theory]
    [InlineData(ChannelOwner.Platform, ReachControl.Owner, ChannelPricing.FreeToReach, ChannelReuse.Repeated)]
    [InlineData(ChannelOwner.Brand, ReachControl.PlatformOrFootfall, ChannelPricing.FreeToReach, ChannelReuse.Repeated)]
    [InlineData(ChannelOwner.Brand, ReachControl.Owner, ChannelPricing.PaidPerUse, ChannelReuse.Repeated)]
    [InlineData(ChannelOwner.Brand, ReachControl.Owner, ChannelPricing.FreeToReach, ChannelReuse.OneTime)]
    public void Missing_any_one_trait_makes_a_channel_public(ChannelOwner owner, ReachControl reach, ChannelPricing pricing, ChannelReuse reuse)
    {
        var traits = ChannelTraits.Create(owner, reach, pricing, reuse);
        Assert.Equal(TrafficKind.Public, traits.Kind);
        Assert.False(traits.IsPrivate);
        Assert.EndsWith(": public", traits.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_keeps_each_trait_where_it_was_given()
    {
        var traits = ChannelTraits.Create(ChannelOwner.Brand, ReachControl.PlatformOrFootfall, ChannelPricing.MarginalCostPerMessage, ChannelReuse.OneTime);
        Assert.Equal(ChannelOwner.Brand, traits.Owner);
        Assert.Equal(ReachControl.PlatformOrFootfall, traits.ReachControl);
        Assert.Equal(ChannelPricing.MarginalCostPerMessage, traits.Pricing);
        Assert.Equal(ChannelReuse.OneTime, traits.Reuse);
        Assert.Equal("Brand, PlatformOrFootfall, MarginalCostPerMessage, OneTime: public", traits.ToString());
    }

    [Fact]
    public void Undefined_traits_are_refused_naming_the_parameter()
    {
        Assert.Equal("owner", Assert.Throws<ArgumentException>(() => ChannelTraits.Create((ChannelOwner)9, ReachControl.Owner, ChannelPricing.FreeToReach, ChannelReuse.Repeated)).ParamName);
        Assert.Equal("reachControl", Assert.Throws<ArgumentException>(() => ChannelTraits.Create(ChannelOwner.Brand, (ReachControl)9, ChannelPricing.FreeToReach, ChannelReuse.Repeated)).ParamName);
        Assert.Equal("pricing", Assert.Throws<ArgumentException>(() => ChannelTraits.Create(ChannelOwner.Brand, ReachControl.Owner, (ChannelPricing)9, ChannelReuse.Repeated)).ParamName);
        Assert.Equal("reuse", Assert.Throws<ArgumentException>(() => ChannelTraits.Create(ChannelOwner.Brand, ReachControl.Owner, ChannelPricing.FreeToReach, (ChannelReuse)9)).ParamName);
    }

    [Fact]
    public void The_typical_channels_are_what_their_names_say()
    {
        Assert.Equal(ChannelTraits.Create(ChannelOwner.Platform, ReachControl.PlatformOrFootfall, ChannelPricing.PaidPerUse, ChannelReuse.OneTime), ChannelTraits.TypicalPublic);
        Assert.Equal(default, ChannelTraits.TypicalPublic);
        Assert.False(ChannelTraits.TypicalPublic.IsPrivate);

        var free = ChannelTraits.TypicalPrivate();
        Assert.Equal(ChannelTraits.Create(ChannelOwner.Brand, ReachControl.Owner, ChannelPricing.FreeToReach, ChannelReuse.Repeated), free);
        Assert.Equal("Brand, Owner, FreeToReach, Repeated: private", free.ToString());
        var sms = ChannelTraits.TypicalPrivate(ChannelPricing.MarginalCostPerMessage);
        Assert.Equal(ChannelPricing.MarginalCostPerMessage, sms.Pricing);
        Assert.True(sms.IsPrivate);

        Assert.Equal("pricing", Assert.Throws<ArgumentException>(() => ChannelTraits.TypicalPrivate(ChannelPricing.PaidPerUse)).ParamName);
        Assert.Equal("pricing", Assert.Throws<ArgumentException>(() => ChannelTraits.TypicalPrivate((ChannelPricing)9)).ParamName);
    }

    [Fact]
    public void Traits_are_equal_exactly_when_all_four_are_equal()
    {
        foreach (var a in Every)
        {
            foreach (var b in Every)
            {
                var same = a.Owner == b.Owner && a.ReachControl == b.ReachControl && a.Pricing == b.Pricing && a.Reuse == b.Reuse;
                Assert.Equal(same, a.Equals(b));
                Assert.Equal(same, a.Equals((object)b));
                Assert.Equal(same, a == b);
                Assert.Equal(!same, a != b);
            }
        }

        Assert.False(ChannelTraits.TypicalPublic.Equals("public"));
        Assert.False(ChannelTraits.TypicalPublic.Equals(null));
        Assert.Equal(24, Every.Select(t => t.GetHashCode()).Distinct().Count());
        Assert.Equal(ChannelTraits.TypicalPrivate().GetHashCode(), ChannelTraits.Create(ChannelOwner.Brand, ReachControl.Owner, ChannelPricing.FreeToReach, ChannelReuse.Repeated).GetHashCode());
    }
}
