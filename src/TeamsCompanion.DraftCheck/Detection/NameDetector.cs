using System.Runtime.CompilerServices;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Person names. Structure first: a title, greeting or role word before the name, initials,
/// an @-mention, or the line after a closing ("Met vriendelijke groet,"). Without such a cue
/// a capitalised sequence counts only when the name lists recognise part of it.
/// </summary>
internal static class NameDetector
{
    // One long loop per check: run optimised code from the first call (see README).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scan(ReadOnlySpan<char> text, WordStarts words, WordMatches matches, CandidateSet sink)
    {
        // Every rule starts at a cue or closing term, at the start of a line or text, after
        // '@', or at a capital. The notable words and the cue and closing matches are each in
        // text order: merge them, and the other words (most of them) are never visited. Most
        // notable words have no match: they take a short way here, and a match is read in a
        // method of its own, so its copies of the match do not crowd the word loop.
        var skipUntil = 0;
        var visited = -1;
        var bareStarts = NameWords.StartFilter;
        var m = NextCueOrClosing(matches, 0);
        var matched = m < matches.Count ? matches[m].Start : int.MaxValue;
        foreach (var i in words.NotableStarts)
        {
            while (matched <= i)
            {
                if (matched >= skipUntil)
                {
                    skipUntil = Math.Max(skipUntil, AtMatch(text, matched, matches, m, sink));
                }

                visited = matched;
                m = NextCueOrClosing(matches, m + 1);
                matched = m < matches.Count ? matches[m].Start : int.MaxValue;
            }

            if (i < skipUntil || i == visited)
            {
                continue;
            }

            // No cue or closing term here: a header at a line start (all header words are
            // capitalised), a mention after '@', or a bare name at a capital.
            var before = i > 0 ? text[i - 1] : '\n';
            var upper = NameChars.IsUpper(text[i]);
            var next = -1;
            // Most lines are no header: ruled out here, that costs no call.
            if (upper && before == '\n' && NameCues.MayBeHeader(text, i))
            {
                next = TryHeader(text, i, sink);
            }

            // Without a cue term only a mention can follow: an e-mail domain after '@' is none.
            if (next < 0 && before == '@' && IsMention(text, i))
            {
                next = TryCue(text, i, -1, null, matches, m, sink);
            }

            if (next < 0 && upper && bareStarts.MayStart(text, i))
            {
                next = TryBare(text, i, sink);
            }

            skipUntil = Math.Max(skipUntil, next);
        }

        // Cue and closing terms after the last notable word.
        for (; m < matches.Count; m = NextCueOrClosing(matches, m + 1))
        {
            var at = matches[m].Start;
            if (at >= skipUntil)
            {
                skipUntil = Math.Max(skipUntil, AtMatch(text, at, matches, m, sink));
            }
        }
    }

    // The first match at or after index m with a cue or closing term, or the match count.
    private static int NextCueOrClosing(WordMatches matches, int m)
    {
        const uint cueOrClosing = (1u << (int)WordList.Cue) | (1u << (int)WordList.Closing);
        while (m < matches.Count && (matches[m].Lists & cueOrClosing) == 0)
        {
            m++;
        }

        return m;
    }

    /// <summary>The rules at a cue or closing term (match <paramref name="match"/>, at <paramref name="i"/>). Returns where to continue, or -1.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int AtMatch(ReadOnlySpan<char> text, int i, WordMatches matches, int match, CandidateSet sink)
    {
        // Read in place: each WordMatch.End here copied the whole match.
        ref readonly var hit = ref matches[match];
        var lists = hit.Lists;
        var cueEnd = (lists & (1u << (int)WordList.Cue)) != 0 ? hit.Hits.Ends[(int)WordList.Cue] : -1;
        var closingEnd = (lists & (1u << (int)WordList.Closing)) != 0 ? hit.Hits.Ends[(int)WordList.Closing] : -1;

        // Each rule is tried only where it can apply: a header at a line start, a cue at its
        // term or after '@', a signature after its closing.
        var upper = NameChars.IsUpper(text[i]);
        var next = -1;
        if (upper && (i == 0 || text[i - 1] == '\n') && NameCues.MayBeHeader(text, i))
        {
            next = TryHeader(text, i, sink);
        }

        if (next < 0 && (cueEnd >= 0 || (i > 0 && text[i - 1] == '@')))
        {
            var cueCategory = cueEnd >= 0 ? WordLists.Trie.Category(hit.Hits.Slots[(int)WordList.Cue]) : null;
            next = TryCue(text, i, cueEnd, cueCategory, matches, match + 1, sink);
        }

        if (next < 0 && closingEnd > i)
        {
            next = TryClosing(text, i, closingEnd, sink);
        }

        if (next < 0 && upper)
        {
            next = TryBare(text, i, sink);
        }

        return next;
    }

    private static readonly Label Header = Label.Finding(FindingTypes.PersonName, null, "person-name.header", Priority.PersonName);
    private static readonly Label Signature = Label.Finding(FindingTypes.PersonName, null, "person-name.signature", Priority.PersonName);
    private static readonly LabelFamily Names = new(static rule => Label.Finding(FindingTypes.PersonName, null, rule!, Priority.PersonName));

    /// <summary>"Van: Name", "Aan: Name", "Aanwezig: Name" at the start of a line (where <see cref="NameCues.MayBeHeader"/> holds).</summary>
    private static int TryHeader(ReadOnlySpan<char> text, int i, CandidateSet sink)
    {
        if (!NameCues.IsHeader(text, i, TextScan.WordEnd(text, i)))
        {
            return -1;
        }

        var afterColon = TextScan.SkipSpaces(text, TextScan.WordEnd(text, i) + 1);
        var header = NameSequence.Read(text, afterColon, cue: true);
        if (header.IsEmpty || header.CapitalWords > 4)
        {
            return -1;
        }

        sink.Add(new Candidate(Header, header.Start, header.End, 0.85));
        return header.End;
    }

    /// <summary>Title, greeting, role or @-mention followed by a name. Returns where to continue, or -1.</summary>
    private static int TryCue(ReadOnlySpan<char> text, int i, int termEnd, string? termCategory, WordMatches matches, int nextMatch, CandidateSet sink)
    {
        var isMention = i > 0 && text[i - 1] == '@' && IsMention(text, i);
        var position = i;
        var strongest = isMention ? NameCues.Kind.Salutation : NameCues.Kind.None;

        // Cues chain: "Geachte heer", "Beste collega", "mevrouw dr.".
        for (var cues = 0; cues < 3 && !isMention; cues++)
        {
            int cueEnd;
            var kind = position == i
                ? NameCues.Judge(text, position, termEnd, termCategory, out cueEnd)
                : CueAt(text, position, matches, ref nextMatch, out cueEnd);
            if (kind == NameCues.Kind.None)
            {
                break;
            }

            strongest = strongest == NameCues.Kind.None || kind == NameCues.Kind.Title ? kind : strongest;
            var hasDot = cueEnd < text.Length && text[cueEnd] == '.';

            // Only a title is abbreviated; after "contactpersoon." a new sentence starts.
            if (hasDot && kind != NameCues.Kind.Title)
            {
                return -1;
            }

            position = hasDot ? cueEnd + 1 : cueEnd;
            if (kind == NameCues.Kind.Role && position + 1 < text.Length && text[position] == ',' && text[position + 1] == ' ')
            {
                position++;
            }

            position = TextScan.SkipSpaces(text, position);
            if (position >= text.Length || !NameChars.IsLetter(text[position]))
            {
                break;
            }
        }

        if (strongest == NameCues.Kind.None)
        {
            return -1;
        }

        var name = NameSequence.Read(text, position, cue: true);
        if (name.IsEmpty)
        {
            return position > i ? position : -1;
        }

        var (confidence, rule) = strongest switch
        {
            NameCues.Kind.Title => (0.95, "person-name.title"),
            NameCues.Kind.Salutation => (isMention ? 0.85 : 0.9, isMention ? "person-name.mention" : "person-name.salutation"),
            _ => (0.8, "person-name.role"),
        };
        sink.Add(new Candidate(Names.Of(rule), name.Start, name.End, confidence));
        return name.End;
    }

    // The word after '@' at i mentions a person when the '@' starts a word of its own.
    private static bool IsMention(ReadOnlySpan<char> text, int i) =>
        i == 1 || char.IsWhiteSpace(text[i - 2]) || text[i - 2] is '(' or '>';

    /// <summary>
    /// The cue word at <paramref name="position"/> (a word start after the match at
    /// <paramref name="nextMatch"/>'s predecessors), if any, and where it ends. Read from the
    /// matches already found: the trie walk that built them recorded the same longest cue
    /// term there as a walk for cues alone would.
    /// </summary>
    private static NameCues.Kind CueAt(ReadOnlySpan<char> text, int position, WordMatches matches, ref int nextMatch, out int cueEnd)
    {
        while (nextMatch < matches.Count && matches[nextMatch].Start < position)
        {
            nextMatch++;
        }

        var termEnd = -1;
        string? category = null;
        if (nextMatch < matches.Count)
        {
            ref readonly var hit = ref matches[nextMatch];
            if (hit.Start == position)
            {
                termEnd = hit.End(WordList.Cue, out category);
            }
        }

        return NameCues.Judge(text, position, termEnd, category, out cueEnd);
    }

    /// <summary>The name on the line after "Met vriendelijke groet," and similar closings.</summary>
    private static int TryClosing(ReadOnlySpan<char> text, int i, int closingEnd, CandidateSet sink)
    {
        var lineStart = i;
        while (lineStart > 0 && text[lineStart - 1] == ' ')
        {
            lineStart--;
        }

        if (lineStart > 0 && text[lineStart - 1] != '\n')
        {
            return -1;
        }

        if (closingEnd > i)
        {
            var j = closingEnd;
            while (j < text.Length && text[j] is ',' or '!' or ' ' or '.')
            {
                j++;
            }

            var lineBreaks = 0;
            while (j < text.Length && text[j] is '\n' or ' ')
            {
                lineBreaks += text[j] == '\n' ? 1 : 0;
                j++;
            }

            if (lineBreaks is 0 or > 2)
            {
                return -1;
            }

            var name = NameSequence.Read(text, j, cue: true);
            if (name.IsEmpty || name.CapitalWords > 4 || !NameContext.EndsLine(text, name.End))
            {
                return -1;
            }

            sink.Add(new Candidate(Signature, name.Start, name.End, 0.85));
            return name.End;
        }

        return -1;
    }

    /// <summary>A capitalised sequence without a cue: needs initials, a listed name or "van der"-style joiners.</summary>
    internal static int TryBare(ReadOnlySpan<char> text, int i, CandidateSet sink)
    {
        // People do not take an article: "de Albert Heijn" is a shop. Checked before the
        // sequence is read, because it needs no lookups.
        if (NameContext.FollowsArticle(text, i))
        {
            return -1;
        }

        var name = NameSequence.Read(text, i);
        if (name.IsEmpty || name.Start != i)
        {
            return -1;
        }

        // Every sentence starts with a capital: an unknown first word there says nothing.
        var sentenceStart = NameContext.IsSentenceStart(text, i);
        if (sentenceStart && !name.HasInitials && !name.StartsWithFirstName)
        {
            return -1;
        }

        (double Confidence, string Rule)? verdict = name switch
        {
            { HasInitials: true, CapitalWords: >= 1 } => (0.85, "person-name.initials"),
            { StartsWithFirstName: true, HasKnownSurname: true } => (0.9, "person-name.lists"),
            { StartsWithFirstName: true, CapitalWords: >= 2 } => (0.85, "person-name.first-name"),
            { HasKnownSurname: true, CapitalWords: >= 2 } => (0.8, "person-name.surname"),
            { HasJoiner: true, CapitalWords: >= 2 } => (0.75, "person-name.tussenvoegsel"),
            { StartsWithFirstName: true, CapitalWords: 1 } when !NameContext.IsAmbiguous(text[i..TextScan.WordEnd(text, i)]) => (0.6, "person-name.first-name-only"),
            // Dutch capitalises proper nouns only; two unknown capitalised words mid-sentence
            // that are no place or organisation are most often a first and last name.
            { CapitalWords: >= 2 } when !sentenceStart && !NameContext.HasCommonNounWord(text[name.Start..name.End]) => (0.6, "person-name.capitalised-pair"),
            _ => null,
        };

        if (verdict is not { } found)
        {
            return -1;
        }

        sink.Add(new Candidate(Names.Of(found.Rule), name.Start, name.End, found.Confidence));
        return name.End;
    }
}
