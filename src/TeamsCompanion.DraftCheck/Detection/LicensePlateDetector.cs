using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Dutch kentekens in the 14 sidecodes (X letter, 9 digit). With dashes the shape alone is
/// enough; written without dashes a plate needs "kenteken" nearby, because six letters and
/// digits in a row are too often a code of some other kind.
/// </summary>
internal static class LicensePlateDetector
{
    private const int MaxPlateLength = 8;

    private static readonly string[] Sidecodes =
    [
        "XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9",
        "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9",
    ];

    private static readonly FoldedKeywords PlateContext = new(Keywords.LicensePlate);

    // Each sidecode's shape as a key (see ShapeKey), with and without its dashes, in sidecode order.
    private static readonly int[] DashedKeys = [.. Sidecodes.Select(code => ShapeKey(code.Replace('9', '0')))];
    private static readonly int[] UndashedKeys = [.. Sidecodes.Select(code => ShapeKey(code.Replace("-", string.Empty, StringComparison.Ordinal).Replace('9', '0')))];

    // A label per sidecode, with its rule "license-plate.sidecode-N".
    private static readonly Label[] SidecodeLabels =
        [.. Enumerable.Range(1, Sidecodes.Length).Select(n => Label.Finding(
            FindingTypes.LicensePlate, null, "license-plate.sidecode-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture), Priority.LicensePlate))];

    /// <summary>
    /// Adds the plate around digit run <paramref name="r"/> of <paramref name="starts"/> and
    /// <paramref name="ends"/>, if there is one; the caller has seen that the run has at most
    /// four digits (no sidecode has more in a row) and a token character next to it: whether
    /// the character before the run (<paramref name="tokenBefore"/>) and after it
    /// (<paramref name="tokenAfter"/>) is one, as the caller has read them.
    /// </summary>
    public static void TryAt(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int r, bool tokenBefore, bool tokenAfter, CandidateSet sink, ref int skipUntil)
    {
        var d = starts[r];
        var runEnd = ends[r];
        if ((tokenAfter && r + 1 < starts.Length && starts[r + 1] == runEnd + 1 && ends[r + 1] - d > MaxPlateLength)
            || (tokenBefore && r > 0 && ends[r - 1] == d - 1 && runEnd - starts[r - 1] > MaxPlateLength))
        {
            // The token character next to the run joins it to a neighbouring run, and the two
            // span more than a plate ("2025-004512", "06-12345678"): the run ends says so
            // without reading the token.
            return;
        }

        // A plate is a whole token of letters, digits and dashes. The answer depends on the
        // token alone, so its other digit runs ("14-03-1980") are not looked at again.
        var (i, end) = TokenAround(text, d, runEnd);
        skipUntil = end;

        // Dashed sidecodes have eight characters, undashed ones six.
        if (end - i is not (6 or 8) || !char.IsAsciiLetterOrDigit(text[i]) || !IsPlateBoundary(text, i - 1)
            || !IsPlateBoundary(text, end) || text[end - 1] == '-')
        {
            return;
        }

        var token = text[i..end];
        var dashed = token.Contains('-');
        if (!dashed && token.Length != 6)
        {
            return;
        }

        // The shape is checked before the context because context lookups cost more.
        var sidecode = Array.IndexOf(dashed ? DashedKeys : UndashedKeys, ShapeKey(token));
        if (sidecode < 0 || !HasAllowedLetters(token, sidecode))
        {
            return;
        }

        // Lower case ("21-sjr-6") or no dashes: only with "kenteken" nearby.
        var before = default(ContextBefore);
        var hasContext = before.HasBefore(text, i, 40, PlateContext);
        if ((!dashed || token.ContainsAnyInRange('a', 'z')) && !hasContext)
        {
            return;
        }

        var confidence = dashed ? (hasContext ? 0.97 : 0.9) : 0.85;
        sink.Add(new Candidate(SidecodeLabels[sidecode], i, end, confidence));
    }

    /// <summary>
    /// The bounds of the letter, digit and dash token around the run [<paramref name="d"/>,
    /// <paramref name="runEnd"/>) when it has at most <see cref="MaxPlateLength"/> characters;
    /// for a longer token, a longer stretch of it around the run.
    /// </summary>
    private static (int Start, int End) TokenAround(ReadOnlySpan<char> text, int d, int runEnd)
    {
        if (CharBlocks.IsAccelerated && d >= CharBlocks.Size && runEnd + CharBlocks.Size <= text.Length)
        {
            // Bit k of before is the character at d - 16 + k; of after, at runEnd + k. The
            // extra bits stand for a token longer than a plate.
            var before = ~TokenChars(CharBlocks.Load(text, d - CharBlocks.Size)) | 1u;
            var after = ~TokenChars(CharBlocks.Load(text, runEnd)) | (1u << CharBlocks.Size);
            return (d + CharBlocks.Size - BitOperations.LeadingZeroCount(before & 0xFFFF), runEnd + BitOperations.TrailingZeroCount(after));
        }

        var start = d;
        while (start > 0 && d - start <= MaxPlateLength && IsTokenChar(text[start - 1]))
        {
            start--;
        }

        var end = runEnd;
        while (end < text.Length && end - start <= MaxPlateLength && IsTokenChar(text[end]))
        {
            end++;
        }

        return (start, end);
    }

    private static uint TokenChars(Vector256<ushort> block) =>
        CharBlocks.AsciiLetters(block) | CharBlocks.Digits(block) | CharBlocks.Equal(block, '-');

    /// <summary>A character of a plate token: an ASCII letter or digit, or a dash.</summary>
    public static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';

    private static bool IsPlateBoundary(ReadOnlySpan<char> text, int index) =>
        index < 0 || index >= text.Length || !(char.IsLetterOrDigit(text[index]) || text[index] is '-' or '_' or '/');

    /// <summary>
    /// The token's shape, two bits a character (digit, dash, anything else as a letter) and
    /// its length: one integer compare per sidecode instead of a shape string compared with
    /// each sidecode pattern.
    /// </summary>
    private static int ShapeKey(ReadOnlySpan<char> token)
    {
        var key = token.Length;
        foreach (var c in token)
        {
            key = (key << 2) | (char.IsAsciiDigit(c) ? 1 : c == '-' ? 2 : 3);
        }

        return key;
    }

    // Sidecodes 4 and later use no vowels and no C or Q; older plates used more letters.
    private static bool HasAllowedLetters(ReadOnlySpan<char> token, int sidecode)
    {
        if (sidecode < 3)
        {
            return true;
        }

        foreach (var c in token)
        {
            if (char.ToUpperInvariant(c) is 'A' or 'E' or 'I' or 'O' or 'U' or 'C' or 'Q')
            {
                return false;
            }
        }

        return true;
    }
}
