using System.Globalization;
using NodaTime;
using NodaTime.Text;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace CustomerValue;

/// <summary><c>summarize</c>: a transaction log in, one row per customer out (<c>ID,frequency,recency,T,monetary_value</c>).</summary>
internal static class SummarizeCommand
{
    public static int Run(CommandLine options)
    {
        var path = options.Required("transactions");
        var endText = options.Required("calibration-end");
        var end = LocalDatePattern.Iso.Parse(endText).GetValueOrThrow();
        var unit = TimeUnit.Parse(options.Required("unit"));
        var format = options.Optional("format") ?? "csv";
        var cdnow = format switch
        {
            "csv" => false,
            "cdnow" => true,
            _ => throw new ArgumentException($"Unknown format '{format}'; use csv or cdnow."),
        };
        var currency = Currency.FromCode(options.Optional("currency") ?? (cdnow ? "USD" : "CNY"));

        var log = Read(path, cdnow, currency);
        var summaries = CustomerSummaries.Summarize(log, end, unit);
        var output = options.Optional("output");
        if (output is null)
        {
            Write(summaries, Console.Out);
        }
        else
        {
            using (var writer = new StreamWriter(output))
            {
                Write(summaries, writer);
            }

            Console.WriteLine($"{log.Count:N0} purchases of {log.Customers.Count:N0} customers → {summaries.Count:N0} summaries in {unit} at {end:yyyy'-'MM'-'dd} → {output}");
        }

        return 0;
    }

    public static PurchaseLog Read(string path, bool cdnow, Currency currency)
    {
        using var reader = new StreamReader(path);
        return cdnow ? CdnowText.Read(reader, currency) : PurchaseText.ReadCsv(reader, currency);
    }

    public static void Write(CustomerSummaries summaries, TextWriter writer)
    {
        writer.WriteLine("ID,frequency,recency,T,monetary_value");
        var inv = CultureInfo.InvariantCulture;
        for (var i = 0; i < summaries.Count; i++)
        {
            writer.WriteLine(string.Join(',',
                summaries.Customers[i].Value,
                summaries.Frequency[i].ToString("R", inv),
                summaries.TimeOfLastPurchase[i].ToString("R", inv),
                summaries.Age[i].ToString("R", inv),
                summaries.MonetaryValue[i].ToString("R", inv)));
        }
    }
}
