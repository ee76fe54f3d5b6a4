using System.Numerics;
using System.Runtime.CompilerServices;
using TeamsCompanion.DraftCheck.Detection;

namespace TeamsCompanion.DraftCheck.Disclosure;

/// <summary>
/// Decides whether a text carries an AI-disclosure statement. A sentence counts only when it
/// names AI, says the text was produced with it, and points at this text (or is a short
/// label such as "Gemaakt met AI"). Sentences that merely talk about AI, or deny its use,
/// do not count.
/// </summary>
internal static class DisclosureDetector
{
    private const int MaxSentenceLength = 400;
    private const int ShortLabelWords = 12;

    /// <summary>Words that name AI, matched at word starts through <see cref="WordLists"/>.</summary>
    public static readonly string[] AiTerms =
    [
        "ai", "a.i.", "ki", "genai", "kunstmatige intelligentie", "artificial intelligence", "chatgpt",
        "copilot", "gpt", "taalmodel", "language model", "chatbot", "llm", "gemini", "claude", "mistral",
    ];

    private static readonly string[] SelfReferences =
    [
        "deze tekst", "dit bericht", "deze brief", "dit document", "deze e-mail", "deze mail", "dit antwoord",
        "deze samenvatting", "deze publicatie", "dit artikel", "deze informatie", "deze vertaling", "deze inhoud",
        "dit stuk", "deze nieuwsbrief", "deze notitie", "this text", "this message", "this letter", "this document",
        "this email", "this e-mail", "this answer", "this summary", "this content", "this article", "this reply",
    ];

    private static readonly string[] Productions =
    [
        "opgesteld", "geschreven", "gemaakt", "gegenereerd", "vertaald", "samengesteld", "samengevat",
        "tot stand gekomen", "gebruikgemaakt", "gebruik gemaakt", "ondersteund", "geholpen", "bewerkt",
        "gecreëerd", "geproduceerd", "aangemaakt", "written", "generated", "created", "drafted", "produced",
        "prepared", "assisted", "translated", "composed", "edited", "summarised", "summarized",
    ];

    // Only with a pointer to this text or a first-person author: "heb ik AI gebruikt".
    private static readonly string[] WeakProductions = ["gebruikt", "ingezet", "used", "help van", "hulp van", "behulp van"];

    private static readonly string[] FirstPerson = ["ik heb", "heb ik", "wij hebben", "we hebben", "hebben we", "hebben wij", "i used", "we used", "i have used", "we have used", "i've used", "we've used"];

    private static readonly string[] Prepositions = ["met", "door", "with", "by", "using", "behulp van", "hulp van", "ondersteuning van", "help of", "assistance of", "support of"];

    private static readonly string[] Articles = ["een ", "a ", "an ", "the ", "de ", "het "];

    private static readonly string[] Negations = ["niet", "geen", "nooit", "zonder", "not", "no", "never", "without"];

    private static readonly string[] Modals = ["moeten", "moet ", "mogen", "kunnen", "zullen", "should", "must", "can ", "could", "will ", "may "];

    // Bits of PhraseGroups.Find, in the order of the groups below.
    private const uint Negation = 1, SelfReference = 2, FirstPersonUse = 4, Strong = 8, Weak = 16, Modal = 32;

    private static readonly PhraseGroups SentencePhrases = new([Negations, SelfReferences, FirstPerson, Productions, WeakProductions, Modals], wholeWordGroups: Negation);

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create("!?\n.");

    private static readonly PhraseGroups Pointers = new([SelfReferences, FirstPerson], wholeWordGroups: 0);

    // One long loop per check: run optimised code from the first call (see README).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsPresent(ReadOnlySpan<char> text, WordMatches matches)
    {
        var lastSentenceEnd = -1;
        for (var k = 0; k < matches.Count; k++)
        {
            var i = matches[k].Start;
            if (i <= lastSentenceEnd)
            {
                continue;
            }

            var termEnd = matches[k].End(WordList.AiTerm, out _);
            if (termEnd < 0)
            {
                continue;
            }

            var length = termEnd - i;
            var (start, end) = SentenceAround(text, i, i + length);
            if (IsDisclosure(text[start..end], i - start, length))
            {
                return true;
            }

            lastSentenceEnd = end;
        }

        return false;
    }

    private static bool IsDisclosure(ReadOnlySpan<char> sentence, int aiOffset, int aiLength)
    {
        // A long sentence counts only with a pointer to this text or a first-person author;
        // most sentences about AI are long and have neither, and those few phrases are
        // found much faster than all of them.
        var isShort = IsShortLabel(sentence);
        if (!isShort && Pointers.Find(sentence) == 0)
        {
            return false;
        }

        var found = SentencePhrases.Find(sentence);
        if ((found & Negation) != 0)
        {
            return false;
        }

        var strong = (found & Strong) != 0;
        var weak = (found & Weak) != 0;
        if ((found & (SelfReference | FirstPersonUse)) != 0)
        {
            return strong || weak;
        }

        // Without a pointer to this text only a short label counts, such as "Gemaakt met AI"
        // or "AI-gegenereerd"; longer sentences are usually about AI in general.
        var isCompound = aiOffset + aiLength < sentence.Length && sentence[aiOffset + aiLength] == '-';
        return strong && isShort && (found & Modal) == 0
            && (isCompound || PrepositionBefore(sentence, aiOffset));
    }

    private static bool PrepositionBefore(ReadOnlySpan<char> sentence, int aiOffset)
    {
        var before = sentence[..aiOffset].TrimEnd(' ');
        foreach (var article in Articles)
        {
            var bare = article.AsSpan().TrimEnd(' ');
            if (before.EndsWith(bare, StringComparison.OrdinalIgnoreCase) && before.Length > bare.Length && before[^(bare.Length + 1)] == ' ')
            {
                before = before[..^bare.Length].TrimEnd(' ');
                break;
            }
        }

        foreach (var preposition in Prepositions)
        {
            if (before.EndsWith(preposition, StringComparison.OrdinalIgnoreCase)
                && (before.Length == preposition.Length || !char.IsLetter(before[^(preposition.Length + 1)])))
            {
                return true;
            }
        }

        return false;
    }

    // Vectorised searches for the characters that can end a sentence; only a full stop needs
    // a second look. The sentence reaches at most MaxSentenceLength characters either way.
    private static (int Start, int End) SentenceAround(ReadOnlySpan<char> text, int start, int end)
    {
        var from = Math.Max(0, start - MaxSentenceLength);
        var s = from;
        for (var j = start; (j = text[from..j].LastIndexOfAny(SentenceEnds)) >= 0;)
        {
            j += from;
            if (IsSentenceEnd(text, j))
            {
                s = j + 1;
                break;
            }
        }

        var to = Math.Min(text.Length, end + MaxSentenceLength);
        var e = to;
        for (var j = end; j < to;)
        {
            var found = text[j..to].IndexOfAny(SentenceEnds);
            if (found < 0)
            {
                break;
            }

            j += found;
            if (IsSentenceEnd(text, j))
            {
                e = j;
                break;
            }

            j++;
        }

        return (s, e);
    }

    // A full stop ends a sentence only before a space or line end, so "a.i." and "t.a.v." stay whole.
    private static bool IsSentenceEnd(ReadOnlySpan<char> text, int i) =>
        text[i] is '!' or '?' or '\n' || (text[i] == '.' && (i + 1 >= text.Length || text[i + 1] is ' ' or '\n'));

    // Counting stops past the limit: only "short or not" matters. ASCII blocks of 16 characters
    // are counted with vector masks; this runs on every sentence that names AI.
    private static bool IsShortLabel(ReadOnlySpan<char> sentence)
    {
        var count = 0;
        var inWord = false;
        var i = 0;
        if (CharBlocks.IsAccelerated)
        {
            for (; i + CharBlocks.Size <= sentence.Length && count <= ShortLabelWords; i += CharBlocks.Size)
            {
                var block = CharBlocks.Load(sentence, i);
                if (!CharBlocks.IsAscii(block))
                {
                    for (var k = i; k < i + CharBlocks.Size; k++)
                    {
                        count += CountsWord(sentence[k], ref inWord);
                    }

                    continue;
                }

                var wordChars = ~CharBlocks.AsciiWhiteSpace(block) & 0xFFFF;
                count += BitOperations.PopCount(wordChars & ~((wordChars << 1) | (inWord ? 1u : 0u)));
                inWord = (wordChars >> (CharBlocks.Size - 1)) != 0;
            }
        }

        for (; i < sentence.Length && count <= ShortLabelWords; i++)
        {
            count += CountsWord(sentence[i], ref inWord);
        }

        return count <= ShortLabelWords;
    }

    /// <summary>1 when <paramref name="c"/> starts a word (a run of non-white-space), else 0.</summary>
    private static int CountsWord(char c, ref bool inWord)
    {
        var isWordChar = !char.IsWhiteSpace(c);
        var starts = isWordChar && !inWord ? 1 : 0;
        inWord = isWordChar;
        return starts;
    }
}
