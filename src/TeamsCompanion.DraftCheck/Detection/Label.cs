namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// What a candidate is, apart from where: an id into a table of type, subtype, rule, priority
/// and mask. Candidates hold the id instead of three strings, so storing, sorting and ranking
/// tens of thousands of them copies no references (no GC write barriers) and half the bytes;
/// the strings are read only for the candidates that become findings. Labels are made once,
/// in static fields next to the detectors that use them, never per candidate.
/// </summary>
internal readonly record struct Label
{
    // Suppressors carry a flag in the id, so telling them apart needs no table lookup.
    private const ushort SuppressorFlag = 0x8000;

    private static readonly Lock Gate = new();
    private static LabelInfo[] table = new LabelInfo[64];
    private static int count;

    private readonly ushort id;

    private Label(ushort id) => this.id = id;

    public bool IsSuppressor => (id & SuppressorFlag) != 0;

    public LabelInfo Info => Volatile.Read(ref table)[id & ~SuppressorFlag];

    public int Priority => Info.Priority;

    /// <summary>A label for findings: <paramref name="type"/> is one of <see cref="FindingTypes"/>.</summary>
    public static Label Finding(string type, string? subtype, string rule, int priority, bool isPersonal = true) =>
        Add(new LabelInfo(type, subtype, rule, priority, isPersonal, Masking.KindOf(type)), 0);

    /// <summary>A label for candidates that win overlaps and are then dropped.</summary>
    public static Label Suppressor(string rule, int priority) =>
        Add(new LabelInfo(string.Empty, null, rule, priority, true, MaskKind.LastFour), SuppressorFlag);

    private static Label Add(LabelInfo info, ushort flag)
    {
        lock (Gate)
        {
            if (count == SuppressorFlag)
            {
                throw new InvalidOperationException("More candidate labels than ids.");
            }

            var current = table;
            if (count == current.Length)
            {
                var larger = new LabelInfo[current.Length * 2];
                current.CopyTo(larger);
                current = larger;
            }

            current[count] = info;

            // Published after the entry is written: a reader that sees the id sees the entry.
            Volatile.Write(ref table, current);
            return new Label((ushort)(count++ | flag));
        }
    }
}

/// <summary>The strings and ranks behind a <see cref="Label"/>.</summary>
internal sealed record LabelInfo(string Type, string? Subtype, string Rule, int Priority, bool IsPersonal, MaskKind Mask);

/// <summary>
/// Labels of one detector keyed by a string it computes (a rule from a rule table, a category
/// from the word lists): the few keys seen are kept in a small array and found by reference
/// (the keys are literals or interned), else by value; a new key makes its label once.
/// </summary>
internal sealed class LabelFamily(Func<string?, Label> make)
{
    private readonly Lock gate = new();
    private Entry[] entries = [];

    public Label Of(string? key)
    {
        var known = Volatile.Read(ref entries);
        foreach (var entry in known)
        {
            if (ReferenceEquals(entry.Key, key))
            {
                return entry.Label;
            }
        }

        return OfSlow(key);
    }

    private Label OfSlow(string? key)
    {
        foreach (var entry in Volatile.Read(ref entries))
        {
            if (string.Equals(entry.Key, key, StringComparison.Ordinal))
            {
                return entry.Label;
            }
        }

        lock (gate)
        {
            foreach (var entry in entries)
            {
                if (string.Equals(entry.Key, key, StringComparison.Ordinal))
                {
                    return entry.Label;
                }
            }

            var label = make(key);
            Volatile.Write(ref entries, [.. entries, new Entry(key, label)]);
            return label;
        }
    }

    private readonly record struct Entry(string? Key, Label Label);
}
