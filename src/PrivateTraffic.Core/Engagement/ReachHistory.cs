using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// What the reach planner plans against (触达历史): each member's contact profile and the touches already made to them.
/// Built once (the touches sorted per member), then read by any number of plans, from any number of threads.
/// </summary>
/// <remarks>
/// The profiles and touch records are also kept as given, for <see cref="Profiles"/>, <see cref="Touches"/> and the JSON
/// contract (docs/json-reach.md). Only marketing touches are read by the rules (service touches count toward nothing). Touches of a member without a
/// profile are kept too; a touch proposed to such a member is denied with <see cref="ReachReason.NoContactProfile"/>.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ReachHistoryJsonConverter))]
public sealed class ReachHistory
{
    // Keyed by the id's text with the default string comparer: it hashes without randomization (about twice as fast on
    // short ids) and switches to randomized hashing by itself if it sees too many collisions, so hostile ids cannot flood it.
    private readonly Dictionary<string, int> _index;
    private readonly Entry[] _entries;
    private readonly ContactProfile[] _profiles;
    private readonly TouchRecord[] _touches;

    /// <summary>Builds a history.</summary>
    /// <param name="profiles">The members' contact profiles; at most one per member.</param>
    /// <param name="touches">The touches already made, in any order; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="profiles"/> is null.</exception>
    /// <exception cref="ArgumentException">A profile is null, a member has two profiles, or a touch record is unset (<c>default</c>).</exception>
    public ReachHistory(IEnumerable<ContactProfile> profiles, IEnumerable<TouchRecord>? touches = null)
    {
        Guard.Against.Null(profiles);
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new List<Entry>();
        _profiles = profiles.ToArray();
        _touches = (touches ?? []).ToArray();
        foreach (var p in _profiles)
        {
            Guard.Against.Unmet(p is not null, $"The profiles hold null.", nameof(profiles));
            Guard.Against.Unmet(_index.TryAdd(p!.Member.Value, entries.Count), $"Member {p.Member} has two contact profiles.", nameof(profiles));
            entries.Add(new Entry(p));
        }

        var lists = new List<MarketingTouch>?[entries.Count];
        foreach (var t in _touches)
        {
            Guard.Against.Unmet(!t.Member.IsUnset, $"A touch record is unset (default).", nameof(touches));
            if (!_index.TryGetValue(t.Member.Value, out var i))
            {
                i = entries.Count;
                _index.Add(t.Member.Value, i);
                entries.Add(new Entry(null));
                Array.Resize(ref lists, i + 1);
            }

            entries[i].Touches++;
            if (t.Class == MessageClass.Marketing)
            {
                (lists[i] ??= []).Add(new MarketingTouch(t.At, t.ChannelKind, t.Mode));
            }
        }

        _entries = entries.ToArray();
        for (var i = 0; i < lists.Length; i++)
        {
            if (lists[i] is { } list)
            {
                var array = list.ToArray();
                Array.Sort(array, static (a, b) => a.At.CompareTo(b.At));
                _entries[i].Marketing = array;
            }
        }
    }

    /// <summary>The contact profiles, as given.</summary>
    public IReadOnlyList<ContactProfile> Profiles => _profiles;

    /// <summary>The touches already made, as given (marketing and service, in the order given).</summary>
    public IReadOnlyList<TouchRecord> Touches => _touches;

    /// <summary>How many members the history knows (with a profile or with touches).</summary>
    public int MemberCount => _entries.Length;

    /// <summary>A member's contact profile.</summary>
    /// <param name="member">The member.</param>
    /// <returns>The profile, or null when the history has none.</returns>
    public ContactProfile? Profile(MemberId member) => _index.TryGetValue(member.Value, out var i) ? _entries[i].Profile : null;

    /// <summary>How many touches (marketing and service) were made to a member.</summary>
    /// <param name="member">The member.</param>
    /// <returns>The count; 0 for an unknown member.</returns>
    public int TouchCount(MemberId member) => _index.TryGetValue(member.Value, out var i) ? _entries[i].Touches : 0;

    /// <summary>The instants of a member's marketing touches, in order.</summary>
    /// <param name="member">The member.</param>
    /// <returns>The instants; empty for an unknown member.</returns>
    public IReadOnlyList<Instant> MarketingTouchesOf(MemberId member) =>
        _index.TryGetValue(member.Value, out var i) ? Array.ConvertAll(_entries[i].Marketing, t => t.At) : [];

    internal int IndexOf(MemberId member) => _index.TryGetValue(member.Value, out var i) ? i : -1;

    internal Entry EntryAt(int index) => _entries[index];

    /// <summary>One member's part of the history.</summary>
    internal sealed class Entry(ContactProfile? profile)
    {
        public ContactProfile? Profile { get; } = profile;

        public MarketingTouch[] Marketing { get; set; } = [];

        public int Touches { get; set; }
    }
}

/// <summary>A marketing touch as the rules see it: when, on which kind of channel, how.</summary>
internal readonly record struct MarketingTouch(Instant At, ChannelKind Kind, DeliveryMode Mode);
