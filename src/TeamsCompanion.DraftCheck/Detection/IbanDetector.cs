using System.Runtime.CompilerServices;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// IBANs of every country in the ISO 13616 registry, in paper (grouped) or electronic form,
/// validated with mod 97. Dutch-shaped IBANs that fail the check are suppressed so their
/// digits are not read as a phone number or BSN.
/// </summary>
internal static class IbanDetector
{
    /// <summary>The longest IBAN of the registry has 34 characters.</summary>
    public const int MaxIbanLength = 34;

    private static readonly Label Valid = Label.Finding(FindingTypes.Iban, null, "iban.mod97", Priority.Iban);
    private static readonly Label BadCheckDigits = Label.Suppressor("iban.bad-check-digits", Priority.Iban);

    /// <summary>Adds the IBAN (or its suppressor) whose check digits start the digit run at <paramref name="d"/>, if there is one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void TryAt(ReadOnlySpan<char> text, int d, Span<char> compact, CandidateSet sink, ref int skipUntil)
    {
        // The check digits follow the two-letter country code directly: "NL91".
        var i = d - 2;
        if (i < 0 || d + 1 >= text.Length || !char.IsAsciiLetter(text[i]) || !char.IsAsciiLetter(text[i + 1])
            || !char.IsAsciiDigit(text[d + 1]) || !TextScan.IsBoundaryBefore(text, i))
        {
            return;
        }

        Add(text, i, compact, sink, ref skipUntil);
    }

    private static void Add(ReadOnlySpan<char> text, int i, Span<char> compact, CandidateSet sink, ref int skipUntil)
    {
        var length = IbanRegistry.LengthFor(text[i], text[i + 1]);
        if (length == 0 || !TryCollect(text, i, length, compact, out var end))
        {
            return;
        }

        var iban = compact[..length];
        if (Checksums.IsIban(iban))
        {
            sink.Add(new Candidate(Valid, i, end, 0.99));
            skipUntil = end;
        }
        else if (IsDutchShape(iban))
        {
            sink.Add(Candidate.Suppressor(BadCheckDigits, i, end));
            skipUntil = end;
        }
    }

    /// <summary>Reads <paramref name="length"/> letters and digits, allowing one separator between any two.</summary>
    private static bool TryCollect(ReadOnlySpan<char> text, int start, int length, Span<char> compact, out int end)
    {
        var count = 0;
        var i = start;
        end = start;
        while (count < length && i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                // ASCII: lower-case letters are the only characters from 'a' up.
                compact[count++] = c >= 'a' ? (char)(c - ('a' - 'A')) : c;
                i++;
                continue;
            }

            var isSeparator = c is ' ' or '-' or '.' or '\n';
            if (!isSeparator || count < 4 || i + 1 >= text.Length || !char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                return false;
            }

            i++;
        }

        end = i;
        return count == length && TextScan.IsBoundaryAfter(text, i);
    }

    private static bool IsDutchShape(ReadOnlySpan<char> iban) =>
        iban.StartsWith("NL") && iban.Length == 18
        && char.IsAsciiLetter(iban[4]) && char.IsAsciiLetter(iban[7])
        && char.IsAsciiDigit(iban[8]) && char.IsAsciiDigit(iban[17]);
}
