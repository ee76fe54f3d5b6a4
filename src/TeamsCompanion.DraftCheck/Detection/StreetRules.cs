namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>Street name plus house number ("Kerkstraat 12a", "Laan van Meerdervoort 5-II").</summary>
internal static class StreetRules
{
    private static readonly string[] Suffixes =
    [
        "straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "pad", "steeg", "hof",
        "dreef", "markt", "baan", "park", "plantsoen", "ring", "boulevard", "allee", "erf", "wal",
        "haven", "veld", "veste", "poort", "dam", "brink", "vliet", "akker", "kamp", "weide", "hoeve",
        "gaarde", "hout", "kwartier", "oord", "zoom", "burcht", "burgwal", "wetering", "polder", "straatweg",
    ];

    // Streets that start with their kind: "Laan van Meerdervoort", "Plein 1813".
    private static readonly string[] HeadWords = ["Laan", "Plein", "Kade", "Singel", "Weg", "Dijk", "Park", "Hof", "Markt", "Burgwal"];

    // "woont aan", "adres:" just before a street name, searched like the other context
    // keywords: in the window folded once to lower-case bytes (ContextBefore).
    private const int AddressCueWindow = 24;

    private static readonly FoldedKeywords AddressCues = new(new(
    [
        "woont aan", "woont op", "woont in de", "woonachtig aan", "woonachtig op", "wonende aan", "wonend aan",
        "adres:", "adres is", "woonadres", "verhuisd naar", "lives at", "address:",
    ]));

    private static readonly string[] LeftStopWords =
    [
        "In", "Op", "Aan", "Bij", "Naar", "Via", "Voor", "Uit", "Het", "Een", "Tot", "Met", "Over", "Langs",
        "Tegenover", "Vanaf", "Adres", "Woonadres", "Postadres", "Bezoekadres", "Correspondentieadres",
        "The", "At", "On", "Wij", "We", "Ik", "U", "Hij", "Zij", "Dit", "Dat", "Deze", "Mijn", "Uw", "Ons", "Onze",
    ];

    /// <summary>
    /// End of "street number" when the capitalised word at <paramref name="wordStart"/> ends a street name, else -1.
    /// The house number must start at <paramref name="number"/> (the first digit after the word) and end at
    /// <paramref name="numberEnd"/>, as the caller has read it already.
    /// </summary>
    public static int TryReadStreetAndNumber(ReadOnlySpan<char> text, int wordStart, int wordEnd, int number, int numberEnd, out int streetStart, out string rule)
    {
        streetStart = wordStart;
        rule = "address.street-suffix";
        var word = text[wordStart..wordEnd];

        // Most capitalised words are not followed by a number; that test is the cheapest.
        var end = NumberAt(text, wordEnd, number, numberEnd);
        if (end > 0)
        {
            if (word.Length >= 4 && EndsWithSuffix(word))
            {
                streetStart = ExtendLeft(text, wordStart);
                return end;
            }

            rule = "address.cue";
            return HasAddressCue(text, wordStart) ? end : -1;
        }

        // Multi-word names: "Laan van Meerdervoort 12", or "woont aan de Lange Voorhout 9".
        var nameEnd = wordEnd;
        for (var words = 0; words < 3 && end < 0; words++)
        {
            if (nameEnd + 1 >= text.Length || text[nameEnd] != ' ')
            {
                return -1;
            }

            var nextEnd = TextScan.WordEnd(text, nameEnd + 1);
            var next = text[(nameEnd + 1)..nextEnd];
            if (next.IsEmpty || !(char.IsUpper(next[0]) || IsJoiner(next)))
            {
                return -1;
            }

            nameEnd = nextEnd;
            end = NumberAt(text, nameEnd, number, numberEnd);
        }

        if (end < 0)
        {
            return -1;
        }

        if (IsOneOf(word, HeadWords))
        {
            rule = "address.street-head-word";
            return end;
        }

        rule = "address.cue";
        return HasAddressCue(text, wordStart) ? end : -1;
    }

    /// <summary>
    /// A line "Street 12" directly above a postcode line is an address in an address block,
    /// whatever the street is called ("Neude 11", "Grote Markt 4"). Returns the end or -1.
    /// </summary>
    public static int TryReadBlockLine(ReadOnlySpan<char> text, int wordStart)
    {
        if (wordStart > 0 && text[wordStart - 1] != '\n')
        {
            return -1;
        }

        var i = wordStart;
        for (var words = 0; words < 5; words++)
        {
            var wordEnd = TextScan.WordEnd(text, i);
            if (wordEnd == i || wordEnd + 1 >= text.Length || text[wordEnd] != ' ')
            {
                return -1;
            }

            var end = HouseNumberEnd(text, wordEnd + 1);
            if (end > 0)
            {
                return IsAbovePostcode(text, end) ? end : -1;
            }

            i = wordEnd + 1;
        }

        return -1;
    }

    /// <summary>True when the line ending after <paramref name="end"/> (and any spaces) is followed by a postcode line.</summary>
    public static bool IsAbovePostcode(ReadOnlySpan<char> text, int end)
    {
        var lineEnd = TextScan.SkipSpaces(text, end);
        return lineEnd < text.Length && text[lineEnd] == '\n' && PostcodeRules.TryRead(text, lineEnd + 1) > 0;
    }

    /// <summary>End of a house number with an optional addition (12, 12a, 12-II, 12 A), or -1.</summary>
    public static int HouseNumberEnd(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        if (i >= text.Length || text[i] is < '1' or > '9')
        {
            return -1;
        }

        while (i < text.Length && char.IsAsciiDigit(text[i]) && i - start < 5)
        {
            i++;
        }

        if (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '%'))
        {
            return -1;
        }

        if (i < text.Length && text[i] is ',' or '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
        {
            return -1;
        }

        if (i < text.Length && char.IsAsciiLetter(text[i]) && TextScan.IsBoundaryAfter(text, i + 1))
        {
            return i + 1;
        }

        if (i + 1 < text.Length && text[i] == '-' && char.IsAsciiLetterOrDigit(text[i + 1]))
        {
            var j = i + 1;
            while (j < text.Length && char.IsAsciiLetterOrDigit(text[j]) && j - i <= 4)
            {
                j++;
            }

            return TextScan.IsBoundaryAfter(text, j) ? j : i;
        }

        return TextScan.IsBoundaryAfter(text, i) ? i : -1;
    }

    // No other digit lies between a street word and its number: a space before any other offset has none after it.
    private static int NumberAt(ReadOnlySpan<char> text, int wordEnd, int number, int numberEnd) =>
        wordEnd + 1 == number && text[wordEnd] == ' ' ? numberEnd : -1;

    /// <summary>Takes in the capitalised words and joiners of a multi-word street name ("Burgemeester de Withstraat").</summary>
    private static int ExtendLeft(ReadOnlySpan<char> text, int wordStart)
    {
        var start = wordStart;
        var candidate = wordStart;
        for (var words = 0; words < 3; words++)
        {
            if (candidate < 2 || text[candidate - 1] != ' ' || !char.IsLetter(text[candidate - 2]))
            {
                break;
            }

            var previousStart = candidate - 2;
            while (previousStart > 0 && (char.IsLetter(text[previousStart - 1]) || text[previousStart - 1] is '\'' or '-'))
            {
                previousStart--;
            }

            var previous = text[previousStart..(candidate - 1)];
            if (IsJoiner(previous))
            {
                candidate = previousStart;
                continue;
            }

            if (!char.IsUpper(previous[0]) || IsOneOf(previous, LeftStopWords))
            {
                break;
            }

            candidate = previousStart;
            start = candidate;
        }

        return start;
    }

    private static bool EndsWithSuffix(ReadOnlySpan<char> word)
    {
        foreach (var suffix in Suffixes)
        {
            if (word.Length > suffix.Length + 1 && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // A switch compiles to a test of the length and a character or two before one comparison,
    // where a list took a comparison per joiner of the same length.
    internal static bool IsJoiner(ReadOnlySpan<char> word) => word switch
    {
        "van" or "de" or "der" or "den" or "het" or "'t" or "ter" or "ten" or "op" or "aan" or "in" => true,
        _ => false,
    };

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] list)
    {
        foreach (var item in list)
        {
            if (word.SequenceEqual(item))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAddressCue(ReadOnlySpan<char> text, int wordStart)
    {
        var before = default(ContextBefore);
        return before.HasBefore(text, wordStart, AddressCueWindow, AddressCues);
    }
}
