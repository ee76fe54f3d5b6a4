using System.Runtime.CompilerServices;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>What a window of digits can be: the validation and context rules per identifier.</summary>
internal static class NumberRules
{
    private const int ContextWindow = 60;
    private static readonly FoldedKeywords CurrencyBefore = new(new(["€", "eur", "ƒ", "$", "£"]));
    private static readonly FoldedKeywords DrivingLicence = new(Keywords.DrivingLicence);
    private static readonly FoldedKeywords CreditCard = new(Keywords.CreditCard);
    private static readonly FoldedKeywords KvK = new(Keywords.KvK);
    private static readonly FoldedKeywords Bsn = new(Keywords.Bsn);
    private static readonly FoldedKeywords CaseNumber = new(Keywords.CaseNumber);
    private static readonly FoldedKeywords Phone = new(Keywords.Phone);

    private static readonly Label DrivingLicenceLabel = Label.Finding(FindingTypes.IdDocument, "driving-licence", "id-document.driving-licence", Priority.IdDocument);
    private static readonly Label CreditCardLabel = Label.Finding(FindingTypes.CreditCard, null, "credit-card.luhn", Priority.CreditCard);
    private static readonly Label AmountLabel = Label.Suppressor("amount", Priority.Amount);
    private static readonly Label KvKLabel = Label.Suppressor("kvk", Priority.Amount);
    private static readonly Label CaseNumberLabel = Label.Suppressor("case-number", Priority.Amount);
    private static readonly LabelFamily BsnLabels = new(static rule => Label.Finding(FindingTypes.Bsn, null, rule!, Priority.Bsn));
    private static readonly Label ServiceLabel = Label.Suppressor("phone.service", Priority.Phone);
    private static readonly Label InternationalLabel = Label.Finding(FindingTypes.Phone, "international", "phone.international", Priority.Phone);

    // By PhonePlan.Kind (None and Service included, unused), so a phone number's label is an array read.
    private static readonly Label[] NationalLabels =
        [.. Enum.GetValues<PhonePlan.Kind>().Select(kind => Label.Finding(FindingTypes.Phone, Subtype(kind), Rule(kind), Priority.Phone))];
    private static readonly Label[] InternationalNlLabels =
        [.. Enum.GetValues<PhonePlan.Kind>().Select(kind => Label.Finding(FindingTypes.Phone, Subtype(kind), "phone.nl-international", Priority.Phone))];

    // The context before start is folded once for all the windows that start there.
    public static void Evaluate(ReadOnlySpan<char> text, CandidateSet sink, int start, int end, ReadOnlySpan<char> digits, bool hasPlus, ref ContextBefore before)
    {
        if (hasPlus)
        {
            EvaluateInternational(text, sink, start - 1, end, digits);
            return;
        }

        if (digits.StartsWith("0031"))
        {
            EvaluateInternational(text, sink, start, end, digits[2..]);
            return;
        }

        if (digits.Length == 10 && before.HasBefore(text, start, ContextWindow, DrivingLicence))
        {
            sink.Add(new Candidate(DrivingLicenceLabel, start, end, 0.9));
        }

        if (digits[0] == '0' && digits.Length >= 8)
        {
            EvaluateNational(text, sink, start, end, digits[1..], ref before);
        }

        if (Checksums.IsElfproef(digits))
        {
            EvaluateBsn(text, sink, start, end, digits, ref before);
        }

        if (digits.Length is >= 13 and <= 19 && IsCardPrefix(digits) && Checksums.IsLuhn(digits) && !TextScan.AllSame(digits))
        {
            var confidence = before.HasBefore(text, start, ContextWindow, CreditCard) ? 0.97 : 0.9;
            sink.Add(new Candidate(CreditCardLabel, start, end, confidence));
        }
    }

    private static void EvaluateBsn(ReadOnlySpan<char> text, CandidateSet sink, int start, int end, ReadOnlySpan<char> digits, ref ContextBefore before)
    {
        if (before.HasBefore(text, start, 4, CurrencyBefore) || IsAmountAfter(text, end))
        {
            sink.Add(Candidate.Suppressor(AmountLabel, start, end));
            return;
        }

        if (before.HasBefore(text, start, 30, KvK))
        {
            sink.Add(Candidate.Suppressor(KvKLabel, start, end));
            return;
        }

        var hasContext = before.HasBefore(text, start, ContextWindow, Bsn);
        if (digits.Length == 8 && !hasContext)
        {
            // Eight digits pass the 11-proef one time in eleven; without "BSN" nearby that is
            // far more often a date, a KvK number or an amount than a short BSN.
            return;
        }

        if (!hasContext && before.HasBefore(text, start, 30, CaseNumber))
        {
            // One case number in eleven passes the 11-proef; labelled as a case number it is one.
            sink.Add(Candidate.Suppressor(CaseNumberLabel, start, end));
            return;
        }

        var confidence = hasContext ? 0.99 : 0.85;
        var rule = digits.Length == 9 ? "bsn.elfproef" : "bsn.elfproef-8-digit";
        sink.Add(new Candidate(BsnLabels.Of(rule), start, end, confidence));
    }

    /// <summary>
    /// Whether ",-", ",00" or " eur" (ignoring case; " euro" holds it) occurs within the six
    /// characters after <paramref name="end"/>: read in place, as folding a window for six
    /// characters cost more than the search.
    /// </summary>
    private static bool IsAmountAfter(ReadOnlySpan<char> text, int end)
    {
        var after = text[end..Math.Min(text.Length, end + 6)];
        for (var i = 0; i + 1 < after.Length; i++)
        {
            var c = after[i];
            if (c == ',' && (after[i + 1] == '-' || (i + 2 < after.Length && after[i + 1] == '0' && after[i + 2] == '0')))
            {
                return true;
            }

            // Ignoring case only 'E' and 'e' equal 'e' (see FoldedKeywords), and so on.
            if (c == ' ' && i + 3 < after.Length && (after[i + 1] | 0x20) == 'e' && (after[i + 2] | 0x20) == 'u' && (after[i + 3] | 0x20) == 'r')
            {
                return true;
            }
        }

        return false;
    }

    private static void EvaluateNational(ReadOnlySpan<char> text, CandidateSet sink, int start, int end, ReadOnlySpan<char> nsn, ref ContextBefore before)
    {
        var kind = PhonePlan.Classify(nsn);
        if (kind == PhonePlan.Kind.Service)
        {
            sink.Add(Candidate.Suppressor(ServiceLabel, start, end));
            return;
        }

        if (kind == PhonePlan.Kind.None)
        {
            return;
        }

        // "(030) 123 45 67" owns its bracket; "(0612345678)" does not.
        var spanStart = start > 0 && text[start - 1] == '(' && text[start..end].Contains(')') ? start - 1 : start;
        var hasContext = before.HasBefore(text, start, 30, Phone);
        var confidence = kind == PhonePlan.Kind.Mobile ? (hasContext ? 0.97 : 0.9) : (hasContext ? 0.95 : 0.8);
        sink.Add(new Candidate(NationalLabels[(int)kind], spanStart, end, confidence));
    }

    private static void EvaluateInternational(ReadOnlySpan<char> text, CandidateSet sink, int start, int end, ReadOnlySpan<char> digits)
    {
        if (digits.StartsWith("31"))
        {
            var nsn = digits[2..];
            if (nsn.Length > 0 && nsn[0] == '0')
            {
                // "+31 (0)6 …": the trunk zero in brackets is a common mistake, not a digit.
                nsn = nsn[1..];
            }

            var kind = PhonePlan.Classify(nsn);
            if (kind == PhonePlan.Kind.Service)
            {
                sink.Add(Candidate.Suppressor(ServiceLabel, start, end));
            }
            else if (kind != PhonePlan.Kind.None)
            {
                sink.Add(new Candidate(InternationalNlLabels[(int)kind], start, end, 0.97));
            }

            return;
        }

        if (digits.Length is >= 8 and <= 15 && digits[0] != '0')
        {
            sink.Add(new Candidate(InternationalLabel, start, end, 0.8));
        }
    }

    private static string Subtype(PhonePlan.Kind kind) => kind switch
    {
        PhonePlan.Kind.Mobile => "mobile",
        PhonePlan.Kind.Geographic => "landline",
        _ => "non-geographic",
    };

    private static string Rule(PhonePlan.Kind kind) => kind switch
    {
        PhonePlan.Kind.Mobile => "phone.nl-mobile",
        PhonePlan.Kind.Geographic => "phone.nl-geographic",
        _ => "phone.nl-non-geographic",
    };

    private static bool IsCardPrefix(ReadOnlySpan<char> d)
    {
        var n = d.Length;
        var two = ((d[0] - '0') * 10) + (d[1] - '0');
        var four = (two * 100) + ((d[2] - '0') * 10) + (d[3] - '0');
        return d[0] switch
        {
            '4' => n is 13 or 16 or 19,
            '5' => two is >= 51 and <= 55 && n == 16,
            '2' => four is >= 2221 and <= 2720 && n == 16,
            '3' => (two is 34 or 37 && n == 15) || (two == 35 && n >= 16) || (two is 30 or 36 or 38 && n >= 14),
            '6' => (four == 6011 || two == 65 || four / 10 is >= 644 and <= 649) && n >= 16,
            _ => false,
        };
    }
}
