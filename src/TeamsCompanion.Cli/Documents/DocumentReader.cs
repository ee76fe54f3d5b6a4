using System.Text;

namespace TeamsCompanion.Cli.Documents;

/// <summary>The text of a document, as the check sees it; offsets in results refer to this text.</summary>
internal sealed record DocumentText(string Text, IReadOnlyList<string> Warnings);

/// <summary>A file that cannot be read as a document; the message says why, for the user.</summary>
internal sealed class DocumentReadException(string message) : Exception(message);

/// <summary>Reads .txt, .md, .html, .eml, .docx and .pdf files into plain text.</summary>
internal static class DocumentReader
{
    public const long DefaultMaxFileBytes = 64L * 1024 * 1024;
    public static readonly string[] Supported = [".txt", ".md", ".markdown", ".html", ".htm", ".eml", ".docx", ".pdf"];

    static DocumentReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DocumentText Read(string path, long maxFileBytes)
    {
        if (path == "-")
        {
            using var stdin = Console.OpenStandardInput();
            return TextDecoder.Decode(ReadCapped(stdin, maxFileBytes));
        }

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new DocumentReadException("bestand niet gevonden / file not found");
        }

        if (file.Length > maxFileBytes)
        {
            throw new DocumentReadException($"bestand is groter dan {maxFileBytes:N0} bytes / file is larger than {maxFileBytes:N0} bytes (--max-bytes)");
        }

        var extension = file.Extension.ToLowerInvariant();
        try
        {
            return extension switch
            {
                ".txt" or ".md" or ".markdown" or ".html" or ".htm" => TextDecoder.Decode(File.ReadAllBytes(path)),
                ".eml" => EmlReader.Read(File.ReadAllBytes(path)),
                ".docx" => DocxReader.Read(path),
                ".pdf" => PdfReader.Read(path),
                _ => throw new DocumentReadException(
                    $"onbekend formaat '{extension}' / unknown format '{extension}'; supported: {string.Join(", ", Supported)}"),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException($"kan het bestand niet lezen / cannot read the file: {e.Message}");
        }
    }

    private static byte[] ReadCapped(Stream stream, long maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                throw new DocumentReadException($"invoer is groter dan {maxBytes:N0} bytes / input is larger than {maxBytes:N0} bytes (--max-bytes)");
            }
        }

        return buffer.ToArray();
    }
}
