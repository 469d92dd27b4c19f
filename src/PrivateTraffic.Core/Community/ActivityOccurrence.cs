using NodaTime;

namespace PrivateTraffic.Core.Community;

/// <summary>One occurrence of a recurring activity.</summary>
/// <param name="Activity">The activity.</param>
/// <param name="At">When, in the activity's time zone.</param>
public sealed record ActivityOccurrence(RecurringActivity Activity, ZonedDateTime At);
