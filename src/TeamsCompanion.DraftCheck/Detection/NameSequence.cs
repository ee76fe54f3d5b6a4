using System.Runtime.CompilerServices;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Reads the tokens of a personal name: initials ("J.", "J.P."), capitalised words, and
/// tussenvoegsels between them ("van der"). A name always ends on a capitalised word and
/// stays on one line.
/// </summary>
internal readonly record struct NameSequence(int Start, int End, int CapitalWords, bool HasInitials, bool HasJoiner, bool StartsWithFirstName, bool HasKnownSurname)
{
    private const int MaxTokens = 7;

    public bool IsEmpty => End <= Start;

    /// <summary>
    /// Reads a name at <paramref name="start"/>. With a <paramref name="cue"/> (title, greeting,
    /// header) a place name or a word in capitals can be a surname ("mevrouw Hoogeveen",
    /// "DHR. CROES"); without one they end the name.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static NameSequence Read(ReadOnlySpan<char> text, int start, bool cue = false)
    {
        var i = start;
        var end = start;
        int capitals = 0;
        bool initials = false, joiner = false, firstName = false, surname = false;
        for (var token = 0; token < MaxTokens && i < text.Length; token++)
        {
            if (IsInitial(text, i))
            {
                initials = true;
                i += 2;
                if (i < text.Length && text[i] == '-' && IsInitial(text, i + 1))
                {
                    i++;
                }
            }
            else
            {
                // Taken apart at once: kept whole, the token stayed in memory between tests.
                var (wordEnd, traits) = NameWords.Read(text, i);
                var length = wordEnd - i;
                if (length == 0)
                {
                    break;
                }

                var upper = (traits & NameToken.Traits.Upper) != 0;
                if (length <= NameCues.MaxJoinerLength && (traits & NameToken.Traits.Joiner) != 0 && (capitals > 0 || initials || joiner || upper || token == 0))
                {
                    joiner = true;
                }
                else if (upper && length >= 2 && (traits & NameToken.Traits.StopWord) == 0
                    && (cue || (traits & (NameToken.Traits.Place | NameToken.Traits.Acronym)) == 0))
                {
                    firstName |= capitals == 0 && !initials && (traits & NameToken.Traits.FirstName) != 0;
                    surname |= (capitals > 0 || initials) && (traits & NameToken.Traits.Surname) != 0;
                    capitals++;
                    end = wordEnd;
                }
                else
                {
                    break;
                }

                i = wordEnd;
            }

            // Names continue across one space only; a line break or punctuation ends them.
            if (i + 1 < text.Length && text[i] == ' ' && (NameChars.IsLetter(text[i + 1]) || text[i + 1] == '\''))
            {
                i++;
            }
            else if (!(i < text.Length && IsInitial(text, i)))
            {
                break;
            }
        }

        return new NameSequence(start, end, capitals, initials, joiner, firstName, surname);
    }

    // The dot first: it rules out nearly every word at once. Inlined: it is asked twice per token.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsInitial(ReadOnlySpan<char> text, int i) =>
        i + 1 < text.Length && text[i + 1] == '.' && NameChars.IsUpper(text[i])
        && (i == 0 || !NameChars.IsLetter(text[i - 1]));
}
