namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>What the words around a capitalised sequence say about it being a person's name.</summary>
internal static class NameContext
{
    // Sentence-initial words that are also given names; alone they are not read as a name.
    private static readonly string[] AmbiguousFirstNames = ["Ben", "Wil", "Will", "Mark", "Max", "Job", "Roos", "Noor", "Bas", "Iris", "Can", "Said", "Jan", "Cor", "Sri", "Ali"];

    // Dutch nouns and adjectives in names of things ("Landelijke Voorziening", "Digitale
    // Overheid") end in suffixes that surnames almost never have.
    private static readonly string[] CommonNounSuffixes = ["ing", "heid", "aal", "ale", "lijk", "lijke", "isch", "ische", "teit", "schap", "ment", "atie"];

    private static readonly string[] Articles = ["de", "het", "een", "the", "De", "Het", "Een", "The"];

    public static bool HasCommonNounWord(ReadOnlySpan<char> name)
    {
        foreach (var range in name.Split(' '))
        {
            // Judge the last part of a double name only: "Mei-Ling" is not a noun in -ing.
            var word = name[range];
            word = word[(word.LastIndexOf('-') + 1)..];
            foreach (var suffix in CommonNounSuffixes)
            {
                if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static bool FollowsArticle(ReadOnlySpan<char> text, int i)
    {
        // Every article ends in 'e', 't' or 'n': that one test rejects most words before it.
        if (i < 2 || text[i - 1] != ' ' || text[i - 2] is not ('e' or 't' or 'n'))
        {
            return false;
        }

        var before = text[..(i - 1)];
        foreach (var article in Articles)
        {
            if (before.EndsWith(article, StringComparison.Ordinal)
                && (before.Length == article.Length || !char.IsLetter(before[^(article.Length + 1)])))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsSentenceStart(ReadOnlySpan<char> text, int i)
    {
        var j = i - 1;
        while (j >= 0 && text[j] is ' ' or '"' or '(' or '\'')
        {
            j--;
        }

        return j < 0 || text[j] is '.' or '!' or '?' or ':' or '\n' or '-' or '*';
    }

    public static bool EndsLine(ReadOnlySpan<char> text, int end)
    {
        var j = end;
        while (j < text.Length && text[j] is ' ' or ',')
        {
            j++;
        }

        return j >= text.Length || text[j] == '\n';
    }

    public static bool IsAmbiguous(ReadOnlySpan<char> word)
    {
        foreach (var name in AmbiguousFirstNames)
        {
            if (word.SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }
}
