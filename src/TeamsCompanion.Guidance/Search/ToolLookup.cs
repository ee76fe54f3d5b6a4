using TeamsCompanion.Guidance.Packs;

namespace TeamsCompanion.Guidance.Search;

/// <summary>
/// Finds the AI tools a question names ("mag ik ChatGPT gebruiken?"), by their aliases. The
/// longest alias wins where aliases overlap, so "github copilot" is not read as "copilot".
/// </summary>
public sealed class ToolLookup
{
    private readonly List<(AiTool Tool, string[] Words, string Compact)> aliases;

    public ToolLookup(IReadOnlyList<AiTool> tools)
    {
        ArgumentNullException.ThrowIfNull(tools);
        aliases = tools
            .SelectMany(tool => tool.Aliases.Select(alias => (Tool: tool, Words: DutchText.Words(alias).ToArray())))
            .Where(a => a.Words.Length > 0)
            .Select(a => (a.Tool, a.Words, Compact: string.Concat(a.Words)))
            .OrderByDescending(a => a.Words.Length)
            .ThenByDescending(a => a.Compact.Length)
            .ToList();
    }

    public IReadOnlyList<AiTool> Find(string? question)
    {
        var words = DutchText.Words(question);
        var taken = new bool[words.Count];
        var found = new List<(int Position, AiTool Tool)>();
        foreach (var (tool, aliasWords, compact) in aliases)
        {
            for (var start = 0; start < words.Count; start++)
            {
                var span = MatchLength(words, start, aliasWords, compact);
                if (span == 0 || Enumerable.Range(start, span).Any(i => taken[i]))
                {
                    continue;
                }

                for (var i = start; i < start + span; i++)
                {
                    taken[i] = true;
                }

                found.Add((start, tool));
            }
        }

        return found.OrderBy(f => f.Position).Select(f => f.Tool).Distinct().ToList();
    }

    // An alias matches word for word, or written without its spaces ("chat gpt" ~ "chatgpt").
    private static int MatchLength(List<string> words, int start, string[] aliasWords, string compact)
    {
        if (start + aliasWords.Length <= words.Count
            && aliasWords.Select((w, i) => w == words[start + i]).All(same => same))
        {
            return aliasWords.Length;
        }

        var joined = string.Empty;
        for (var span = 1; span <= 3 && start + span <= words.Count; span++)
        {
            joined += words[start + span - 1];
            if (joined == compact)
            {
                return span;
            }
        }

        return 0;
    }
}
