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
        if (digits.Length is not (8 or 9))
        {
            return false;
        }

        var offset = 9 - digits.Length;
        var sum = 0;
        var allZero = true;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[i] - '0';
            allZero &= d == 0;
            var weight = i + offset == 8 ? -1 : 9 - (i + offset);
            sum += weight * d;
        }

        return !allZero && sum % 11 == 0;
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
    /// ISO 7064 mod 97-10 over letters (A=10..Z=35) and digits, read in the given order.
    /// IBAN and btw-id both require the result 1.
    /// </summary>
    public static int Mod97(ReadOnlySpan<char> chars)
    {
        var remainder = 0;
        foreach (var c in chars)
        {
            if (char.IsAsciiDigit(c))
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else
            {
                var value = char.ToUpperInvariant(c) - 'A' + 10;
                remainder = ((remainder * 100) + value) % 97;
            }
        }

        return remainder;
    }

    /// <summary>IBAN check: move the first four characters to the end, then mod 97 must be 1.</summary>
    public static bool IsIban(ReadOnlySpan<char> compact)
    {
        if (compact.Length < 5)
        {
            return false;
        }

        var head = Mod97(compact[4..]);
        var remainder = head;
        foreach (var c in compact[..4])
        {
            remainder = char.IsAsciiDigit(c)
                ? ((remainder * 10) + (c - '0')) % 97
                : ((remainder * 100) + (char.ToUpperInvariant(c) - 'A' + 10)) % 97;
        }

        return remainder == 1;
    }
}
