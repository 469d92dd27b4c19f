using System;
using System.Globalization;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// A customer's RFM scores (RFM 评分), each 1 to 5 by quintile of the customer base: recency R from the days since
/// the last purchase (5 = fewest days), frequency F (5 = most purchase days), monetary M (5 = spent most), and the
/// named <see cref="Segment"/> they fall in.
/// </summary>
/// <remarks>
/// <para>Recency, two words: RFM's recency is the number of days from the last purchase day to the end of the
/// observation (smaller is better). The purchase models' t_x is something else: the time from the first purchase
/// to the last repeat purchase (larger is better). RFM never reads t_x.</para>
/// <para>Scoring (<see cref="ScoreAll(CustomerSummaries)"/>): for each figure the customers are ranked from worst
/// to best (for recency, the most days since the last purchase is worst); the customer at rank k (0-based) of
/// n scores 1 + ⌊5k / n⌋. Ties share a score: customers with equal figures all take the score of the first rank
/// of their group, so two customers who behaved alike are never told apart by an accident of sorting, and the
/// result does not depend on input order. With distinct figures every score holds a fifth of the base (within
/// one customer); when many customers share a figure (in most bases the one-time buyers) their score holds more
/// than a fifth and the scores above it fewer.</para>
/// <para>Segments, by R (rows) and F (columns): R 1–2: F 1–2 hibernating, F 3–4 at risk, F 5 can't lose;
/// R 3: F 1–2 about to sleep, F 3 need attention, F 4–5 loyal; R 4: F 1 promising, F 2–3 potential loyalists,
/// F 4–5 loyal; R 5: F 1 new, F 2–3 potential loyalists, F 4–5 champions. M is shown but does not change the
/// segment, as in the widely used R×F segment map.</para>
/// <para><c>default(RfmScore)</c> has all scores 0 and is not a valid score.</para>
/// </remarks>
public readonly struct RfmScore : IEquatable<RfmScore>
{
    private RfmScore(int recency, int frequency, int monetary)
    {
        Recency = recency;
        Frequency = frequency;
        Monetary = monetary;
    }

    /// <summary>R, the recency score, 1 to 5, from the days since the last purchase: 5 = the fewest days.</summary>
    public int Recency { get; }

    /// <summary>F, 1 to 5: 5 bought on the most days.</summary>
    public int Frequency { get; }

    /// <summary>M, 1 to 5: 5 spent the most.</summary>
    public int Monetary { get; }

    /// <summary>The named segment of the R and F scores (see the remarks).</summary>
    public RfmSegment Segment => (Recency, Frequency) switch
    {
        ( <= 2, <= 2) => RfmSegment.Hibernating,
        ( <= 2, <= 4) => RfmSegment.AtRisk,
        ( <= 2, _) => RfmSegment.CantLose,
        (3, <= 2) => RfmSegment.AboutToSleep,
        (3, 3) => RfmSegment.NeedAttention,
        (4, 1) => RfmSegment.Promising,
        (5, 1) => RfmSegment.New,
        (_, <= 3) => RfmSegment.PotentialLoyalists,
        (5, _) => RfmSegment.Champions,
        _ => RfmSegment.Loyal,
    };

    /// <summary>Creates a score.</summary>
    /// <param name="recency">R, 1 to 5.</param>
    /// <param name="frequency">F, 1 to 5.</param>
    /// <param name="monetary">M, 1 to 5.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A score is outside 1 to 5.</exception>
    public static RfmScore Of(int recency, int frequency, int monetary) =>
        new(Guard.Against.NotBetween(recency, 1, 5), Guard.Against.NotBetween(frequency, 1, 5), Guard.Against.NotBetween(monetary, 1, 5));

    /// <summary>Scores every customer of a base: R from the days since the last purchase (last purchase day to the
    /// calibration end; not t_x), F from the number of purchase days (x + 1), M from the total spend.</summary>
    /// <param name="summaries">The summaries.</param>
    /// <returns>One score per row of <paramref name="summaries"/>.</returns>
    public static RfmScore[] ScoreAll(CustomerSummaries summaries)
    {
        Guard.Against.Null(summaries);
        var n = summaries.Count;
        var daysSinceLastPurchase = new double[n];
        var frequency = new double[n];
        var monetary = new double[n];
        for (var i = 0; i < n; i++)
        {
            var summary = summaries[i];
            daysSinceLastPurchase[i] = NodaTime.Period.DaysBetween(summary.LastPurchase, summary.CalibrationEnd);
            frequency[i] = summaries.Frequency[i] + 1;
            monetary[i] = (double)summaries.TotalSpendAt(i);
        }

        return ScoreAll(summaries.Customers, daysSinceLastPurchase, frequency, monetary);
    }

    /// <summary>Scores customers from their RFM figures (see the remarks for the rule).</summary>
    /// <param name="customers">The customers, each once.</param>
    /// <param name="daysSinceLastPurchase">Recency: the days since each customer's last purchase, smaller is better (any
    /// one unit ranks the same; days is the convention). Not t_x.</param>
    /// <param name="frequency">Frequency: larger is better.</param>
    /// <param name="monetary">Monetary value: larger is better.</param>
    /// <returns>One score per customer, aligned.</returns>
    /// <exception cref="ArgumentException">The spans differ in length, an id is unset or appears twice, a figure is NaN, or a
    /// recency or frequency is negative (days since a purchase and a count of purchases cannot be).</exception>
    public static RfmScore[] ScoreAll(ReadOnlySpan<MemberId> customers, ReadOnlySpan<double> daysSinceLastPurchase, ReadOnlySpan<double> frequency, ReadOnlySpan<double> monetary)
    {
        var n = customers.Length;
        Guard.Against.Unmet(daysSinceLastPurchase.Length == n && frequency.Length == n && monetary.Length == n, "There must be one figure of each kind per customer.", nameof(customers));
        CustomerIds.RequireSetAndDistinct(customers, nameof(customers));
        for (var i = 0; i < n; i++)
        {
            Guard.Against.Unmet(daysSinceLastPurchase[i] >= 0, $"Customer '{customers[i]}': days since the last purchase is {daysSinceLastPurchase[i]}; it must be ≥ 0.", nameof(daysSinceLastPurchase));
            Guard.Against.Unmet(frequency[i] >= 0, $"Customer '{customers[i]}': frequency is {frequency[i]}; a count of purchases must be ≥ 0.", nameof(frequency));
            Guard.Against.Unmet(!double.IsNaN(monetary[i]), $"Customer '{customers[i]}': the monetary value is NaN.", nameof(monetary));
        }

        var r = Quintiles(daysSinceLastPurchase, higherIsBetter: false);
        var f = Quintiles(frequency, higherIsBetter: true);
        var m = Quintiles(monetary, higherIsBetter: true);
        var scores = new RfmScore[n];
        for (var i = 0; i < n; i++)
        {
            scores[i] = new RfmScore(r[i], f[i], m[i]);
        }

        return scores;
    }

    /// <inheritdoc/>
    public bool Equals(RfmScore other) => Recency == other.Recency && Frequency == other.Frequency && Monetary == other.Monetary;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RfmScore other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (Recency * 100) + (Frequency * 10) + Monetary;

    /// <summary>The score as three digits R, F, M, such as <c>545</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Recency}{Frequency}{Monetary}");

    /// <summary>Whether two scores are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(RfmScore left, RfmScore right) => left.Equals(right);

    /// <summary>Whether two scores differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(RfmScore left, RfmScore right) => !left.Equals(right);

    private static int[] Quintiles(ReadOnlySpan<double> figures, bool higherIsBetter)
    {
        // Keys ordered worst first (recency negated: more days is worse).
        var n = figures.Length;
        var keys = new double[n];
        for (var i = 0; i < n; i++)
        {
            Guard.Against.Unmet(!double.IsNaN(figures[i]), "An RFM figure is NaN.", nameof(figures));
            keys[i] = higherIsBetter ? figures[i] : -figures[i];
        }

        // Competition ranking: a customer scores 1 + ⌊5k / n⌋ for the k customers strictly worse, and k ≥ ⌈s·n / 5⌉
        // exactly when the ⌈s·n / 5⌉-th worst key is below the customer's. So four order statistics give every score,
        // found without sorting (no comparison delegate, and nothing but the figure can decide).
        Span<double> cuts = stackalloc double[4];
        if (n > 0)
        {
            Span<int> ranks = stackalloc int[4];
            for (var s = 1; s <= 4; s++)
            {
                ranks[s - 1] = (int)((((long)s * n) + 4) / 5) - 1;
            }

            OrderStatistics.Select((double[])keys.Clone(), ranks, cuts);
        }

        var scores = new int[n];
        for (var i = 0; i < n; i++)
        {
            var key = keys[i];
            scores[i] = 1 + (cuts[0] < key ? 1 : 0) + (cuts[1] < key ? 1 : 0) + (cuts[2] < key ? 1 : 0) + (cuts[3] < key ? 1 : 0);
        }

        return scores;
    }
}
