namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Postal addresses: a street name and house number, a postcode with city, or a postcode with
/// house number. Street names are recognised by their Dutch suffix (-straat, -laan, …) or by
/// an address cue ("woont aan", "adres:") just before them.
/// </summary>
internal static class AddressDetector
{
    // A street needs a house number within a few words; most capitalised words have none.
    private static bool HasDigitAhead(ReadOnlySpan<char> text, int start) =>
        text.Slice(start, Math.Min(64, text.Length - start)).IndexOfAnyInRange('1', '9') >= 0;

    public static void Scan(ReadOnlySpan<char> text, CandidateSet sink)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!TextScan.IsBoundaryBefore(text, i))
            {
                continue;
            }

            if (c is >= '1' and <= '9')
            {
                var end = PostcodeRules.TryRead(text, i);
                if (end > 0)
                {
                    var (spanEnd, rule, confidence) = PostcodeRules.Extend(text, end);
                    if (spanEnd == 0)
                    {
                        continue;
                    }

                    sink.Add(new Candidate(FindingTypes.Address, null, i, spanEnd, confidence, rule, Priority.Address));
                    i = spanEnd - 1;
                }
            }
            else if (char.IsUpper(c) && HasDigitAhead(text, i))
            {
                var wordEnd = TextScan.WordEnd(text, i);
                var end = StreetRules.TryReadStreetAndNumber(text, i, wordEnd, out var streetStart, out var rule);
                if (end < 0 && (end = StreetRules.TryReadBlockLine(text, i)) > 0)
                {
                    streetStart = i;
                    rule = "address.block-line";
                }

                if (end > 0)
                {
                    sink.Add(new Candidate(FindingTypes.Address, null, streetStart, end, rule is "address.street-suffix" or "address.block-line" ? 0.9 : 0.8, rule, Priority.Address));
                    i = end - 1;
                }
                else
                {
                    i = Math.Max(i, wordEnd - 1);
                }
            }
        }
    }
}
