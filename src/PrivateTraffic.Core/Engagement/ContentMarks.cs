using System;
using System.Collections.Generic;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// Which marks of a hit (<see cref="HitMarks"/>, article 002's 有认知 / 门槛低 / 痛点 / 刚需 / 高频) each
/// <see cref="ContentKind"/> carries. A step that names its own marks (<see cref="SopStep.Marks"/>) overrides its kind's.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The articles never say which kind of content carries which mark, so <see cref="Assumed"/> is the library's
/// assumption, printed here so it can be argued with: other customers' results are recognisable (real faces, a known
/// product) and show a pain point solved; a promotion and a free sample lower the barrier; new arrivals give a reason
/// to come back often; how-to content speaks to a pain point and to daily use; care carries no mark. Must-have (刚需)
/// belongs to the product, not to a kind of post, so no kind carries it by default: a step about a must-have product
/// says so with its own marks. Build your own table with <see cref="Create"/>.
/// </remarks>
public sealed class ContentMarks
{
    private readonly HitMarks[] _marks;

    private ContentMarks(HitMarks[] marks) => _marks = marks;

    /// <summary>The library's assumed table (see the remarks); an assumption, not a figure from the articles.</summary>
    public static ContentMarks Assumed { get; } = Create(new Dictionary<ContentKind, HitMarks>
    {
        [ContentKind.CustomerResults] = HitMarks.Recognisable | HitMarks.PainPoint,
        [ContentKind.Promotion] = HitMarks.LowBarrier,
        [ContentKind.NewArrival] = HitMarks.Frequent,
        [ContentKind.SampleOffer] = HitMarks.LowBarrier,
        [ContentKind.HowTo] = HitMarks.PainPoint | HitMarks.Frequent,
        [ContentKind.Care] = HitMarks.None,
    });

    /// <summary>A table of the caller's; a kind it leaves out carries no mark.</summary>
    /// <param name="marks">The marks of each kind.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="marks"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A kind is not defined, or marks hold a bit that is not a mark.</exception>
    public static ContentMarks Create(IReadOnlyDictionary<ContentKind, HitMarks> marks)
    {
        Guard.Against.Null(marks);
        var table = new HitMarks[Enum.GetValues<ContentKind>().Length];
        foreach (var (kind, set) in marks)
        {
            table[Index(kind, nameof(marks))] = RequireMarks(set, nameof(marks));
        }

        return new ContentMarks(table);
    }

    /// <summary>The marks a kind carries.</summary>
    /// <param name="kind">A defined content kind.</param>
    /// <returns>Its marks.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public HitMarks Of(ContentKind kind) => _marks[Index(kind, nameof(kind))];

    internal static HitMarks RequireMarks(HitMarks marks, string paramName) =>
        (marks & ~HitMarkSets.All) == 0 ? marks : throw new ArgumentOutOfRangeException(paramName, marks, "Only the five marks of a hit are allowed.");

    private static int Index(ContentKind kind, string paramName) =>
        Enum.IsDefined(kind) ? (int)kind : throw new ArgumentOutOfRangeException(paramName, kind, "Not a defined ContentKind.");
}
