using TeamsCompanion.DraftCheck.Detection;

namespace TeamsCompanion.DraftCheck;

/// <summary>One piece of personal data found in a draft.</summary>
/// <remarks>
/// A value, not an object: a long document can hold tens of thousands of findings, and as
/// objects their garbage collection took more time than finding them (a dense 1 MB letter spent
/// 17% of its check in the runtime's collector; as values, 2%). Type, subtype, rule and
/// <see cref="IsPersonal"/> are one shared object per detector rule instead of three strings and
/// a flag: a finding is 32 bytes with two references instead of 56 with four, so storing the
/// findings of a dense megabyte takes half the GC write barriers and the list half the memory.
/// Equality, hashing, <c>with</c> and deconstruction work on the eight values as before.
/// </remarks>
public readonly record struct Finding
{
    private readonly LabelInfo? label;
    private readonly string masked;
    private readonly int start;
    private readonly int length;
    private readonly double confidence;

    /// <summary>Makes a finding from its eight values.</summary>
    /// <param name="Type">One of the ids in <see cref="FindingTypes"/>, e.g. <c>bsn</c>.</param>
    /// <param name="Subtype">A refinement where one exists (document kind, special category), else null.</param>
    /// <param name="Start">UTF-16 offset of the first character in the original input.</param>
    /// <param name="Length">Length in UTF-16 code units in the original input.</param>
    /// <param name="Masked">A display value that does not reveal the data, e.g. <c>•••••4782</c>.</param>
    /// <param name="Confidence">How sure the detector is, from 0 to 1.</param>
    /// <param name="Rule">Id of the rule that fired, stable across versions.</param>
    /// <param name="IsPersonal">False when the data does not point to a person (a functional mailbox).</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Style", "IDE1006", Justification = "The names of the former positional record: callers may pass them as named arguments.")]
    public Finding(string Type, string? Subtype, int Start, int Length, string Masked, double Confidence, string Rule, bool IsPersonal = true)
        : this(new LabelInfo(Type, Subtype, Rule, 0, IsPersonal, MaskKind.LastFour), Start, Length, Masked, Confidence)
    {
    }

    /// <summary>A finding of the engine: <paramref name="label"/> is the detector rule's shared label.</summary>
    internal Finding(LabelInfo label, int start, int length, string masked, double confidence)
    {
        this.label = label;
        this.start = start;
        this.length = length;
        this.masked = masked;
        this.confidence = confidence;
    }

    /// <summary>One of the ids in <see cref="FindingTypes"/>, e.g. <c>bsn</c>.</summary>
    public string Type
    {
        get => label?.Type!;
        init => label = Values with { Type = value };
    }

    /// <summary>A refinement where one exists (document kind, special category), else null.</summary>
    public string? Subtype
    {
        get => label?.Subtype;
        init => label = Values with { Subtype = value };
    }

    /// <summary>UTF-16 offset of the first character in the original input.</summary>
    public int Start
    {
        get => start;
        init => start = value;
    }

    /// <summary>Length in UTF-16 code units in the original input.</summary>
    public int Length
    {
        get => length;
        init => length = value;
    }

    /// <summary>A display value that does not reveal the data, e.g. <c>•••••4782</c>.</summary>
    public string Masked
    {
        get => masked;
        init => masked = value;
    }

    /// <summary>How sure the detector is, from 0 to 1.</summary>
    public double Confidence
    {
        get => confidence;
        init => confidence = value;
    }

    /// <summary>Id of the rule that fired, stable across versions.</summary>
    public string Rule
    {
        get => label?.Rule!;
        init => label = Values with { Rule = value };
    }

    /// <summary>False when the data does not point to a person (a functional mailbox).</summary>
    public bool IsPersonal
    {
        get => label?.IsPersonal ?? false;
        init => label = Values with { IsPersonal = value };
    }

    /// <summary>Offset just past the last character in the original input.</summary>
    public int End => Start + Length;

    // The label to copy for 'with': a default finding has none, and its values are all null or false.
    private LabelInfo Values => label ?? new LabelInfo(null!, null, null!, 0, false, MaskKind.LastFour);

    /// <summary>Equal when all eight values are equal, whichever label objects hold them.</summary>
    public bool Equals(Finding other) =>
        string.Equals(Type, other.Type, StringComparison.Ordinal)
        && string.Equals(Subtype, other.Subtype, StringComparison.Ordinal)
        && Start == other.Start
        && Length == other.Length
        && string.Equals(Masked, other.Masked, StringComparison.Ordinal)
        && Confidence.Equals(other.Confidence)
        && string.Equals(Rule, other.Rule, StringComparison.Ordinal)
        && IsPersonal == other.IsPersonal;

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Type, StringComparer.Ordinal);
        hash.Add(Subtype, StringComparer.Ordinal);
        hash.Add(Start);
        hash.Add(Length);
        hash.Add(Masked, StringComparer.Ordinal);
        hash.Add(Confidence);
        hash.Add(Rule, StringComparer.Ordinal);
        hash.Add(IsPersonal);
        return hash.ToHashCode();
    }

    /// <summary>The eight values, in the order of the constructor.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Style", "IDE1006", Justification = "The names of the former positional record's deconstruction.")]
    public void Deconstruct(out string Type, out string? Subtype, out int Start, out int Length, out string Masked, out double Confidence, out string Rule, out bool IsPersonal)
    {
        Type = this.Type;
        Subtype = this.Subtype;
        Start = this.Start;
        Length = this.Length;
        Masked = this.Masked;
        Confidence = this.Confidence;
        Rule = this.Rule;
        IsPersonal = this.IsPersonal;
    }
}
