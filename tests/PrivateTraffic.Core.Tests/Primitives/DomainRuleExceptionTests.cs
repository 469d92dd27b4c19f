using System;
using System.Linq;
using System.Reflection;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Tests.Primitives;

public sealed class DomainRuleExceptionTests
{
    [Fact]
    public void Carries_its_stable_code()
    {
        var ex = new DomainRuleException(DomainRuleCodes.PoolCapacityExceeded, "full");
        Assert.Equal("pool.capacity_exceeded", ex.Code);
        Assert.Throws<ArgumentException>(() => new DomainRuleException(" ", "no code"));
    }

    [Fact]
    public void Codes_are_unique_dotted_lower_case_and_documented()
    {
        var codes = typeof(DomainRuleCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!).ToArray();
        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches("^[a-z_]+(\\.[a-z_]+)+$", c));
        var errorsDoc = System.IO.File.ReadAllText(System.IO.Path.Combine(Support.RepositoryPaths.Root, "docs", "errors.md"));
        Assert.All(codes, c => Assert.Contains("`" + c + "`", errorsDoc, StringComparison.Ordinal));
    }
}
