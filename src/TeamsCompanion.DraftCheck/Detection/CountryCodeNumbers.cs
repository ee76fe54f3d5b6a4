using System.Runtime.CompilerServices;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// VAT numbers and IBANs both start with a two-letter country code just before their first digit
/// run (a VAT number may put one separator between). One pass over the digit runs serves both,
/// and the character before each run decides which of them can start there: two passes read
/// every run start and its neighbours twice, which cost as much as the checks themselves.
/// </summary>
internal static class CountryCodeNumbers
{
    // One long loop per check: run optimised code from the first call (see README).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scan(ReadOnlySpan<char> text, DigitRuns runs, CandidateSet sink)
    {
        Span<char> vat = stackalloc char[VatDetector.Length];
        Span<char> iban = stackalloc char[IbanDetector.MaxIbanLength];
        var vatUntil = 0;
        var ibanUntil = 0;
        foreach (var d in runs.Starts)
        {
            if (d < 2)
            {
                continue;
            }

            // VAT and IBAN candidates never tie in ranking (their priorities differ), so adding
            // them interleaved instead of all VAT numbers first gives the same findings.
            var before = text[d - 1];
            if (char.IsAsciiLetter(before))
            {
                if (d >= vatUntil)
                {
                    VatDetector.TryAt(text, d - 2, vat, sink, ref vatUntil);
                }

                if (d >= ibanUntil)
                {
                    IbanDetector.TryAt(text, d, iban, sink, ref ibanUntil);
                }
            }
            else if (before is ' ' or '.' or '-' && d >= 3 && d >= vatUntil)
            {
                VatDetector.TryAt(text, d - 3, vat, sink, ref vatUntil);
            }
        }
    }
}
