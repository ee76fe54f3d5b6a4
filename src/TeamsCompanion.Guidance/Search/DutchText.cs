using System.Globalization;
using System.Text;

namespace TeamsCompanion.Guidance.Search;

/// <summary>
/// Turns Dutch (and English) text into search terms: lower case, no diacritics, stop words
/// dropped, and a light stemmer so that "regels", "regel" and "regeltje" meet.
/// </summary>
public static class DutchText
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        // Dutch
        "de", "het", "een", "en", "of", "in", "op", "aan", "met", "voor", "van", "te", "is", "ik", "je", "jij", "u", "we", "wij",
        "mag", "mogen", "kan", "kun", "kunnen", "moet", "moeten", "wat", "hoe", "wie", "waar", "wanneer", "welke", "dat", "die",
        "dit", "deze", "er", "als", "bij", "om", "naar", "over", "ook", "niet", "geen", "wel", "zijn", "was", "wordt", "worden",
        "heb", "hebben", "heeft", "mijn", "mij", "me", "ons", "onze", "het", "dan", "nog", "al", "maar", "zo", "zou", "uit",
        "gebruiken", "gebruik", "iets", "graag",
        // English
        "the", "a", "an", "and", "or", "to", "of", "for", "on", "with", "is", "are", "be", "can", "may", "should", "i", "you",
        "my", "what", "how", "who", "when", "which", "it", "this", "that", "do", "does", "use", "using", "about", "in", "at",
    };

    /// <summary>The search terms of <paramref name="text"/>, in order (stop words left out).</summary>
    public static List<string> Terms(string? text)
    {
        var terms = new List<string>();
        foreach (var word in Words(text))
        {
            if (!StopWords.Contains(word))
            {
                terms.Add(Stem(word));
            }
        }

        return terms;
    }

    /// <summary>Lower-case words without diacritics, stop words included: for matching phrases such as tool names.</summary>
    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var isWordChar = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }

        return words;
    }

    /// <summary>Lower case and without diacritics: "Privé" → "prive", "geëist" → "geeist".</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A light stemmer for Dutch with the common English endings: plural and diminutive endings,
    /// -heden/-heid, -ingen/-ing, doubled end consonants. Deliberately conservative: a stem keeps
    /// at least three letters, so short words are left alone.
    /// </summary>
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !word.All(char.IsLetter))
        {
            return word;
        }

        var stem = word;
        // "ens"/"en" and "ingen"/"ing" strip alike, so "gegevens" and "gegeven" meet, as do "opleidingen" and "opleiding".
        stem = StripFirst(stem, ("heden", "heid"), ("ingen", ""), ("etjes", ""), ("tjes", ""), ("jes", ""), ("tje", ""), ("je", ""),
            ("ies", "y"), ("ing", ""), ("ens", ""), ("en", ""), ("es", ""), ("ed", ""), ("s", ""), ("e", ""));
        stem = UndoubleEnd(stem);
        return stem.Length >= 3 ? stem : word;
    }

    private static string StripFirst(string word, params (string Suffix, string Replacement)[] rules)
    {
        foreach (var (suffix, replacement) in rules)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length + replacement.Length >= 3)
            {
                return word[..^suffix.Length] + replacement;
            }
        }

        return word;
    }

    // "regels" → "regel", "kennissen" → "kenniss" → "kennis"; "bias" keeps its single s.
    private static string UndoubleEnd(string stem) =>
        stem.Length > 3 && stem[^1] == stem[^2] && !"aeiou".Contains(stem[^1], StringComparison.Ordinal)
            ? stem[..^1]
            : stem;
}
