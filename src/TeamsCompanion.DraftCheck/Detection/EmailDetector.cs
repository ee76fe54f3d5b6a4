using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// E-mail addresses, found by expanding around each '@'. Functional mailboxes (info@,
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

    // One long loop per check: run optimised code from the first call (see README).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scan(ReadOnlySpan<char> text, CandidateSet sink)
    {
        var searchFrom = 0;
        while (searchFrom < text.Length)
        {
            var found = text[searchFrom..].IndexOf('@');
            if (found < 0)
            {
                return;
            }

            var at = searchFrom + found;
            searchFrom = at + 1;
            var start = at;
            while (start > 0 && IsLocalChar(text[start - 1]))
            {
                start--;
            }

            while (start < at && text[start] is '.' or '-' or '\'')
            {
                start++;
            }

            var end = DomainEnd(text, at + 1);
            if (start == at || end < 0)
            {
                continue;
            }

            var local = text[start..at];
            if (FunctionalLookup.Contains(local))
            {
                sink.Add(new Candidate(FindingTypes.Email, "functional", start, end, 0.3, "email.functional", Priority.Email, IsPersonal: false));
            }
            else
            {
                sink.Add(new Candidate(FindingTypes.Email, null, start, end, 0.99, "email.address", Priority.Email));
            }

            searchFrom = end;
        }
    }

    private static bool IsLocalChar(char c) =>
        char.IsLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-' or '\'';

    /// <summary>End of a domain with at least one dot and a letter TLD of two or more, or -1.</summary>
    private static int DomainEnd(ReadOnlySpan<char> text, int start)
    {
        var i = start;
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

        var lastDot = text[start..end].LastIndexOf('.');
        if (lastDot < 1 || end - (start + lastDot + 1) < 2)
        {
            return -1;
        }

        foreach (var c in text[(start + lastDot + 1)..end])
        {
            if (!char.IsLetter(c))
            {
                return -1;
            }
        }

        return end;
    }
}
