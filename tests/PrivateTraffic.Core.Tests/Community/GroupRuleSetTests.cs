using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Community;

public sealed class GroupRuleSetTests
{
    /// <summary>A store group's rules: members chat and share pictures; only the store manager promotes, at most a
    /// fifth of the messages; no QR codes, links or contact cards; two keywords. All values are this test's.</summary>
    public static GroupRuleSet StoreGroupRules { get; } = GroupRuleSet.Create(
        [CommunityRole.StoreManager, CommunityRole.Member, CommunityRole.SeedUser],
        [ContentClass.Text, ContentClass.Image, ContentClass.MiniProgram, ContentClass.Voice],
        AdvertisingPolicy.Create([CommunityRole.StoreManager], 0.2),
        ForbiddenContent.QrCodes | ForbiddenContent.Links | ForbiddenContent.ContactCards,
        ["加微信", "代购"],
        PenaltyLadder.Create([
            PenaltyStep.Warn(1, Duration.FromDays(7)),
            PenaltyStep.Mute(2, Duration.FromDays(7), Duration.FromHours(24)),
            PenaltyStep.Remove(3, Duration.FromDays(30))]));

    private static MessageVerdict Check(CommunityRole role, ContentClass content, string text, bool promotion = false, int messages = 100, int promotions = 0) =>
        StoreGroupRules.Check(new GroupMessage(role, content, promotion, messages, promotions), text);

    [Fact]
    public void Each_rule_decides_the_message_it_is_about()
    {
        Assert.Equal(GroupRule.ForbiddenQrCode, Check(CommunityRole.Member, ContentClass.QrCode, "").DecidedBy);
        Assert.Equal(GroupRule.ForbiddenContactCard, Check(CommunityRole.Member, ContentClass.ContactCard, "").DecidedBy);
        Assert.Equal(GroupRule.ForbiddenLink, Check(CommunityRole.Member, ContentClass.Text, "see HTTPS://x.example").DecidedBy);
        var keyword = Check(CommunityRole.Member, ContentClass.Text, "有需要的加微信");
        Assert.Equal((false, GroupRule.ForbiddenKeyword, 0), (keyword.Allowed, keyword.DecidedBy, keyword.KeywordIndex));
        Assert.Equal(GroupRule.AllowedContent, Check(CommunityRole.Member, ContentClass.Video, "").DecidedBy);
        Assert.Equal(GroupRule.PromotionRole, Check(CommunityRole.Member, ContentClass.Text, "特价", promotion: true).DecidedBy);
        Assert.Equal(GroupRule.PromotionShare, Check(CommunityRole.StoreManager, ContentClass.Text, "特价", promotion: true, messages: 10, promotions: 2).DecidedBy);
        var ok = Check(CommunityRole.StoreManager, ContentClass.Text, "明天到店提货", promotion: true, messages: 100, promotions: 5);
        Assert.True(ok.Allowed);
        Assert.Equal(GroupRule.AllowedContent, ok.DecidedBy);
        Assert.True(Check(CommunityRole.Member, ContentClass.Text, "今天的生蚝真新鲜").Allowed);
    }

    [Fact]
    public void Exactly_the_largest_share_is_allowed_and_one_more_is_not()
    {
        // 1 promotion among 4 earlier messages, plus this one: 2 of 5 = 0.4.
        var rules = GroupRuleSet.Create([CommunityRole.Member], [ContentClass.Text], AdvertisingPolicy.Create([CommunityRole.Member], 0.4), ForbiddenContent.None, [], StoreGroupRules.Ladder);
        Assert.True(rules.Check(new GroupMessage(CommunityRole.Member, ContentClass.Text, true, 4, 1), "x").Allowed);
        Assert.False(rules.Check(new GroupMessage(CommunityRole.Member, ContentClass.Text, true, 4, 2), "x").Allowed);
    }

    [DeepProperty]
    public Property Verdicts_are_deterministic_and_a_refusal_names_a_rule_that_applies() =>
        Prop.ForAll(Messages, m =>
        {
            var first = Check(m.Role, m.Content, m.Text, m.Promotion, m.Messages, m.Promotions);
            Assert.Equal(first, Check(m.Role, m.Content, m.Text, m.Promotion, m.Messages, m.Promotions));
            Assert.Equal(first.KeywordIndex >= 0, first.DecidedBy == GroupRule.ForbiddenKeyword);
            if (first.DecidedBy is GroupRule.PromotionRole or GroupRule.PromotionShare)
            {
                Assert.True(m.Promotion);
            }
        });

    private static Arbitrary<(CommunityRole Role, ContentClass Content, string Text, bool Promotion, int Messages, int Promotions)> Messages { get; } =
        (from role in Gen.Elements(StoreGroupRules.Roles.ToArray())
         from content in Gen.Elements(Enum.GetValues<ContentClass>())
         from text in Gen.Elements("", "生蚝到了", "加微信领券", "www.example.com", "代购 找我", "周二晚八点讲座")
         from promotion in Gen.Elements(true, false)
         from messages in Gen.Choose(0, 50)
         from promotions in Gen.Choose(0, messages)
         select (role, content, text, promotion, messages, promotions)).ToArbitrary();

    [Fact]
    public void Checking_a_message_allocates_nothing()
    {
        var text = "今天的生蚝真新鲜,明天到店提货".AsSpan();
        Check(CommunityRole.Member, ContentClass.Text, "warm-up");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var allowed = 0;
        for (var i = 0; i < 1000; i++)
        {
            allowed += StoreGroupRules.Check(new GroupMessage(CommunityRole.Member, ContentClass.Text, false, 100, 3), text).Allowed ? 1 : 0;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(1000, allowed);
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_parameter()
    {
        var ladder = StoreGroupRules.Ladder;
        var ads = AdvertisingPolicy.Create([], 0);
        Assert.Equal("roles", Assert.ThrowsAny<ArgumentException>(() => GroupRuleSet.Create([], [ContentClass.Text], ads, ForbiddenContent.None, [], ladder)).ParamName);
        Assert.Equal("roles", Assert.ThrowsAny<ArgumentException>(() => GroupRuleSet.Create([default], [ContentClass.Text], ads, ForbiddenContent.None, [], ladder)).ParamName);
        Assert.Equal("allowedContent", Assert.ThrowsAny<ArgumentException>(() => GroupRuleSet.Create([CommunityRole.Member], [], ads, ForbiddenContent.None, [], ladder)).ParamName);
        Assert.Equal("advertising", Assert.ThrowsAny<ArgumentException>(() => GroupRuleSet.Create([CommunityRole.Member], [ContentClass.Text], AdvertisingPolicy.Create([CommunityRole.Brand], 0.1), ForbiddenContent.None, [], ladder)).ParamName);
        Assert.Equal("forbiddenKeywords", Assert.ThrowsAny<ArgumentException>(() => GroupRuleSet.Create([CommunityRole.Member], [ContentClass.Text], ads, ForbiddenContent.None, ["x", "X"], ladder)).ParamName);
        Assert.Equal("maxPromotionShare", Assert.ThrowsAny<ArgumentException>(() => AdvertisingPolicy.Create([], 1.5)).ParamName);
        Assert.Equal("steps", Assert.ThrowsAny<ArgumentException>(() => PenaltyLadder.Create([])).ParamName);
        Assert.Equal("steps", Assert.ThrowsAny<ArgumentException>(() => PenaltyLadder.Create([PenaltyStep.Remove(1, Duration.FromDays(1)), PenaltyStep.Warn(1, Duration.FromDays(1))])).ParamName);
        Assert.Equal("window", Assert.ThrowsAny<ArgumentException>(() => PenaltyStep.Warn(1, Duration.Zero)).ParamName);
        Assert.Equal("violations", Assert.ThrowsAny<ArgumentException>(() => PenaltyStep.Warn(0, Duration.FromDays(1))).ParamName);
        Assert.Equal("message", Assert.ThrowsAny<ArgumentException>(() => Check(CommunityRole.Brand, ContentClass.Text, "x")).ParamName);
        Assert.Equal("message", Assert.ThrowsAny<ArgumentException>(() => Check(CommunityRole.Member, (ContentClass)42, "x")).ParamName);
        Assert.Equal("message", Assert.ThrowsAny<ArgumentException>(() => Check(CommunityRole.Member, ContentClass.Text, "x", messages: 1, promotions: 2)).ParamName);
    }
}
