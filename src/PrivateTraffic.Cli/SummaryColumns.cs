using System.Collections.Generic;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Cli;

/// <summary>A summary's columns as they are read row by row from a file that is not CSV (Parquet); the ids are kept
/// only when asked for, and the spend only when the file has it.</summary>
internal sealed class SummaryColumns(bool withIds, bool withSpend)
{
    private readonly List<MemberId>? _ids = withIds ? [] : null;
    private readonly List<double> _x = [];
    private readonly List<double> _tx = [];
    private readonly List<double> _t = [];
    private readonly List<double>? _z = withSpend ? [] : null;

    public int Count => _x.Count;

    public void Add(MemberId customer, double x, double tx, double t, double z)
    {
        _ids?.Add(customer);
        _x.Add(x);
        _tx.Add(tx);
        _t.Add(t);
        _z?.Add(z);
    }

    public SummaryFile ToFile(string path) =>
        SummaryFile.FromColumns(path, _ids?.ToArray(), [.. _x], [.. _tx], [.. _t], _z?.ToArray());
}
