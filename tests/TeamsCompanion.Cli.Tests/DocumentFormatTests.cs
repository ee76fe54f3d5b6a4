using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace TeamsCompanion.Cli.Tests;

public sealed class DocumentFormatTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void AWordDocumentIsReadIncludingItsHeader()
    {
        var path = temp.PathOf("brief.docx");
        using (var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(new Run(new Text("Beste meneer Jansen,"))),
                new Paragraph(new Run(new Text("Uw BSN is 111222333.")))));
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(new Paragraph(new Run(new Text("Kenmerk: IBAN NL91ABNA0417164300"))));
        }

        var run = CliRun.Of("check", path);

        Assert.Equal(1, run.Exit);
        Assert.Contains("BSN •••••2333", run.Output, StringComparison.Ordinal);
        Assert.Contains("IBAN", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ADocxThatIsNotAZipGetsAClearMessage()
    {
        var run = CliRun.Of("check", Path.Combine(AppContext.BaseDirectory, "Fixtures", "broken.docx"));

        Assert.Equal(2, run.Exit);
        Assert.Contains("not a valid .docx", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void APdfIsReadPageByPage()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4).AddText("Mijn BSN is 111222333", 12, new UglyToad.PdfPig.Core.PdfPoint(72, 720), font);
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4).AddText("Bel 06-12345678", 12, new UglyToad.PdfPig.Core.PdfPoint(72, 720), font);
        var path = temp.File("brief.pdf", builder.Build());

        var run = CliRun.Of("check", path);

        Assert.Equal(1, run.Exit);
        Assert.Contains("BSN", run.Output, StringComparison.Ordinal);
        Assert.Contains("telefoonnummer", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void APasswordProtectedPdfGetsAClearMessage()
    {
        var run = CliRun.Of("check", Path.Combine(AppContext.BaseDirectory, "Fixtures", "protected.pdf"));

        Assert.Equal(2, run.Exit);
        Assert.Contains("password-protected", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmailIsReadFromItsEncodedSubjectAndPlainTextAlternative()
    {
        var eml = """
            From: Anne <anne@example.org>
            To: team@example.org
            Subject: =?UTF-8?B?RG9zc2llciBCU04gMTExMjIyMzMz?=
            MIME-Version: 1.0
            Content-Type: multipart/alternative; boundary="grens"

            --grens
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: quoted-printable

            Caf=C3=A9 afspraak: bel 06-12345678 of mail j.jansen@example.org.
            --grens
            Content-Type: text/html; charset=utf-8

            <p>HTML-versie</p>
            --grens--
            """;

        var run = CliRun.Of("check", temp.File("mail.eml", Encoding.UTF8.GetBytes(eml)), "--format", "json");

        Assert.Equal(1, run.Exit);
        Assert.Contains("\"type\": \"bsn\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"phone\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"email\"", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmailNestedTooDeeplyIsRefusedNotAStackOverflow()
    {
        var eml = new StringBuilder("Subject: diep\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n");
        for (var i = 0; i < 5000; i++)
        {
            eml.Append($"--b{i}\r\nContent-Type: multipart/mixed; boundary=b{i + 1}\r\n\r\n");
        }

        var run = CliRun.Of("check", temp.File("diep.eml", eml.ToString()));

        Assert.Equal(2, run.Exit);
        Assert.Contains("nested too deeply", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmailAttachmentIsNamedAsNotChecked()
    {
        var eml = "Subject: Bijlage\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nZie bijlage.\r\n--b\r\n" +
            "Content-Type: application/pdf\r\nContent-Disposition: attachment; filename=x.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n--b--\r\n";

        var run = CliRun.Of("check", temp.File("mail.eml", eml));

        Assert.Equal(0, run.Exit);
        Assert.Contains("attachment not checked (application/pdf)", run.Output, StringComparison.Ordinal);
    }
}
