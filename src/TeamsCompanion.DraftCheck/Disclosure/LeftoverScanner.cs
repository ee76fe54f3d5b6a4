using System.Runtime.CompilerServices;
using TeamsCompanion.DraftCheck.Detection;
using TeamsCompanion.DraftCheck.Normalization;

namespace TeamsCompanion.DraftCheck.Disclosure;

/// <summary>
/// Finds traces of unedited AI output: chatbot phrases addressed to the user, knowledge-cutoff
/// disclaimers and template placeholders. These are evidence of carelessness, not of AI
/// authorship, which is why the check never guesses from writing style.
/// </summary>
internal static class LeftoverScanner
{
    private const int MaxPlaceholderLength = 48;

    /// <summary>Chatbot phrases, matched at word starts through <see cref="WordLists"/>.</summary>
    public static readonly string[] Phrases =
    [
        "als ai-taalmodel", "als ai taalmodel", "als een ai-taalmodel", "als taalmodel", "als een taalmodel",
        "als ai-assistent", "als een ai-assistent", "als kunstmatige intelligentie kan ik", "ik ben een ai",
        "zeker! hier is", "zeker, hier is", "zeker! hieronder", "natuurlijk! hier is", "natuurlijk, hier is",
        "uiteraard! hier is", "hier is een herschreven", "hier is een aangepaste versie", "hier is een verbeterde versie",
        "hier is een conceptversie", "hier is uw herschreven", "ik hoop dat dit helpt", "hopelijk helpt dit",
        "mijn kennis loopt tot", "tot mijn laatste kennisupdate", "genereer opnieuw",
        "as an ai language model", "as an ai model", "as a language model", "as an ai assistant", "i'm an ai",
        "i am an ai", "as of my last knowledge update", "as of my knowledge cutoff", "my knowledge cutoff",
        "certainly! here", "certainly, here", "sure! here", "sure, here is", "of course! here", "here is a revised",
        "here's a revised", "here is a draft", "here's a draft", "here is the rewritten", "i hope this helps",
        "would you like me to", "regenerate response",
    ];

    private static readonly string[] PlaceholderWords =
    [
        "naam", "name", "datum", "date", "adres", "address", "ontvanger", "recipient", "invullen", "vul ",
        "insert", "your ", "uw ", "jouw", "organisatie", "organisation", "organization", "company", "bedrijf",
        "functie", "titel", "plaats", "telefoonnummer", "phone", "e-mail", "handtekening", "signature",
        "bedrag", "nummer", "number", "placeholder", "afdeling", "department", "link", "url", "bron", "source",
    ];

    /// <summary>
    /// The leftovers in the text, by start. <paramref name="matches"/> is null when none of them
    /// holds a chatbot phrase. Most texts have no leftover at all: they share one empty list.
    /// </summary>
    // One long loop per check: run optimised code from the first call (see README).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IReadOnlyList<Leftover> Scan(NormalizedText normalized, string original, WordMatches? matches, ReadOnlySpan<int> openers)
    {
        List<Leftover>? leftovers = null;
        var skipUntil = 0;
        var matchCount = matches?.Count ?? 0;
        for (var k = 0; k < matchCount; k++)
        {
            var i = matches![k].Start;
            if (i < skipUntil)
            {
                continue;
            }

            var end = matches[k].End(WordList.Leftover, out _);
            if (end > i)
            {
                (leftovers ??= []).Add(ToLeftover(normalized, original, i, end));
                skipUntil = end;
            }
        }

        ScanPlaceholders(normalized, original, openers, ref leftovers);
        if (leftovers is null)
        {
            return [];
        }

        leftovers.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return leftovers;
    }

    /// <summary>"[Naam ontvanger]", "&lt;vul hier in&gt;", "{{datum}}", "2025-XX-XX", from the <see cref="Anchors.Openers"/>.</summary>
    private static void ScanPlaceholders(NormalizedText normalized, string original, ReadOnlySpan<int> openers, ref List<Leftover>? leftovers)
    {
        var text = normalized.Span;
        var searchFrom = 0;
        foreach (var i in openers)
        {
            // Openers inside a placeholder found before are part of it.
            if (i < searchFrom)
            {
                continue;
            }

            searchFrom = i + 1;
            var close = text[i] switch
            {
                '[' => ']',
                '<' => '>',
                '{' => '}',
                _ => '\0',
            };

            if (close != '\0')
            {
                var limit = Math.Min(text.Length, i + MaxPlaceholderLength);
                var end = text[(i + 1)..limit].IndexOfAny(close, '\n');
                if (end > 0 && text[i + 1 + end] == close && IsPlaceholder(text.Slice(i + 1, end)))
                {
                    var stop = i + 2 + end;
                    while (stop < text.Length && text[stop] == close)
                    {
                        stop++;
                    }

                    (leftovers ??= []).Add(ToLeftover(normalized, original, i, stop));
                    searchFrom = stop;
                }
            }
            else if (text[i] == 'X' && text[i..].StartsWith("XX-XX") && TextScanBoundary(text, i))
            {
                var stop = i;
                while (stop < text.Length && (text[stop] is 'X' or '-' || char.IsAsciiDigit(text[stop])))
                {
                    stop++;
                }

                (leftovers ??= []).Add(ToLeftover(normalized, original, i, stop));
                searchFrom = stop;
            }
        }
    }

    private static bool TextScanBoundary(ReadOnlySpan<char> text, int i) => i == 0 || !char.IsLetter(text[i - 1]);

    private static bool IsPlaceholder(ReadOnlySpan<char> inside)
    {
        var trimmed = inside.Trim("{ ");
        if (trimmed.IsEmpty)
        {
            return false;
        }

        foreach (var word in PlaceholderWords)
        {
            if (trimmed.Contains(word.AsSpan().TrimEnd(' '), StringComparison.OrdinalIgnoreCase)
                && (word[^1] != ' ' || trimmed.Contains(word, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static Leftover ToLeftover(NormalizedText normalized, string original, int start, int end)
    {
        var (originalStart, length) = normalized.ToOriginal(start, end);
        return new Leftover(original.Substring(originalStart, length), originalStart, length);
    }
}
