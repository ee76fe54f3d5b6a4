namespace TeamsCompanion.DraftCheck;

/// <summary>One piece of personal data found in a draft.</summary>
/// <param name="Type">One of the ids in <see cref="FindingTypes"/>, e.g. <c>bsn</c>.</param>
/// <param name="Subtype">A refinement where one exists (document kind, special category), else null.</param>
/// <param name="Start">UTF-16 offset of the first character in the original input.</param>
/// <param name="Length">Length in UTF-16 code units in the original input.</param>
/// <param name="Masked">A display value that does not reveal the data, e.g. <c>•••••4782</c>.</param>
/// <param name="Confidence">How sure the detector is, from 0 to 1.</param>
/// <param name="Rule">Id of the rule that fired, stable across versions.</param>
/// <param name="IsPersonal">False when the data does not point to a person (a functional mailbox).</param>
/// <remarks>
/// A value, not an object: a long document can hold tens of thousands of findings, and as
/// objects their garbage collection took more time than finding them (a dense 1 MB letter spent
/// 17% of its check in the runtime's collector; as values, 2%).
/// </remarks>
public readonly record struct Finding(
    string Type,
    string? Subtype,
    int Start,
    int Length,
    string Masked,
    double Confidence,
    string Rule,
    bool IsPersonal = true)
{
    /// <summary>Offset just past the last character in the original input.</summary>
    public int End => Start + Length;
}
