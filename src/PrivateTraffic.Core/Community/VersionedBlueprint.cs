using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>
/// A community's blueprint with its whole history: every revision is a <see cref="BlueprintRevised"/> event and none is
/// ever lost. Follows the aggregates' convention: <see cref="DecideRevision"/> returns the event and changes nothing,
/// <see cref="Apply"/> applies it (a revision decided on an older version is refused as stale), <see cref="Revise"/>
/// does both. Not thread-safe for writes.
/// </summary>
public sealed class VersionedBlueprint
{
    private readonly List<BlueprintRevised> _revisions = [];

    private VersionedBlueprint()
    {
    }

    /// <summary>Every revision, oldest first (version 1 is the first draft).</summary>
    public IReadOnlyList<BlueprintRevised> Revisions => _revisions;

    /// <summary>The current version (the number of revisions).</summary>
    public int Version => _revisions.Count;

    /// <summary>The current blueprint.</summary>
    public CommunityBlueprint Current => _revisions[^1].Blueprint;

    /// <summary>A history that starts with a first draft.</summary>
    public static VersionedBlueprint Draft(CommunityBlueprint blueprint, string note, Instant at, DomainEventId eventId)
    {
        var history = new VersionedBlueprint();
        history.Apply(new BlueprintRevised(eventId, at, 1, CommunityText.Require(note, nameof(note)), Guard.Against.Null(blueprint)));
        return history;
    }

    /// <summary>Rebuilds a history from its revisions, checking each as <see cref="Apply"/> does.</summary>
    /// <exception cref="DomainRuleException">A revision out of order, stale or with an id already used.</exception>
    public static VersionedBlueprint Restore(IEnumerable<BlueprintRevised> revisions)
    {
        Guard.Against.Null(revisions);
        var history = new VersionedBlueprint();
        foreach (var revision in revisions)
        {
            history.Apply(revision);
        }

        Guard.Against.Unmet(history.Version > 0, $"A history has at least its first draft.", nameof(revisions));
        return history;
    }

    /// <summary>The revision that would make <paramref name="blueprint"/> the next version; changes nothing.</summary>
    /// <exception cref="DomainRuleException"><c>community.revision_out_of_order</c>: dated before the last revision, or its
    /// id is already used.</exception>
    public BlueprintRevised DecideRevision(CommunityBlueprint blueprint, string note, Instant at, DomainEventId eventId)
    {
        var revision = new BlueprintRevised(eventId, at, Version + 1, CommunityText.Require(note, nameof(note)), Guard.Against.Null(blueprint));
        Check(revision);
        return revision;
    }

    /// <summary>Applies a decided revision.</summary>
    /// <exception cref="DomainRuleException"><c>community.stale_decision</c> when it was decided on another version;
    /// <c>community.revision_out_of_order</c> as for <see cref="DecideRevision"/>.</exception>
    public void Apply(BlueprintRevised revision)
    {
        Guard.Against.Null(revision);
        Check(revision);
        _revisions.Add(revision);
    }

    /// <summary>Decides and applies a revision; returns it.</summary>
    public BlueprintRevised Revise(CommunityBlueprint blueprint, string note, Instant at, DomainEventId eventId)
    {
        var revision = DecideRevision(blueprint, note, at, eventId);
        Apply(revision);
        return revision;
    }

    private void Check(BlueprintRevised revision)
    {
        Guard.Against.Unmet(!revision.EventId.IsUnset, $"The event id is unset.", nameof(revision));
        if (revision.Version != Version + 1)
        {
            throw new DomainRuleException(DomainRuleCodes.CommunityStaleDecision, $"Revision {revision.Version} was decided on another version; the blueprint is at version {Version}.");
        }

        if (_revisions.Count > 0 && (revision.At < _revisions[^1].At || _revisions.Any(r => r.EventId == revision.EventId)))
        {
            throw new DomainRuleException(DomainRuleCodes.CommunityRevisionOutOfOrder, $"Revision {revision.Version} ({revision.EventId}, {revision.At}) is dated before the last one or reuses an event id.");
        }
    }
}
