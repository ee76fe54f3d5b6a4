namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>The embedded word lists (see Data/NOTE.md), loaded once per process.</summary>
internal static class Lexicon
{
    internal static IEnumerable<string> ReadLines(string resource)
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream("TeamsCompanion.DraftCheck.Data." + resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing; check the .csproj.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
