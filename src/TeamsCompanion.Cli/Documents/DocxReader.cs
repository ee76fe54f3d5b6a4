using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TeamsCompanion.Cli.Documents;

/// <summary>The text of a Word document: headers, body and footers, one paragraph per line.</summary>
internal static class DocxReader
{
    public static DocumentText Read(string path)
    {
        try
        {
            // A cap on characters per part stops a zip bomb from filling memory.
            using var document = WordprocessingDocument.Open(path, isEditable: false, new OpenSettings { MaxCharactersInPart = 50_000_000 });
            var main = document.MainDocumentPart ?? throw new DocumentReadException("het document heeft geen inhoud / the document has no body");
            var text = new StringBuilder();
            foreach (var header in main.HeaderParts)
            {
                AppendParagraphs(text, header.Header);
            }

            AppendParagraphs(text, main.Document?.Body);
            foreach (var footer in main.FooterParts)
            {
                AppendParagraphs(text, footer.Footer);
            }

            return new DocumentText(text.ToString(), []);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or System.Xml.XmlException)
        {
            throw new DocumentReadException(
                "geen geldig .docx-bestand (geen zip-pakket; met een wachtwoord beveiligde Word-bestanden zijn versleuteld) / " +
                "not a valid .docx (not a zip package; password-protected Word files are encrypted)");
        }
    }

    private static void AppendParagraphs(StringBuilder text, OpenXmlElement? root)
    {
        if (root is null)
        {
            return;
        }

        foreach (var paragraph in root.Descendants<Paragraph>())
        {
            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case Text t:
                        text.Append(t.Text);
                        break;
                    case TabChar:
                        text.Append('\t');
                        break;
                    case Break or CarriageReturn:
                        text.Append('\n');
                        break;
                }
            }

            text.Append('\n');
        }
    }
}
