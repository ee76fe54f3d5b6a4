namespace TeamsCompanion.DraftCheck.Tests.Detectors;

public class IdDocumentTests
{
    [Theory]
    [InlineData("Paspoortnummer NW92B5K87", "NW92B5K87", "passport")]
    [InlineData("ID-kaart: IR4B61XP5", "IR4B61XP5", "id-card")]
    [InlineData("documentnummer NPK5R3HT2", "NPK5R3HT2", "passport")]
    [InlineData("Rijbewijsnummer 5123456789", "5123456789", "driving-licence")]
    [InlineData("driving licence no. 4012345678", "4012345678", "driving-licence")]
    public void Document_numbers_with_context_are_found(string text, string expected, string subtype)
    {
        var finding = Detect.Single(FindingTypes.IdDocument, text, expected);
        Assert.Equal(subtype, finding.Subtype);
    }

    [Theory]
    [InlineData("Zaak ZK2024001 is afgerond.")] // document shape, but no document context
    [InlineData("Paspoort OB1234567")] // the letter O is never used
    [InlineData("Nummer 5123456789 zonder context")]
    [InlineData("Paspoort ABCDEFGH1")] // middle without digits is a word
    public void Not_a_document_number(string text) => Detect.None(FindingTypes.IdDocument, text);
}
