using System.Text;
using System.Text.RegularExpressions;

namespace TeamsCompanion.Cli.Documents;

/// <summary>
/// Reads an e-mail (.eml, RFC 5322 with MIME): the subject and the text body. Of alternatives the
/// plain text is taken, else the HTML; attachments are not checked, and a warning says so.
/// </summary>
internal static partial class EmlReader
{
    public static DocumentText Read(byte[] bytes)
    {
        // Latin-1 keeps every byte as one char, so parts can be turned back into bytes for their charset.
        var raw = Encoding.Latin1.GetString(bytes);
        var (headers, body) = Split(raw);
        var warnings = new List<string>();
        var text = new StringBuilder();
        if (headers.TryGetValue("subject", out var subject))
        {
            text.Append("Subject: ").Append(DecodeWords(subject)).Append("\n\n");
        }

        text.Append(ReadPart(headers, body, warnings, depth: 0));
        return new DocumentText(text.ToString(), warnings);
    }

    private const int MaxDepth = 10;

    private static string ReadPart(Dictionary<string, string> headers, string body, List<string> warnings, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new DocumentReadException("de e-mail is te diep genest / the e-mail is nested too deeply");
        }

        var (mediaType, parameters) = ContentType(headers.GetValueOrDefault("content-type"));
        if (mediaType.StartsWith("multipart/", StringComparison.Ordinal) && parameters.TryGetValue("boundary", out var boundary))
        {
            var parts = SplitMultipart(body, boundary).Select(Split).ToList();
            if (mediaType == "multipart/alternative")
            {
                var preferred = parts.FirstOrDefault(p => ContentType(p.Headers.GetValueOrDefault("content-type")).MediaType == "text/plain");
                var chosen = preferred.Headers is not null ? preferred : parts.FirstOrDefault();
                return chosen.Headers is null ? string.Empty : ReadPart(chosen.Headers, chosen.Body, warnings, depth + 1);
            }

            return string.Join("\n\n", parts.Select(p => ReadPart(p.Headers, p.Body, warnings, depth + 1)).Where(t => t.Length > 0));
        }

        var disposition = headers.GetValueOrDefault("content-disposition") ?? string.Empty;
        if (!mediaType.StartsWith("text/", StringComparison.Ordinal) || disposition.StartsWith("attachment", StringComparison.OrdinalIgnoreCase))
        {
            warnings.Add($"bijlage niet gecontroleerd / attachment not checked ({mediaType})");
            return string.Empty;
        }

        var bytes = DecodeTransfer(headers.GetValueOrDefault("content-transfer-encoding"), body);
        return Charset(parameters.GetValueOrDefault("charset")).GetString(bytes);
    }

    private static (Dictionary<string, string> Headers, string Body) Split(string raw)
    {
        var separator = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal) is var crlf and >= 0 ? (crlf, 4) : (raw.IndexOf("\n\n", StringComparison.Ordinal), 2);
        var headerText = separator.Item1 >= 0 ? raw[..separator.Item1] : raw;
        var body = separator.Item1 >= 0 ? raw[(separator.Item1 + separator.Item2)..] : string.Empty;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? name = null;
        foreach (var line in headerText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && name is not null)
            {
                headers[name] += " " + line.Trim();
            }
            else if (line.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
            {
                name = line[..colon].Trim();
                headers.TryAdd(name, line[(colon + 1)..].Trim());
            }
        }

        return (headers, body);
    }

    private static IEnumerable<string> SplitMultipart(string body, string boundary)
    {
        var delimiter = "--" + boundary;
        var sections = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split(delimiter);
        foreach (var section in sections.Skip(1))
        {
            if (section.StartsWith("--", StringComparison.Ordinal))
            {
                yield break;
            }

            yield return section.TrimStart('\n').TrimEnd('\n');
        }
    }

    private static (string MediaType, Dictionary<string, string> Parameters) ContentType(string? header)
    {
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(header))
        {
            return ("text/plain", parameters);
        }

        var pieces = header.Split(';');
        foreach (var piece in pieces.Skip(1))
        {
            var equals = piece.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                parameters[piece[..equals].Trim()] = piece[(equals + 1)..].Trim().Trim('"');
            }
        }

        return (pieces[0].Trim().ToLowerInvariant(), parameters);
    }

    private static byte[] DecodeTransfer(string? encoding, string body)
    {
        switch (encoding?.Trim().ToLowerInvariant())
        {
            case "base64":
                try
                {
                    return Convert.FromBase64String(WhiteSpace().Replace(body, string.Empty));
                }
                catch (FormatException)
                {
                    throw new DocumentReadException("de e-mail bevat ongeldige base64 / the e-mail contains invalid base64");
                }

            case "quoted-printable":
                return QuotedPrintable(body, underscoreIsSpace: false);
            default:
                return Encoding.Latin1.GetBytes(body);
        }
    }

    private static byte[] QuotedPrintable(string text, bool underscoreIsSpace)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '=' && i + 1 < text.Length && (text[i + 1] == '\n' || text[i + 1] == '\r'))
            {
                // A soft line break: the line goes on.
                i += text[i + 1] == '\r' && i + 2 < text.Length && text[i + 2] == '\n' ? 2 : 1;
            }
            else if (c == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add(underscoreIsSpace && c == '_' ? (byte)' ' : (byte)c);
            }
        }

        return [.. bytes];
    }

    // RFC 2047 encoded words in headers: =?charset?B|Q?text?=
    private static string DecodeWords(string header) =>
        EncodedWord().Replace(header, match =>
        {
            var charset = Charset(match.Groups["charset"].Value);
            var payload = match.Groups["text"].Value;
            try
            {
                var bytes = match.Groups["encoding"].Value is "B" or "b" ? Convert.FromBase64String(payload) : QuotedPrintable(payload, underscoreIsSpace: true);
                return charset.GetString(bytes);
            }
            catch (FormatException)
            {
                return match.Value;
            }
        });

    private static Encoding Charset(string? name)
    {
        try
        {
            return string.IsNullOrWhiteSpace(name) ? Encoding.Latin1 : Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8;
        }
    }

    [GeneratedRegex(@"=\?(?<charset>[^?]+)\?(?<encoding>[BbQq])\?(?<text>[^?]*)\?=")]
    private static partial Regex EncodedWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
