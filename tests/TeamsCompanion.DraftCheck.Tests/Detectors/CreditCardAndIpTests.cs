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

    [Theory]
    [InlineData("Server 2001:0db8:85a3:0000:0000:8a2e:0370:7334 is bereikbaar.", "2001:0db8:85a3:0000:0000:8a2e:0370:7334")]
    [InlineData("Adres 2001:db8::8a2e:370:7334.", "2001:db8::8a2e:370:7334")]
    [InlineData("Link-local fe80::1ff:fe23:4567:890a werkt.", "fe80::1ff:fe23:4567:890a")]
    [InlineData("Gemapt als ::ffff:192.0.2.128 in de log.", "::ffff:192.0.2.128")]
    public void Ipv6_is_found(string text, string expected)
    {
        var finding = Detect.Single(FindingTypes.IpAddress, text, expected);
        Assert.Equal("ipv6", finding.Subtype);
    }

    [Theory]
    [InlineData("Het overleg is om 10:30:15 begonnen.")]
    [InlineData("MAC 00:1A:2B:3C:4D:5E van de printer.")]
    [InlineData("Zie Johannes 3:16 en 1:2:3.")]
    [InlineData("Datum: 12 maart. Tijd: 14:00.")]
    [InlineData(":: en ::: en a::")]
    public void Not_an_ipv6(string text) => Assert.DoesNotContain(Detect.All(text), f => f.Subtype == "ipv6");
}
