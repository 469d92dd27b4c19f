using System;
using System.IO;
using System.Text.Json;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Cli;

/// <summary>
/// Reads a model file: what <c>fit</c> writes (the library's fit contract) or bare parameters such as
/// <c>{"p":6.25,"q":3.74,"gamma":15.44}</c>. The model is told by its parameter names: a/b → BG/NBD, s/beta →
/// Pareto/NBD, p/q/gamma → Gamma-Gamma. The library reads the JSON strictly (unknown or missing members refused).
/// </summary>
internal static class ModelFile
{
    public static IPurchaseModel ReadPurchaseModel(string path) =>
        Read(path) as IPurchaseModel
            ?? throw new InputException($"{path}: --params must hold a BG/NBD or Pareto/NBD fit; the Gamma-Gamma fit goes to --spend-params.");

    public static GammaGammaParameters ReadSpendModel(string path) =>
        Read(path) as GammaGammaParameters?
            ?? throw new InputException($"{path}: --spend-params must hold a Gamma-Gamma fit (p, q, gamma): write it with 'fit --model gammagamma'.");

    private static object Read(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: {e.Message}");
        }

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
                ("bgnbd", true) => PrivateTrafficJson.Deserialize<ModelFit<BgNbdParameters>>(json).Parameters!.Value,
                ("bgnbd", false) => PrivateTrafficJson.Deserialize<BgNbdParameters>(json),
                ("paretonbd", true) => PrivateTrafficJson.Deserialize<ModelFit<ParetoNbdParameters>>(json).Parameters!.Value,
                ("paretonbd", false) => PrivateTrafficJson.Deserialize<ParetoNbdParameters>(json),
                ("gammagamma", true) => PrivateTrafficJson.Deserialize<ModelFit<GammaGammaParameters>>(json).Parameters!.Value,
                ("gammagamma", false) => PrivateTrafficJson.Deserialize<GammaGammaParameters>(json),
                _ when isFit => throw new InputException($"{path} holds a fit that did not converge: {(root.TryGetProperty("message", out var m) ? m : "no message")}"),
                _ => throw new InputException($"{path} holds no model parameters: expected r, alpha, a, b (BG/NBD), r, alpha, s, beta (Pareto/NBD) or p, q, gamma (Gamma-Gamma)."),
            };
        }
        catch (JsonException e)
        {
            throw new InputException($"{path} is not a valid model file: {e.Message}");
        }
    }
}
