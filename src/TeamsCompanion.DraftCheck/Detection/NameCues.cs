namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>The words around a name that say "a person's name follows".</summary>
internal static class NameCues
{
    public enum Kind
    {
        None,
        Title,
        Salutation,
        Role,
    }

    /// <summary>Joiners are matched only in words this short ("della" is the longest but one).</summary>
    public const int MaxJoinerLength = 6;

    /// <summary>Tussenvoegsels and their foreign kin, for <see cref="NameWords"/>.</summary>
    public static readonly string[] JoinerWords =
    [
        "van", "de", "der", "den", "het", "'t", "ten", "ter", "te", "in", "op", "la", "le", "du", "da",
        "dos", "del", "della", "di", "von", "vd", "el", "al", "ben", "bin", "van't", "'s", "d'", "mac", "uit",
    ];

    public static readonly string[] ClosingTerms =
    [
        "met vriendelijke groet", "vriendelijke groet", "met hartelijke groet", "hartelijke groet",
        "hoogachtend", "groetjes", "groeten", "groet", "mvg", "m.v.g.", "gr.", "kind regards",
        "best regards", "warm regards", "regards", "cheers", "met collegiale groet", "collegiale groet",
        "met vriendelijke groeten", "vriendelijke groeten", "met hartelijke groeten", "hartelijke groeten",
        "met collegiale groeten", "collegiale groeten", "hoogachtend,", "groetjes,", "best wishes", "kind regards,",
    ];

    /// <summary>What the cue term found at <paramref name="start"/> (ending at <paramref name="termEnd"/>, or -1) means here.</summary>
    public static Kind Judge(ReadOnlySpan<char> text, int start, int termEnd, string? category, out int end)
    {
        end = termEnd;

        // "collega's" and "heer-" are other words that merely start like a cue.
        if (end < 0 || (end < text.Length && text[end] is '\'' or '\u2019' or '-'))
        {
            return Kind.None;
        }

        var word = text[start..end];
        var kind = category switch
        {
            "title" => Kind.Title,
            "salutation" => Kind.Salutation,
            _ => Kind.Role,
        };

        // "ING" is a bank and "MR" a heading; in capitals a title needs its dot ("DHR.").
        if (kind == Kind.Title && word.Length is > 1 and <= 4 && NameChars.IsUpper(word[1]) && (end >= text.Length || text[end] != '.'))
        {
            return Kind.None;
        }

        // "beste" mid-sentence is an adjective; only the capitalised greeting opens a name.
        // A capitalised role word is a job title ("Consulent Werk en Inkomen"), not a cue.
        return kind switch
        {
            Kind.Salutation when !NameChars.IsUpper(word[0]) => Kind.None,
            Kind.Role when NameChars.IsUpper(word[0]) => Kind.None,
            _ => kind,
        };
    }

    private static readonly string[] HeaderWords =
    [
        "Van", "Aan", "From", "To", "Cc", "Bcc", "Afzender", "Ontvanger", "Cliënt", "Client", "Contactpersoon", "Behandelaar",
        "Notulist", "Voorzitter", "Auteur", "Author", "Aanwezig", "Afwezig", "Deelnemers", "Present", "Attendees", "Actie", "Actiehouder",
    ];

    private static readonly int MaxHeaderLength = HeaderWords.Max(header => header.Length);

    /// <summary>
    /// False when no header word can start at <paramref name="wordStart"/> because no colon
    /// follows within the longest header's length: a vectorised search, cheaper than finding
    /// the word's end first, and most lines are no header.
    /// </summary>
    public static bool MayBeHeader(ReadOnlySpan<char> text, int wordStart)
    {
        // One block covers the longest header and its colon; a colon further on only costs the full check.
        if (CharBlocks.IsAccelerated && MaxHeaderLength < CharBlocks.Size && wordStart <= text.Length - CharBlocks.Size)
        {
            return CharBlocks.Equal(CharBlocks.Load(text, wordStart), ':') != 0;
        }

        var from = wordStart + 1;
        return from < text.Length && text.Slice(from, Math.Min(MaxHeaderLength, text.Length - from)).Contains(':');
    }

    /// <summary>"Van:", "Aan:", "Cliënt:" at the start of a line: the header of an e-mail or memo names a person.</summary>
    public static bool IsHeader(ReadOnlySpan<char> text, int wordStart, int wordEnd)
    {
        if (wordEnd >= text.Length || text[wordEnd] != ':' || (wordStart > 0 && text[wordStart - 1] != '\n'))
        {
            return false;
        }

        var word = text[wordStart..wordEnd];
        foreach (var header in HeaderWords)
        {
            if (word.SequenceEqual(header))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Titles, greetings and role words with their kind, for <see cref="WordLists"/>.</summary>
    public static IEnumerable<(string Term, string Category)> CueTerms()
    {
        foreach (var title in "mevrouw mevr mw meneer mijnheer heer dhr mr mrs ms miss mx dr drs ir ing prof juffrouw madam sir".Split(' '))
        {
            yield return (title, "title");
        }

        foreach (var greeting in "geachte beste hallo hoi dag dear hi hello hey lieve goedemorgen goedemiddag".Split(' '))
        {
            yield return (greeting, "salutation");
        }

        const string roles = "collega cliënt client cliënte aanvrager aanvraagster bewoner bewoonster inwoner inwoonster " +
            "medewerker medewerkster wethouder burgemeester minister staatssecretaris directeur teamleider " +
            "leidinggevende klant patiënt patient verzoeker verzoekster bezwaarmaker melder namens contactpersoon " +
            "behandelaar casemanager consulent zoon dochter partner echtgenoot echtgenote moeder vader colleague " +
            "manager applicant resident attn cc werknemer sollicitant huurder verhuurder eigenaar";
        foreach (var role in roles.Split(' '))
        {
            yield return (role, "role");
        }
    }
}
