namespace TeamsCompanion.Cli;

/// <summary>A command line split into positional arguments and <c>--name value</c> options.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);

    private Arguments(List<string> positional) => Positional = positional;

    public List<string> Positional { get; }

    /// <param name="valueOptions">Options that take a value (the rest are flags).</param>
    public static Arguments Parse(IEnumerable<string> args, params string[] valueOptions)
    {
        var result = new Arguments([]);
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var (name, inline) = arg.IndexOf('=', StringComparison.Ordinal) is var eq and > 0 ? (arg[2..eq], arg[(eq + 1)..]) : (arg[2..], null);
                if (valueOptions.Contains(name, StringComparer.Ordinal))
                {
                    var value = inline ?? (e.MoveNext() ? e.Current : throw new UsageException($"--{name} needs a value"));
                    result.options[name] = value;
                }
                else if (inline is null)
                {
                    result.flags.Add(name);
                }
                else
                {
                    throw new UsageException($"--{name} takes no value");
                }
            }
            else
            {
                result.Positional.Add(arg);
            }
        }

        return result;
    }

    public string? Option(string name) => options.GetValueOrDefault(name);

    public bool Flag(string name) => flags.Contains(name);

    /// <summary>Refuses flags the command does not know, so a typo is not silently ignored.</summary>
    public void AllowFlags(params string[] known)
    {
        if (flags.FirstOrDefault(f => !known.Contains(f, StringComparer.Ordinal)) is { } unknown)
        {
            throw new UsageException($"unknown option --{unknown}");
        }
    }

    public T Choice<T>(string name, T fallback, params (string Word, T Value)[] choices)
    {
        if (Option(name) is not { } word)
        {
            return fallback;
        }

        foreach (var (candidate, value) in choices)
        {
            if (string.Equals(candidate, word, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw new UsageException($"--{name} must be one of: {string.Join(", ", choices.Select(c => c.Word))} (got '{word}')");
    }

    public long Number(string name, long fallback) =>
        Option(name) is not { } text ? fallback
        : long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n
        : throw new UsageException($"--{name} must be a positive whole number (got '{text}')");
}

/// <summary>The command line is wrong; the message says how.</summary>
internal sealed class UsageException(string message) : Exception(message);
