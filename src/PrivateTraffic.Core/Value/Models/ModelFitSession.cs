using System;
using System.Collections.Generic;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// A maximum-likelihood fit driven from outside (分布式拟合, ask/tell): the session says which parameters it needs the
/// base's log-likelihood at (<see cref="NextParameters"/>), the caller fans out to its partitions, merges their
/// <see cref="LikelihoodContribution"/>s and hands the sum back (<see cref="Tell"/>), until <see cref="IsFinished"/>;
/// then <see cref="Result"/> is the fit. Started by <see cref="BgNbdModel.BeginFit"/> or <see cref="ParetoNbdModel.BeginFit"/>.
/// </summary>
/// <typeparam name="TParameters">The model's parameters.</typeparam>
/// <remarks>
/// <para>
/// The session runs the very procedure of the models' <c>Fit</c> (the same BFGS steps, the same interior check and
/// standard errors), so given the same sums it returns the same fit; sums added up in another order differ only in
/// rounding. It does no I/O and never blocks or waits: between <see cref="Tell"/> calls it holds no thread, so a
/// coordinator can await its partitions (an Orleans grain, an async handler) without blocking its scheduler. It makes
/// about 4 to 12 evaluations per optimizer iteration at first and 1 or 2 near the optimum, plus 10 at the end (the
/// log-likelihood at the optimum, the standard errors and a polishing Newton step).
/// </para>
/// <para>Not thread-safe: one coordinator drives a session. A refused <see cref="Tell"/> leaves it unchanged.</para>
/// </remarks>
public sealed class ModelFitSession<TParameters>
    where TParameters : struct, IModelParameters
{
    private readonly LikelihoodSearch _search;
    private readonly IEnumerator<double[]> _points;
    private readonly Func<double[], TParameters> _create;
    private TParameters _next;
    private ModelFit<TParameters>? _result;

    internal ModelFitSession(double[] start, int customerCount, ModelFitOptions? options, Func<double[], TParameters> create)
    {
        CustomerCount = customerCount;
        _create = create;
        _search = new LikelihoodSearch(start, customerCount, options ?? ModelFitOptions.Default);
        _points = _search.Points().GetEnumerator();
        Advance();
    }

    /// <summary>How many customers the fit covers: every contribution handed to <see cref="Tell"/> must cover exactly these.</summary>
    public int CustomerCount { get; }

    /// <summary>Whether the fit has ended (converged or failed); then <see cref="Result"/> is available.</summary>
    public bool IsFinished => _result is not null;

    /// <summary>How many contributions have been handed back so far (each one a fan-out to every partition).</summary>
    public int Evaluations { get; private set; }

    /// <summary>The parameters at which the session needs the whole base's contribution next.</summary>
    /// <exception cref="InvalidOperationException">The fit has ended.</exception>
    public TParameters NextParameters => IsFinished ? throw new InvalidOperationException("The fit has ended; read Result.") : _next;

    /// <summary>The fit, once <see cref="IsFinished"/>.</summary>
    /// <exception cref="InvalidOperationException">The fit has not ended yet.</exception>
    public ModelFit<TParameters> Result => _result ?? throw new InvalidOperationException("The fit has not ended yet; evaluate NextParameters and Tell the sum.");

    /// <summary>
    /// Hands back the contribution of the whole base at <see cref="NextParameters"/>: every partition's
    /// <see cref="PurchaseModelExtensions.Contribution{TModel}"/> at those parameters, merged with
    /// <see cref="LikelihoodContribution.Merge"/>. A non-finite log-likelihood is allowed (the optimizer backs off).
    /// </summary>
    /// <param name="contribution">The merged contribution.</param>
    /// <exception cref="InvalidOperationException">The fit has ended.</exception>
    /// <exception cref="ArgumentException">The contribution covers another number of customers (a partition is missing or counted twice) or belongs to another model.</exception>
    public void Tell(LikelihoodContribution contribution)
    {
        if (IsFinished)
        {
            throw new InvalidOperationException("The fit has ended; read Result.");
        }

        Guard.Against.Unmet(
            contribution.CustomerCount == CustomerCount,
            $"The contribution covers {contribution.CustomerCount} customers, not the fit's {CustomerCount}: a partition is missing or counted twice.",
            nameof(contribution));
        var gradient = contribution.Gradient;
        Guard.Against.Unmet(gradient.Count == _search.Gradient.Length, $"The contribution has {gradient.Count} gradient components, not {_search.Gradient.Length}: another model's.", nameof(contribution));
        for (var i = 0; i < gradient.Count; i++)
        {
            _search.Gradient[i] = gradient[i];
        }

        _search.LogLikelihood = contribution.LogLikelihood;
        Evaluations++;
        Advance();
    }

    private void Advance()
    {
        if (_points.MoveNext())
        {
            _next = _create(_points.Current);
            return;
        }

        _points.Dispose();
        _result = MaximumLikelihood.ToFit(_search.Result!, CustomerCount, _create);
    }
}
