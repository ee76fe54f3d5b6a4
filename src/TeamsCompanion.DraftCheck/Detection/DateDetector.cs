using System.Runtime.CompilerServices;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Full dates (day, month and year) in numeric, ISO and written-month forms. A date is a
/// birth date only with birth context just before it; every other date becomes a suppressor
/// so its digits are never read as a BSN or phone number.
/// </summary>
internal static class DateDetector
{
    private const int BirthContextWindow = 28;

    private static readonly FoldedKeywords BirthStems = new(new(["geb", "birth", "born", "dob", "d.o.b"]));

    // 64 slots for 35 names: a lookup rarely probes more than one.
    private const int MonthTableSize = 64;

    private static readonly string[][] MonthNames =
    [
        ["januari", "jan", "january"],
        ["februari", "feb", "febr", "february"],
        ["maart", "mrt", "mar", "march"],
        ["april", "apr"],
        ["mei", "may"],
        ["juni", "jun", "june"],
        ["juli", "jul", "july"],
        ["augustus", "aug", "august"],
        ["september", "sep", "sept"],
        ["oktober", "okt", "oct", "october"],
        ["november", "nov"],
        ["december", "dec"],
    ];

    // Per first letter, a bit per second letter a month name goes on with.
    private static readonly uint[] MonthStarts = MonthStartTable();

    private static readonly (ulong[] Keys, byte[] Values) Table = MonthTable();
    private static readonly ulong[] MonthKeys = Table.Keys;
    private static readonly byte[] MonthValues = Table.Values;

    // The birth keywords as folded bytes, searched in the window ContextBefore has folded.
    private static readonly byte[][] BirthBytes = [.. Keywords.Birth.Select(keyword => keyword.ToLowerInvariant().Select(c => (byte)c).ToArray())];

    private static readonly Label DateOfBirth = Label.Finding(FindingTypes.DateOfBirth, null, "date-of-birth.context", Priority.Date);
    private static readonly Label OtherDate = Label.Suppressor("date", Priority.Date);

    /// <summary>
    /// False when no date can start at run <paramref name="r"/> (from <paramref name="d"/> to
    /// <paramref name="runEnd"/>, after <paramref name="before"/>, a space at the text's start),
    /// or when it starts inside the last date found.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MayStart(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int r, int d, int runEnd, char before, int skipUntil) =>
        // Every date part has at most four digits; a date starts at a word boundary.
        d >= skipUntil && runEnd - d <= 4 && MayStartDate(text, starts, ends, r, runEnd - d, runEnd) && !TextScan.IsWordChar(before);

    /// <summary>Reads the date that may start at <paramref name="d"/> (see <see cref="MayStart"/>) and adds it.</summary>
    public static void TryAt(ReadOnlySpan<char> text, int d, CandidateSet sink, ref int skipUntil)
    {
        var i = d;
        var end = ReadNumericOrDayMonth(text, d);
        if (end < 0 && CanBeDayAfterMonth(text, d) && MonthWordBefore(text, d) is var monthStart && monthStart >= 0)
        {
            i = monthStart;
            end = ReadMonthFirst(text, monthStart);
        }

        if (end < 0)
        {
            return;
        }

        var isBirth = HasBirthContext(text, i) || IsFollowedByBirthWord(text, end);
        sink.Add(isBirth
            ? new Candidate(DateOfBirth, i, end, 0.95)
            : Candidate.Suppressor(OtherDate, i, end));
        skipUntil = end;
    }

    /// <summary>
    /// False when no date can start at run <paramref name="r"/> (<paramref name="length"/> digits
    /// ending at <paramref name="end"/>), read from the two characters after it and the next
    /// runs. Most runs fail here, before the readers below read their digits again; every date
    /// they accept passes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayStartDate(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int r, int length, int end)
    {
        if (end + 1 >= text.Length)
        {
            return false;
        }

        var separator = text[end];
        if (separator is '-' or '/' or '.' or ' ')
        {
            // "12 maart 1980" needs a month name after the space: most words after a small
            // number ("35 van", "00 over") fail on their first two letters here, before
            // the reader finds the word's end.
            if (!char.IsAsciiDigit(text[end + 1]))
            {
                return separator == ' ' && length <= 2 && end + 2 < text.Length && IsMonthStart(text[end + 1], text[end + 2]);
            }

            // The digit after the separator starts the next run: d-m-y and y-m-d need it to be
            // a month of one or two digits, then the same separator, then a run of at most four
            // digits (a spaced date's year has four).
            if (r + 2 >= starts.Length)
            {
                return false;
            }

            var monthEnd = ends[r + 1];
            var year = starts[r + 2];
            var yearLength = ends[r + 2] - year;
            return monthEnd - (end + 1) <= 2 && text[monthEnd] == separator && year == monthEnd + 1
                && yearLength <= 4 && !(yearLength == 2 && separator == ' ');
        }

        // "March 14, 1980".
        return separator == ',' && length <= 2 && text[end + 1] == ' ';
    }

    /// <summary>"March 14, 1980" needs a day of one or two digits followed by ", ".</summary>
    private static bool CanBeDayAfterMonth(ReadOnlySpan<char> text, int digit)
    {
        var end = digit + 1 < text.Length && char.IsAsciiDigit(text[digit + 1]) ? digit + 2 : digit + 1;
        return end + 1 < text.Length && text[end] == ',' && text[end + 1] == ' ';
    }

    /// <summary>Start of the word in "March 14, 1980" when <paramref name="digit"/> is the day, else -1.</summary>
    private static int MonthWordBefore(ReadOnlySpan<char> text, int digit)
    {
        if (digit < 4 || text[digit - 1] != ' ' || !char.IsAsciiLetter(text[digit - 2]))
        {
            return -1;
        }

        var start = digit - 2;
        while (start > 0 && char.IsAsciiLetter(text[start - 1]) && digit - start < 12)
        {
            start--;
        }

        return IsMonthInitial(text[start]) && TextScan.IsBoundaryBefore(text, start) ? start : -1;
    }

    /// <summary>
    /// A birth cue shortly before the date, with no other number or sentence end between
    /// them: "geboren op 12-03-1980", not "geboren in 1980, en op 14-03-2025 verhuisd".
    /// </summary>
    private static bool HasBirthContext(ReadOnlySpan<char> text, int start)
    {
        // Every birth keyword contains one of these stems; most dates have none nearby. The
        // stems are searched in the folded window, three bytes at a time (see ContextBefore),
        // and only when the window holds a 'b' as every stem does: most windows need no folding.
        var from = Math.Max(0, start - BirthContextWindow);
        if (text[from..start].IndexOfAny('b', 'B') < 0)
        {
            return false;
        }

        var before = default(ContextBefore);
        if (!before.HasBefore(text, start, BirthContextWindow, BirthStems))
        {
            return false;
        }

        var window = text[from..start];
        for (var k = 0; k < BirthBytes.Length; k++)
        {
            // The folded window answers as a case-insensitive search of the text (see
            // ContextBefore), without the slow culture-free casing search.
            var found = FoldedKeywords.IsSupported
                ? before.LastIndexOf(BirthBytes[k], window.Length)
                : window.LastIndexOf(Keywords.Birth[k], StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                continue;
            }

            var gap = window[(found + BirthBytes[k].Length)..];
            if (gap.IndexOfAny(";.!?") < 0 && gap.IndexOfAnyInRange('0', '9') < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"is op 12 maart 1980 geboren": the verb comes after the date in Dutch word order.</summary>
    private static bool IsFollowedByBirthWord(ReadOnlySpan<char> text, int end)
    {
        var next = TextScan.SkipSpaces(text, end);
        return text[next..].StartsWith("geboren", StringComparison.OrdinalIgnoreCase)
            || text[next..].StartsWith("born", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a month name (see <see cref="MonthNames"/>) can begin with these two characters, ignoring case.</summary>
    private static bool IsMonthStart(char first, char second) =>
        char.IsAsciiLetter(first) && char.IsAsciiLetter(second)
            && (MonthStarts[(first | 0x20) - 'a'] & (1u << ((second | 0x20) - 'a'))) != 0;

    private static bool IsMonthInitial(char c) => (c | 0x20) is 'j' or 'f' or 'm' or 'a' or 's' or 'o' or 'n' or 'd';

    /// <summary>d-m-y, y-m-d, or "12 maart 1980".</summary>
    private static int ReadNumericOrDayMonth(ReadOnlySpan<char> text, int start)
    {
        var i = ReadNumber(text, start, 4, out var first, out var firstLength);
        if (i >= text.Length)
        {
            return -1;
        }

        var separator = text[i];
        if (separator is '-' or '/' or '.' or ' ')
        {
            var afterSeparator = i + 1;
            if (afterSeparator < text.Length && char.IsAsciiDigit(text[afterSeparator]))
            {
                var j = ReadNumber(text, afterSeparator, 2, out var second, out _);
                if (j >= text.Length || text[j] != separator)
                {
                    return -1;
                }

                var k = ReadNumber(text, j + 1, 4, out var third, out var thirdLength);
                if (k == j + 1 || !IsEnd(text, k))
                {
                    return -1;
                }

                // "06 12 34 56 78" is a phone number: spaced dates need a four-digit year,
                // and a two-digit year must not run on into more digits.
                if (thirdLength == 2 && (separator == ' ' || RunsOn(text, k)))
                {
                    return -1;
                }

                var valid = firstLength == 4
                    ? IsDate(third, second, first) && separator == '-'
                    : firstLength <= 2 && thirdLength is 2 or 4 && IsDate(first, second, thirdLength == 2 ? 1900 + third : third);
                return valid ? k : -1;
            }

            if (separator == ' ' && firstLength <= 2)
            {
                return ReadMonthYear(text, afterSeparator, first);
            }
        }

        return -1;
    }

    private static int ReadMonthYear(ReadOnlySpan<char> text, int start, int day)
    {
        var monthEnd = TextScan.WordEnd(text, start);
        var i = monthEnd < text.Length && text[monthEnd] == '.' ? monthEnd + 1 : monthEnd;

        // Most words after a number are no month and have no year after them: test that
        // shape ("word 1") before looking the word up.
        if (monthEnd == start || i + 1 >= text.Length || text[i] != ' ' || !char.IsAsciiDigit(text[i + 1])
            || !IsMonth(text[start..monthEnd], out var month))
        {
            return -1;
        }

        var end = ReadNumber(text, i + 1, 4, out var year, out var yearLength);
        return yearLength == 4 && IsEnd(text, end) && IsDate(day, month, year) ? end : -1;
    }

    /// <summary>English "March 12, 1980".</summary>
    private static int ReadMonthFirst(ReadOnlySpan<char> text, int start)
    {
        var monthEnd = start;
        while (monthEnd < text.Length && monthEnd - start < 10 && char.IsAsciiLetter(text[monthEnd]))
        {
            monthEnd++;
        }

        // Cheap shape test first: a month word is followed by " <digit>".
        if (monthEnd + 1 >= text.Length || text[monthEnd] != ' ' || !char.IsAsciiDigit(text[monthEnd + 1]))
        {
            return -1;
        }

        if (monthEnd - start is < 3 or > 9 || !IsMonth(text[start..monthEnd], out var month)
            || monthEnd + 1 >= text.Length || text[monthEnd] != ' ' || !char.IsAsciiDigit(text[monthEnd + 1]))
        {
            return -1;
        }

        var i = ReadNumber(text, monthEnd + 1, 2, out var day, out _);
        if (i + 2 >= text.Length || text[i] != ',' || text[i + 1] != ' ')
        {
            return -1;
        }

        var end = ReadNumber(text, i + 2, 4, out var year, out var yearLength);
        return yearLength == 4 && IsEnd(text, end) && IsDate(day, month, year) ? end : -1;
    }

    private static bool IsMonth(ReadOnlySpan<char> word, out int month) => (month = MonthOf(word)) > 0;

    /// <summary>
    /// The month a Dutch or English month name or abbreviation stands for, ignoring case,
    /// else 0: the word's letters packed five bits each and looked up in a small table. A
    /// frozen dictionary's case-insensitive hash cost more than the whole rest of a date.
    /// </summary>
    private static int MonthOf(ReadOnlySpan<char> word)
    {
        var key = MonthKey(word);
        if (key == 0)
        {
            return 0;
        }

        for (var slot = MonthSlot(key); MonthKeys[slot] != 0; slot = (slot + 1) & (MonthTableSize - 1))
        {
            if (MonthKeys[slot] == key)
            {
                return MonthValues[slot];
            }
        }

        return 0;
    }

    /// <summary>
    /// The word's letters a-z as 1-26, five bits each (so no two words share a key), or 0
    /// when it has three to nine characters that are not all ASCII letters: ignoring case,
    /// no other character equals a month's letter.
    /// </summary>
    private static ulong MonthKey(ReadOnlySpan<char> word)
    {
        if (word.Length is < 3 or > 9)
        {
            return 0;
        }

        ulong key = 0;
        foreach (var c in word)
        {
            if (!char.IsAsciiLetter(c))
            {
                return 0;
            }

            key = (key << 5) | (uint)((c | 0x20) - 'a' + 1);
        }

        return key;
    }

    private static int MonthSlot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> 58);

    private static uint[] MonthStartTable()
    {
        var starts = new uint[26];
        foreach (var name in MonthNames.SelectMany(names => names))
        {
            starts[name[0] - 'a'] |= 1u << (name[1] - 'a');
        }

        return starts;
    }

    private static (ulong[] Keys, byte[] Values) MonthTable()
    {
        var keys = new ulong[MonthTableSize];
        var values = new byte[MonthTableSize];
        for (var m = 0; m < MonthNames.Length; m++)
        {
            foreach (var name in MonthNames[m])
            {
                var key = MonthKey(name);
                var slot = MonthSlot(key);
                while (keys[slot] != 0)
                {
                    slot = (slot + 1) & (MonthTableSize - 1);
                }

                (keys[slot], values[slot]) = (key, (byte)(m + 1));
            }
        }

        return (keys, values);
    }

    private static int ReadNumber(ReadOnlySpan<char> text, int start, int maxLength, out int value, out int length)
    {
        value = 0;
        var i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && i - start < maxLength)
        {
            value = (value * 10) + (text[i] - '0');
            i++;
        }

        length = i - start;
        return i;
    }

    private static bool RunsOn(ReadOnlySpan<char> text, int end) =>
        end + 1 < text.Length && text[end] is ' ' or '-' or '.' or '/' && char.IsAsciiDigit(text[end + 1]);

    private static bool IsEnd(ReadOnlySpan<char> text, int index) =>
        index >= text.Length || !(char.IsLetterOrDigit(text[index]) || (text[index] is '-' or '/' && index + 1 < text.Length && char.IsAsciiDigit(text[index + 1])));

    private static bool IsDate(int day, int month, int year) =>
        year is >= 1900 and <= 2099 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
