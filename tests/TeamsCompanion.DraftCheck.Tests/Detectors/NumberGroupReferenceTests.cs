using TeamsCompanion.DraftCheck.Detection;

namespace TeamsCompanion.DraftCheck.Tests.Detectors;

/// <summary>
/// The number-group detector reads each digit run on its own, its chunks from the digit runs;
/// here it must find what the straightforward group-by-group reading finds, on random texts
/// of digits, separators, letters and context words (also at the text's end).
/// </summary>
public class NumberGroupReferenceTests
{
    private static readonly string[] Digits =
    [
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "06", "0031", "31", "0800", "0900", "111222333",
        "123456782", "4111111111111111", "0612345678", "12", "345", "6789",
    ];

    private static readonly string[] Separators = [" ", " ", "  ", "   ", "    ", ".", "-", "/", "(", ")", "\n", "\n\n", " - ", ") "];

    private static readonly string[] Others =
    [
        "+", ",", ":", "a", "B", "é", "€", "x", "BSN ", "tel ", "rijbewijs ", "kvk ", "zaaknummer ", "eur", ",-", " euro",
        "visa ", "(0)",

        // Characters whose low byte is a digit or separator: no vector compare may take them for one.
        "\u0130", "\u0120", "\u012E", "\uFF10", "\uFF20",
    ];

    [Fact]
    public void Finds_what_reading_whole_groups_finds()
    {
        var random = new Random(11);
        for (var round = 0; round < 20000; round++)
        {
            var text = new System.Text.StringBuilder();
            var length = random.Next(0, 120);
            while (text.Length < length)
            {
                var pieces = random.Next(10) switch
                {
                    < 5 => Digits,
                    < 9 => Separators,
                    _ => Others,
                };
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            var chars = text.ToString();
            Assert.Equal(Reference(chars), Found(chars, set =>
            {
                using var runs = DigitRuns.Of(chars);
                NumberGroupDetector.Scan(chars, runs, set);
            }));
        }
    }

    private static List<string> Reference(string text) => Found(text, set => ReferenceScan(text, set));

    private static List<string> Found(string text, Action<CandidateSet> scan)
    {
        using var set = new CandidateSet();
        scan(set);
        var count = set.Count;
        set.Resolve();
        var found = new List<string> { $"{count} candidates" };
        for (var k = 0; k < set.AcceptedCount; k++)
        {
            var c = set.Accepted(k);
            var label = c.Label.Info;
            found.Add($"{label.Type} {label.Subtype} {c.Start}-{c.End} {c.Confidence} {label.Rule}");
        }

        return found;
    }

    // The detector as it was: read a whole group into a list, then every window of it.
    private static void ReferenceScan(ReadOnlySpan<char> text, CandidateSet sink)
    {
        var chunks = new List<(int Start, int End, bool GluedLeft, bool GluedRight)>();
        Span<char> digits = stackalloc char[19];
        var groupEnd = 0;
        for (var position = 0; position < text.Length; position++)
        {
            if (!char.IsAsciiDigit(text[position]) || (position > 0 && char.IsAsciiDigit(text[position - 1])) || position < groupEnd)
            {
                continue;
            }

            chunks.Clear();
            var at = position;
            while (true)
            {
                var start = at;
                while (at < text.Length && char.IsAsciiDigit(text[at]))
                {
                    at++;
                }

                var gluedRight = at < text.Length && (char.IsLetter(text[at]) || (text[at] is ',' or ':' && at + 1 < text.Length && char.IsAsciiDigit(text[at + 1])));
                var gluedLeft = start > 0 && (char.IsLetter(text[start - 1]) || (text[start - 1] is ',' or ':' && start > 1 && char.IsAsciiDigit(text[start - 2])));
                chunks.Add((start, at, gluedLeft, gluedRight));
                groupEnd = at;
                if (gluedRight)
                {
                    break;
                }

                var separatorEnd = at;
                var lineBreaks = 0;
                while (separatorEnd < text.Length && separatorEnd - at < 3 && text[separatorEnd] is ' ' or '.' or '-' or '/' or '(' or ')' or '\n')
                {
                    lineBreaks += text[separatorEnd] == '\n' ? 1 : 0;
                    separatorEnd++;
                }

                if (separatorEnd == at || lineBreaks > 1 || separatorEnd >= text.Length || !char.IsAsciiDigit(text[separatorEnd]))
                {
                    break;
                }

                at = separatorEnd;
            }

            for (var a = 0; a < chunks.Count; a++)
            {
                var count = 0;
                for (var b = a; b < chunks.Count; b++)
                {
                    var length = chunks[b].End - chunks[b].Start;
                    if (count + length > 19)
                    {
                        break;
                    }

                    text[chunks[b].Start..chunks[b].End].CopyTo(digits[count..]);
                    count += length;
                    if (chunks[a].GluedLeft || chunks[b].GluedRight)
                    {
                        continue;
                    }

                    var start = chunks[a].Start;
                    var hasPlus = start > 0 && text[start - 1] == '+';
                    if (hasPlus || count >= 8 || (count >= 4 && digits.StartsWith("0031")))
                    {
                        var before = default(ContextBefore);
                        NumberRules.Evaluate(text, sink, start, chunks[b].End, digits[..count], hasPlus, ref before);
                    }
                }
            }
        }
    }
}
