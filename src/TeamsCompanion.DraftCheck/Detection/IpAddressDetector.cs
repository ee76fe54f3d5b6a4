using System.Runtime.CompilerServices;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>IPv4 addresses in dotted-quad form. Section numbers such as "1.2.3.4" need context.</summary>
internal static class IpAddressDetector
{
    private static readonly Label Ipv4 = Label.Finding(FindingTypes.IpAddress, "ipv4", "ip-address.ipv4", Priority.IpAddress);

    // One long loop per check: run optimised code from the first call (see README).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scan(ReadOnlySpan<char> text, DigitRuns runs, CandidateSet sink)
    {
        var skipUntil = 0;
        for (var r = 0; r < runs.Count; r++)
        {
            var i = runs[r];
            if (i < skipUntil)
            {
                continue;
            }

            // An octet has at most three digits and a dot after it.
            var runEnd = runs.End(r);
            if (runEnd - i > 3 || runEnd >= text.Length || text[runEnd] != '.')
            {
                continue;
            }

            if (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '.'))
            {
                continue;
            }

            var end = TryRead(text, i, out var allSmall);
            if (end < 0)
            {
                continue;
            }

            var hasContext = TextScan.HasBefore(text, i, 40, Keywords.Ip);
            if (allSmall && !hasContext)
            {
                continue;
            }

            sink.Add(new Candidate(Ipv4, i, end, hasContext ? 0.99 : 0.95));
            skipUntil = end;
        }
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
