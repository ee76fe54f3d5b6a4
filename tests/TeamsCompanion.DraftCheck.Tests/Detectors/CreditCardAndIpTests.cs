namespace TeamsCompanion.DraftCheck.Tests.Detectors;

public class CreditCardAndIpTests
{
    [Theory]
    [InlineData("Visa 4111 1111 1111 1111", "4111 1111 1111 1111")]
    [InlineData("kaartnummer 5500-0000-0000-0004", "5500-0000-0000-0004")]
    [InlineData("Amex 3782 822463 10005", "3782 822463 10005")]
    [InlineData("card 6011111111111117", "6011111111111117")]
    public void Card_numbers_passing_luhn_are_found(string text, string expected) =>
        Detect.Single(FindingTypes.CreditCard, text, expected);

    [Theory]
    [InlineData("Kaart 4111 1111 1111 1112")]
    [InlineData("Nummer 1234 5678 9012 3456")]
    [InlineData("Nul 0000 0000 0000 0000")]
    public void Not_a_card(string text) => Detect.None(FindingTypes.CreditCard, text);

    [Theory]
    [InlineData("Server 192.168.1.10 is traag.", "192.168.1.10")]
    [InlineData("ip-adres: 10.0.0.1", "10.0.0.1")]
    [InlineData("ip 1.2.3.4", "1.2.3.4")]
    public void Ipv4_is_found(string text, string expected) => Detect.Single(FindingTypes.IpAddress, text, expected);

    [Theory]
    [InlineData("Zie paragraaf 1.2.3.4 van het plan.")]
    [InlineData("Versie 10.0.0.1.5")]
    [InlineData("Adres 256.1.1.1")]
    [InlineData("Nummer 01.02.03.04")]
    public void Not_an_ip(string text) => Detect.None(FindingTypes.IpAddress, text);
}
