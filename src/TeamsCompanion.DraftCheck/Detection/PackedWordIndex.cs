using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Words of at most 16 ASCII characters, each packed as its lower-case bytes into 128 bits
/// (zeros after the end), mapped to a small value kept in the slot itself, so a hit reads one
/// place in memory. A word read as a block of characters (see
/// <see cref="CharBlocks"/>) becomes its key with a few vector operations, so a lookup needs
/// no loop over characters: one multiply for the hash, two compares for the key.
/// </summary>
internal readonly struct PackedWordIndex<TValue>
    where TValue : struct
{
    public const int MaxLength = 16;

    private static readonly Vector128<byte> Positions = Vector128.Create((byte)0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);

    private readonly Slot[] slots;
    private readonly int shift;

    /// <param name="keys">Lower-case ASCII keys with their values; longer keys are left out (no short word equals them).</param>
    public PackedWordIndex(IEnumerable<(string Key, TValue Value)> keys)
    {
        var packed = keys.Where(k => k.Key.Length is > 0 and <= MaxLength).Select(k => (Pack(k.Key), k.Value)).ToList();
        var bits = 4;
        while ((1 << bits) < packed.Count * 2)
        {
            bits++;
        }

        shift = 64 - bits;
        slots = new Slot[1 << bits];
        foreach (var ((lo, hi), value) in packed)
        {
            var slot = SlotOf(lo);
            while (slots[slot].Lo != 0)
            {
                slot = (slot + 1) & (slots.Length - 1);
            }

            slots[slot] = new Slot(lo, hi, value);
        }
    }

    /// <summary>
    /// Finds the word in the first <paramref name="length"/> characters of
    /// <paramref name="block"/> (ASCII letters, apostrophes and hyphens).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryFind(Vector256<ushort> block, int length, out TValue value)
    {
        // Setting bit 5 lowers a letter and leaves an apostrophe or hyphen as it is.
        var folded = block | Vector256.Create((ushort)0x20);
        var bytes = Vector128.Narrow(folded.GetLower(), folded.GetUpper())
            & Vector128.LessThan(Positions, Vector128.Create((byte)length));
        var lo = bytes.AsUInt64().ToScalar();
        var hi = bytes.AsUInt64().GetElement(1);
        var slot = SlotOf(lo);
        while (true)
        {
            ref readonly var candidate = ref slots[slot];
            if (candidate.Lo == lo && candidate.Hi == hi)
            {
                value = candidate.Value;
                return true;
            }

            if (candidate.Lo == 0)
            {
                value = default;
                return false;
            }

            slot = (slot + 1) & (slots.Length - 1);
        }
    }

    // The first eight characters decide most words, and a longer word that shares them with
    // another only probes one slot further.
    private int SlotOf(ulong lo) => (int)((lo * 0xBF58476D1CE4E5B9) >> shift);

    private static (ulong Lo, ulong Hi) Pack(string key)
    {
        Span<byte> bytes = stackalloc byte[MaxLength];
        bytes.Clear();
        for (var k = 0; k < key.Length; k++)
        {
            bytes[k] = (byte)key[k];
        }

        return (BitConverter.ToUInt64(bytes), BitConverter.ToUInt64(bytes[8..]));
    }

    private readonly record struct Slot(ulong Lo, ulong Hi, TValue Value);
}
