using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// A <see cref="KeywordSet"/> prepared for <see cref="ContextBefore"/>: its ASCII keywords as
/// lower-case bytes, in up to eight buckets, with nibble tables for their first three bytes
/// (the "Teddy" multi-literal filter): one vector shuffle per nibble and byte marks, at 32
/// positions at once, which buckets may start a keyword there. Ignoring case (ordinal), no
/// character outside ASCII equals an ASCII one (a test checks every character), so an ASCII
/// keyword occurs in a window exactly where its bytes occur in the window folded to
/// lower-case ASCII with every other character as 0x80. The other keywords ("€", "£") are
/// searched in the text as before.
/// </summary>
internal sealed class FoldedKeywords
{
    /// <summary>Longer keywords are searched in the text (none is this long).</summary>
    public const int MaxLength = 32;

    /// <summary>How many leading bytes the filter looks at.</summary>
    public const int FilterBytes = 3;

    private const int BucketCount = 8;

    // One field per filter byte, not arrays: the filter runs for every number's context, and
    // array reads cost a bounds check and an indirection each time.
    private readonly Vector256<byte> low0;
    private readonly Vector256<byte> low1;
    private readonly Vector256<byte> low2;
    private readonly Vector256<byte> high0;
    private readonly Vector256<byte> high1;
    private readonly Vector256<byte> high2;

    public FoldedKeywords(KeywordSet set)
    {
        Set = set;
        var folded = new List<byte[]>();
        var other = new List<string>();
        foreach (var word in set.Words)
        {
            if (word.Length is > 0 and <= MaxLength && word.All(c => c is > '\0' and < (char)0x80))
            {
                folded.Add([.. word.Select(c => (byte)char.ToLowerInvariant(c))]);
            }
            else
            {
                other.Add(word);
            }
        }

        // Neighbours in sorted order share a bucket: they tend to share leading bytes, so
        // mixing their nibbles lets few other byte values through.
        folded.Sort((x, y) => x.AsSpan().SequenceCompareTo(y));
        Buckets = [.. Enumerable.Range(0, BucketCount).Select(b => folded.Where((_, k) => k * BucketCount / Math.Max(folded.Count, 1) == b).ToArray())];
        var low = new Vector256<byte>[FilterBytes];
        var high = new Vector256<byte>[FilterBytes];
        for (var offset = 0; offset < FilterBytes; offset++)
        {
            var lows = new byte[16];
            var highs = new byte[16];
            for (var b = 0; b < BucketCount; b++)
            {
                foreach (var word in Buckets[b])
                {
                    for (var nibble = 0; nibble < 16; nibble++)
                    {
                        // Past a short keyword's end any byte may follow.
                        var any = offset >= word.Length;
                        lows[nibble] |= any || (word[Math.Min(offset, word.Length - 1)] & 0xF) == nibble ? (byte)(1 << b) : (byte)0;
                        highs[nibble] |= any || (word[Math.Min(offset, word.Length - 1)] >> 4) == nibble ? (byte)(1 << b) : (byte)0;
                    }
                }
            }

            // The shuffle looks up within each 16-byte half: both halves hold the table.
            low[offset] = Vector256.Create(Vector128.Create(lows), Vector128.Create(lows));
            high[offset] = Vector256.Create(Vector128.Create(highs), Vector128.Create(highs));
        }

        (low0, low1, low2) = (low[0], low[1], low[2]);
        (high0, high1, high2) = (high[0], high[1], high[2]);
        Other = other.Count > 0 ? new KeywordSet([.. other]) : null;
    }

    public static bool IsSupported => Avx2.IsSupported;

    public KeywordSet Set { get; }

    /// <summary>The keywords that are not ASCII (or too long), or null when there are none.</summary>
    public KeywordSet? Other { get; }

    /// <summary>The folded ASCII keywords of each bucket.</summary>
    public byte[][][] Buckets { get; }

    /// <summary>
    /// For 32 positions: bit b set when a keyword of bucket b may start there, given the bytes
    /// at the positions (<paramref name="at0"/>) and one and two further on.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<byte> MayStart(Vector256<byte> at0, Vector256<byte> at1, Vector256<byte> at2) =>
        MayBe(at0, low0, high0) & MayBe(at1, low1, high1) & MayBe(at2, low2, high2);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> MayBe(Vector256<byte> bytes, Vector256<byte> low, Vector256<byte> high)
    {
        var nibble = Vector256.Create((byte)0xF);
        return Avx2.Shuffle(low, bytes & nibble)
            & Avx2.Shuffle(high, Vector256.ShiftRightLogical(bytes.AsUInt16(), 4).AsByte() & nibble);
    }
}
