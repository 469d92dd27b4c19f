using System.Collections.Generic;

namespace PrivateTraffic.Core.Engagement;

/// <summary>Interns the texts of one kind (tags, groups, roles, channels) of a <see cref="MemberViewColumns"/> to small
/// integer ids, so that a member's sets are integer lists and a rule's symbol is compared as an integer.</summary>
internal sealed class MemberViewSymbols
{
    private readonly Dictionary<string, int> _ids = new(System.StringComparer.Ordinal);
    private readonly List<string> _names = [];

    public int Count => _names.Count;

    public int Intern(string name)
    {
        if (!_ids.TryGetValue(name, out var id))
        {
            id = _names.Count;
            _ids.Add(name, id);
            _names.Add(name);
        }

        return id;
    }

    /// <summary>The id of a text, or -1 when no member of the batch has it (so nothing matches it).</summary>
    public int Find(string name) => _ids.TryGetValue(name, out var id) ? id : -1;

    public string Name(int id) => _names[id];
}
