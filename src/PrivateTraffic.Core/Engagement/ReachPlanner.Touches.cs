using System;
using NodaTime;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// A member's marketing touches as the rules read them: the history's (sorted) followed by those the current batch placed
/// (in the member's own stretch of the batch's arena). Enumerating allocates nothing.
/// </summary>
internal readonly ref struct ReachMemberTouches
{
    private readonly ReadOnlySpan<MarketingTouch> _history;
    private readonly ReadOnlySpan<MarketingTouch> _placed;

    public ReachMemberTouches(ReadOnlySpan<MarketingTouch> history, ReadOnlySpan<MarketingTouch> placed)
    {
        _history = history;
        _placed = placed;
    }

    public bool IsEmpty => _history.IsEmpty && _placed.IsEmpty;

    public Enumerator GetEnumerator() => new(_history, _placed);

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

    // The history in order, then the batch's touches newest first (the order fatigue has always summed them in, so levels
    // are the same to the last bit).
    public ref struct Enumerator
    {
        private readonly ReadOnlySpan<MarketingTouch> _history;
        private readonly ReadOnlySpan<MarketingTouch> _placed;
        private int _i;

        public Enumerator(ReadOnlySpan<MarketingTouch> history, ReadOnlySpan<MarketingTouch> placed)
        {
            _history = history;
            _placed = placed;
            _i = -1;
        }

        public readonly MarketingTouch Current => _i < _history.Length ? _history[_i] : _placed[_placed.Length - 1 - (_i - _history.Length)];

        public bool MoveNext() => ++_i < _history.Length + _placed.Length;
    }
}
