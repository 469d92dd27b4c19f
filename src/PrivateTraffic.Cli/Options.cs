using System;
using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Cli;

/// <summary>Options several commands share, and parsers that turn a bad value into a parse error (exit 2).</summary>
internal static class Options
{
    public static Option<string?> Output(string what) => new("--output", "-o") { Description = $"Write {what} to this file (complete or not at all); standard output when absent." };

    public static Option<TimeUnit> Unit(string description) => new("--unit")
    {
        Description = description + " (days, weeks or months; default weeks).",
        DefaultValueFactory = _ => TimeUnit.Weeks,
        CustomParser = r => TimeUnit.TryParse(r.Tokens[0].Value, out var unit) ? unit : Fail<TimeUnit>(r, $"'{r.Tokens[0].Value}' is not a time unit: use days, weeks or months."),
    };

    public static Option<Currency?> Currency() => new("--currency")
    {
        Description = "ISO code of the amounts' currency (default CNY; USD for --format cdnow).",
        CustomParser = r => Core.Primitives.Currency.TryFromCode(r.Tokens[0].Value, out var c) ? c : Fail<Currency?>(r, $"'{r.Tokens[0].Value}' is not an ISO currency code such as CNY or USD."),
    };

    public static Option<LocalDate> Date(string name, string description) => new(name)
    {
        Description = description + " (yyyy-MM-dd).",
        Required = true,
        CustomParser = r => LocalDatePattern.Iso.Parse(r.Tokens[0].Value) is { Success: true } p ? p.Value : Fail<LocalDate>(r, $"{name}: '{r.Tokens[0].Value}' is not a date yyyy-MM-dd."),
    };

    public static Option<double> NonNegative(string name, string description, double? defaultValue = null) =>
        Number(name, description, defaultValue, (string text, out double v) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out v) && double.IsFinite(v) && v >= 0, "a number ≥ 0 such as 0.01");

    public static Option<int> Positive(string name, string description, int? defaultValue = null) =>
        Number(name, description, defaultValue, (string text, out int v) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out v) && v > 0, "a whole number ≥ 1");

    /// <summary>A numeric option: required unless it has a default; a value the parser refuses is a parse error (exit 2).</summary>
    private static Option<T> Number<T>(string name, string description, T? defaultValue, TryParse<T> parse, string expected)
        where T : struct
    {
        var option = new Option<T>(name)
        {
            Description = description,
            CustomParser = r => parse(r.Tokens[0].Value, out var v) ? v : Fail<T>(r, $"{name} must be {expected}; found '{r.Tokens[0].Value}'."),
        };
        if (defaultValue is { } d)
        {
            option.DefaultValueFactory = _ => d;
        }
        else
        {
            option.Required = true;
        }

        return option;
    }

    public static Option<string> File(string name, string description) => new(name) { Description = description, Required = true };

    private delegate bool TryParse<T>(string text, out T value);

    private static T Fail<T>(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return default!;
    }
}
