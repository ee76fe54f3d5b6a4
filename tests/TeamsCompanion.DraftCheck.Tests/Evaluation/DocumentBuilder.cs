using System.Net;
using System.Text;

namespace TeamsCompanion.DraftCheck.Tests.Evaluation;

/// <summary>
/// Writes a document and records labelled spans at the offsets where they land. In HTML mode
/// (as Teams sends messages) text is escaped and line breaks become tags, and the spans
/// still cover exactly the characters that represent the value.
/// </summary>
internal sealed class DocumentBuilder(bool html)
{
    private readonly StringBuilder text = new();
    private readonly List<LabelledSpan> spans = [];

    public DocumentBuilder Add(string plain)
    {
        text.Append(html ? ToHtml(plain) : plain);
        return this;
    }

    /// <summary>Adds a value and labels it. <paramref name="raw"/> values are written as is (evasions with entities).</summary>
    public DocumentBuilder Label(string type, string value, bool raw = false)
    {
        var start = text.Length;
        text.Append(html && !raw ? ToHtml(value) : value);
        spans.Add(new LabelledSpan(type, start, text.Length - start));
        return this;
    }

    public DocumentBuilder Line(string plain = "") => Add(plain + "\n");

    public LabelledDocument Build(string id, string kind)
    {
        var body = text.ToString();
        if (html)
        {
            const string open = "<p>";
            body = open + body + "</p>";
            var shifted = spans.Select(s => s with { Start = s.Start + open.Length }).ToList();
            return new LabelledDocument(id, kind, body, shifted);
        }

        return new LabelledDocument(id, kind, body, spans.ToList());
    }

    private static string ToHtml(string plain) =>
        WebUtility.HtmlEncode(plain).Replace("&#39;", "'", StringComparison.Ordinal).Replace("\n\n", "</p><p>", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);
}
