using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// E-mail addresses, found by expanding around each '@' (the <see cref="Anchors.Markers"/>). Functional mailboxes (info@,
/// servicedesk@, …) are reported as not personal and with low confidence: they rarely
/// need redacting but a reviewer may still want to see them.
/// </summary>
internal static class EmailDetector
{
    private static readonly FrozenSet<string> FunctionalMailboxes = new[]
    {
        "info", "servicedesk", "helpdesk", "service", "contact", "noreply", "no-reply", "donotreply",
        "post", "postbus", "secretariaat", "support", "klantenservice", "communicatie", "pers",
        "persvoorlichting", "privacy", "fg", "woo", "wob", "webmaster", "admin", "balie", "klachten",
        "gemeente", "loket", "vragen", "ai-vragen", "team", "hr", "personeelszaken", "facturen",
        "crediteuren", "debiteuren", "administratie", "receptie", "griffie", "kcc", "office", "mail",
        "ict", "security", "cert", "abuse", "postmaster", "sales", "aanvragen", "vergunningen",
        "belastingen", "burgerzaken", "wmo", "jeugd", "subsidies", "inkoop", "redactie", "nieuwsbrief",
        "bezwaar", "juridischezaken", "integriteit", "meldpunt", "datalek", "cio", "ciso",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionalLookup =
        FunctionalMailboxes.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Label Functional = Label.Finding(FindingTypes.Email, "functional", "email.functional", Priority.Email, isPersonal: false);
    private static readonly Label Obfuscated = Label.Finding(FindingTypes.Email, null, "email.obfuscated", Priority.Email);
    private static readonly Label Address = Label.Finding(FindingTypes.Email, null, "email.address", Priority.Email);

    // One long loop per check: run optimised code from the first call (see README).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scan(ReadOnlySpan<char> text, ReadOnlySpan<int> markers, CandidateSet sink)
    {
        var searchFrom = 0;
        foreach (var marker in markers)
        {
            // Markers inside an address found before are part of it.
            if (marker < searchFrom)
            {
                continue;
            }

            searchFrom = marker + 1;
            if (!TryReadAt(text, marker, out var localEnd, out var domainStart, out var obfuscated))
            {
                continue;
            }

            var start = LocalStartFrom(text, localEnd);
            while (start > 0 && IsLocalChar(text[start - 1]))
            {
                start--;
            }

            while (start < localEnd && text[start] is '.' or '-' or '\'')
            {
                start++;
            }

            var end = DomainEnd(text, domainStart);
            if (start == localEnd || end < 0)
            {
                continue;
            }

            if (FunctionalLookup.Contains(text[start..localEnd]))
            {
                sink.Add(new Candidate(Functional, start, end, 0.3));
            }
            else
            {
                sink.Add(new Candidate(obfuscated ? Obfuscated : Address, start, end, obfuscated ? 0.95 : 0.99));
            }

            searchFrom = end;
        }
    }

    /// <summary>
    /// An '@' or a spelled-out one: "[at]", "(at)", "{at}", "[@]", with or without a space
    /// on either side ("j.jansen [at] utrecht.nl"), the usual way to dodge address harvesters.
    /// </summary>
    private static bool TryReadAt(ReadOnlySpan<char> text, int marker, out int localEnd, out int domainStart, out bool obfuscated)
    {
        localEnd = marker;
        domainStart = marker + 1;
        obfuscated = false;
        if (text[marker] == '@')
        {
            // A bracketed '@' is handled from its opening bracket.
            return marker == 0 || text[marker - 1] is not ('[' or '(' or '{');
        }

        var close = text[marker] switch
        {
            '[' => ']',
            '(' => ')',
            _ => '}',
        };
        var inner = text[(marker + 1)..];
        int innerLength;
        // "at" in any case, compared as ASCII: most brackets hold other words, and no other
        // character folds to 'a' or 't' under ordinal case-insensitive comparison.
        if (inner.Length >= 2 && (inner[0] | 0x20) == 'a' && (inner[1] | 0x20) == 't')
        {
            innerLength = 2;
        }
        else if (!inner.IsEmpty && inner[0] == '@')
        {
            innerLength = 1;
        }
        else
        {
            return false;
        }

        var closeAt = marker + 1 + innerLength;
        if (closeAt >= text.Length || text[closeAt] != close)
        {
            return false;
        }

        localEnd = marker > 0 && text[marker - 1] == ' ' ? marker - 1 : marker;
        domainStart = closeAt + 1 < text.Length && text[closeAt + 1] == ' ' ? closeAt + 2 : closeAt + 1;
        obfuscated = true;
        return true;
    }

    /// <summary>
    /// Where the scalar read of the local part before <paramref name="localEnd"/> can go on: the
    /// block of 16 characters before it is read at once, up to its last character that is no
    /// ASCII local-part character (a non-ASCII letter is left to the scalar rule).
    /// </summary>
    private static int LocalStartFrom(ReadOnlySpan<char> text, int localEnd)
    {
        if (!CharBlocks.IsAccelerated || localEnd < CharBlocks.Size)
        {
            return localEnd;
        }

        var block = CharBlocks.Load(text, localEnd - CharBlocks.Size);
        var local = CharBlocks.AsciiLetters(block) | CharBlocks.Digits(block) | CharBlocks.Equal(block, '.') | CharBlocks.Equal(block, '_')
            | CharBlocks.Equal(block, '%') | CharBlocks.Equal(block, '+') | CharBlocks.Equal(block, '-') | CharBlocks.Equal(block, '\'');
        var other = ~local & 0xFFFF;
        // Bit k is the character at localEnd - 16 + k; the read stops after the highest other one.
        return other == 0 ? localEnd - CharBlocks.Size : localEnd - CharBlocks.Size + 32 - BitOperations.LeadingZeroCount(other);
    }

    /// <summary>
    /// Where the scalar read of the domain from <paramref name="start"/> can go on: the first 16
    /// characters are read at once, up to the first one that is no ASCII letter, digit, '-' or
    /// '.', or a dot that starts the domain or follows a dot (a non-ASCII letter is left to the
    /// scalar rule).
    /// </summary>
    private static int DomainStopFrom(ReadOnlySpan<char> text, int start)
    {
        if (!CharBlocks.IsAccelerated || start + CharBlocks.Size > text.Length)
        {
            return start;
        }

        var block = CharBlocks.Load(text, start);
        var dots = CharBlocks.Equal(block, '.');
        var domain = CharBlocks.AsciiLetters(block) | CharBlocks.Digits(block) | CharBlocks.Equal(block, '-') | dots;
        var stops = (~domain | (dots & ((dots << 1) | 1))) & 0xFFFF;
        return start + BitOperations.TrailingZeroCount(stops | (1u << CharBlocks.Size));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLocalChar(char c) =>
        char.IsLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-' or '\'';

    /// <summary>End of a domain with at least one dot and a letter TLD of two or more, or -1.</summary>
    private static int DomainEnd(ReadOnlySpan<char> text, int start)
    {
        var i = DomainStopFrom(text, start);
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '.'))
        {
            if (text[i] == '.')
            {
                if (i == start || text[i - 1] == '.')
                {
                    break;
                }
            }

            i++;
        }

        // A sentence full stop right after the address is not part of it.
        var end = i;
        while (end > start && text[end - 1] is '.' or '-')
        {
            end--;
        }

        // The top-level domain, read back from the end to the last dot: letters only, two or
        // more, and a name before the dot. One loop instead of a search and a second pass.
        var dot = end - 1;
        while (dot >= start && text[dot] != '.')
        {
            if (!char.IsLetter(text[dot]))
            {
                return -1;
            }

            dot--;
        }

        if (dot - start < 1 || end - (dot + 1) < 2)
        {
            return -1;
        }

        return end;
    }
}
