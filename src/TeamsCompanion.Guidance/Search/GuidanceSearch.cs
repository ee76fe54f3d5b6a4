using TeamsCompanion.Guidance.Packs;

namespace TeamsCompanion.Guidance.Search;

public sealed record SearchHit(GuidanceItem Item, double Score, double Coverage);

/// <param name="Hits">The best items, best first.</param>
/// <param name="IsWeak">Nothing matched most of the question: offer the AI contact person.</param>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, bool IsWeak);

/// <summary>
/// BM25 search over a pack's rules and tips in both languages, with synonyms. Titles and
/// keywords weigh more than body text. Built once per pack; searching allocates per query only.
/// </summary>
public sealed class GuidanceSearch
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const double ConfidentCoverage = 0.6;

    private readonly SynonymMap synonyms;
    private readonly List<(GuidanceItem Item, Dictionary<string, double> Terms, double Length)> documents = [];
    private readonly Dictionary<string, int> documentFrequency = new(StringComparer.Ordinal);
    private readonly double averageLength;

    public GuidanceSearch(PolicyPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        synonyms = new SynonymMap(pack.Synonyms);
        foreach (var item in pack.Items)
        {
            var terms = new Dictionary<string, double>(StringComparer.Ordinal);
            AddField(terms, $"{item.Title.Nl} {item.Title.En}", 3);
            AddField(terms, string.Join(' ', item.Keywords), 2);
            AddField(terms, $"{item.Text.Nl} {item.Text.En} {item.Topic}", 1);
            documents.Add((item, terms, terms.Values.Sum()));
            foreach (var term in terms.Keys)
            {
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            }
        }

        averageLength = documents.Count == 0 ? 1 : documents.Average(d => d.Length);
    }

    public SearchResult Search(string? query, int top = 3)
    {
        var allTerms = DutchText.Terms(query);
        var queryTerms = allTerms.Distinct(StringComparer.Ordinal).ToList();
        if (queryTerms.Count == 0 || documents.Count == 0)
        {
            return new SearchResult([], IsWeak: true);
        }

        // Each question word counts once, matched by itself, by its synonym group, or by a synonym
        // phrase it is part of ("data breach" matches an item about "datalek").
        var phrases = synonyms.MatchedPhrases(allTerms).ToList();
        var alternatives = queryTerms
            .Select(term => new[] { term, synonyms.TokenOf(term) }
                .Concat(phrases.Where(p => p.Terms.Contains(term, StringComparer.Ordinal)).Select(p => p.Token))
                .OfType<string>()
                .ToArray())
            .ToList();
        var expanded = synonyms.Expand(allTerms).Distinct(StringComparer.Ordinal).ToList();

        var hits = new List<SearchHit>();
        foreach (var (item, terms, length) in documents)
        {
            var score = expanded.Sum(term => Bm25(term, terms, length));
            var matched = alternatives.Count(options => options.Any(terms.ContainsKey));
            if (score > 0 && matched > 0)
            {
                hits.Add(new SearchHit(item, score, (double)matched / queryTerms.Count));
            }
        }

        var minimumCoverage = queryTerms.Count <= 2 ? 0.5 : 0.34;
        var best = hits
            .Where(h => h.Coverage >= minimumCoverage)
            .OrderByDescending(h => h.Coverage >= ConfidentCoverage)
            .ThenByDescending(h => h.Score)
            .Take(top)
            .ToList();
        return new SearchResult(best, IsWeak: best.Count == 0 || best[0].Coverage < ConfidentCoverage);
    }

    private double Bm25(string term, Dictionary<string, double> terms, double length)
    {
        if (!terms.TryGetValue(term, out var frequency))
        {
            return 0;
        }

        var n = documentFrequency[term];
        var idf = Math.Log(1 + ((documents.Count - n + 0.5) / (n + 0.5)));
        return idf * frequency * (K1 + 1) / (frequency + (K1 * (1 - B + (B * length / averageLength))));
    }

    private void AddField(Dictionary<string, double> terms, string text, double weight)
    {
        foreach (var term in synonyms.Expand(DutchText.Terms(text)))
        {
            terms[term] = terms.GetValueOrDefault(term) + weight;
        }
    }
}
