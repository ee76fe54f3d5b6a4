using System.Numerics;
using System.Runtime.CompilerServices;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Rules out most capitalised words as the start of a bare name (see
/// <see cref="NameDetector"/>) from one block of characters and two bit tables, so that they
/// cost no name-list lookup: nearly all capitals in a text start no name, and each lookup cost
/// as much as the rest of the word's visit. A bare name needs a listed first name, initials or a
/// second capitalised word; that second word must follow after one space, so a word that is no
/// first name and is followed by neither a capital nor a tussenvoegsel starts none. The tables
/// answer "some first name (tussenvoegsel) starts with these three letters", so they never rule
/// out a listed word; a word they pass as a first name is then looked up in the first names
/// themselves. Anything the block does not show plainly is passed on to the full rules.
/// </summary>
internal sealed class NameStartFilter
{
    // A bit per three-letter start: five bits per letter (1..26; 0 past the word's end).
    private const int PrefixCount = 1 << 15;

    private readonly ulong[] firstNames = new ulong[PrefixCount / 64];
    private readonly ulong[] joiners = new ulong[PrefixCount / 64];

    // The first names themselves, for the few words whose first three letters pass: "Kenteken"
    // starts like "Kenneth", and each such word cost a whole bare-name read.
    private readonly PackedWordIndex<byte> firstNameWords;

    /// <param name="words">The name lists, keys compared ignoring case.</param>
    public NameStartFilter(IEnumerable<KeyValuePair<string, NameWord>> words)
    {
        var firstNameKeys = new List<(string, byte)>();
        foreach (var (key, word) in words)
        {
            if (PrefixOf(key) is not { } prefix)
            {
                continue;
            }

            if (word.IsFirstName)
            {
                firstNames[prefix >> 6] |= 1UL << prefix;
                if (AsciiForm(key) is { } ascii)
                {
                    firstNameKeys.Add((ascii, 1));
                }
            }

            if (word.IsJoinerWord)
            {
                joiners[prefix >> 6] |= 1UL << prefix;
            }
        }

        firstNameWords = new PackedWordIndex<byte>(firstNameKeys);
    }

    /// <summary>
    /// False when the capitalised word at <paramref name="i"/> cannot start a bare name; true
    /// when it may (then the full rules decide).
    /// </summary>
    public bool MayStart(ReadOnlySpan<char> text, int i)
    {
        // Prefix reads up to two characters past the block.
        if (!CharBlocks.IsAccelerated || i > text.Length - CharBlocks.Size - 2)
        {
            return true;
        }

        var block = CharBlocks.Load(text, i);
        var letters = CharBlocks.AsciiLetters(block);
        var uppers = CharBlocks.AsciiUppers(block);
        var length = BitOperations.TrailingZeroCount(~letters);

        // The word, the character after it and the next word's first letter must be in the block.
        if (length == 0 || length > CharBlocks.Size - 3)
        {
            return true;
        }

        var after = text[i + length];
        var acronym = IsAcronym(uppers, length);
        var prefix = Prefix(text, i, length);
        if (after != ' ')
        {
            // An initial ("J."), or a word whose end the block does not settle: a hyphen joins
            // words only before a letter ("Jan-Willem", not "TKL-3").
            if ((after == '.' && length == 1) || after is '\'' or >= '\u0080' || (after == '-' && IsLetterOrBeyond(text[i + length + 1])))
            {
                return true;
            }

            // Alone, the word is a name only as a listed first name.
            return !acronym && IsFirstName(text, i, length, prefix);
        }

        var next = text[i + length + 1];
        if (!char.IsAsciiLetter(next))
        {
            return next is '\'' or >= '\u0080' || (!acronym && IsFirstName(text, i, length, prefix));
        }

        // Without a cue an acronym ends the name before it starts.
        var joiner = length <= NameCues.MaxJoinerLength && Has(joiners, prefix);
        if (acronym && !joiner)
        {
            return false;
        }

        if (IsFirstName(text, i, length, prefix))
        {
            return true;
        }

        // No first name: a second capitalised word or an initial must follow, maybe after
        // tussenvoegsels ("Kenteken van de auto" has none). The word itself may be a
        // tussenvoegsel ("In het gesprek"), which then needs one just the same.
        return FollowsOn(text, i, letters, uppers, length + 1, joiner);
    }

    /// <summary>
    /// Whether the words from <paramref name="i"/> + <paramref name="at"/> on (a letter after one
    /// space) can bring a name without a listed first name to an initial or a second capitalised
    /// word through tussenvoegsels. After a sentence start, a word that is neither first name
    /// nor tussenvoegsel needs an initial (see <see cref="NameDetector.TryBare"/>): capitalised
    /// words then only lead on to one.
    /// </summary>
    private bool FollowsOn(ReadOnlySpan<char> text, int i, uint letters, uint uppers, int at, bool joiner)
    {
        // Judged only when a capitalised word is reached: most words end before that.
        var sentenceStart = -1;
        while (true)
        {
            var length = BitOperations.TrailingZeroCount(~(letters >> at));
            if (at + length >= CharBlocks.Size)
            {
                return true;
            }

            var after = text[i + at + length];
            if (after is '\'' or '-' or >= '\u0080')
            {
                return true;
            }

            var capitalised = false;
            if (char.IsAsciiLetterUpper(text[i + at]))
            {
                if (after == '.' && length == 1)
                {
                    return true;
                }

                if (!IsAcronym(uppers >> at, length))
                {
                    if (sentenceStart < 0)
                    {
                        sentenceStart = !joiner && NameContext.IsSentenceStart(text, i) ? 1 : 0;
                    }

                    if (sentenceStart == 0)
                    {
                        return true;
                    }

                    capitalised = true;
                }
            }

            // Anything but a tussenvoegsel (or a capitalised word that leads on) ends the name.
            if (!capitalised && (length > NameCues.MaxJoinerLength || !Has(joiners, Prefix(text, i + at, length))))
            {
                return false;
            }

            // Names continue across one space only.
            var following = text[i + at + length + 1];
            if (after != ' ' || !char.IsAsciiLetter(following))
            {
                return after == ' ' && following is '\'' or >= '\u0080';
            }

            at += length + 1;
        }
    }

    // Whether the ASCII letters at i (at most Size - 3 of them, with a block of characters from
    // i in the text) are a listed first name, ignoring case. The prefix bit first: it rules out
    // nearly every word without a lookup.
    private bool IsFirstName(ReadOnlySpan<char> text, int i, int length, int prefix) =>
        Has(firstNames, prefix) && IsListedFirstName(text, i, length);

    // Out of line, so that the block stays out of MayStart's registers and stack.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool IsListedFirstName(ReadOnlySpan<char> text, int i, int length) =>
        firstNameWords.TryFind(CharBlocks.Load(text, i), length, out _);

    // An ASCII letter, or a character outside ASCII the full rules must judge.
    private static bool IsLetterOrBeyond(char c) => char.IsAsciiLetter(c) || c >= '\u0080';

    // All capitals and at most five long, as NameWords has it.
    private static bool IsAcronym(uint uppers, int length)
    {
        var all = (1u << length) - 1;
        return length <= 5 && (uppers & all) == all;
    }

    private static bool Has(ulong[] bits, int prefix) => (bits[prefix >> 6] & (1UL << prefix)) != 0;

    // The prefix of the ASCII letters text[start..start + length] (length at least 1; two characters after start are read); a letter
    // in either case has the same five low bits.
    private static int Prefix(ReadOnlySpan<char> text, int start, int length)
    {
        var second = (text[start + 1] & 31) << 5;
        var third = text[start + 2] & 31;
        return ((text[start] & 31) << 10) | (length > 1 ? second : 0) | (length > 2 ? third : 0);
    }

    // Lower-case ASCII equal to the key ignoring case (as NameWords compares), or null when no
    // ASCII word equals it; longer keys than a block's word are left out, as no such word is judged here.
    private static string? AsciiForm(string key)
    {
        if (key.Length > CharBlocks.Size)
        {
            return null;
        }

        var chars = new char[key.Length];
        for (var k = 0; k < key.Length; k++)
        {
            var upper = char.ToUpperInvariant(key[k]);
            if (upper >= '\u0080')
            {
                return null;
            }

            chars[k] = char.ToLowerInvariant(upper);
        }

        return new string(chars);
    }

    // The prefix an ASCII word equal to the key ignoring case has, or null when none can equal
    // it. A character outside ASCII letters counts as 0: only words the filter passes on anyway
    // have one there.
    private static int? PrefixOf(string key)
    {
        var prefix = 0;
        for (var k = 0; k < 3; k++)
        {
            var c = k < key.Length ? char.ToUpperInvariant(key[k]) : '\0';
            if (c >= '\u0080')
            {
                return null;
            }

            prefix = (prefix << 5) | (char.IsAsciiLetterUpper(c) ? c & 31 : 0);
        }

        return prefix;
    }
}
