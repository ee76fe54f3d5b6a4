using System.Numerics;

namespace TeamsCompanion.DraftCheck.Tests;

/// <summary>
/// Builds valid (and deliberately invalid) identifiers for tests. The check-digit code here is
/// written independently of the library so a shared mistake cannot make both agree.
/// </summary>
internal static class Identifiers
{
    public static readonly string[] DutchBanks = ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ", "RBRB", "FVLB"];

    /// <summary>Completes eight digits to a BSN, or null when no ninth digit fits (remainder 10).</summary>
    public static string? CompleteBsn(string eightDigits)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (eightDigits[i] - '0');
        }

        var last = sum % 11;
        var bsn = eightDigits + (char)('0' + last);
        return last == 10 || bsn.All(c => c == '0') ? null : bsn;
    }

    public static bool PassesElfproef(string nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (nineDigits[i] - '0');
        }

        return (sum - (nineDigits[8] - '0')) % 11 == 0;
    }

    /// <summary>An IBAN with correct check digits for a country code and BBAN.</summary>
    public static string Iban(string country, string bban)
    {
        var check = 98 - Mod97(bban + country + "00");
        return country + check.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + bban;
    }

    public static string DutchIban(Random random) =>
        Iban("NL", DutchBanks[random.Next(DutchBanks.Length)] + Digits(random, 10));

    /// <summary>The same IBAN with the check digits changed so mod 97 fails.</summary>
    public static string BreakIban(string iban)
    {
        var check = int.Parse(iban.AsSpan(2, 2), System.Globalization.CultureInfo.InvariantCulture);
        var wrong = (check + 1) % 97 < 2 ? 50 : (check + 1) % 97;
        return iban[..2] + wrong.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + iban[4..];
    }

    public static string Digits(Random random, int count)
    {
        var digits = new char[count];
        for (var i = 0; i < count; i++)
        {
            digits[i] = (char)('0' + random.Next(10));
        }

        return new string(digits);
    }

    public static string Bsn(Random random)
    {
        while (true)
        {
            if (CompleteBsn(Digits(random, 8)) is { } bsn && bsn[0] != '0')
            {
                return bsn;
            }
        }
    }

    /// <summary>Nine digits that fail the 11-proef, like most case numbers.</summary>
    public static string NotBsn(Random random)
    {
        while (true)
        {
            var digits = (char)('1' + random.Next(9)) + Digits(random, 8);
            if (!PassesElfproef(digits))
            {
                return digits;
            }
        }
    }

    /// <summary>A btw-id (2020 style) passing mod 97-10 over "NL…B..".</summary>
    public static string BtwId(Random random)
    {
        while (true)
        {
            var body = "NL" + Digits(random, 9) + "B";
            for (var suffix = 0; suffix < 100; suffix++)
            {
                var candidate = body + suffix.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
                if (Mod97(candidate) == 1 && !PassesElfproef(candidate[2..11]))
                {
                    return candidate;
                }
            }
        }
    }

    public static string LuhnCard(Random random, string prefix, int length)
    {
        var partial = prefix + Digits(random, length - prefix.Length - 1);
        for (var last = 0; last < 10; last++)
        {
            var candidate = partial + (char)('0' + last);
            if (IsLuhn(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("unreachable: one check digit always fits");
    }

    public static bool IsLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[^(i + 1)] - '0';
            sum += i % 2 == 1 ? (d * 2 > 9 ? (d * 2) - 9 : d * 2) : d;
        }

        return sum % 10 == 0;
    }

    private static int Mod97(string text)
    {
        var numeric = string.Concat(text.Select(c => char.IsAsciiDigit(c) ? c.ToString() : (char.ToUpperInvariant(c) - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return (int)(BigInteger.Parse(numeric, System.Globalization.CultureInfo.InvariantCulture) % 97);
    }
}
