using System.Text.Json;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Value;

namespace CustomerValue;

/// <summary>
/// <c>fit</c>: a summary CSV in, a maximum-likelihood fit out as JSON. The JSON is the library's own fit contract
/// (docs/json-value-models.md): <c>status</c>, <c>parameters</c> by their usual names (r, alpha, a, b / r, alpha, s,
/// beta / p, q, gamma; the purchase models add their <c>unit</c>), <c>standardErrors</c>, <c>logLikelihood</c>,
/// <c>iterations</c>, <c>customerCount</c>. So <c>score</c>, or any service using the library, reads it back with
/// <c>PrivateTrafficJson.Deserialize&lt;ModelFit&lt;BgNbdParameters&gt;&gt;</c>.
/// </summary>
internal static class FitCommand
{
    private static readonly JsonSerializerOptions Indented = new(PrivateTrafficJson.Options) { WriteIndented = true };

    public static int Run(CommandLine options)
    {
        var summary = SummaryFile.Read(options.Required("summary"));
        var unit = TimeUnit.Parse(options.Optional("unit") ?? "weeks");
        return options.Required("model").ToLowerInvariant() switch
        {
            "bgnbd" => Write(BgNbdModel.Fit(summary.ToRepeatPurchaseData(unit)), options),
            "paretonbd" => Write(ParetoNbdModel.Fit(summary.ToRepeatPurchaseData(unit)), options),
            "gammagamma" => Write(GammaGammaModel.Fit(summary.Frequency, summary.RequireMonetaryValue("the Gamma-Gamma spend model")), options),
            var other => throw new ArgumentException($"Unknown model '{other}'; use bgnbd, paretonbd or gammagamma."),
        };
    }

    /// <summary>Every model's fit has one type and one contract, so one method reports and writes them all.</summary>
    private static int Write<T>(ModelFit<T> fit, CommandLine options)
        where T : struct, IModelParameters
    {
        if (!fit.IsConverged)
        {
            Console.Error.WriteLine($"error: the fit failed ({fit.Status}) after {fit.Iterations} iterations on {fit.CustomerCount:N0} customers: {fit.Message}");
            return 1;
        }

        var json = JsonSerializer.Serialize(fit, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ModelFit<T>>)Indented.GetTypeInfo(typeof(ModelFit<T>)));
        var output = options.Optional("output");
        if (output is null)
        {
            Console.WriteLine(json);
        }
        else
        {
            File.WriteAllText(output, json + Environment.NewLine);
            Console.WriteLine($"converged in {fit.Iterations} iterations on {fit.CustomerCount:N0} customers, log-likelihood {fit.LogLikelihood:F2} → {output}");
        }

        return 0;
    }
}
