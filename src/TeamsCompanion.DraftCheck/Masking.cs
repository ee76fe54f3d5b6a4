namespace TeamsCompanion.DraftCheck;

/// <summary>Display values that let a user recognise a finding without exposing it.</summary>
internal static class Masking
{
    private const string FiveBullets = "•••••";

    /// <summary>How findings of <paramref name="type"/> are masked; decided once per label, not per finding.</summary>
    public static MaskKind KindOf(string type) => type switch
    {
        FindingTypes.Email => MaskKind.Email,
        FindingTypes.PersonName or FindingTypes.Address or FindingTypes.SpecialCategory or FindingTypes.DateOfBirth
            => MaskKind.FirstLetter,
        _ => MaskKind.LastFour,
    };

    public static string Mask(MaskKind kind, ReadOnlySpan<char> value) => kind switch
    {
        MaskKind.Email => MaskEmail(value),
        MaskKind.FirstLetter => FirstLetter(value),
        _ => LastFour(value),
    };

    /// <summary>"•••••4782": five bullets whatever the length, then the last four letters or digits.</summary>
    private static string LastFour(ReadOnlySpan<char> value)
    {
        // Most such findings end in four digits: their mask is a table lookup.
        if (value.Length >= 4 && DigitsIndex(value[^4..]) is var last and >= 0)
        {
            return DigitMasks[last] ?? LastFourSlow(value);
        }

        return LastFourSlow(value);
    }

    private static string LastFourSlow(ReadOnlySpan<char> value)
    {
        Span<char> masked = stackalloc char[9];
        FiveBullets.CopyTo(masked);
        var count = 0;
        for (var i = value.Length - 1; i >= 0 && count < 4; i--)
        {
            if (char.IsLetterOrDigit(value[i]))
            {
                count++;
                masked[9 - count] = value[i];
            }
        }

        if (count == 4 && DigitsIndex(masked[5..]) is var index and >= 0)
        {
            // A race makes an equal string twice at worst.
            return DigitMasks[index] ??= new string(masked);
        }

        // Fewer than four letters or digits: close the gap after the bullets.
        masked[(9 - count)..].CopyTo(masked[5..]);
        return new string(masked[..(5 + count)]);
    }

    // Most findings of a long text are numbers, so most masks end in four digits: each of the
    // 10,000 such masks is made once per process (at most 400 KB) instead of once per finding.
    private static readonly string?[] DigitMasks = new string?[10_000];

    private static int DigitsIndex(ReadOnlySpan<char> four)
    {
        var index = 0;
        foreach (var c in four)
        {
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }

            index = (index * 10) + (c - '0');
        }

        return index;
    }

    private static string MaskEmail(ReadOnlySpan<char> value)
    {
        var at = value.IndexOf('@');
        return at <= 0 ? FiveBullets : string.Concat(value[..1], FiveBullets.AsSpan(1), value[at..]);
    }

    // Names and addresses are most findings of a letter; their masks depend on one character,
    // so those of Latin-1 characters are made once instead of per finding.
    private static readonly string[] FirstLetterMasks = [.. Enumerable.Range(0, 256).Select(c => (char)c + FiveBullets[1..])];

    private static string FirstLetter(ReadOnlySpan<char> value) =>
        value.IsEmpty ? FiveBullets
        : value[0] < FirstLetterMasks.Length ? FirstLetterMasks[value[0]]
        : string.Concat(value[..1], FiveBullets.AsSpan(1));
}

/// <summary>The masks of <see cref="Masking"/>: what of a finding stays visible.</summary>
internal enum MaskKind : byte
{
    LastFour,
    FirstLetter,
    Email,
}
