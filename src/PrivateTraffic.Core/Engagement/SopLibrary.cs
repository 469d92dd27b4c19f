using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// A set of SOPs (标准作业程序) validated as a whole: ids are unique, every hand-over names an SOP of the library, and no
/// chain of hand-overs comes back to where it started (A → B → A, or A → A). Immutable and thread-safe.
/// </summary>
/// <remarks>At most <see cref="MaxSops"/> SOPs. Read from JSON, a refusal names the JSON path of the offending member
/// (docs/json-sop.md).</remarks>
[JsonConverter(typeof(SopLibraryJsonConverter))]
public sealed partial class SopLibrary : IEquatable<SopLibrary>
{
    /// <summary>The most SOPs a library holds.</summary>
    public const int MaxSops = 256;

    private readonly SopDefinition[] _sops;
    private readonly Dictionary<SopId, SopDefinition> _byId;

    private SopLibrary(SopDefinition[] sops)
    {
        _sops = sops;
        _byId = sops.ToDictionary(s => s.Id);
    }

    /// <summary>The SOPs, in the order given.</summary>
    public IReadOnlyList<SopDefinition> Sops => _sops;

    /// <summary>A library.</summary>
    /// <param name="sops">At most <see cref="MaxSops"/> SOPs, none null.</param>
    /// <returns>The library.</returns>
    /// <exception cref="ArgumentException">A null SOP, or more than <see cref="MaxSops"/>.</exception>
    /// <exception cref="DomainRuleException"><see cref="DomainRuleCodes.SopDuplicateId"/>: two SOPs share an id;
    /// <see cref="DomainRuleCodes.SopUnknownHandOver"/>: a hand-over to an SOP not in the library;
    /// <see cref="DomainRuleCodes.SopHandOverCycle"/>: a chain of hand-overs comes back to its start.</exception>
    public static SopLibrary Create(IEnumerable<SopDefinition> sops)
    {
        Guard.Against.Null(sops);
        var array = sops.Take(MaxSops + 1).ToArray();
        Guard.Against.Unmet(array.Length <= MaxSops && Array.TrueForAll(array, s => s is not null), $"At most {MaxSops} SOPs, none null.", nameof(sops));
        if (FindProblem(array) is { } problem)
        {
            throw new DomainRuleException(problem.Code, problem.Message);
        }

        return new SopLibrary(array);
    }

    /// <summary>The SOP with <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <param name="sop">The SOP, or null.</param>
    /// <returns>Whether the library holds it.</returns>
    public bool TryFind(SopId id, [NotNullWhen(true)] out SopDefinition? sop) => _byId.TryGetValue(id, out sop);

    /// <summary>The SOP with <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The SOP.</returns>
    /// <exception cref="KeyNotFoundException">The library does not hold it.</exception>
    public SopDefinition this[SopId id] => _byId.TryGetValue(id, out var sop) ? sop : throw new KeyNotFoundException($"The library holds no SOP '{id}'.");

    /// <summary>The first problem of a would-be library: where it is (the SOP's and the end action's index) and why.</summary>
    internal static Problem? FindProblem(IReadOnlyList<SopDefinition> sops)
    {
        var index = new Dictionary<SopId, int>();
        for (var i = 0; i < sops.Count; i++)
        {
            if (!index.TryAdd(sops[i].Id, i))
            {
                return new Problem(DomainRuleCodes.SopDuplicateId, $"SOP {i} has the id '{sops[i].Id}' of SOP {index[sops[i].Id]}.", i, null);
            }
        }

        for (var i = 0; i < sops.Count; i++)
        {
            for (var a = 0; a < sops[i].EndActions.Count; a++)
            {
                if (sops[i].EndActions[a].HandOverTo is { } target && !index.ContainsKey(target))
                {
                    return new Problem(DomainRuleCodes.SopUnknownHandOver, $"SOP '{sops[i].Id}' hands over to '{target}', which is not in the library.", i, a);
                }
            }
        }

        return FindCycle(sops, index);
    }

    /// <summary>A depth-first walk of the hand-over graph; a hand-over to an SOP still on the walk's path closes a cycle.</summary>
    private static Problem? FindCycle(IReadOnlyList<SopDefinition> sops, Dictionary<SopId, int> index)
    {
        var state = new byte[sops.Count]; // 0 unvisited, 1 on the path, 2 done
        var path = new List<int>();
        for (var root = 0; root < sops.Count; root++)
        {
            if (state[root] == 0 && Visit(root) is { } found)
            {
                return found;
            }
        }

        return null;

        // The chain of hand-overs is at most MaxSops long, so recursion depth is bounded.
        Problem? Visit(int i)
        {
            state[i] = 1;
            path.Add(i);
            for (var a = 0; a < sops[i].EndActions.Count; a++)
            {
                if (sops[i].EndActions[a].HandOverTo is not { } target)
                {
                    continue;
                }

                var t = index[target];
                if (state[t] == 1)
                {
                    var cycle = path.Skip(path.IndexOf(t)).Append(t).Select(k => $"'{sops[k].Id}'");
                    return new Problem(DomainRuleCodes.SopHandOverCycle, $"The hand-overs form a cycle: {string.Join(" → ", cycle)}.", i, a);
                }

                if (state[t] == 0 && Visit(t) is { } found)
                {
                    return found;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[i] = 2;
            return null;
        }
    }

    /// <inheritdoc/>
    public bool Equals(SopLibrary? other) => other is not null && _sops.SequenceEqual(other._sops);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SopLibrary);

    /// <inheritdoc/>
    public override int GetHashCode() => _sops.Length;

    /// <summary>A refusal of a would-be library: its code, its message, and where (SOP index, end action index or null).</summary>
    internal sealed record Problem(string Code, string Message, int Sop, int? Action);
}
