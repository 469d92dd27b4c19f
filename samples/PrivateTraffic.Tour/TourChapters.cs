using System.Globalization;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Tour;

/// <summary>The tour's chapters, in reading order. Each capability adds its chapter here.</summary>
internal static class TourChapters
{
    public static void Run()
    {
        var zh = CultureInfo.GetCultureInfo("zh-CN");
        Console.WriteLine("PrivateTraffic.Core tour");
        Console.WriteLine(Money.Yuan(1234.5m).ToString(null, zh));
    }
}
