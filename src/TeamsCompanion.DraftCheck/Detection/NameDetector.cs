namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Person names. Structure first: a title, greeting or role word before the name, initials,
/// an @-mention, or the line after a closing ("Met vriendelijke groet,"). Without such a cue
/// a capitalised sequence counts only when the name lists recognise part of it.
/// </summary>
internal static class NameDetector
{
    // Sentence-initial words that are also given names; alone they are not read as a name.
    private static readonly string[] AmbiguousFirstNames = ["Ben", "Wil", "Will", "Mark", "Max", "Job", "Roos", "Noor", "Bas", "Iris", "Can", "Said", "Jan", "Cor", "Sri", "Ali"];

    public static void Scan(ReadOnlySpan<char> text, WordStarts words, CandidateSet sink)
    {
        var skipUntil = 0;
        for (var w = 0; w < words.Count; w++)
        {
            var i = words[w];
            if (i < skipUntil)
            {
                continue;
            }

            var next = TryCue(text, i, sink);
            if (next < 0)
            {
                next = TryClosing(text, i, sink);
            }

            if (next < 0 && char.IsUpper(text[i]))
            {
                next = TryBare(text, i, sink);
            }

            skipUntil = Math.Max(skipUntil, next);
        }
    }

    /// <summary>Title, greeting, role or @-mention followed by a name. Returns where to continue, or -1.</summary>
    private static int TryCue(ReadOnlySpan<char> text, int i, CandidateSet sink)
    {
        var isMention = i > 0 && text[i - 1] == '@' && (i == 1 || char.IsWhiteSpace(text[i - 2]) || text[i - 2] is '(' or '>');
        if (!isMention && !NameCues.MayStartCue(text, i) && i > 0 && text[i - 1] != '\n')
        {
            return -1;
        }

        var position = i;
        var strongest = isMention ? NameCues.Kind.Salutation : NameCues.Kind.None;
        if (!isMention && (i == 0 || text[i - 1] == '\n') && NameCues.IsHeader(text, i, TextScan.WordEnd(text, i)))
        {
            var afterColon = TextScan.SkipSpaces(text, TextScan.WordEnd(text, i) + 1);
            var header = NameSequence.Read(text, afterColon, cue: true);
            if (header.IsEmpty || header.CapitalWords > 4)
            {
                return -1;
            }

            sink.Add(new Candidate(FindingTypes.PersonName, null, header.Start, header.End, 0.85, "person-name.header", Priority.PersonName));
            return header.End;
        }

        if (!isMention)
        {
            // Cues chain: "Geachte heer", "Beste collega", "mevrouw dr.".
            for (var cues = 0; cues < 3; cues++)
            {
                var wordEnd = TextScan.WordEnd(text, position);
                var hasDot = wordEnd < text.Length && text[wordEnd] == '.';
                var kind = NameCues.Classify(text[position..wordEnd], hasDot);
                if (kind == NameCues.Kind.None)
                {
                    break;
                }

                strongest = strongest == NameCues.Kind.None || kind == NameCues.Kind.Title ? kind : strongest;

                // Only a title is abbreviated; after "contactpersoon." a new sentence starts.
                if (hasDot && kind != NameCues.Kind.Title)
                {
                    return -1;
                }

                position = hasDot ? wordEnd + 1 : wordEnd;
                if (kind == NameCues.Kind.Role && position + 1 < text.Length && text[position] == ',' && text[position + 1] == ' ')
                {
                    position++;
                }

                position = TextScan.SkipSpaces(text, position);
                if (position >= text.Length || !char.IsLetter(text[position]))
                {
                    break;
                }
            }

            if (strongest == NameCues.Kind.None)
            {
                return -1;
            }
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
        sink.Add(new Candidate(FindingTypes.PersonName, null, name.Start, name.End, confidence, rule, Priority.PersonName));
        return name.End;
    }

    /// <summary>The name on the line after "Met vriendelijke groet," and similar closings.</summary>
    private static int TryClosing(ReadOnlySpan<char> text, int i, CandidateSet sink)
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

        var closingEnd = NameCues.Closings.Match(text, i, out _);
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
            if (name.IsEmpty || name.CapitalWords > 4 || !EndsLine(text, name.End))
            {
                return -1;
            }

            sink.Add(new Candidate(FindingTypes.PersonName, null, name.Start, name.End, 0.85, "person-name.signature", Priority.PersonName));
            return name.End;
        }

        return -1;
    }

    /// <summary>A capitalised sequence without a cue: needs initials, a listed name or "van der"-style joiners.</summary>
    private static int TryBare(ReadOnlySpan<char> text, int i, CandidateSet sink)
    {
        var name = NameSequence.Read(text, i);
        if (name.IsEmpty || name.Start != i)
        {
            return -1;
        }

        var first = text[i..TextScan.WordEnd(text, i)];

        // Every sentence starts with a capital: an unknown first word there says nothing.
        // And people do not take an article: "de Albert Heijn" is a shop.
        if ((IsSentenceStart(text, i) && !name.HasInitials && !name.StartsWithFirstName) || FollowsArticle(text, i))
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
            { StartsWithFirstName: true, CapitalWords: 1 } when !IsAmbiguous(first) => (0.6, "person-name.first-name-only"),
            // Dutch capitalises proper nouns only; two unknown capitalised words mid-sentence
            // that are no place or organisation are most often a first and last name.
            { CapitalWords: >= 2 } when !IsSentenceStart(text, i) && !HasCommonNounWord(text[name.Start..name.End]) => (0.6, "person-name.capitalised-pair"),
            _ => null,
        };

        if (verdict is not { } found)
        {
            return -1;
        }

        sink.Add(new Candidate(FindingTypes.PersonName, null, name.Start, name.End, found.Confidence, found.Rule, Priority.PersonName));
        return name.End;
    }

    // Dutch nouns and adjectives in names of things ("Landelijke Voorziening", "Digitale
    // Overheid") end in suffixes that surnames almost never have.
    private static readonly string[] CommonNounSuffixes = ["ing", "heid", "aal", "ale", "lijk", "lijke", "isch", "ische", "teit", "schap", "ment", "atie"];

    private static readonly string[] Articles = ["de", "het", "een", "the", "De", "Het", "Een", "The"];

    private static bool HasCommonNounWord(ReadOnlySpan<char> name)
    {
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            foreach (var suffix in CommonNounSuffixes)
            {
                if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool FollowsArticle(ReadOnlySpan<char> text, int i)
    {
        if (i < 2 || text[i - 1] != ' ')
        {
            return false;
        }

        var start = i - 1;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var previous = text[start..(i - 1)];
        foreach (var article in Articles)
        {
            if (previous.SequenceEqual(article))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSentenceStart(ReadOnlySpan<char> text, int i)
    {
        var j = i - 1;
        while (j >= 0 && text[j] is ' ' or '"' or '(' or '\'')
        {
            j--;
        }

        return j < 0 || text[j] is '.' or '!' or '?' or ':' or '\n' or '-' or '*';
    }

    private static bool EndsLine(ReadOnlySpan<char> text, int end)
    {
        var j = end;
        while (j < text.Length && text[j] is ' ' or ',')
        {
            j++;
        }

        return j >= text.Length || text[j] == '\n';
    }

    private static bool IsAmbiguous(ReadOnlySpan<char> word)
    {
        foreach (var name in AmbiguousFirstNames)
        {
            if (word.SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }
}
