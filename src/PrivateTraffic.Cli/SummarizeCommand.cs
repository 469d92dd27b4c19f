using System;
using System.CommandLine;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Cli;

/// <summary>
/// <c>summarize</c>: a transaction log in (CSV, CDNOW text or Parquet), one row per customer out
/// (<c>ID,frequency,recency,T,monetary_value</c>), as CSV or, when the output ends in <c>.parquet</c>, as Parquet.
/// </summary>
internal static class SummarizeCommand
{
    public static Command Create()
    {
        var transactions = Options.File("--transactions", "The transaction log: a CSV with a header (see --id, --date, --amount), CDNOW text (--format cdnow) or Parquet (--format parquet, or a name ending in .parquet).");
        var format = new Option<string>("--format") { Description = "csv (default; parquet when the file ends in .parquet), cdnow (either native CDNOW layout: the 5-column sample or the 4-column master file with its header) or parquet.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "cdnow", "parquet");
        var end = Options.Date("--calibration-end", "The last day whose purchases count");
        var unit = Options.Unit("The time unit of recency and T");
        var (id, date, amount, dateFormat) = ColumnOptions();
        var currency = Options.Currency();
        var output = Options.Output("the summary: CSV, or Parquet when the name ends in .parquet");
        var command = new Command("summarize", "Summarize a transaction log per customer: x (repeat purchase days), recency t_x, age T and mean repeat spend z̄.")
        {
            transactions, format, end, unit, id, date, amount, dateFormat, currency, output,
        };
        command.SetAction(r =>
        {
            var path = r.GetRequiredValue(transactions);
            var log = ReadLog(r, transactions, format, id, date, amount, dateFormat, currency);
            Timings.Mark("read");
            Progress.Step("summarizing");

            var calibrationEnd = r.GetValue(end);
            var timeUnit = r.GetValue(unit);
            var summaries = CustomerSummaries.Summarize(log, calibrationEnd, timeUnit);
            if (summaries.Count == 0)
            {
                throw new InputException($"{path}: no purchase on or before {calibrationEnd:yyyy'-'MM'-'dd}.");
            }

            Timings.Mark("summarize");
            Progress.Step("writing");
            var target = r.GetValue(output);
            OutputFile.WriteStream(target, w =>
            {
                if (ParquetFiles.IsParquet(target))
                {
                    ParquetFiles.WriteSummary(summaries, w);
                }
                else
                {
                    SummaryFile.Write(summaries, w);
                }
            });
            Timings.Mark("write");
            Console.Error.WriteLine($"{log.Count:N0} purchases of {log.Customers.Count:N0} customers → {summaries.Count:N0} summaries in {timeUnit} up to {calibrationEnd:yyyy'-'MM'-'dd}{(target is null ? string.Empty : " → " + target)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The options that name a generic CSV's columns and its dates.</summary>
    internal static (Option<string> Id, Option<string> Date, Option<string> Amount, Option<string> DateFormat) ColumnOptions() => (
        new Option<string>("--id") { Description = "The customer id column (default ID).", DefaultValueFactory = _ => "ID" },
        new Option<string>("--date") { Description = "The date column (default date).", DefaultValueFactory = _ => "date" },
        new Option<string>("--amount") { Description = "The amount column (default amount).", DefaultValueFactory = _ => "amount" },
        new Option<string>("--date-format") { Description = "The dates' pattern (NodaTime, default yyyy-MM-dd; yyyyMMdd, dd/MM/yyyy, … also work).", DefaultValueFactory = _ => "yyyy-MM-dd" });

    /// <summary>Reads the log the options describe; an empty log is bad input.</summary>
    internal static PurchaseLog ReadLog(
        ParseResult r, Option<string> transactions, Option<string> format, Option<string> id, Option<string> date, Option<string> amount, Option<string> dateFormat, Option<Currency?> currency)
    {
        var path = r.GetRequiredValue(transactions);
        Progress.Step($"reading {System.IO.Path.GetFileName(path)}");
        var kind = r.GetValue(format) is "csv" && ParquetFiles.IsParquet(path) ? "parquet" : r.GetValue(format);
        var money = r.GetValue(currency) ?? (kind == "cdnow" ? Currency.FromCode("USD") : Currency.FromCode("CNY"));
        var columns = new TransactionColumns(r.GetValue(id)!, r.GetValue(date)!, r.GetValue(amount)!, r.GetValue(dateFormat)!);
        var log = kind switch
        {
            "cdnow" => TransactionFile.ReadCdnow(path, money),
            "parquet" => ParquetFiles.ReadTransactions(path, columns, money),
            _ => TransactionFile.ReadCsv(path, columns, money),
        };
        return log.Count > 0 ? log : throw new InputException($"{path}: no purchases.");
    }
}
