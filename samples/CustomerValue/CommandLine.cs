namespace CustomerValue;

/// <summary>Options of the form <c>--name value</c>, parsed once.</summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string> _options;

    private CommandLine(Dictionary<string, string> options) => _options = options;

    public static CommandLine Parse(ReadOnlySpan<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Expected '--option value', found '{args[i]}'.");
            }

            options[args[i][2..]] = args[i + 1];
        }

        return new CommandLine(options);
    }

    public string Required(string name) =>
        _options.TryGetValue(name, out var value) ? value : throw new ArgumentException($"The option --{name} is required.");

    public string? Optional(string name) => _options.GetValueOrDefault(name);
}
