using System.Runtime.CompilerServices;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Dutch VAT numbers: NL + 9 digits + B + 2 digits, separators allowed. Valid when the 9
/// digits pass the 11-proef (old BSN/RSIN-based number) or the whole number passes
/// mod 97-10 (the btw-id for sole traders since 2020).
/// </summary>
internal static class VatDetector
{
    private static readonly Label Elfproef = Label.Finding(FindingTypes.VatId, null, "vat-id.elfproef", Priority.Vat);
    private static readonly Label Mod97 = Label.Finding(FindingTypes.VatId, null, "vat-id.mod97", Priority.Vat);
    private static readonly Label BadCheckDigits = Label.Suppressor("vat-id.bad-check-digits", Priority.Vat);

    /// <summary>Compact characters of a VAT number: NL, nine digits, B, two digits.</summary>
    public const int Length = 14;

    /// <summary>Adds the VAT number (or its suppressor) whose country code starts at <paramref name="i"/>, if there is one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void TryAt(ReadOnlySpan<char> text, int i, Span<char> compact, CandidateSet sink, ref int skipUntil)
    {
        if (i < 0 || i + Length > text.Length || (text[i] | 0x20) != 'n' || (text[i + 1] | 0x20) != 'l' || !TextScan.IsBoundaryBefore(text, i))
        {
            return;
        }

        Add(text, i, compact, sink, ref skipUntil);
    }

    private static void Add(ReadOnlySpan<char> text, int i, Span<char> compact, CandidateSet sink, ref int skipUntil)
    {
        if (!TryRead(text, i, compact, out var end))
        {
            return;
        }

        var elfproef = Checksums.IsElfproef(compact[2..11]);
        sink.Add(elfproef || Checksums.Mod97(compact) == 1
            ? new Candidate(elfproef ? Elfproef : Mod97, i, end, 0.97)
            : Candidate.Suppressor(BadCheckDigits, i, end));
        skipUntil = end;
    }

    private static bool TryRead(ReadOnlySpan<char> text, int start, Span<char> compact, out int end)
    {
        compact[0] = 'N';
        compact[1] = 'L';
        var count = 2;
        var i = start + 2;
        end = start;
        var lastWasSeparator = false;
        while (count < Length && i < text.Length)
        {
            var c = text[i];
            var expectB = count == 11;
            if (expectB ? (c | 0x20) == 'b' : char.IsAsciiDigit(c))
            {
                compact[count++] = char.ToUpperInvariant(c);
                lastWasSeparator = false;
            }
            else if (c is ' ' or '.' or '-' && !lastWasSeparator)
            {
                lastWasSeparator = true;
            }
            else
            {
                return false;
            }

            i++;
        }

        end = i;
        return count == Length && !lastWasSeparator && TextScan.IsBoundaryAfter(text, i);
    }
}
