using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// The words where some term list matches, found by one walk of <see cref="WordLists.Trie"/>
/// per word, in text order. The word scanners read their list's matches from here instead of
/// each walking every word. Storage is rented; dispose to return it.
/// </summary>
internal sealed class WordMatches : IDisposable
{
    // Below this many words, a walk cache (see WalkCache) is not used.
    private const int MinWordsForCache = 64;

    // Room for the passed words of about a 1.5 MB text (3 MB of matches).
    private const int MaxInitialMatches = 1 << 16;

    private WordMatch[] items = [];

    public int Count { get; private set; }

    public ref readonly WordMatch this[int index] => ref items[index];

    // One long loop per check: run optimised code from the first call (see README).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WordMatches Of(ReadOnlySpan<char> text, WordStarts words)
    {
        var matches = new WordMatches();
        var trie = WordLists.Trie;
        var hits = default(TermHits);
        var passed = words.Passed;

        // A passed word gives one match at most: room for all, so the list of a text up to a few
        // MB never grows and copies; above that it grows as needed instead of renting for every word.
        if (passed.Length > 0)
        {
            matches.items = ArrayPool<WordMatch>.Shared.Rent(Math.Min(passed.Length, MaxInitialMatches));
        }

        var k = 0;

        // Few words repeat in a short text: the table would cost more than it saves.
        if (passed.Length >= MinWordsForCache && Vector256.IsHardwareAccelerated)
        {
            var table = WalkCache.Rent();
            Span<ulong> kept = stackalloc ulong[WalkCache.Size / 64];
            kept.Clear();
            ref var text0 = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; k < passed.Length; k++)
            {
                var start = (int)passed[k];
                if (start > text.Length - WalkCache.Window)
                {
                    break;
                }

                var slot = WalkCache.Slot(ref text0, start);
                ref var outcome = ref table[slot];
                if (WalkCache.Holds(outcome, ref text0, start))
                {
                    if (matches.Count == matches.items.Length)
                    {
                        matches.Grow();
                    }

                    WalkCache.Restore(outcome, start, ref matches.items[matches.Count]);
                    matches.Count += outcome.Lists != 0 ? 1 : 0;
                    continue;
                }

                var key = (uint)(passed[k] >> 32);
                var node = (int)(key >> TermTrie.ListCount);
                var lists = trie.WalkMeasured(text, node != 0 ? start + 3 : start, node, key & TermTrie.AllLists, ref hits, out var reach);
                if (WalkCache.Keep(ref outcome, ref text0, start, reach, lists, hits))
                {
                    kept[slot >> 6] |= 1ul << slot;
                }

                if (lists != 0)
                {
                    matches.Add(start, lists, hits);
                }
            }

            WalkCache.Return(table, kept);
        }

        // WordStarts has applied the filter, which rejects most words; a key without a node (a
        // word shorter than three characters at the end) walks from the root.
        foreach (var entry in passed[k..])
        {
            var start = (int)entry;
            var key = (uint)(entry >> 32);
            var node = (int)(key >> TermTrie.ListCount);
            var lists = trie.Walk(text, node != 0 ? start + 3 : start, node, key & TermTrie.AllLists, ref hits);
            if (lists != 0)
            {
                matches.Add(start, lists, hits);
            }
        }

        return matches;
    }

    public void Dispose()
    {
        if (items.Length > 0)
        {
            ArrayPool<WordMatch>.Shared.Return(items);
        }

        items = [];
        Count = 0;
    }

    // Inlined into the word loop: the match is built in its slot, not copied through a call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Add(int start, uint lists, in TermHits hits)
    {
        if (Count == items.Length)
        {
            Grow();
        }

        items[Count++] = new WordMatch(start, lists, hits);
    }

    private void Grow()
    {
        var larger = ArrayPool<WordMatch>.Shared.Rent(Math.Max(64, items.Length * 2));
        items.AsSpan(0, Count).CopyTo(larger);
        if (items.Length > 0)
        {
            ArrayPool<WordMatch>.Shared.Return(items);
        }

        items = larger;
    }
}

/// <summary>The terms found at one word start.</summary>
/// <param name="Start">Offset of the word.</param>
/// <param name="Lists">A bit per <see cref="WordList"/> that matched.</param>
/// <param name="Hits">Ends and categories; valid only for the lists in <paramref name="Lists"/>.</param>
internal readonly record struct WordMatch(int Start, uint Lists, TermHits Hits)
{
    /// <summary>End of the longest term of <paramref name="list"/> at <see cref="Start"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int End(WordList list, out string? category)
    {
        if ((Lists & (1u << (int)list)) == 0)
        {
            category = null;
            return -1;
        }

        category = WordLists.Trie.Category(Hits.Slots[(int)list]);
        return Hits.Ends[(int)list];
    }
}
