namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>Dutch postcodes (1234 AB, never SA, SD or SS) and what may follow them.</summary>
internal static class PostcodeRules
{
    /// <summary>End of a postcode starting at <paramref name="start"/>, or -1.</summary>
    public static int TryRead(ReadOnlySpan<char> text, int start)
    {
        if (start + 6 > text.Length)
        {
            return -1;
        }

        for (var k = 0; k < 4; k++)
        {
            if (!char.IsAsciiDigit(text[start + k]))
            {
                return -1;
            }
        }

        var letters = start + 4;
        if (text[letters] == ' ')
        {
            letters++;
        }

        if (letters + 2 > text.Length || !char.IsAsciiLetterUpper(text[letters]) || !char.IsAsciiLetterUpper(text[letters + 1])
            || !TextScan.IsBoundaryAfter(text, letters + 2))
        {
            return -1;
        }

        var pair = text.Slice(letters, 2);
        return pair is "SA" or "SD" or "SS" ? -1 : letters + 2;
    }

    /// <summary>Extends a postcode over a following house number or city name.</summary>
    public static (int End, string Rule, double Confidence) Extend(ReadOnlySpan<char> text, int end)
    {
        var i = end;
        if (i < text.Length && text[i] == ',')
        {
            i++;
        }

        if (i >= text.Length || text[i] != ' ')
        {
            return BarePostcode(text, end);
        }

        i++;
        if (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            var numberEnd = StreetRules.HouseNumberEnd(text, i);
            return numberEnd > 0 ? (numberEnd, "address.postcode-house-number", 0.95) : BarePostcode(text, end);
        }

        var cityEnd = CityEnd(text, i);
        return cityEnd > i ? (cityEnd, "address.postcode-city", 0.95) : BarePostcode(text, end);
    }

    /// <summary>
    /// A postcode with nothing after it. "In 2024 EN daarna" has the same shape, so a bare
    /// postcode whose digits read as a year is dropped (End 0).
    /// </summary>
    private static (int End, string Rule, double Confidence) BarePostcode(ReadOnlySpan<char> text, int end)
    {
        var start = text[end - 3] == ' ' ? end - 7 : end - 6;
        var looksLikeYear = text[start..(start + 2)] is "19" or "20";
        return looksLikeYear ? (0, string.Empty, 0) : (end, "address.postcode", 0.8);
    }

    /// <summary>
    /// A city is one capitalised word, continued only through joiners ("Bergen op Zoom",
    /// "Alphen aan den Rijn") or after a prefix ("Den Haag"), so the next sentence is not
    /// swallowed.
    /// </summary>
    private static int CityEnd(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        if (text[i..].StartsWith("'s-"))
        {
            i += 3;
        }

        if (i >= text.Length || !char.IsUpper(text[i]))
        {
            return start;
        }

        var end = TextScan.WordEnd(text, i);
        var accepted = end;
        var previousIsJoiner = IsCityPrefix(text[i..end]);
        for (var words = 1; words < 5 && end + 1 < text.Length && text[end] == ' '; words++)
        {
            var nextStart = end + 1;
            var nextEnd = TextScan.WordEnd(text, nextStart);
            if (nextEnd == nextStart)
            {
                break;
            }

            var next = text[nextStart..nextEnd];
            if (IsJoiner(next))
            {
                previousIsJoiner = true;
                end = nextEnd;
                continue;
            }

            if (!previousIsJoiner || !char.IsUpper(next[0]))
            {
                break;
            }

            end = nextEnd;
            accepted = end;
            previousIsJoiner = false;
        }

        return accepted;
    }

    // Switches compile to a test of the length and a character or two before one comparison,
    // where a list took a comparison per entry, for the word after every postcode's city.
    private static bool IsJoiner(ReadOnlySpan<char> word) => word switch
    {
        "aan" or "den" or "op" or "de" or "bij" or "van" or "der" or "a/d" or "in" or "het" => true,
        _ => false,
    };

    private static bool IsCityPrefix(ReadOnlySpan<char> word) => word switch
    {
        "Den" or "De" or "Nieuw" or "Nieuwe" or "Oud" or "Oude" or "Sint" or "Groot" or "Klein" or "Hoog" or "Laag"
            or "Zuid" or "Noord" or "Oost" or "West" => true,
        _ => false,
    };
}
