using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace TeamsCompanion.DraftCheck.Tests.Properties;

/// <summary>Every valid BSN or IBAN, however it is written, is found at exactly its offsets.</summary>
public class IdentifierProperties
{
    private static readonly string[] BsnPrefixes =
    [
        "BSN: ", "Het BSN van de aanvrager is ", "<p>Burgerservicenummer&nbsp;", "sofinummer ",
        "Graag controleren, nummer ", "Zie dossier. Citizen service number ",
    ];

    private static readonly string[] Suffixes = [".", " graag controleren.", "</p>", "\nMet vriendelijke groet", ", dank!", ""];

    private static readonly Gen<string> ValidBsn =
        Gen.ArrayOf(Gen.Choose(0, 9), 8)
            .Select(d => Identifiers.CompleteBsn(string.Concat(d)))
            .Where(b => b is not null && b[0] != '0')
            .Select(b => b!);

    private static readonly Gen<string> InvalidNineDigits =
        Gen.ArrayOf(Gen.Choose(0, 9), 9)
            .Select(d => string.Concat(d))
            .Where(d => d[0] != '0' && !Identifiers.PassesElfproef(d));

    private static readonly Gen<string> ValidIban = Gen.OneOf(
        Gen.Elements(Identifiers.DutchBanks).SelectMany(bank => Gen.ArrayOf(Gen.Choose(0, 9), 10).Select(d => Identifiers.Iban("NL", bank + string.Concat(d)))),
        Gen.ArrayOf(Gen.Choose(0, 9), 18).Select(d => Identifiers.Iban("DE", string.Concat(d))),
        Gen.ArrayOf(Gen.Choose(0, 9), 12).Select(d => Identifiers.Iban("BE", string.Concat(d))),
        Gen.ArrayOf(Gen.Choose(0, 9), 20).Select(d => Identifiers.Iban("ES", string.Concat(d))),
        Gen.ArrayOf(Gen.Choose(0, 9), 14).Select(d => Identifiers.Iban("GB", "NWBK" + string.Concat(d))));

    [Property(MaxTest = 1000)]
    public Property Every_valid_bsn_in_any_separator_style_is_found_at_its_offsets() =>
        Prop.ForAll(
            Combine(ValidBsn, Gen.Elements(NumberFormats.Styles), Gen.Elements(BsnPrefixes), Gen.Elements(Suffixes)).ToArbitrary(),
            t => IsFoundExactly(FindingTypes.Bsn, t.Item3, NumberFormats.Apply(t.Item2, t.Item1), t.Item4));

    [Property(MaxTest = 1000)]
    public Property Every_valid_iban_in_any_separator_style_is_found_at_its_offsets() =>
        Prop.ForAll(
            Combine(ValidIban, Gen.Elements(NumberFormats.IbanStyles), Gen.Elements(Suffixes), Gen.Constant(0)).ToArbitrary(),
            t => IsFoundExactly(FindingTypes.Iban, "Rekeningnummer: ", NumberFormats.ApplyIban(t.Item2, t.Item1), t.Item3));

    [Property(MaxTest = 1000)]
    public Property No_nine_digit_number_failing_the_elfproef_is_ever_a_bsn() =>
        Prop.ForAll(
            Combine(InvalidNineDigits, Gen.Elements(NumberFormats.Styles), Gen.Elements(BsnPrefixes), Gen.Constant(0)).ToArbitrary(),
            t => Detect.Of(FindingTypes.Bsn, t.Item3 + NumberFormats.Apply(t.Item2, t.Item1) + ".").Count == 0);

    [Property(MaxTest = 300)]
    public Property Iban_with_wrong_check_digits_is_never_reported() =>
        Prop.ForAll(
            Combine(ValidIban, Gen.Elements(NumberFormats.IbanStyles), Gen.Constant(0), Gen.Constant(0)).ToArbitrary(),
            t => Detect.Of(FindingTypes.Iban, "IBAN " + NumberFormats.ApplyIban(t.Item2, Identifiers.BreakIban(t.Item1)) + ".").Count == 0);

    private static Gen<(T1, T2, T3, T4)> Combine<T1, T2, T3, T4>(Gen<T1> first, Gen<T2> second, Gen<T3> third, Gen<T4> fourth) =>
        first.SelectMany(a => second.SelectMany(b => third.SelectMany(c => fourth.Select(d => (a, b, c, d)))));

    private static bool IsFoundExactly(string type, string prefix, string written, string suffix)
    {
        var text = prefix + written + suffix;
        var findings = Detect.Of(type, text);
        return findings.Count == 1 && findings[0].Start == prefix.Length && findings[0].Length == written.Length;
    }
}
