using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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

    /// <summary>As <see cref="Mask(MaskKind, ReadOnlySpan{char})"/>, with masks shared within one check.</summary>
    public static string Mask(MaskKind kind, ReadOnlySpan<char> value, ref MaskMemo memo) => kind switch
    {
        MaskKind.Email => memo.Email(value),
        MaskKind.FirstLetter => FirstLetter(value),
        _ => memo.LastFour(value),
    };

    /// <summary>"•••••4782": five bullets whatever the length, then the last four letters or digits.</summary>
    private static string LastFour(ReadOnlySpan<char> value) => LastFour(value, out _);

    /// <summary>
    /// As <see cref="LastFour(ReadOnlySpan{char})"/>; <paramref name="from"/> is where the four
    /// letters or digits begin when all that was read is ASCII, else -1: the mask depends on
    /// <c>value[from..]</c> alone.
    /// </summary>
    internal static string LastFour(ReadOnlySpan<char> value, out int from)
    {
        from = -1;
        // Most such findings end in four digits: their mask is a table lookup. The others (IBANs
        // and phone numbers grouped "43 00", plates, VAT numbers) are read here too, in one pass
        // over ASCII from the end, instead of a second pass with the Unicode letter test.
        var digits = 0;
        var scale = 1;
        var allDigits = true;
        ulong four = 0;
        var count = 0;
        for (var i = value.Length - 1; i >= 0; i--)
        {
            var c = value[i];
            if (!char.IsAsciiLetterOrDigit(c))
            {
                if (char.IsAscii(c))
                {
                    continue;
                }

                // A letter or digit outside ASCII counts too: the Unicode test decides.
                return LastFourSlow(value);
            }

            // The first character read is the last of the four: it goes to the lowest bits.
            four |= (ulong)c << (16 * count);
            if (char.IsAsciiDigit(c))
            {
                digits += (c - '0') * scale;
                scale *= 10;
            }
            else
            {
                allDigits = false;
            }

            if (++count == 4)
            {
                from = i;

                // A race makes an equal string twice at worst.
                return allDigits ? DigitMasks[digits] ??= Make(four) : Recent(four);
            }
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
            return DigitMasks[index] ??= new string(masked);
        }

        // Fewer than four letters or digits: close the gap after the bullets.
        masked[(9 - count)..].CopyTo(masked[5..]);
        return new string(masked[..(5 + count)]);
    }

    /// <summary>The bullets and the four characters packed in <paramref name="four"/>, the first in the top bits.</summary>
    private static string Make(ulong four) => string.Create(9, four, static (masked, four) =>
    {
        FiveBullets.CopyTo(masked);
        for (var k = 0; k < 4; k++)
        {
            masked[5 + k] = (char)(four >> (16 * (3 - k)));
        }
    });

    // Masks ending in letters (plates, VAT numbers) recur within a document: the same plate or
    // VAT number is named again and again. A small cache with one mask per slot, which is its
    // own key, makes each once while it recurs: a slot only ever holds a mask whose last four
    // characters are the ones compared, so a hit is exact, and a race or a collision costs one
    // more string, never a wrong one.
    private const int RecentSlots = 1024;
    private static readonly string?[] RecentLastFour = new string?[RecentSlots];

    private static string Recent(ulong four)
    {
        var hash = four * 0x9E3779B97F4A7C15UL;
        ref var slot = ref RecentLastFour[(int)(hash >> 54)];
        var known = slot;
        if (known is not null
            && known[5] == (char)(four >> 48) && known[6] == (char)(four >> 32)
            && known[7] == (char)(four >> 16) && known[8] == (char)four)
        {
            return known;
        }

        var made = Make(four);
        slot = made;
        return made;
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

    internal static string MaskEmail(ReadOnlySpan<char> value)
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

/// <summary>
/// Masks of one check that recur. A letter names the same few mailboxes again and again
/// (info@, the case worker's address), and each e-mail mask was a new string: a dense 5 KB
/// letter made 14 of them for 2 distinct values. An e-mail mask keeps the mailbox's first
/// letter and the whole domain, so a slot is checked exactly against both and a collision
/// only costs a new string. The memo lives on the caller's stack for one check: no mask or
/// key outlives the check in here.
/// </summary>
internal struct MaskMemo
{
    private EmailSlots emails;
    private TailSlots tails;

    public string Email(ReadOnlySpan<char> value)
    {
        var at = value.IndexOf('@');
        if (at <= 0)
        {
            return Masking.MaskEmail(value);
        }

        var domain = value[at..];
        ref var slot = ref emails[(value[0] + (domain.Length * 7) + domain[^1]) & (EmailSlots.Length - 1)];
        var known = slot;
        if (known is not null && known[0] == value[0] && known.AsSpan(5).SequenceEqual(domain))
        {
            return known;
        }

        var made = Masking.MaskEmail(value);
        slot = made;
        return made;
    }

    /// <summary>
    /// The last-four mask of <paramref name="value"/>. These recur too (the same IBAN, phone
    /// number or plate), and reading the last four letters or digits past separators, with a
    /// test per character, cost more than a lookup: values are keyed by their last eight
    /// characters, and only a mask read within those eight (all ASCII) is kept, so a hit is exact.
    /// </summary>
    public string LastFour(ReadOnlySpan<char> value)
    {
        if (value.Length < 8)
        {
            return Masking.LastFour(value, out _);
        }

        var tail = MemoryMarshal.AsBytes(value[^8..]);
        var low = MemoryMarshal.Read<ulong>(tail);
        var high = MemoryMarshal.Read<ulong>(tail[8..]);
        ref var slot = ref tails[(int)((((low * 0x9E3779B97F4A7C15UL) ^ high) * 0xC2B2AE3D27D4EB4FUL) >> 60)];
        if (slot.Mask is not null && slot.Low == low && slot.High == high)
        {
            return slot.Mask;
        }

        var made = Masking.LastFour(value, out var from);
        if (from >= value.Length - 8)
        {
            slot = new Tail(low, high, made);
        }

        return made;
    }

    [InlineArray(Length)]
    private struct EmailSlots
    {
        public const int Length = 8;

        private string? first;
    }

    // Sixteen slots: the half-dozen such values a letter repeats seldom share one.
    [InlineArray(16)]
    private struct TailSlots
    {
        private Tail first;
    }

    private readonly record struct Tail(ulong Low, ulong High, string? Mask);
}

/// <summary>The masks of <see cref="Masking"/>: what of a finding stays visible.</summary>
internal enum MaskKind : byte
{
    LastFour,
    FirstLetter,
    Email,
}
