using System;
using System.Collections.Generic;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value.Models;

/// <summary>
/// The optimizer's branches, each reached by a scripted objective. BfgsSearch asks for points and is told a value and a
/// gradient for each (ask/tell), so a test can answer anything, including values no real likelihood gives, and so pin
/// exactly which points are asked, how many, and why the search stops (found unpinned by the mutation run, issue 10).
/// </summary>
public sealed class BfgsSearchTests
{
    /// <summary>Runs the search, answering each point with the objective, and returns every point asked (copied).</summary>
    private static (List<double[]> Points, BfgsResult Result) Run(
        double[] start, int maxIterations, double tolerance, Func<int, double[], (double Value, double[] Gradient)> objective)
    {
        var search = new BfgsSearch(start, maxIterations, tolerance);
        var points = new List<double[]>();
        foreach (var x in search.Points())
        {
            var (value, gradient) = objective(points.Count, x);
            points.Add((double[])x.Clone());
            search.Value = value;
            gradient.CopyTo(search.Gradient, 0);
        }

        return (points, search.Result);
    }

    private static (double, double[]) Square(double[] x) => (x[0] * x[0], [2 * x[0]]);

    [Theory]
    [InlineData(double.NaN, 1.0)]
    [InlineData(1.0, double.NaN)]
    [InlineData(1.0, double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity, 1.0)]
    public void A_value_or_gradient_not_finite_at_the_start_stops_before_any_step(double value, double gradient)
    {
        var (points, result) = Run([1.0], 100, 1e-8, (_, _) => (value, [gradient]));
        Assert.Single(points);
        Assert.False(result.Converged);
        Assert.Equal(0, result.Iterations);
        Assert.Equal("the likelihood is not finite at the starting point", result.Problem);
    }

    [Fact]
    public void A_gradient_exactly_at_the_tolerance_has_converged_at_the_start()
    {
        var (points, result) = Run([3.0], 100, 0.25, (_, _) => (7.0, [0.25]));
        Assert.Single(points);
        Assert.Equal((true, 0, null), (result.Converged, result.Iterations, result.Problem));
        Assert.Equal([3.0], result.X);
    }

    [Fact]
    public void The_line_search_halves_a_step_the_armijo_test_refuses()
    {
        // From x = 1 on x², the full step lands on −1, where the value is no lower: refused. Half of it lands on 0.
        var (points, result) = Run([1.0], 1, 1e-8, (_, x) => Square(x));
        Assert.Equal([1.0, -1.0, 0.0], points.ConvertAll(p => p[0]));
        Assert.Equal([0.0], result.X);

        // One iteration was allowed and used: the search reports that it did not converge, and why.
        Assert.Equal((false, 1), (result.Converged, result.Iterations));
        Assert.Equal("no convergence in 1 iterations", result.Problem);
    }

    [Fact]
    public void The_iteration_that_finds_a_zero_gradient_is_not_counted()
    {
        var (points, result) = Run([1.0], 2, 1e-8, (_, x) => Square(x));
        Assert.Equal(3, points.Count);
        Assert.Equal((true, 1, null), (result.Converged, result.Iterations, result.Problem));
    }

    [Fact]
    public void A_line_search_with_no_decrease_tries_sixty_halvings_then_gives_up()
    {
        // Only the start is finite. The first iteration has had no update yet, so there is no restart: the search ends.
        var (points, result) = Run([1.0], 100, 1e-8, (i, _) => i == 0 ? (1.0, [2.0]) : (double.NaN, [0.0]));
        Assert.Equal(61, points.Count);
        for (var k = 0; k < 60; k++)
        {
            // The step is min(1, 4 / |d|) = 1 along d = −2, halved after each refusal.
            Assert.Equal(1.0 - (2.0 * Math.Pow(0.5, k)), points[k + 1][0]);
        }

        Assert.Equal((false, 1), (result.Converged, result.Iterations));
        Assert.Equal("the line search found no decrease", result.Problem);
        Assert.Equal([1.0], result.X);
    }

    [Fact]
    public void No_decrease_at_a_gradient_within_the_square_root_of_the_tolerance_counts_as_converged()
    {
        // √0.25 = 0.5 exactly: the point is optimal to working precision.
        var (points, result) = Run([1.0], 100, 0.25, (i, _) => i == 0 ? (1.0, [0.5]) : (double.NaN, [0.0]));
        Assert.Equal(61, points.Count);
        Assert.Equal((true, 1, null), (result.Converged, result.Iterations, result.Problem));
    }

    [Fact]
    public void After_an_update_a_failed_line_search_restarts_once_from_steepest_descent()
    {
        // Start 1 (value 1, gradient 1); the first trial, 0, is accepted (value 0.5, gradient 0.5), which scales and
        // updates the inverse Hessian to s/y = 2. Every later point is undefined.
        var (points, result) = Run([1.0], 100, 1e-8, (i, _) => i switch
        {
            0 => (1.0, [1.0]),
            1 => (0.5, [0.5]),
            _ => (double.NaN, [0.0]),
        });

        // Iteration 2 steps along −2 × 0.5 from 0 and fails 60 times; iteration 3 restarts along −0.5 and fails 60 times.
        Assert.Equal(1 + 1 + 60 + 60, points.Count);
        Assert.Equal([0.0], points[1]);
        Assert.Equal([-1.0], points[2]);
        Assert.Equal([-0.5], points[62]);
        Assert.Equal((false, 3), (result.Converged, result.Iterations));
        Assert.Equal("the line search found no decrease", result.Problem);
        Assert.Equal([0.0], result.X);
    }

    [Fact]
    public void A_decrease_to_zero_is_not_taken_for_a_stall()
    {
        // The value falls from 1 to 0 at an unchanged gradient 0.5 (√0.25): a real change, so the search goes on (a
        // relative test against the new value would divide by zero and stop here).
        var (points, result) = Run([1.0], 100, 0.25, (i, _) => i switch
        {
            0 => (1.0, [0.5]),
            1 => (0.0, [0.5]),
            _ => (double.NaN, [0.0]),
        });
        Assert.Equal(1 + 1 + 60, points.Count);
        Assert.Equal((true, 2), (result.Converged, result.Iterations));
        Assert.Equal([0.5], result.X);
    }

    [Fact]
    public void A_step_that_leaves_the_value_unchanged_at_a_small_gradient_stops_the_search()
    {
        // A gradient of 1e-162 squares to below the smallest double, so the Armijo bound is the value itself and an
        // equal value is accepted: no change at a gradient within √tolerance is a stall, and the search stops.
        var (points, result) = Run([0.0], 100, 1e-170, (_, _) => (0.0, [1e-162]));
        Assert.Equal(2, points.Count);
        Assert.Equal((true, 1, null), (result.Converged, result.Iterations, result.Problem));
        Assert.Equal([-1e-162], result.X);
    }
}
