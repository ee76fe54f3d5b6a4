using System.Text;

namespace TeamsCompanion.DraftCheck.Tests.Detectors;

/// <summary>
/// Texts for comparing a block-wise pass with a plain character-by-character reading: random
/// strings of pieces (so every piece lands on every block boundary sooner or later), and one
/// piece repeated, the densest text a pass's buffers must hold.
/// </summary>
internal static class PieceTexts
{
    public static IEnumerable<string> Random(string[] pieces, int seed, int count = 300, int maxLength = 200)
    {
        var random = new Random(seed);
        for (var round = 0; round < count; round++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, maxLength);
            while (builder.Length < length)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            yield return builder.ToString();
        }
    }

    /// <summary><paramref name="unit"/> repeated around the block sizes (16, 32) and far beyond.</summary>
    public static IEnumerable<string> Repeated(string unit)
    {
        foreach (var count in new[] { 1, 7, 8, 15, 16, 17, 31, 32, 33, 64, 65, 255, 256, 257, 1000, 100_000 })
        {
            yield return string.Concat(Enumerable.Repeat(unit, count));
        }
    }
}
