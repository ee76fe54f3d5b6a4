using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// One pass over the text for the word-based scanners, so none of them visits characters: the
/// notable word starts (a word start is a letter not preceded by a letter or digit; notable:
/// capitalised, at the start of the text, or right after a line break or '@'), which the name
/// and address scanners start from, and the word starts the word-list filter passes, with their
/// keys (<see cref="TermStartFilter.Key"/>), looked up while the block is at hand. The buffers
/// are rented; dispose to return them.
/// </summary>
internal sealed class WordStarts : IDisposable
{
    private int[] notable;
    private ulong[] passed;

    private WordStarts(int[] notable, int notableCount, ulong[] passed, int passedCount)
    {
        this.notable = notable;
        this.passed = passed;
        NotableCount = notableCount;
        PassedCount = passedCount;
    }

    public int NotableCount { get; private set; }

    public int PassedCount { get; private set; }

    /// <summary>
    /// The words the word-list filter passes, ascending: the key (<see cref="TermStartFilter.Key"/>,
    /// or the lists of <see cref="TermStartFilter.MayMatch"/> without a node for a word of fewer
    /// than three characters at the end) in the high half, the start in the low half.
    /// </summary>
    public ReadOnlySpan<ulong> Passed => passed.AsSpan(0, PassedCount);

    /// <summary>The offset of the <paramref name="index"/>th notable word start.</summary>
    public int Notable(int index) => notable[index];

    /// <summary>All notable word starts, ascending: a loop over a span needs no bounds check per word.</summary>
    public ReadOnlySpan<int> NotableStarts => notable.AsSpan(0, NotableCount);

    // One long loop per check: run optimised code from the first call (see README).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WordStarts Of(ReadOnlySpan<char> text)
    {
        // At most one word start per two characters (a letter and a separator).
        var notable = ArrayPool<int>.Shared.Rent(Math.Max((text.Length / 2) + 1, 1));
        var passed = ArrayPool<ulong>.Shared.Rent(Math.Max((text.Length / 2) + 1, 1));
        var filter = WordLists.Trie.Filter;
        var cursor = default(Cursor);
        if (CharBlocks.IsAccelerated)
        {
            // The keys read two characters past the block.
            while (cursor.Index + CharBlocks.Size + 2 <= text.Length)
            {
                if (CharBlocks.IsWideAccelerated)
                {
                    WideAsciiBlocks(text, ref cursor, notable, passed, filter.Keys);
                }

                AsciiBlocks(text, ref cursor, notable, passed, filter.Keys);
                if (cursor.Index + CharBlocks.Size + 2 > text.Length)
                {
                    break;
                }

                MixedBlock(text, ref cursor, notable, passed, filter);
            }
        }

        for (; cursor.Index < text.Length; cursor.Index++)
        {
            Classify(text, notable, filter, passed, ref cursor);
        }

        return new WordStarts(notable, cursor.NotableCount, passed, cursor.PassedCount);
    }

    /// <summary>
    /// Classifies blocks from the cursor on while they are ASCII (with the two characters after
    /// them). Its own method, without calls, so that all counts stay in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    private static void AsciiBlocks(ReadOnlySpan<char> text, ref Cursor cursor, int[] notable, ulong[] passed, ReadOnlySpan<uint> keys)
    {
        // The indexes below stay inside their buffers: an offset in a block is below its Size, a
        // key index of ASCII classes inside Keys (see TermStartFilter.KeyIndexes), and both
        // counts below the number of word starts, which Of rents room for. Unchecked, the loop
        // over the words of a block is a third shorter.
        Span<ushort> keyIndexes = stackalloc ushort[CharBlocks.Size];
        ref var keyIndex0 = ref MemoryMarshal.GetReference(keyIndexes);
        ref var key0 = ref MemoryMarshal.GetReference(keys);
        ref var passed0 = ref MemoryMarshal.GetArrayDataReference(passed);
        ref var notable0 = ref MemoryMarshal.GetArrayDataReference(notable);
        var i = cursor.Index;
        var notableCount = cursor.NotableCount;
        var passedCount = cursor.PassedCount;
        var previousIsWordChar = cursor.PreviousIsWordChar;
        var previousIsBreak = i == 0 || text[i - 1] is '\n' or '@';
        for (; i + CharBlocks.Size + 2 <= text.Length; i += CharBlocks.Size)
        {
            var block = CharBlocks.Load(text, i);
            var third = CharBlocks.Load(text, i + 2);
            if (!CharBlocks.IsAscii(block | third))
            {
                break;
            }

            var letters = CharBlocks.AsciiLetters(block);
            var wordChars = letters | CharBlocks.Digits(block);
            var wordStarts = letters & ~((wordChars << 1) | (previousIsWordChar ? 1u : 0u));
            previousIsWordChar = (wordChars >> (CharBlocks.Size - 1)) != 0;
            TermStartFilter.KeyIndexes(block, CharBlocks.Load(text, i + 1), third).CopyTo(keyIndexes);
            passedCount = AddPassed(wordStarts, i, ref keyIndex0, ref key0, ref passed0, passedCount);

            // The break before the block is carried over from the one before, not read again.
            var breaks = CharBlocks.Equal(block, '\n') | CharBlocks.Equal(block, '@');
            var afterBreak = (breaks << 1) | (previousIsBreak ? 1u : 0u);
            previousIsBreak = (breaks >> (CharBlocks.Size - 1)) != 0;
            notableCount = AddNotable(wordStarts & (CharBlocks.AsciiUppers(block) | afterBreak), i, ref notable0, notableCount);
        }

        cursor.Index = i;
        cursor.NotableCount = notableCount;
        cursor.PassedCount = passedCount;
        cursor.PreviousIsWordChar = previousIsWordChar;
    }

    /// <summary>
    /// <see cref="AsciiBlocks"/> 32 characters at a time, where the processor has 64-byte vectors:
    /// half the block work per character. Stops where the next 32 characters (and two more) are not
    /// all ASCII; AsciiBlocks then goes on in smaller blocks.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    private static void WideAsciiBlocks(ReadOnlySpan<char> text, ref Cursor cursor, int[] notable, ulong[] passed, ReadOnlySpan<uint> keys)
    {
        const int Size = CharBlocks.WideSize;

        // Indexes stay inside their buffers as in AsciiBlocks (64 offsets in a pair of blocks here).
        Span<ushort> keyIndexes = stackalloc ushort[2 * Size];
        ref var keyIndex0 = ref MemoryMarshal.GetReference(keyIndexes);
        ref var key0 = ref MemoryMarshal.GetReference(keys);
        ref var passed0 = ref MemoryMarshal.GetArrayDataReference(passed);
        ref var notable0 = ref MemoryMarshal.GetArrayDataReference(notable);
        var i = cursor.Index;
        var notableCount = cursor.NotableCount;
        var passedCount = cursor.PassedCount;
        var previousIsWordChar = cursor.PreviousIsWordChar;
        var previousIsBreak = i == 0 || text[i - 1] is '\n' or '@';

        // Two blocks at a time, their words in one loop: a loop over a block's words runs a
        // varying number of times and its exit is mispredicted about once a loop.
        for (; i + (2 * Size) + 2 <= text.Length; i += 2 * Size)
        {
            var block = CharBlocks.LoadWide(text, i);
            var next = CharBlocks.LoadWide(text, i + Size);
            var third = CharBlocks.LoadWide(text, i + 2);
            var nextThird = CharBlocks.LoadWide(text, i + Size + 2);
            if (!CharBlocks.IsAscii(block | third | next | nextThird))
            {
                break;
            }

            var letters = CharBlocks.AsciiLetters(block);
            var wordChars = letters | CharBlocks.Digits(block);
            var wordStarts = letters & ~((wordChars << 1) | (previousIsWordChar ? 1u : 0u));
            var nextLetters = CharBlocks.AsciiLetters(next);
            var nextWordChars = nextLetters | CharBlocks.Digits(next);
            var nextWordStarts = nextLetters & ~((nextWordChars << 1) | (wordChars >> (Size - 1)));
            previousIsWordChar = (nextWordChars >> (Size - 1)) != 0;
            TermStartFilter.KeyIndexes(block, CharBlocks.LoadWide(text, i + 1), third).StoreUnsafe(ref keyIndex0);
            TermStartFilter.KeyIndexes(next, CharBlocks.LoadWide(text, i + Size + 1), nextThird).StoreUnsafe(ref keyIndex0, Size);
            passedCount = AddPassed(wordStarts | ((ulong)nextWordStarts << Size), i, ref keyIndex0, ref key0, ref passed0, passedCount);

            var breaks = CharBlocks.Equal(block, '\n') | CharBlocks.Equal(block, '@');
            var nextBreaks = CharBlocks.Equal(next, '\n') | CharBlocks.Equal(next, '@');
            var afterBreak = (breaks << 1) | (previousIsBreak ? 1u : 0u);
            var nextAfterBreak = (nextBreaks << 1) | (breaks >> (Size - 1));
            previousIsBreak = (nextBreaks >> (Size - 1)) != 0;
            var notableStarts = (wordStarts & (CharBlocks.AsciiUppers(block) | afterBreak))
                | ((ulong)(nextWordStarts & (CharBlocks.AsciiUppers(next) | nextAfterBreak)) << Size);
            notableCount = AddNotable(notableStarts, i, ref notable0, notableCount);
        }

        for (; i + Size + 2 <= text.Length; i += Size)
        {
            var block = CharBlocks.LoadWide(text, i);
            var third = CharBlocks.LoadWide(text, i + 2);
            if (!CharBlocks.IsAscii(block | third))
            {
                break;
            }

            var letters = CharBlocks.AsciiLetters(block);
            var wordChars = letters | CharBlocks.Digits(block);
            var wordStarts = letters & ~((wordChars << 1) | (previousIsWordChar ? 1u : 0u));
            previousIsWordChar = (wordChars >> (Size - 1)) != 0;
            TermStartFilter.KeyIndexes(block, CharBlocks.LoadWide(text, i + 1), third).StoreUnsafe(ref keyIndex0);
            passedCount = AddPassed(wordStarts, i, ref keyIndex0, ref key0, ref passed0, passedCount);

            var breaks = CharBlocks.Equal(block, '\n') | CharBlocks.Equal(block, '@');
            var afterBreak = (breaks << 1) | (previousIsBreak ? 1u : 0u);
            previousIsBreak = (breaks >> (Size - 1)) != 0;
            notableCount = AddNotable(wordStarts & (CharBlocks.AsciiUppers(block) | afterBreak), i, ref notable0, notableCount);
        }

        cursor.Index = i;
        cursor.NotableCount = notableCount;
        cursor.PassedCount = passedCount;
        cursor.PreviousIsWordChar = previousIsWordChar;
    }

    /// <summary>
    /// The block at the cursor, which holds characters outside ASCII (an accented letter, a
    /// euro sign, a curly quote) in it or in the two after it, classified as <see cref="Classify"/>
    /// does: masks for the ASCII characters, char.IsLetter and char.IsDigit only for the others,
    /// and the filter's key read per word, as that turns any non-ASCII character into all lists.
    /// One character at a time, such a block cost several times an ASCII one.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void MixedBlock(ReadOnlySpan<char> text, ref Cursor cursor, int[] notable, ulong[] passed, TermStartFilter filter)
    {
        var i = cursor.Index;
        var block = CharBlocks.Load(text, i);
        var letters = CharBlocks.AsciiLetters(block);
        var digits = CharBlocks.Digits(block);
        var uppers = CharBlocks.AsciiUppers(block);
        var others = CharBlocks.NonAscii(block);
        for (var bits = others; bits != 0; bits &= bits - 1)
        {
            var offset = BitOperations.TrailingZeroCount(bits);
            var c = text[i + offset];
            if (char.IsLetter(c))
            {
                letters |= 1u << offset;
                uppers |= char.IsUpper(c) ? 1u << offset : 0;
            }
            else if (char.IsDigit(c))
            {
                digits |= 1u << offset;
            }
        }

        var wordChars = letters | digits;
        var wordStarts = letters & ~((wordChars << 1) | (cursor.PreviousIsWordChar ? 1u : 0u));
        var breaks = CharBlocks.Equal(block, '\n') | CharBlocks.Equal(block, '@');
        var afterBreak = (breaks << 1) | (i == 0 || text[i - 1] is '\n' or '@' ? 1u : 0u);
        for (var bits = wordStarts; bits != 0; bits &= bits - 1)
        {
            var start = i + BitOperations.TrailingZeroCount(bits);
            if (((uppers | afterBreak) & (bits & (0u - bits))) != 0)
            {
                notable[cursor.NotableCount++] = start;
            }

            // The block has two characters after it, so every word here has a key.
            var key = filter.Key(text[start], text[start + 1], text[start + 2]);
            if ((key & TermTrie.AllLists) != 0)
            {
                passed[cursor.PassedCount++] = ((ulong)key << 32) | (uint)start;
            }
        }

        cursor.PreviousIsWordChar = (wordChars >> (CharBlocks.Size - 1)) != 0;
        cursor.Index = i + CharBlocks.Size;
    }

    /// <summary>
    /// Adds the words starting at the bits of <paramref name="wordStarts"/> (offsets from
    /// <paramref name="i"/>; one block or a pair of wide blocks) with their keys to the passed
    /// words; returns the new count.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int AddPassed(ulong wordStarts, int i, ref ushort keyIndex0, ref uint key0, ref ulong passed0, int passedCount)
    {
        for (var bits = wordStarts; bits != 0; bits &= bits - 1)
        {
            var offset = BitOperations.TrailingZeroCount(bits);

            // Written for every word, counted only when it may match: no branch to mispredict.
            var key = Unsafe.Add(ref key0, Unsafe.Add(ref keyIndex0, offset));
            Unsafe.Add(ref passed0, passedCount) = ((ulong)key << 32) | (uint)(i + offset);
            passedCount += (int)(((key & TermTrie.AllLists) + TermTrie.AllLists) >> TermTrie.ListCount);
        }

        return passedCount;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int AddNotable(ulong starts, int i, ref int notable0, int notableCount)
    {
        for (var bits = starts; bits != 0; bits &= bits - 1)
        {
            Unsafe.Add(ref notable0, notableCount++) = i + BitOperations.TrailingZeroCount(bits);
        }

        return notableCount;
    }

    private static void Classify(ReadOnlySpan<char> text, int[] notable, TermStartFilter filter, ulong[] passed, ref Cursor cursor)
    {
        var i = cursor.Index;
        var c = text[i];
        var isLetter = char.IsAsciiLetter(c) || (c >= 0x80 && char.IsLetter(c));
        if (isLetter && !cursor.PreviousIsWordChar)
        {
            if (i == 0 || char.IsUpper(c) || text[i - 1] is '\n' or '@')
            {
                notable[cursor.NotableCount++] = i;
            }

            // A word of fewer than three characters at the end has no key: the filter reads it,
            // and its walk starts at the root (node 0 in the key).
            var key = i + 2 < text.Length ? filter.Key(c, text[i + 1], text[i + 2]) : filter.MayMatch(text, i);
            if ((key & TermTrie.AllLists) != 0)
            {
                passed[cursor.PassedCount++] = ((ulong)key << 32) | (uint)i;
            }
        }

        cursor.PreviousIsWordChar = isLetter || char.IsAsciiDigit(c) || (c >= 0x80 && char.IsDigit(c));
    }

    public void Dispose()
    {
        if (notable.Length > 0)
        {
            ArrayPool<int>.Shared.Return(notable);
            ArrayPool<ulong>.Shared.Return(passed);
            notable = [];
            passed = [];
            NotableCount = PassedCount = 0;
        }
    }

    // Where a pass over the text stands: the next character and the counts so far.
    private struct Cursor
    {
        public int Index;
        public int NotableCount;
        public int PassedCount;
        public bool PreviousIsWordChar;
    }
}
