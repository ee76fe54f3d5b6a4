using System.Runtime.CompilerServices;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>What a name needs to know about one word: where it ends and what the lists say.</summary>
internal readonly record struct NameToken(int End, NameToken.Traits Flags)
{
    [Flags]
    public enum Traits
    {
        None = 0,
        FirstName = 1,
        Surname = 2,
        Joiner = 4,

        // Stop words and places match their exact spelling only ("Bij" stops a name, "bij" does not).
        StopWord = 8,
        Place = 16,

        // The word starts with a capital; it is all capitals and at most five long ("BSN", "IBAN").
        Upper = 32,
        Acronym = 64,
    }
}

/// <summary>
/// Letter tests that answer ASCII (nearly every character here) inline: the name code calls
/// them per token, and char.IsUpper and char.IsLetter were calls in its optimised code.
/// </summary>
internal static class NameChars
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUpper(char c) => c < '\u0080' ? char.IsAsciiLetterUpper(c) : char.IsUpper(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => c < '\u0080' ? char.IsAsciiLetter(c) : char.IsLetter(c);
}
