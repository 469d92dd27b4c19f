using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

internal sealed record SopStepDto(int Day, LocalTime At, ChannelId Channel, ChannelKind ChannelKind, DeliveryMode Mode, MessageClass Class, ContentKind Content, HitMarks? Marks, string? TemplateId);

internal sealed record SopExitConditionDto(SopSignal Signal, ChannelId? Group, string? Tag);

internal sealed record SopExitRuleDto(SopExitMode Mode, IReadOnlyList<SopExitConditionDto> Conditions);

internal sealed record SopEndActionDto(SopEndActionKind Kind, SopEndTrigger On, string? Tag, ChannelId? Group, SopId? HandOverTo);

internal sealed record SopDefinitionDto(SopId Id, string Name, SopType Type, IReadOnlyList<SopStepDto> Steps, SopExitRuleDto Exit, IReadOnlyList<SopEndActionDto> EndActions);

internal sealed record SopLibraryDto(IReadOnlyList<SopDefinitionDto> Sops);
