using FsCheck;
using FsCheck.Fluent;
using PrivateTraffic.Core.Community;

namespace PrivateTraffic.Core.Tests.Support;

public static partial class Generators
{
    #region Community

    private static Gen<string?> MaybeText(string prefix) =>
        Gen.Frequency((1, Gen.Constant<string?>(null)), (3, IdTextGen.Select(t => (string?)(prefix + t))));

    /// <summary>Positionings with any subset of kinds and every part present or missing.</summary>
    public static Arbitrary<CommunityPositioning> Positionings { get; } =
        (from types in Gen.Choose(0, 31)
         from orientation in Gen.Elements<CommunityOrientation?>(null, CommunityOrientation.Material, CommunityOrientation.Spiritual)
         from centre in Gen.Frequency((1, Gen.Constant<CommunityCentre?>(null)), (3, IdTextGen.SelectMany(_ => Gen.Choose(0, 2), (n, k) => (CommunityCentre?)CommunityCentre.Create((CentreKind)k, "中心 " + n))))
         from focus in Gen.Frequency((1, Gen.Constant<VerticalFocus?>(null)), (3, IdTextGen.Select(t => (VerticalFocus?)VerticalFocus.Create("topic " + t, "persona " + t))))
         from niche in MaybeText("niche ")
         from kol in MaybeText("kol ")
         select CommunityPositioning.Create((CommunityTypes)types, orientation, centre, focus, niche, kol)).ToArbitrary();

    #endregion
}
