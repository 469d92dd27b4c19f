using System;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <content>The trace-free fast path over a batch.</content>
public sealed partial class EngagementRuleSet
{
    /// <summary>
    /// Decides every member of a batch: for row <c>i</c>, words <c>i × MaskWords</c> to <c>(i + 1) × MaskWords − 1</c>
    /// of <paramref name="fired"/> get bit <c>k</c> set when <c>Rules[k]</c> fired (bit <c>k % 64</c> of word <c>k / 64</c>).
    /// The same decisions as <see cref="Explain"/>, without the trace; nothing is allocated per member.
    /// </summary>
    /// <param name="columns">The batch; validity windows are checked at its instant.</param>
    /// <param name="fired">The caller's buffer of at least <c>columns.Count × MaskWords</c> words; those words are overwritten.</param>
    /// <returns>How many members had at least one rule fire.</returns>
    /// <exception cref="ArgumentException">The buffer is too small.</exception>
    public int EvaluateBatch(MemberViewColumns columns, Span<ulong> fired)
    {
        Guard.Against.Null(columns);
        var words = MaskWords;
        var n = columns.Count;
        Guard.Against.Unmet((long)n * words <= fired.Length, $"The buffer has {fired.Length} words; the batch needs {(long)n * words}.", nameof(fired));
        fired[..(n * words)].Clear();
        if (words == 0)
        {
            return 0;
        }

        // Per batch, not per member: the rules valid at the batch's instant and the batch's ids of the rules' symbols.
        var active = new int[Rules.Count];
        var count = 0;
        for (var k = 0; k < active.Length; k++)
        {
            if (Rules[k].IsValidAt(columns.AsOf))
            {
                active[count++] = k;
            }
        }

        var symbols = ConditionCompiler.Resolve(_symbols, columns);
        var when = _when;
        var stop = _stop;
        var hits = 0;
        for (var row = 0; row < n; row++)
        {
            var mask = fired.Slice(row * words, words);
            var any = false;
            for (var j = 0; j < count; j++)
            {
                var k = active[j];
                if (when[k].Holds(columns, row, symbols))
                {
                    mask[k >> 6] |= 1UL << (k & 63);
                    any = true;
                    if (stop[k])
                    {
                        break;
                    }
                }
            }

            if (any)
            {
                hits++;
            }
        }

        return hits;
    }

    /// <summary>Whether rule <c>Rules[k]</c> fired for row <paramref name="row"/> in a mask written by <see cref="EvaluateBatch"/>.</summary>
    /// <param name="fired">The buffer <see cref="EvaluateBatch"/> wrote.</param>
    /// <param name="row">The member's row.</param>
    /// <param name="rule">The rule's index in <see cref="Rules"/>.</param>
    /// <returns>True when it fired.</returns>
    public bool HasFired(ReadOnlySpan<ulong> fired, int row, int rule)
    {
        Guard.Against.OutOfRange(rule, nameof(rule), 0, Rules.Count - 1);
        Guard.Against.BelowZero(row);
        var index = (long)row * MaskWords + (rule >> 6);
        Guard.Against.Unmet(index < fired.Length, $"Row {row} is beyond the buffer.", nameof(row));
        return (fired[(int)index] & (1UL << (rule & 63))) != 0;
    }
}
