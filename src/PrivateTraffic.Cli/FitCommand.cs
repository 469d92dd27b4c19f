using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Cli;

/// <summary>
/// <c>fit</c>: a summary in, the library's fit contract (JSON) out. Gamma-Gamma is fitted on the repeat buyers with a
/// mean spend &gt; 0: repeat buyers whose purchases were all free (z̄ = 0) carry no spend information the model can use
/// (its density needs z̄ &gt; 0), so they are left out and counted.
/// </summary>
internal static class FitCommand
{
    public static Command Create()
    {
        var summary = Options.File("--summary", "The summary CSV (what summarize writes, or ID,x,t_x,T[,zbar]).");
        var model = new Option<string>("--model") { Description = "bgnbd, paretonbd or gammagamma.", Required = true };
        model.AcceptOnlyFromAmong("bgnbd", "paretonbd", "gammagamma");
        var unit = Options.Unit("The time unit of the summary's recency and T");
        var output = Options.Output("the fit (JSON)");
        var command = new Command("fit", "Fit BG/NBD, Pareto/NBD or Gamma-Gamma by maximum likelihood; exit 1 when the fit does not converge.")
        {
            summary, model, unit, output,
        };
        command.SetAction(r =>
        {
            var file = SummaryFile.Read(r.GetRequiredValue(summary), withIds: false);
            Timings.Mark("read");
            Progress.Step($"fitting {r.GetRequiredValue(model)}");
            var timeUnit = r.GetValue(unit);
            var (json, report) = r.GetRequiredValue(model) switch
            {
                "bgnbd" => Write("BG/NBD", BgNbdModel.Fit(RepeatPurchaseData.Create(file.Frequency, file.TimeOfLastPurchase, file.Age, timeUnit))),
                "paretonbd" => Write("Pareto/NBD", ParetoNbdModel.Fit(RepeatPurchaseData.Create(file.Frequency, file.TimeOfLastPurchase, file.Age, timeUnit))),
                _ => FitSpend(file),
            };
            Timings.Mark("fit");
            OutputFile.Write(r.GetValue(output), w => w.WriteLine(json));
            report();
            return ExitCodes.Ok;
        });
        return command;
    }

    private static (string Json, Action Report) FitSpend(SummaryFile file)
    {
        var z = file.RequireMeanSpend("fit --model gammagamma");
        var x = new List<double>(file.Count);
        var spend = new List<double>(file.Count);
        var free = 0;
        for (var i = 0; i < file.Count; i++)
        {
            if (file.Frequency[i] > 0 && z[i] == 0)
            {
                free++;
                continue;
            }

            x.Add(file.Frequency[i]);
            spend.Add(z[i]);
        }

        var (json, report) = Write("Gamma-Gamma", GammaGammaModel.Fit([.. x], [.. spend]));
        return (json, () =>
        {
            if (free > 0)
            {
                Console.Error.WriteLine($"left out {free:N0} repeat buyer(s) whose mean spend is 0 (the Gamma-Gamma density needs z̄ > 0)");
            }

            report();
        });
    }

    private static (string Json, Action Report) Write<T>(string name, ModelFit<T> fit)
        where T : struct, IModelParameters
    {
        if (!fit.IsConverged)
        {
            throw new FitFailedException($"the {name} fit did not converge ({fit.Status}): {fit.Message}");
        }

        return (PrivateTrafficJson.Serialize(fit), () => Terminal.Fit(name, fit));
    }

    internal static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
