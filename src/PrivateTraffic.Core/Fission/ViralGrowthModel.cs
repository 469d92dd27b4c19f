using System;
using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Fission;

/// <summary>
/// The viral growth model of a fission campaign (裂变): seeds invite, a share of the invited join, and those who join
/// invite in their turn, one generation per cycle. The virality K is invites per participant × invite conversion.
/// </summary>
/// <remarks>
/// <para>Without a cap the expected total after <c>n</c> generations is S·(K^(n+1) − 1)/(K − 1) for K ≠ 1 and S·(n + 1)
/// for K = 1; for K &lt; 1 it tends to S/(1 − K).</para>
/// <para>With a cap C (an addressable market or a pool's capacity) the model is a discrete SIR-like step: only the
/// newest generation invites, and only the share of invitations that land outside the campaign's members can
/// convert, so new(g+1) = min(new(g)·K·(1 − T(g)/C), C − T(g)), with T(g) the total after generation g. Assumed:
/// invitations fall evenly over the addressable market, and a participant invites only in the cycle after joining.
/// Like an epidemic, such a campaign stops short of the whole market: for small seeds the share z it reaches nears
/// the root of z = 1 − e^(−K·z) (about 80% for K = 2; for K ≤ 1 the geometric total, far below a large market).</para>
/// <para>The articles give one figure: "share with 2 friends" (article 002), an invites-per-participant. Every
/// other rate is the caller's.</para>
/// </remarks>
/// <remarks>JSON: <c>{"seeds", "invitesPerParticipant", "inviteConversion", "cycleTime", "generations", "cap"}</c>, read
/// through <see cref="Create"/> (docs/json-fission.md).</remarks>
[JsonConverter(typeof(ViralGrowthModelJsonConverter))]
public sealed record ViralGrowthModel
{
    private ViralGrowthModel(long seeds, double invitesPerParticipant, Probability inviteConversion, Duration cycleTime, int generations, long? cap)
    {
        Seeds = seeds;
        InvitesPerParticipant = invitesPerParticipant;
        InviteConversion = inviteConversion;
        CycleTime = cycleTime;
        Generations = generations;
        Cap = cap;
    }

    /// <summary>The seed users (种子用户) who start the campaign: generation 0.</summary>
    public long Seeds { get; }

    /// <summary>How many people each participant invites (the article's "2 friends" is 2).</summary>
    public double InvitesPerParticipant { get; }

    /// <summary>The share of invitations that turn into a new participant.</summary>
    public Probability InviteConversion { get; }

    /// <summary>How long one generation takes, from joining to one's invitees joining.</summary>
    public Duration CycleTime { get; }

    /// <summary>How many generations after the seeds the model runs.</summary>
    public int Generations { get; }

    /// <summary>The addressable market or the pool's capacity, when growth is capped; <c>null</c> when it is not.</summary>
    public long? Cap { get; }

    /// <summary>The virality K: invites per participant × invite conversion.</summary>
    public double K => InvitesPerParticipant * InviteConversion.Value;

    /// <summary>How long the modelled generations take in all: <see cref="CycleTime"/> × <see cref="Generations"/>.</summary>
    public Duration Span => CycleTime * Generations;

    /// <summary>Creates a model; every argument is checked and a wrong one names its parameter.</summary>
    /// <param name="seeds">Seed users, at least 1.</param>
    /// <param name="invitesPerParticipant">Invites per participant, finite and not negative.</param>
    /// <param name="inviteConversion">The share of invitations that convert.</param>
    /// <param name="cycleTime">One generation's duration, above zero.</param>
    /// <param name="generations">Generations after the seeds, 0 to 10,000.</param>
    /// <param name="cap">The addressable market or pool capacity, at least <paramref name="seeds"/>; <c>null</c> for none.</param>
    public static ViralGrowthModel Create(long seeds, double invitesPerParticipant, Probability inviteConversion, Duration cycleTime, int generations, long? cap = null)
    {
        Guard.Against.ZeroOrBelow(seeds);
        Guard.Against.NegativeOrNotFinite(invitesPerParticipant);
        Guard.Against.Unmet(cycleTime > Duration.Zero, $"The cycle time must be above zero, not {cycleTime}.", nameof(cycleTime));
        Guard.Against.NotBetween(generations, 0, 10_000);
        Guard.Against.Unmet(cap is null || cap >= seeds, $"The cap ({cap}) must be at least the seeds ({seeds}).", nameof(cap));
        return new ViralGrowthModel(seeds, invitesPerParticipant, inviteConversion, cycleTime, generations, cap);
    }

    /// <summary>The same model with another number of generations.</summary>
    /// <param name="generations">Generations after the seeds, 0 to 10,000.</param>
    public ViralGrowthModel WithGenerations(int generations) =>
        Create(Seeds, InvitesPerParticipant, InviteConversion, CycleTime, generations, Cap);

    /// <summary>The same model capped by an addressable market or a pool's capacity.</summary>
    /// <param name="cap">The cap, at least the seeds.</param>
    public ViralGrowthModel WithCap(long cap) =>
        Create(Seeds, InvitesPerParticipant, InviteConversion, CycleTime, Generations, cap);

    /// <summary>
    /// The expected total after each generation, index 0 being the seeds: the closed form without a cap, the
    /// saturating step with one. The curve never falls and never passes the cap.
    /// </summary>
    public double[] ExpectedCurve()
    {
        var curve = new double[Generations + 1];
        // Summed generation by generation rather than through the closed form, so the curve starts exactly at the
        // seeds and never falls by a rounding error; the two agree to rounding.
        double total = Seeds, newest = Seeds;
        curve[0] = total;
        for (var g = 1; g <= Generations; g++)
        {
            newest = Cap is { } cap ? ViralGrowth.SaturatingStep(newest, K, total, cap) : newest * K;
            total = Cap is { } limit ? Math.Min(limit, total + newest) : total + newest;
            curve[g] = total;
        }

        return curve;
    }

    /// <summary>The expected total after the last generation.</summary>
    public double ExpectedTotal() => ExpectedCurve()[Generations];

    /// <summary>The uncapped total as generations go on: S/(1 − K) for K &lt; 1, infinity otherwise; with a cap, at most the cap.</summary>
    public double Limit()
    {
        var open = ViralGrowth.Limit(Seeds, K);
        return Cap is { } cap ? Math.Min(open, cap) : open;
    }
}
