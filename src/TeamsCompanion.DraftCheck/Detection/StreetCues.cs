using System.Text;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Address cues ("woont aan", "adres:") just before a street name. The general keyword search
/// tries every cue at every offset of the window; in ASCII text only offsets with a cue's first
/// letter can start one, and those are few.
/// </summary>
internal static class StreetCues
{
    private const int Window = 24;

    // Lower case: compared with the text ignoring case.
    private static readonly string[] Cues =
    [
        "woont aan", "woont op", "woont in de", "woonachtig aan", "woonachtig op", "wonende aan", "wonend aan",
        "adres:", "adres is", "woonadres", "verhuisd naar", "lives at", "address:",
    ];

    private static readonly KeywordSet All = new(Cues);

    /// <summary>True when a cue occurs in the window before <paramref name="start"/>.</summary>
    public static bool Before(ReadOnlySpan<char> text, int start)
    {
        var window = text[Math.Max(0, start - Window)..start];

        // Outside ASCII, ignoring case follows Unicode (ı matches i): leave that to the general search.
        if (!Ascii.IsValid(window))
        {
            return All.OccursIn(window);
        }

        // Every cue starts with "wo", "ad", "ve" or "li"; a pair of letters rules out almost every offset.
        for (var k = 0; k + 1 < window.Length; k++)
        {
            var pair = (window[k] | 0x20) << 8 | (window[k + 1] | 0x20);
            if (pair is not (('w' << 8) | 'o') and not (('a' << 8) | 'd') and not (('v' << 8) | 'e') and not (('l' << 8) | 'i'))
            {
                continue;
            }

            var rest = window[k..];
            var c = (char)(window[k] | 0x20);
            foreach (var cue in Cues)
            {
                if (cue[0] == c && rest.Length >= cue.Length && Ascii.EqualsIgnoreCase(rest[..cue.Length], cue))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
