using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Fission;

/// <summary>A distribution commission (分销佣金) paid to one member of a buyer's upline.</summary>
/// <param name="Level">1 for the buyer's direct referrer, 2 for that referrer's referrer, ...</param>
/// <param name="Referrer">Who is paid.</param>
/// <param name="Amount">What they are paid, in whole minor units.</param>
public sealed record LevelCommission(int Level, MemberId Referrer, Money Amount);
