namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>IPv4 addresses in dotted-quad form. Section numbers such as "1.2.3.4" need context.</summary>
internal static class IpAddressDetector
{
    private static readonly Label Ipv4 = Label.Finding(FindingTypes.IpAddress, "ipv4", "ip-address.ipv4", Priority.IpAddress);

    /// <summary>
    /// Adds the address starting at the digit run at <paramref name="i"/>, if there is one; the
    /// caller has seen that the run has at most three digits (an octet) and a dot after it.
    /// </summary>
    public static void TryAt(ReadOnlySpan<char> text, int i, CandidateSet sink, ref int skipUntil)
    {
        if (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '.'))
        {
            return;
        }

        var end = TryRead(text, i, out var allSmall);
        if (end < 0)
        {
            return;
        }

        var hasContext = TextScan.HasBefore(text, i, 40, Keywords.Ip);
        if (allSmall && !hasContext)
        {
            return;
        }

        sink.Add(new Candidate(Ipv4, i, end, hasContext ? 0.99 : 0.95));
        skipUntil = end;
    }

    private static int TryRead(ReadOnlySpan<char> text, int start, out bool allSmall)
    {
        allSmall = true;
        var i = start;
        for (var octet = 0; octet < 4; octet++)
        {
            if (octet > 0)
            {
                if (i >= text.Length || text[i] != '.')
                {
                    return -1;
                }

                i++;
            }

            var digitStart = i;
            var value = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]) && i - digitStart < 4)
            {
                value = (value * 10) + (text[i] - '0');
                i++;
            }

            var length = i - digitStart;
            if (length is 0 or > 3 || value > 255 || (length > 1 && text[digitStart] == '0'))
            {
                return -1;
            }

            allSmall &= value < 10;
        }

        // "1.2.3.4.5" or "10.0.0.1a" is something else.
        var trailingDot = i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]);
        return trailingDot || !TextScan.IsBoundaryAfter(text, i) ? -1 : i;
    }
}
