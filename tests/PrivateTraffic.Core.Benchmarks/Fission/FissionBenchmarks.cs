using BenchmarkDotNet.Attributes;
using NodaTime;
using PrivateTraffic.Core.Fission;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Benchmarks.Fission;

/// <summary>
/// Fission's two speed goals (issue 13): simulating a 1,000,000-member campaign 1,000 times for its bands, and
/// attributing 1,000,000 referral events to a campaign. Each is one call, both goals are under 1 s.
/// Run: dotnet run -c Release --project tests/PrivateTraffic.Core.Benchmarks -- --filter '*Fission*' --job short
/// </summary>
[MemoryDiagnoser]
public class FissionBenchmarks
{
    private const int Referrals = 1_000_000;

    private ViralGrowthModel _model = null!;
    private MemberId[] _members = null!;
    private DomainEventId[] _ids = null!;
    private Instant[] _at = null!;

    [GlobalSetup]
    public void Setup()
    {
        // "2 friends" (article 002); the 70% conversion, 100 seeds, weekly cycle and 60 generations are assumptions.
        _model = ViralGrowthModel.Create(100, 2.0, Probability.From(0.7), Duration.FromDays(7), 60, cap: 1_000_000);
        _members = new MemberId[Referrals + 1];
        _ids = new DomainEventId[Referrals];
        _at = new Instant[Referrals];
        var start = Instant.FromUtc(2024, 3, 1, 0, 0);
        for (var i = 0; i <= Referrals; i++)
        {
            _members[i] = MemberId.From("m" + i);
        }

        for (var i = 0; i < Referrals; i++)
        {
            _ids[i] = DomainEventId.From("r" + i);
            _at[i] = start + Duration.FromSeconds(i + 1);
        }
    }

    /// <summary>1,000 seeded runs of a campaign capped at 1,000,000 members, and the bands of every generation.</summary>
    [Benchmark]
    public ViralBand[] SimulateMillionMemberCampaignThousandRuns() => ViralSimulation.Run(_model, 1_000, seed: 2024).Bands();

    /// <summary>1,000,000 referrals credited to one campaign: a binary tree where each member brings 2 friends.</summary>
    [Benchmark]
    public Money AttributeMillionReferrals()
    {
        var campaign = FissionCampaign.Launch(
            CampaignId.From("free-lesson"), "Share with 2 friends", ReferralMechanic.BenefitUnlock, "one free lesson",
            RewardRules.BenefitUnlock(2, Money.Yuan(9.90m)), Money.Yuan(100_000_000m), Instant.FromUtc(2024, 3, 1, 0, 0),
            DomainEventId.From("launch"), [_members[0]]);
        campaign.EnsureCapacity(Referrals);
        for (var i = 0; i < Referrals; i++)
        {
            campaign.CreditReferral(_members[i / 2], _members[i + 1], _at[i], _ids[i]);
        }

        return campaign.Spent;
    }
}
