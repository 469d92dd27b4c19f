using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>The figures a group's health is judged by, over a window of days. Statistics are doubles; sales stay Money.</summary>
/// <param name="Days">Days in the window.</param>
/// <param name="ActiveMemberRatio">Active members summed over the days ÷ headcount summed over the days, in [0, 1]; 0 for an empty group.</param>
/// <param name="MessagesPerMemberPerDay">Messages ÷ headcount summed over the days; 0 for an empty group.</param>
/// <param name="PromotionShare">Promotions ÷ messages, in [0, 1]; 0 when there are no messages.</param>
/// <param name="DaysSinceLastActivity">Days from the last day with an activity to the window's last day; null when no activity was held in the window.</param>
/// <param name="NetGrowth">Joins − leaves over the window.</param>
/// <param name="SalesPerMember">Sales over the window ÷ the average headcount, rounded to the currency's minor unit (half to even); null when sales were not given for every day, or the group was empty.</param>
public sealed record HealthFigures(int Days, double ActiveMemberRatio, double MessagesPerMemberPerDay, double PromotionShare, int? DaysSinceLastActivity, int NetGrowth, Money? SalesPerMember);
