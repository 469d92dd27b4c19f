using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Samples;

/// <summary>
/// The CustomerValue sample run as a user runs it (<c>dotnet CustomerValue.dll ...</c>) on small temp files: exit codes,
/// what it writes, and that bad input gives a message, not a stack trace. The test project does not reference the
/// sample, so these tests use its build output and report a skip when it is missing or older than its sources.
/// </summary>
public sealed class CustomerValueCliTests : IDisposable
{
    private const int Customers = 600;

    private readonly string _dir = Directory.CreateTempSubdirectory("customer-value-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [SkippableFact]
    public void Fit_writes_the_library_fit_contract_with_the_same_estimates_as_the_library()
    {
        var summary = WriteSimulatedSummary();
        var (code, _, error) = Run("fit", "--summary", summary, "--model", "bgnbd", "--output", At("bg.json"));

        Assert.True(code == 0, error);
        var fit = PrivateTrafficJson.Deserialize<ModelFit<BgNbdParameters>>(File.ReadAllText(At("bg.json")));
        var (x, tx, t, _) = Simulated();
        var expected = BgNbdModel.Fit(RepeatPurchaseData.Create(x, tx, t, TimeUnit.Weeks));
        Assert.Equal(expected.Parameters, fit.Parameters);
        Assert.Equal(expected.LogLikelihood, fit.LogLikelihood);
    }

    [SkippableFact]
    public void Score_reads_what_fit_writes_and_layers_the_customers_by_value()
    {
        var summary = WriteSimulatedSummary();
        Assert.Equal(0, Run("fit", "--summary", summary, "--model", "bgnbd", "--output", At("bg.json")).ExitCode);
        Assert.Equal(0, Run("fit", "--summary", summary, "--model", "gammagamma", "--output", At("gg.json")).ExitCode);

        var rows = Score(summary, At("bg.json"), At("gg.json"));

        // Value bands by realized + CLV: every row has one, and a higher band never holds a smaller value.
        Assert.Equal(Customers, rows.Count(r => r[6] is "Top" or "Middle" or "Bottom"));
        var bands = new[] { "Top", "Middle", "Bottom" };
        double Value(string[] r) => double.Parse(r[4], CultureInfo.InvariantCulture) + double.Parse(r[5], CultureInfo.InvariantCulture);
        for (var b = 0; b < 2; b++)
        {
            var upper = rows.Where(r => r[6] == bands[b]).Select(Value).DefaultIfEmpty(double.MaxValue).Min();
            var lower = rows.Where(r => r[6] == bands[b + 1]).Select(Value).DefaultIfEmpty(double.MinValue).Max();
            Assert.True(upper >= lower, $"{bands[b]} holds {upper}, below {lower} in {bands[b + 1]}");
        }

    }

    [SkippableFact]
    public void Score_takes_bare_Pareto_NBD_parameters_as_the_purchase_model()
    {
        var summary = WriteSimulatedSummary();
        File.WriteAllText(At("pareto.json"), """{"r":0.553,"alpha":10.578,"s":0.606,"beta":11.669,"unit":"weeks"}""");
        File.WriteAllText(At("gg.json"), """{"p":6.25,"q":3.74,"gamma":15.44}""");

        var rows = Score(summary, At("pareto.json"), At("gg.json"));

        Assert.All(rows, r => Assert.True(double.Parse(r[4], CultureInfo.InvariantCulture) >= 0, "CLV ≥ 0"));
    }

    [SkippableFact]
    public void Fit_on_the_CDNOW_summary_reproduces_the_published_BG_NBD_estimates()
    {
        var cdnow = RepositoryPaths.RequireSharedFile("cdnow", "cdnow_customers_summary.csv");
        var (code, output, error) = Run("fit", "--summary", cdnow, "--model", "bgnbd");

        Assert.True(code == 0, error);
        var fit = PrivateTrafficJson.Deserialize<ModelFit<BgNbdParameters>>(output);
        var p = fit.Parameters!.Value;
        Assert.Equal(0.243, p.R, 0.001);
        Assert.Equal(4.414, p.Alpha, 0.005);
        Assert.Equal(0.793, p.A, 0.001);
        Assert.Equal(2.426, p.B, 0.003);
        Assert.Equal(-9582.43, fit.LogLikelihood!.Value, 0.01);
    }

    [SkippableTheory]
    [InlineData("missing file", "fit --summary {dir}/absent.csv --model bgnbd")]
    [InlineData("wrong header", "fit --summary {dir}/wrong-header.csv --model bgnbd")]
    [InlineData("not a number", "fit --summary {dir}/not-a-number.csv --model bgnbd")]
    [InlineData("recency after T", "fit --summary {dir}/recency-after-age.csv --model bgnbd")]
    [InlineData("unknown model", "fit --summary {dir}/tiny.csv --model bgbnd")]
    [InlineData("no spend column", "fit --summary {dir}/no-spend.csv --model gammagamma")]
    [InlineData("spend model as purchase model", "score --summary {dir}/tiny.csv --params {dir}/gg.json --spend-params {dir}/gg.json --horizon 4 --discount-rate 0")]
    [InlineData("not JSON", "score --summary {dir}/tiny.csv --params {dir}/tiny.csv --spend-params {dir}/gg.json --horizon 4 --discount-rate 0")]
    [InlineData("horizon not a whole number", "score --summary {dir}/tiny.csv --params {dir}/bg.json --spend-params {dir}/gg.json --horizon 1.5 --discount-rate 0")]
    public void Bad_input_gives_a_message_and_exit_code_2_without_a_stack_trace(string problem, string command)
    {
        File.WriteAllText(At("wrong-header.csv"), "ID,freq,recency,T\n1,0,0,4\n");
        File.WriteAllText(At("not-a-number.csv"), "ID,frequency,recency,T\n1,2,abc,4\n");
        File.WriteAllText(At("recency-after-age.csv"), "ID,frequency,recency,T\n1,2,5,4\n");
        File.WriteAllText(At("no-spend.csv"), "ID,frequency,recency,T\n1,2,3,4\n");
        File.WriteAllText(At("tiny.csv"), "ID,frequency,recency,T,monetary_value\n1,2,3,4,10.5\n2,0,0,4,0\n");
        File.WriteAllText(At("bg.json"), """{"r":0.243,"alpha":4.414,"a":0.793,"b":2.426,"unit":"weeks"}""");
        File.WriteAllText(At("gg.json"), """{"p":6.25,"q":3.74,"gamma":15.44}""");

        var (code, output, error) = Run(command.Replace("{dir}", _dir, StringComparison.Ordinal).Split(' '));

        Assert.True(code == 2, $"{problem}: exit {code}, stderr {error}");
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [SkippableFact]
    public void A_fit_the_data_cannot_identify_prints_the_reason_and_exits_1()
    {
        File.WriteAllText(At("no-repeat-buyers.csv"), "ID,frequency,recency,T,monetary_value\n1,0,0,4,0\n2,0,0,5,0\n");

        var (code, output, error) = Run("fit", "--summary", At("no-repeat-buyers.csv"), "--model", "gammagamma");

        Assert.Equal(1, code);
        Assert.Contains("the fit failed", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    /// <summary>Runs score over 12 months at 1% a month and checks the shape of its CSV; returns the rows.</summary>
    private string[][] Score(string summary, string purchaseModel, string spendModel)
    {
        var (code, _, error) = Run(
            "score", "--summary", summary, "--params", purchaseModel, "--spend-params", spendModel,
            "--horizon", "12", "--unit", "months", "--discount-rate", "0.01", "--output", At("scores.csv"));

        Assert.True(code == 0, error);
        var lines = File.ReadAllLines(At("scores.csv"));
        Assert.Equal("ID,p_alive,expected_purchases,expected_spend,clv,realized,tier,rfm,segment", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(Customers, rows.Length);
        Assert.All(rows, r => Assert.InRange(double.Parse(r[1], CultureInfo.InvariantCulture), 0.0, 1.0));
        return rows;
    }

    private string At(string name) => Path.Combine(_dir, name);

    /// <summary>A seeded BG/NBD + Gamma-Gamma base: ages 27 to 39 weeks in whole days.</summary>
    private static (double[] X, double[] Tx, double[] T, double[] Spend) Simulated()
    {
        var random = new Random(17);
        var t = Enumerable.Range(0, Customers).Select(_ => (189 + random.Next(85)) / 7.0).ToArray();
        var (x, tx, spend) = (new double[Customers], new double[Customers], new double[Customers]);
        BgNbdModel.Simulate(BgNbdParameters.Create(0.25, 4.4, 0.8, 2.4, TimeUnit.Weeks), t, random, x, tx);
        GammaGammaModel.Simulate(GammaGammaParameters.Create(6, 4, 15), x, random, spend);
        return (x, tx, t, spend);
    }

    private string WriteSimulatedSummary()
    {
        var (x, tx, t, spend) = Simulated();
        var lines = Enumerable.Range(0, Customers).Select(i => string.Create(CultureInfo.InvariantCulture, $"c{i},{x[i]:R},{tx[i]:R},{t[i]:R},{spend[i]:R}"));
        File.WriteAllLines(At("summary.csv"), lines.Prepend("ID,frequency,recency,T,monetary_value"));
        return At("summary.csv");
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args) =>
        BuiltProgram.Run("samples/CustomerValue", "CustomerValue.dll", args);
}
