namespace TeamsCompanion.DraftCheck.Tests.Detectors;

public class DateOfBirthTests
{
    [Theory]
    [InlineData("Geboren op 14-03-1980 te Utrecht.", "14-03-1980")]
    [InlineData("geb. 1 januari 1975", "1 januari 1975")]
    [InlineData("Geboortedatum: 1980-03-14", "1980-03-14")]
    [InlineData("Date of birth: March 14, 1980", "March 14, 1980")]
    [InlineData("born on 14 Mar. 1980 in Leiden", "14 Mar. 1980")]
    [InlineData("geboren 03/04/1962", "03/04/1962")]
    [InlineData("De aanvrager is op 12-03-1980 geboren.", "12-03-1980")] // the verb after the date
    [InlineData("Date of birth, as known: 1 May 1970", "1 May 1970")]
    public void Dates_with_birth_context_are_birth_dates(string text, string expected) =>
        Detect.Single(FindingTypes.DateOfBirth, text, expected);

    [Theory]
    [InlineData("Het overleg is op 14-03-2025.")]
    [InlineData("Uw aanvraag van 1 januari 2024 is ontvangen.")]
    [InlineData("Geboren in 1980, en op 14-03-2025 verhuisd naar Zwolle vanwege werk.")]
    [InlineData("Geboren op 31-02-1980")] // no such day
    public void Other_dates_are_not_birth_dates(string text) => Detect.None(FindingTypes.DateOfBirth, text);
}
