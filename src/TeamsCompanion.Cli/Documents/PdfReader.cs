using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace TeamsCompanion.Cli.Documents;

/// <summary>The text of a PDF, page by page, in reading order.</summary>
internal static class PdfReader
{
    public static DocumentText Read(string path)
    {
        try
        {
            using var document = PdfDocument.Open(path);
            var text = new StringBuilder();
            foreach (var page in document.GetPages())
            {
                text.Append(ContentOrderTextExtractor.GetText(page)).Append("\n\n");
            }

            var warnings = text.ToString().Trim().Length == 0
                ? new[] { "de PDF bevat geen tekst (misschien een scan) / the PDF contains no text (perhaps a scan)" }
                : [];
            return new DocumentText(text.ToString(), warnings);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new DocumentReadException("de PDF is met een wachtwoord beveiligd / the PDF is password-protected");
        }
        catch (Exception e) when (e is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            throw new DocumentReadException("geen geldige PDF / not a valid PDF");
        }
    }
}
