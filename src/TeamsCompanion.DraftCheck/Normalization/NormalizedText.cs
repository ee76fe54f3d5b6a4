using System.Buffers;

namespace TeamsCompanion.DraftCheck.Normalization;

/// <summary>
/// The draft after normalisation, with a map from every normalised character back to the
/// original span it came from. Most drafts need no change at all: then the text is the input
/// itself and nothing is copied. Otherwise characters are copied from the first change on,
/// and the map stores only segments: a stretch copied one to one is a single entry, a
/// character that replaced several (an entity, a line break for a tag) is one of its own.
/// Buffers are rented so a check allocates the same whatever the input length; dispose to
/// return them. The map is made only once copying starts (with the uncopied prefix as its
/// first segment): text used as it is maps to itself and rents nothing.
/// </summary>
internal sealed class NormalizedText : IDisposable
{
    private readonly string original;
    private char[]? chars;
    private OffsetMap map;

    public NormalizedText(string original)
    {
        this.original = original;
        map = new OffsetMap();
    }

    public int Length { get; private set; }

    public ReadOnlySpan<char> Span => chars is null ? original.AsSpan(0, Length) : chars.AsSpan(0, Length);

    /// <summary>Appends <paramref name="c"/>, which stands for original[start..end].</summary>
    public void Append(char c, int start, int end)
    {
        if (chars is null && (start != Length || end != start + 1 || original[start] != c))
        {
            StartCopy();
        }

        if (chars is not null)
        {
            chars[Length] = c;
            map.Add(Length, 1, start, end);
        }

        Length++;
    }

    /// <summary>Appends characters that need no normalisation, one to one.</summary>
    public void AppendRun(int start, int length)
    {
        if (chars is null && start != Length)
        {
            StartCopy();
        }

        if (chars is not null)
        {
            original.AsSpan(start, length).CopyTo(chars.AsSpan(Length));
            map.Add(Length, length, start, start + length);
        }

        Length += length;
    }

    /// <summary>Maps the normalised range [start, end) to an original (start, length).</summary>
    public (int Start, int Length) ToOriginal(int start, int end)
    {
        // Uncopied text is the input itself: its offsets are the original ones.
        if (chars is null)
        {
            return (start, end - start);
        }

        var (originalStart, _) = map.Find(start);
        var (_, originalEnd) = map.Find(end - 1);
        return (originalStart, originalEnd - originalStart);
    }

    public void Dispose()
    {
        map.Dispose();
        if (chars is not null)
        {
            ArrayPool<char>.Shared.Return(chars);
            chars = null;
        }
    }

    // The output stops being a prefix of the input: from here on characters are copied.
    private void StartCopy()
    {
        chars = ArrayPool<char>.Shared.Rent(Math.Max(original.Length, 1));
        original.AsSpan(0, Length).CopyTo(chars);
        if (Length > 0)
        {
            map.Add(0, Length, 0, Length);
        }
    }
}
