using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PrivateTraffic.Core.Pools;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// Put first in a caller's converters by <see cref="PrivateTrafficJson.AddPrivateTraffic"/>, so every type of the
/// library is read and written exactly as with <see cref="PrivateTrafficJson.Options"/>, whatever the caller's
/// options say (a naming policy, ASP.NET's lenient Web defaults, a <c>JsonStringEnumConverter</c>, NodaTime
/// converters of their own).
/// </summary>
/// <remarks>
/// A type whose contract is a converter of its own (money, ids, enumerations, the DTO-mapped types) gets that
/// converter. A type whose contract is source-generated object metadata (the pool events, the consent record) gets a
/// converter that reads and writes it with the library's own metadata; those types are listed in
/// <see cref="ObjectContracts"/>, and a test checks that the list is complete. Nothing is built by reflection.
/// </remarks>
internal sealed class ContractConverterFactory : JsonConverterFactory
{
    private static readonly Dictionary<Type, JsonConverter> ObjectContracts = new()
    {
        [typeof(PoolEvent)] = Contract<PoolEvent>(),
        [typeof(PoolCreated)] = Contract<PoolCreated>(),
        [typeof(PoolReviewed)] = Contract<PoolReviewed>(),
        [typeof(MemberCaptured)] = Contract<MemberCaptured>(),
        [typeof(MemberReferred)] = Contract<MemberReferred>(),
        [typeof(PurchaseRecorded)] = Contract<PurchaseRecorded>(),
        [typeof(InteractionRecorded)] = Contract<InteractionRecorded>(),
        [typeof(StageChanged)] = Contract<StageChanged>(),
        [typeof(MemberMoved)] = Contract<MemberMoved>(),
        [typeof(ConsentGranted)] = Contract<ConsentGranted>(),
        [typeof(ConsentWithdrawn)] = Contract<ConsentWithdrawn>(),
        [typeof(MemberLeft)] = Contract<MemberLeft>(),
        [typeof(MemberErased)] = Contract<MemberErased>(),
        [typeof(ConsentRecord)] = Contract<ConsentRecord>(),
        [typeof(MemberSnapshot)] = Contract<MemberSnapshot>(),
        [typeof(Fission.CampaignEvent)] = Contract<Fission.CampaignEvent>(),
        [typeof(Fission.CampaignLaunched)] = Contract<Fission.CampaignLaunched>(),
        [typeof(Fission.ReferralCredited)] = Contract<Fission.ReferralCredited>(),
        [typeof(Fission.HelperLeft)] = Contract<Fission.HelperLeft>(),
        [typeof(Fission.CampaignEnded)] = Contract<Fission.CampaignEnded>(),
        [typeof(Fission.CampaignSnapshot)] = Contract<Fission.CampaignSnapshot>(),
        [typeof(Fission.RewardRule)] = Contract<Fission.RewardRule>(),
        [typeof(Fission.RewardStage)] = Contract<Fission.RewardStage>(),
        [typeof(Fission.CommissionPaid)] = Contract<Fission.CommissionPaid>(),
        [typeof(Fission.LevelCommission)] = Contract<Fission.LevelCommission>(),
        [typeof(Fission.DistributionRule)] = Contract<Fission.DistributionRule>(),
        [typeof(Fission.ObservedVirality)] = Contract<Fission.ObservedVirality>(),
        [typeof(Fission.ViralityEstimate)] = Contract<Fission.ViralityEstimate>(),
        [typeof(Fission.CycleTimeEstimate)] = Contract<Fission.CycleTimeEstimate>(),
        [typeof(Community.BlueprintRevised)] = Contract<Community.BlueprintRevised>(),
        [typeof(Community.GroupEvent)] = Contract<Community.GroupEvent>(),
        [typeof(Community.GroupOpened)] = Contract<Community.GroupOpened>(),
        [typeof(Community.MemberJoinedGroup)] = Contract<Community.MemberJoinedGroup>(),
        [typeof(Community.NextGroupProposed)] = Contract<Community.NextGroupProposed>(),
        [typeof(Community.GroupSnapshot)] = Contract<Community.GroupSnapshot>(),
        [typeof(Community.MemberLeftGroup)] = Contract<Community.MemberLeftGroup>(),
        [typeof(Community.MemberRoleAssigned)] = Contract<Community.MemberRoleAssigned>(),
        [typeof(Community.GroupRoleAssignment)] = Contract<Community.GroupRoleAssignment>(),
    };

    /// <summary>The types whose contract is object metadata, for the test that checks the list is complete.</summary>
    internal static IReadOnlyCollection<Type> ObjectContractTypes => ObjectContracts.Keys;

    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.Assembly == typeof(ContractConverterFactory).Assembly
        && (ObjectContracts.ContainsKey(typeToConvert)
            || (PrivateTrafficJson.Options.TryGetTypeInfo(typeToConvert, out var info) && info.Kind == JsonTypeInfoKind.None));

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        ObjectContracts.TryGetValue(typeToConvert, out var converter) ? converter : PrivateTrafficJson.Options.GetTypeInfo(typeToConvert).Converter;

    /// <summary>
    /// The library's resolvers for a caller's options. A polymorphic contract (<see cref="PoolEvent"/>) is handed whole to
    /// the library's metadata, which writes and reads the <c>type</c> discriminator itself, so the caller's options must
    /// not dispatch on it first.
    /// </summary>
    internal static IJsonTypeInfoResolver Resolver(IJsonTypeInfoResolver contexts) =>
        contexts.WithAddedModifier(static info =>
        {
            if (info.Converter is IContractConverter)
            {
                info.PolymorphismOptions = null;
            }
        });

    private static ContractJsonConverter<T> Contract<T>() => new(PrivateTrafficJson.TypeInfo<T>);

    /// <summary>Reads and writes a value with the library's own metadata for its type.</summary>
    private sealed class ContractJsonConverter<T>(Func<JsonTypeInfo<T>> contract) : JsonConverter<T>, IContractConverter
    {
        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            JsonSerializer.Deserialize(ref reader, contract());

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value, contract());
    }
}

/// <summary>Marks a converter that hands a value to the library's own metadata.</summary>
internal interface IContractConverter;
