using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// What the reach planner knows about how a member may be contacted (联系档案): their zone, their consent history, their
/// do-not-contact entries (免打扰) and the overrides of operator blocks, their pauses and the negative feedback they gave.
/// Immutable; built once per member and read by every plan.
/// </summary>
/// <remarks>
/// Consent follows <see cref="PrivatePool.HasConsent"/>: at an instant, the latest record at or before it for the purpose
/// and channel decides (of two at the same instant, the later in the list); no record means no consent. Lists are copied.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ContactProfileJsonConverter))]
public sealed class ContactProfile
{
    /// <summary>Creates a profile.</summary>
    /// <param name="member">The member.</param>
    /// <param name="zone">Their time zone: quiet hours and calendar caps are in it.</param>
    /// <param name="consents">Their consent history (Pools' records).</param>
    /// <param name="doNotContact">Their do-not-contact entries; null for none.</param>
    /// <param name="overrides">Overrides of operator blocks; null for none.</param>
    /// <param name="pauses">Their marketing pauses; null for none.</param>
    /// <param name="feedback">Negative feedback they gave; null for none.</param>
    /// <exception cref="ArgumentException">The member id is unset, a list holds null, or a consent record names an unset channel or an undefined purpose.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> or <paramref name="consents"/> is null.</exception>
    public ContactProfile(
        MemberId member,
        DateTimeZone zone,
        IEnumerable<ConsentRecord> consents,
        IEnumerable<DoNotContactEntry>? doNotContact = null,
        IEnumerable<DoNotContactOverride>? overrides = null,
        IEnumerable<PauseWindow>? pauses = null,
        IEnumerable<TouchFeedback>? feedback = null)
    {
        Guard.Against.Unmet(!member.IsUnset, $"A contact profile needs a member.", nameof(member));
        Zone = Guard.Against.Null(zone);
        var c = Guard.Against.Null(consents).ToArray();
        foreach (var r in c)
        {
            Guard.Against.Unmet(!r.Channel.IsUnset && Enum.IsDefined(r.Purpose), $"A consent record names a channel and a defined purpose.", nameof(consents));
        }

        Member = member;
        ConsentArray = c;
        DoNotContactArray = NoNulls(doNotContact, nameof(doNotContact));
        OverrideArray = NoNulls(overrides, nameof(overrides));
        PauseArray = NoNulls(pauses, nameof(pauses));
        var f = (feedback ?? []).ToArray();
        foreach (var x in f)
        {
            Guard.Against.EnumOutOfRange(x.Kind, nameof(feedback));
        }

        FeedbackArray = f;
    }

    /// <summary>The member.</summary>
    public MemberId Member { get; }

    /// <summary>Their time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Their consent history.</summary>
    public IReadOnlyList<ConsentRecord> Consents => ConsentArray;

    /// <summary>Their do-not-contact entries.</summary>
    public IReadOnlyList<DoNotContactEntry> DoNotContact => DoNotContactArray;

    /// <summary>Overrides of operator blocks.</summary>
    public IReadOnlyList<DoNotContactOverride> Overrides => OverrideArray;

    /// <summary>Their marketing pauses.</summary>
    public IReadOnlyList<PauseWindow> Pauses => PauseArray;

    /// <summary>Negative feedback they gave.</summary>
    public IReadOnlyList<TouchFeedback> Feedback => FeedbackArray;

    // The lists as arrays, for the planner's loops (a foreach over an interface would allocate an enumerator per touch).
    internal ConsentRecord[] ConsentArray { get; }

    internal DoNotContactEntry[] DoNotContactArray { get; }

    internal DoNotContactOverride[] OverrideArray { get; }

    internal PauseWindow[] PauseArray { get; }

    internal TouchFeedback[] FeedbackArray { get; }

    /// <summary>
    /// The profile of a pool member: their zone and consent history; a member who left the pool gets a do-not-contact entry
    /// of their own from the instant they left (nothing lifts it).
    /// </summary>
    /// <param name="member">The member as the pool shows them.</param>
    /// <param name="doNotContact">Further do-not-contact entries; null for none.</param>
    /// <param name="overrides">Overrides of operator blocks; null for none.</param>
    /// <param name="pauses">Pauses; null for none.</param>
    /// <param name="feedback">Negative feedback; null for none.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="member"/> is null.</exception>
    public static ContactProfile Of(
        PoolMember member,
        IEnumerable<DoNotContactEntry>? doNotContact = null,
        IEnumerable<DoNotContactOverride>? overrides = null,
        IEnumerable<PauseWindow>? pauses = null,
        IEnumerable<TouchFeedback>? feedback = null)
    {
        Guard.Against.Null(member);
        var dnc = (doNotContact ?? []).ToList();
        if (member.LeftAt is { } left)
        {
            dnc.Add(new DoNotContactEntry(DoNotContactSource.Member, left, reason: "left the pool"));
        }

        return new ContactProfile(member.Id, member.TimeZone, member.Consents, dnc, overrides, pauses, feedback);
    }

    /// <summary>Whether the member consents to a purpose on a channel at an instant (as <see cref="PrivatePool.HasConsent"/>).</summary>
    /// <param name="purpose">The purpose.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="asOf">The instant.</param>
    /// <returns>True when the latest record at or before the instant is a grant.</returns>
    public bool HasConsent(ConsentPurpose purpose, ChannelId channel, Instant asOf) => ConsentAt(purpose, channel, asOf) == true;

    /// <summary>The consent state at an instant: true granted, false withdrawn, null never recorded.</summary>
    internal bool? ConsentAt(ConsentPurpose purpose, ChannelId channel, Instant asOf)
    {
        bool? state = null;
        var latest = Instant.MinValue;
        foreach (var c in ConsentArray)
        {
            if (c.Purpose == purpose && c.At <= asOf && c.At >= latest && c.Channel == channel)
            {
                state = c.Granted;
                latest = c.At;
            }
        }

        return state;
    }

    private static T[] NoNulls<T>(IEnumerable<T>? items, string paramName)
        where T : class
    {
        var array = (items ?? []).ToArray();
        Guard.Against.Unmet(Array.TrueForAll(array, x => x is not null), $"The list holds null.", paramName);
        return array;
    }
}
