using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Finds the capitalised words that may start a street address, driven by house numbers
/// instead of by words. Both street rules reach the number through words and single spaces
/// only, so a match ends at a digit 1-9 right after a space, and everything between the word
/// and that digit is a letter (any script), a space, an apostrophe or a hyphen. There are far
/// fewer such digits than capitalised words, and the words before each are found by a short
/// backward scan. The words visited, and their order, are exactly those of the former forward
/// pass that could match: no digit lies between a word and its number, so each word belongs to
/// one number only, and the former filters (a number or non-ASCII character after the words,
/// a digit within 64 characters) hold for every word so found.
/// </summary>
internal static class StreetPass
{
    // The former filter looked for a digit within 64 characters of the word.
    private const int MaxReach = 63;

    // A rule passes one space per word: four words for a street, five for an address-block line.
    private const int MaxSpaces = 5;

    // The characters before a number that RulesReaching reads: a wide block, or two blocks.
    private const int Window = CharBlocks.WideSize;

    /// <summary>
    /// ASCII characters a street name may consist of (letters, space, ' and -); every other
    /// ASCII character ends it. Characters outside ASCII are left to the rules.
    /// </summary>
    private static ReadOnlySpan<byte> NameChars =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

    // One long loop per check: run optimised code from the first call (see README).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scan(ReadOnlySpan<char> text, WordStarts words, ReadOnlySpan<int> numbers, CandidateSet sink)
    {
        var skipUntil = 0;
        var w = 0;
        var notable = words.NotableStarts;
        var notableCount = notable.Length;
        foreach (var p in numbers)
        {
            if (w == notableCount)
            {
                break;
            }

            var from = Math.Max(p - MaxReach, skipUntil);
            while (w < notableCount && notable[w] < from)
            {
                w++;
            }

            // Only capitalised words can start a street; most numbers have none before them.
            while (w < notableCount && notable[w] < p && !char.IsUpper(text[notable[w]]))
            {
                w++;
            }

            if (w == notableCount || notable[w] >= p)
            {
                continue;
            }

            // Every rule ends with the house number at p: without one, no word before it can match,
            // and without a postcode line below it, no word makes it an address-block line.
            var numberEnd = 0;
            var mayBeBlock = false;
            var reach = RulesReaching(text, p);
            if (reach != Reach.Street)
            {
                // Most numbers follow a plain lower-case word ("maart 2025"). An address-block
                // line is all that may be left, and it needs a postcode line below.
                if (reach == Reach.None)
                {
                    continue;
                }

                numberEnd = StreetRules.HouseNumberEnd(text, p);
                if (numberEnd < 0 || !StreetRules.IsAbovePostcode(text, numberEnd))
                {
                    continue;
                }

                mayBeBlock = true;
            }

            var start = NameStart(text, notable[w], p);
            for (; w < notableCount; w++)
            {
                var i = notable[w];
                if (i >= p)
                {
                    break;
                }

                if (i < start || i < skipUntil || !char.IsUpper(text[i]))
                {
                    continue;
                }

                if (numberEnd == 0)
                {
                    numberEnd = StreetRules.HouseNumberEnd(text, p);
                    if (numberEnd < 0)
                    {
                        break;
                    }

                    mayBeBlock = StreetRules.IsAbovePostcode(text, numberEnd);
                }

                var end = ReadStreet(text, i, p, numberEnd, mayBeBlock, out var streetStart, out var rule);
                if (end > 0)
                {
                    sink.Add(new Candidate(AddressDetector.Labels.Of(rule), streetStart, end, rule is "address.street-suffix" or "address.block-line" ? 0.9 : 0.8));
                    skipUntil = end;
                }
            }
        }
    }

    /// <summary>
    /// Which rules may end at the number at <paramref name="number"/>, read from the words
    /// before it. A street name passes at most three words after its capitalised first one,
    /// one space apart, each capitalised or a joiner ("van", "de"); an address-block line starts
    /// with a capitalised word at the start of a line and passes at most four more. Reads the
    /// <see cref="Window"/> characters before the number as bit masks, a word per step instead
    /// of a character per step, and answers <see cref="Reach.Street"/>, which leaves the number
    /// to the rules, wherever it cannot tell: a word that may go on past an apostrophe, hyphen or
    /// other script, words beyond the window, or no vectors.
    /// </summary>
    private static Reach RulesReaching(ReadOnlySpan<char> text, int number)
    {
        if (!CharBlocks.IsAccelerated || number < Window)
        {
            return Reach.Street;
        }

        // Bit k stands for the character at number - Window + k; bit 31 is the space before the number.
        uint letters, uppers, spaces, breaks, unsure;
        if (CharBlocks.IsWideAccelerated)
        {
            var block = CharBlocks.LoadWide(text, number - Window);
            letters = CharBlocks.AsciiLetters(block);
            uppers = CharBlocks.AsciiUppers(block);
            spaces = CharBlocks.Equal(block, ' ');
            breaks = CharBlocks.Equal(block, '\n');
            unsure = WordGoesOn(block);
        }
        else
        {
            var low = CharBlocks.Load(text, number - Window);
            var high = CharBlocks.Load(text, number - CharBlocks.Size);
            letters = CharBlocks.AsciiLetters(low) | (CharBlocks.AsciiLetters(high) << CharBlocks.Size);
            uppers = CharBlocks.AsciiUppers(low) | (CharBlocks.AsciiUppers(high) << CharBlocks.Size);
            spaces = CharBlocks.Equal(low, ' ') | (CharBlocks.Equal(high, ' ') << CharBlocks.Size);
            breaks = CharBlocks.Equal(low, '\n') | (CharBlocks.Equal(high, '\n') << CharBlocks.Size);
            unsure = WordGoesOn(low) | (WordGoesOn(high) << CharBlocks.Size);
        }

        var end = Window - 1;
        var isChain = true;
        for (var words = 0; words < MaxSpaces; words++)
        {
            var below = ~letters & ((1u << end) - 1);
            if (below == 0)
            {
                return Reach.Street;
            }

            var k = 31 - BitOperations.LeadingZeroCount(below);
            if ((unsure & (1u << k)) != 0)
            {
                return Reach.Street;
            }

            // Two spaces, a digit or punctuation end both rules' words.
            var wordStart = k + 1;
            if (wordStart == end)
            {
                return Reach.None;
            }

            var isCapital = (uppers & (1u << wordStart)) != 0;
            if (isCapital && isChain && words < 4)
            {
                return Reach.Street;
            }

            if ((breaks & (1u << k)) != 0)
            {
                return isCapital ? Reach.BlockLine : Reach.None;
            }

            if ((spaces & (1u << k)) == 0)
            {
                return Reach.None;
            }

            isChain = isChain && StreetRules.IsJoiner(text.Slice(number - Window + wordStart, end - wordStart));
            end = k;
        }

        return Reach.None;
    }

    /// <summary>Characters a word may go on over, which the masks of <see cref="RulesReaching"/> cannot follow.</summary>
    private static uint WordGoesOn(Vector256<ushort> block) =>
        CharBlocks.Equal(block, '\'') | CharBlocks.Equal(block, '-') | CharBlocks.NonAscii(block);

    /// <summary><see cref="WordGoesOn(Vector256{ushort})"/> for a wide block.</summary>
    private static uint WordGoesOn(Vector512<ushort> block) =>
        CharBlocks.Equal(block, '\'') | CharBlocks.Equal(block, '-') | CharBlocks.NonAscii(block);

    /// <summary>
    /// The leftmost offset, not before <paramref name="floor"/>, from which only name characters
    /// and at most <see cref="MaxSpaces"/> spaces lead to the number at <paramref name="number"/>.
    /// </summary>
    private static int NameStart(ReadOnlySpan<char> text, int floor, int number)
    {
        if (!CharBlocks.IsAccelerated || number < CharBlocks.Size)
        {
            return NameStartScalar(text, floor, number, 0);
        }

        // Sixteen characters at a time, from the number backwards: a character at a time took
        // a branch per character and a mispredicted one at the end, for some 17 characters a number.
        var spaces = 0;
        var k = number;
        while (true)
        {
            var at = k - CharBlocks.Size;
            var block = CharBlocks.Load(text, at);
            var spaceBits = CharBlocks.Equal(block, ' ');
            var nameBits = CharBlocks.AsciiLetters(block) | spaceBits | WordGoesOn(block);
            var stopBits = ~nameBits & 0xFFFF;
            if (at < floor)
            {
                // Characters before the floor stop the name as the end of the scalar loop does.
                stopBits |= (1u << (floor - at)) - 1;
            }

            // Spaces above the highest stop, counted from the top while they are allowed.
            var highestStop = stopBits == 0 ? -1 : 31 - BitOperations.LeadingZeroCount(stopBits);
            var above = spaceBits & (uint)(0xFFFFFFFFUL << (highestStop + 1));
            var count = BitOperations.PopCount(above);
            if (spaces + count > MaxSpaces)
            {
                for (var drop = MaxSpaces - spaces; drop > 0; drop--)
                {
                    above &= ~(1u << (31 - BitOperations.LeadingZeroCount(above)));
                }

                return at + (31 - BitOperations.LeadingZeroCount(above)) + 1;
            }

            if (stopBits != 0)
            {
                return at + highestStop + 1;
            }

            spaces += count;
            k = at;
            if (k < CharBlocks.Size)
            {
                return NameStartScalar(text, floor, k, spaces);
            }
        }
    }

    private static int NameStartScalar(ReadOnlySpan<char> text, int floor, int number, int spaces)
    {
        var table = NameChars;
        var k = number - 1;
        for (; k >= floor; k--)
        {
            var c = text[k];
            if (c < 0x80 && table[c] == 0)
            {
                break;
            }

            if (c == ' ' && ++spaces > MaxSpaces)
            {
                break;
            }
        }

        return k + 1;
    }

    private static int ReadStreet(ReadOnlySpan<char> text, int i, int number, int numberEnd, bool mayBeBlock, out int streetStart, out string rule)
    {
        var end = StreetRules.TryReadStreetAndNumber(text, i, TextScan.WordEnd(text, i), number, numberEnd, out streetStart, out rule);
        if (end < 0 && mayBeBlock && (end = StreetRules.TryReadBlockLine(text, i)) > 0)
        {
            streetStart = i;
            rule = "address.block-line";
        }

        return end;
    }

    private enum Reach
    {
        None,
        BlockLine,
        Street,
    }
}
