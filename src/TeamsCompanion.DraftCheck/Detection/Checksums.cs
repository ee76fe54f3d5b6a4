namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>The check-digit algorithms of the identifiers we detect.</summary>
internal static class Checksums
{
    /// <summary>
    /// BSN/RSIN 11-proef: weights 9..2 and −1 (the −1 makes old bank account numbers fail).
    /// 8-digit numbers are BSNs with the leading zero dropped. All zeros passes the sum but
    /// is no BSN.
    /// </summary>
    public static bool IsElfproef(ReadOnlySpan<char> digits)
    {
        // Written out per length: most eight- and nine-digit numbers of a text get this test,
        // and a loop with its weight rule was a visible cost. The '0's are taken off in one go
        // (the weights add up to 43 and 34).
        var d = digits;
        var sum = d.Length switch
        {
            9 => (9 * d[0]) + (8 * d[1]) + (7 * d[2]) + (6 * d[3]) + (5 * d[4]) + (4 * d[5]) + (3 * d[6]) + (2 * d[7]) - d[8] - (43 * '0'),
            8 => (8 * d[0]) + (7 * d[1]) + (6 * d[2]) + (5 * d[3]) + (4 * d[4]) + (3 * d[5]) + (2 * d[6]) - d[7] - (34 * '0'),
            _ => 1,
        };
        return sum % 11 == 0 && d.ContainsAnyExcept('0');
    }

    /// <summary>Luhn over ASCII digits; all-zero input is rejected.</summary>
    public static bool IsLuhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var allZero = true;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            allZero &= d == 0;
            if ((i & 1) == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return !allZero && sum % 10 == 0;
    }

    /// <summary>
    /// ISO 7064 mod 97-10 over letters (A=10..Z=35) and digits (nothing else), read in the given order.
    /// IBAN and btw-id both require the result 1.
    /// </summary>
    public static int Mod97(ReadOnlySpan<char> chars) => (int)(Mod97Step(0, chars) % 97);

    /// <summary>IBAN check: move the first four characters to the end, then mod 97 must be 1.</summary>
    public static bool IsIban(ReadOnlySpan<char> compact) =>
        compact.Length >= 5 && Mod97Step(Mod97Step(0, compact[4..]) % 97, compact[..4]) % 97 == 1;

    /// <summary>
    /// Appends <paramref name="chars"/> to a number congruent to <paramref name="remainder"/>
    /// modulo 97. A division per character made this the main cost of an IBAN; here one
    /// happens only when the number nears 64 bits, which gives the same remainder.
    /// </summary>
    private static ulong Mod97Step(ulong remainder, ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            remainder = char.IsAsciiDigit(c)
                ? (remainder * 10) + (uint)(c - '0')
                : (remainder * 100) + (uint)(char.ToUpperInvariant(c) - 'A' + 10);
            if (remainder >= 1UL << 56)
            {
                remainder %= 97;
            }
        }

        return remainder;
    }
}
