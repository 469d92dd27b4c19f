using System.Text.Json;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Value;

namespace CustomerValue;

/// <summary>
/// Reads a model file: what <c>fit</c> writes (the library's fit contract) or bare parameters such as
/// <c>{"p":6.25,"q":3.74,"gamma":15.44}</c>. The model is told by its parameter names: a/b → BG/NBD, s/beta →
/// Pareto/NBD, p/q/gamma → Gamma-Gamma. The library reads the JSON strictly (unknown or missing members refused).
/// </summary>
internal static class ModelFile
{
    /// <summary>A purchase model (BG/NBD or Pareto/NBD): whichever the file holds, scored through the one interface.</summary>
    public static IPurchaseModel ReadPurchaseModel(string path) =>
        Read(path) as IPurchaseModel
            ?? throw new ArgumentException("--params must hold a BG/NBD or Pareto/NBD fit; Gamma-Gamma goes to --spend-params.");

    /// <summary>A Gamma-Gamma spend model.</summary>
    public static GammaGammaParameters ReadSpendModel(string path) =>
        Read(path) as GammaGammaParameters?
            ?? throw new ArgumentException("--spend-params must hold a Gamma-Gamma fit (p, q, gamma): write it with 'fit --model gammagamma'.");

    /// <summary>The parameters: a boxed <see cref="BgNbdParameters"/>, <see cref="ParetoNbdParameters"/> or <see cref="GammaGammaParameters"/>.</summary>
    private static object Read(string path)
    {
        var json = File.ReadAllText(path);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var isFit = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("status", out _);
            var parameters = isFit && root.TryGetProperty("parameters", out var p) ? p : root;
            var kind = parameters.ValueKind != JsonValueKind.Object ? "none"
                : parameters.TryGetProperty("a", out _) ? "bgnbd"
                : parameters.TryGetProperty("s", out _) ? "paretonbd"
                : parameters.TryGetProperty("p", out _) ? "gammagamma"
                : "none";
            return (kind, isFit) switch
            {
                ("bgnbd", true) => Converged(PrivateTrafficJson.Deserialize<ModelFit<BgNbdParameters>>(json).Parameters),
                ("bgnbd", false) => PrivateTrafficJson.Deserialize<BgNbdParameters>(json),
                ("paretonbd", true) => Converged(PrivateTrafficJson.Deserialize<ModelFit<ParetoNbdParameters>>(json).Parameters),
                ("paretonbd", false) => PrivateTrafficJson.Deserialize<ParetoNbdParameters>(json),
                ("gammagamma", true) => Converged(PrivateTrafficJson.Deserialize<ModelFit<GammaGammaParameters>>(json).Parameters),
                ("gammagamma", false) => PrivateTrafficJson.Deserialize<GammaGammaParameters>(json),
                _ when isFit => throw new ArgumentException($"{path} holds a fit that did not converge: {(root.TryGetProperty("message", out var m) ? m : "no message")}"),
                _ => throw new ArgumentException($"{path} holds no model parameters: expected r, alpha, a, b (BG/NBD), r, alpha, s, beta (Pareto/NBD) or p, q, gamma (Gamma-Gamma)."),
            };
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"{path} is not a valid model file: {ex.Message}", ex);
        }
    }

    private static T Converged<T>(T? parameters)
        where T : struct => parameters ?? throw new InvalidOperationException("A converged fit always has parameters.");
}
