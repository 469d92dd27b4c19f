using System.Collections.Generic;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The parameters of a customer-base model fitted by maximum likelihood (<see cref="ModelFit{TParameters}"/>): they
/// name themselves, in the order in which gradients and standard errors are reported.
/// </summary>
public interface IModelParameters
{
    /// <summary>The parameters' names in the model's usual order, for example r, alpha, a, b for BG/NBD.</summary>
    /// <remarks>The same for every value of the type, <c>default</c> included.</remarks>
    IReadOnlyList<string> ParameterNames { get; }
}
