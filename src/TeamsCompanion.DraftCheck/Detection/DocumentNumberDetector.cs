using System.Runtime.CompilerServices;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Dutch passport and ID-card numbers: two letters, six letters or digits, one digit, never
/// the letter O. The shape collides with many case codes, so it counts only near words such
/// as "paspoort" or "documentnummer". Driving licence numbers are in <see cref="NumberRules"/>.
/// </summary>
internal static class DocumentNumberDetector
{
    private const int Length = 9;
    private const int ContextWindow = 45;

    private static readonly LabelFamily Documents = new(static subtype =>
        Label.Finding(FindingTypes.IdDocument, subtype is "" ? null : subtype, "id-document.nl-document-number", Priority.IdDocument));

    /// <summary>
    /// The digits start inside the number, so the character before them (<paramref name="before"/>)
    /// is one of its letters; most digit runs follow a space and are rejected here.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MayStart(int d, char before, int skipUntil) =>
        d >= skipUntil && d >= 2 && IsLetter(before);

    /// <summary>Looks for a document number holding the digits at <paramref name="d"/> (see <see cref="MayStart"/>).</summary>
    public static void TryAt(ReadOnlySpan<char> text, int d, CandidateSet sink, ref int searchedUpTo, ref int skipUntil)
    {
        // A document number has a digit in positions 3-9; its start is at most 8 back.
        var i = Math.Max(searchedUpTo, d - 8);
        for (; i <= d - 2 && i + Length <= text.Length; i++)
        {
            if (!IsLetter(text[i]) || !TextScan.IsBoundaryBefore(text, i) || !IsDocumentNumber(text.Slice(i, Length))
                || !TextScan.IsBoundaryAfter(text, i + Length) || Subtype(text, i) is not { } subtype)
            {
                continue;
            }

            sink.Add(new Candidate(Documents.Of(subtype), i, i + Length, 0.95));
            skipUntil = i + Length;
            break;
        }

        searchedUpTo = Math.Max(i, searchedUpTo);
    }

    private static bool IsLetter(char c) => char.IsAsciiLetterUpper(c) && c != 'O';

    private static bool IsDocumentNumber(ReadOnlySpan<char> candidate)
    {
        if (!IsLetter(candidate[0]) || !IsLetter(candidate[1]) || !char.IsAsciiDigit(candidate[8]))
        {
            return false;
        }

        var digits = 0;
        for (var i = 2; i < 8; i++)
        {
            var c = candidate[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (!IsLetter(c))
            {
                return false;
            }
        }

        // Real numbers mix letters and digits in the middle; six letters is a word in capitals.
        return digits > 0;
    }

    /// <summary>"passport", "id-card", "" (document without kind), or null without document context.</summary>
    private static string? Subtype(ReadOnlySpan<char> text, int start)
    {
        if (TextScan.HasBefore(text, start, ContextWindow, Keywords.Passport))
        {
            return "passport";
        }

        if (TextScan.HasBefore(text, start, ContextWindow, Keywords.IdCard))
        {
            return "id-card";
        }

        if (TextScan.HasBefore(text, start, ContextWindow, Keywords.Document))
        {
            return text[start] switch
            {
                'N' => "passport",
                'I' => "id-card",
                _ => string.Empty,
            };
        }

        return null;
    }
}
