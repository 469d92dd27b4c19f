namespace PrivateTraffic.Core.Value;

/// <summary>What a purchase's value is measured by (价值口径): the margin it earned, or the revenue it brought.</summary>
public enum ValueBasis
{
    /// <summary>The margin (毛利) of each purchase; a purchase without a known margin counts zero.</summary>
    Margin = 0,

    /// <summary>The revenue (营业额): the amount paid.</summary>
    Revenue = 1,
}
