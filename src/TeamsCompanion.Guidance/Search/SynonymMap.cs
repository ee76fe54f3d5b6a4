namespace TeamsCompanion.Guidance.Search;

/// <summary>
/// Word groups the search treats as one: a term in a group also yields the group's token, so
/// "AVG" finds an item about "persoonsgegevens". Multi-word entries ("personal data") match as phrases.
/// </summary>
internal sealed class SynonymMap
{
    private readonly Dictionary<string, string> singleTerms = new(StringComparer.Ordinal);
    private readonly List<(string[] Terms, string Token)> phrases = [];

    public SynonymMap(IEnumerable<IReadOnlyList<string>> groups)
    {
        var index = 0;
        foreach (var group in groups)
        {
            var token = $"~syn{index++}";
            foreach (var entry in group)
            {
                var terms = DutchText.Terms(entry).ToArray();
                if (terms.Length == 1)
                {
                    singleTerms.TryAdd(terms[0], token);
                }
                else if (terms.Length > 1)
                {
                    phrases.Add((terms, token));
                }
            }
        }
    }

    /// <summary>The terms with the token of each synonym group they touch added.</summary>
    public List<string> Expand(List<string> terms)
    {
        var expanded = new List<string>(terms);
        foreach (var term in terms)
        {
            if (singleTerms.TryGetValue(term, out var token))
            {
                expanded.Add(token);
            }
        }

        expanded.AddRange(MatchedPhrases(terms).Select(p => p.Token));
        return expanded;
    }

    /// <summary>The multi-word entries ("personal data") that occur in <paramref name="terms"/>, with their group token.</summary>
    public IEnumerable<(string[] Terms, string Token)> MatchedPhrases(List<string> terms) =>
        phrases.Where(p => ContainsSequence(terms, p.Terms));

    /// <summary>The synonym token of a single term, if it belongs to a group.</summary>
    public string? TokenOf(string term) => singleTerms.GetValueOrDefault(term);

    private static bool ContainsSequence(List<string> terms, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= terms.Count; i++)
        {
            var match = true;
            for (var j = 0; j < phrase.Length && match; j++)
            {
                match = terms[i + j] == phrase[j];
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }
}
