using TeamsCompanion.DraftCheck.Detection;

namespace TeamsCompanion.DraftCheck.Tests.Detectors;

/// <summary>
/// The anchor pass reads the text in blocks of 32 or 16 characters where the processor allows
/// it, else one by one; each must list what a plain character-by-character reading lists, at
/// every block boundary and when every character is an anchor (the buffers grow). CI runs these
/// tests in all three modes (see scripts/test.sh).
/// </summary>
public class AnchorsTests
{
    private static readonly string[] Pieces =
    [
        "a", "x", "X", "1", " ", "\n", "@", "[", "]", "(", ")", "{", "}", "<", ">", ":", "::", ";", "`", "{{",
        "\u005b", "\u007b", "\uff1a", "\u0040", "é", "€", "jan@example.nl", "[at]", "2001:db8::1", "[Naam]", "XX-XX",
    ];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 6)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_texts_give_the_anchors_of_a_plain_reading(int seed)
    {
        foreach (var text in PieceTexts.Random(Pieces, seed))
        {
            AssertLikePlainReading(text);
        }
    }

    [Theory]
    [InlineData("@")]
    [InlineData(":")]
    [InlineData("[")]
    [InlineData("X")]
    [InlineData("{:")]
    public void Texts_of_anchors_only_are_listed_whole(string unit)
    {
        foreach (var text in PieceTexts.Repeated(unit))
        {
            AssertLikePlainReading(text);
        }
    }

    private static void AssertLikePlainReading(string text)
    {
        var markers = new List<int>();
        var colons = new List<int>();
        var openers = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '@' or '[' or '(' or '{')
            {
                markers.Add(i);
            }

            if (c == ':')
            {
                colons.Add(i);
            }

            if (c is '[' or '<' or '{' or 'X')
            {
                openers.Add(i);
            }
        }

        using var anchors = Anchors.Of(text);
        Assert.Equal(markers, anchors.Markers.ToArray());
        Assert.Equal(colons, anchors.Colons.ToArray());
        Assert.Equal(openers, anchors.Openers.ToArray());
    }
}
