using System.Text;

namespace TeamsCompanion.Cli.Documents;

/// <summary>Bytes to text: UTF-8 (or a UTF-16 BOM); invalid UTF-8 falls back to Windows-1252 with a warning; binary is refused.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DocumentText Decode(byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
            return new DocumentText(reader.ReadToEnd(), []);
        }

        if (LooksBinary(bytes))
        {
            throw new DocumentReadException("dit lijkt een binair bestand, geen tekst / this looks like a binary file, not text");
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return new DocumentText(StrictUtf8.GetString(bytes, start, bytes.Length - start), []);
        }
        catch (DecoderFallbackException)
        {
            return new DocumentText(
                Encoding.GetEncoding(1252).GetString(bytes),
                ["geen geldige UTF-8; gelezen als Windows-1252 / not valid UTF-8; read as Windows-1252"]);
        }
    }

    // NUL bytes do not occur in text files; a few control characters do (tabs, form feeds).
    private static bool LooksBinary(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x09 || (b > 0x0D && b < 0x20))
            {
                control++;
            }
        }

        return sample.Length > 0 && control * 10 > sample.Length;
    }
}
