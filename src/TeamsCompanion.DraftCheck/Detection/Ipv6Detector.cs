using System.Runtime.CompilerServices;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// IPv6 addresses: eight hex groups, or fewer with one "::", optionally ending in a dotted
/// IPv4 address. Times ("10:30:15"), verse numbers and MAC addresses have no "::" and fewer
/// or more than eight groups, so they do not match.
/// </summary>
internal static class Ipv6Detector
{
    private const int MaxLength = 45;

    private static readonly Label Ipv6 = Label.Finding(FindingTypes.IpAddress, "ipv6", "ip-address.ipv6", Priority.IpAddress);

    // One long loop per check: run optimised code from the first call (see README).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scan(ReadOnlySpan<char> text, ReadOnlySpan<int> colonOffsets, CandidateSet sink)
    {
        var searchFrom = 0;
        foreach (var colon in colonOffsets)
        {
            // Colons inside a stretch read before are done.
            if (colon < searchFrom)
            {
                continue;
            }

            // Colons are counted on the way: with fewer than two ("artikel 4:13", "auto: ") it is
            // neither eight groups nor a "::", and IsIpv6 need not split it.
            var colons = 0;
            var start = colon;
            while (start > 0 && colon - start < MaxLength && IsAddressChar(text[start - 1]))
            {
                start--;
                colons += text[start] == ':' ? 1 : 0;
            }

            var end = colon;
            while (end < text.Length && end - start < MaxLength && IsAddressChar(text[end]))
            {
                colons += text[end] == ':' ? 1 : 0;
                end++;
            }

            // A sentence may end right after the address.
            while (end > colon && text[end - 1] is '.' or ':' && !(text[end - 1] == ':' && end - 2 >= start && text[end - 2] == ':'))
            {
                colons -= text[end - 1] == ':' ? 1 : 0;
                end--;
            }

            searchFrom = Math.Max(end, colon + 1);
            if (colons >= 2 && TextScan.IsBoundaryBefore(text, start) && TextScan.IsBoundaryAfter(text, end) && IsIpv6(text[start..end]))
            {
                sink.Add(new Candidate(Ipv6, start, end, 0.95));
            }
        }
    }

    // Read for every character around every colon: a call each was a visible share of the scan.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAddressChar(char c) => char.IsAsciiHexDigit(c) || c is ':' or '.';

    private static bool IsIpv6(ReadOnlySpan<char> candidate)
    {
        var compressed = candidate.IndexOf("::");
        if (compressed >= 0 && candidate[(compressed + 1)..].IndexOf("::") >= 0)
        {
            return false;
        }

        var groups = 0;
        var hasLetter = false;
        foreach (var range in candidate.Split(':'))
        {
            var group = candidate[range];
            if (group.IsEmpty)
            {
                continue;
            }

            if (group.Contains('.'))
            {
                // An embedded IPv4 address ("::ffff:192.0.2.1") counts as two groups and must end it.
                if (range.End.Value != candidate.Length || !IsIpv4(group))
                {
                    return false;
                }

                groups += 2;
                continue;
            }

            if (group.Length > 4)
            {
                return false;
            }

            hasLetter |= group.ContainsAnyExceptInRange('0', '9');
            groups++;
        }

        // Without "::" all eight groups are needed; with it, "::1" alone is too generic.
        return compressed >= 0 ? groups is >= 2 and <= 7 && (hasLetter || groups >= 3) : groups == 8;
    }

    private static bool IsIpv4(ReadOnlySpan<char> group)
    {
        var parts = 0;
        foreach (var range in group.Split('.'))
        {
            var part = group[range];
            if (part.IsEmpty || part.Length > 3 || !int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) || value > 255)
            {
                return false;
            }

            parts++;
        }

        return parts == 4;
    }
}
