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
