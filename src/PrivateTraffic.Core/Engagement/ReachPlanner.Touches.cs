using System;
using NodaTime;

namespace PrivateTraffic.Core.Engagement;

/// <summary>A touch a batch has placed (allowed or deferred) for a member: linked per member, so no list per member is allocated.</summary>
internal struct PlacedTouch
{
    public MarketingTouch Touch;
    public int Next;
}

/// <summary>
/// A member's marketing touches as the rules read them: the history's (sorted) followed by those the current batch placed
/// (a linked chain in the batch's arena, in placement order). Enumerating allocates nothing.
/// </summary>
internal readonly ref struct ReachMemberTouches
{
    private readonly ReadOnlySpan<MarketingTouch> _history;
    private readonly ReadOnlySpan<PlacedTouch> _arena;
    private readonly int _head;

    public ReachMemberTouches(ReadOnlySpan<MarketingTouch> history, ReadOnlySpan<PlacedTouch> arena, int head)
    {
        _history = history;
        _arena = arena;
        _head = head;
    }

    public bool IsEmpty => _history.IsEmpty && _head < 0;

    public Enumerator GetEnumerator() => new(_history, _arena, _head);

    /// <summary>The earliest touch after <paramref name="after"/> and at or before <paramref name="until"/>, or null.</summary>
    public Instant? FirstIn(Instant after, Instant until)
    {
        Instant? best = null;
        foreach (var t in this)
        {
            if (t.At > after && t.At <= until && (best is null || t.At < best.Value))
            {
                best = t.At;
            }
        }

        return best;
    }

    public ref struct Enumerator
    {
        private readonly ReadOnlySpan<MarketingTouch> _history;
        private readonly ReadOnlySpan<PlacedTouch> _arena;
        private int _i;
        private int _node;
        private MarketingTouch _current;

        public Enumerator(ReadOnlySpan<MarketingTouch> history, ReadOnlySpan<PlacedTouch> arena, int head)
        {
            _history = history;
            _arena = arena;
            _i = -1;
            _node = head;
            _current = default;
        }

        public readonly MarketingTouch Current => _current;

        public bool MoveNext()
        {
            if (++_i < _history.Length)
            {
                _current = _history[_i];
                return true;
            }

            if (_node < 0)
            {
                return false;
            }

            _current = _arena[_node].Touch;
            _node = _arena[_node].Next;
            return true;
        }
    }
}
