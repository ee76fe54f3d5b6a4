namespace TeamsCompanion.DraftCheck.Tests.Evaluation;

/// <summary>
/// Deterministic generator of the evaluation set. Each document has its own seeded Random,
/// so the set is reproducible and one template change does not reshuffle every document.
/// </summary>
internal static class CorpusGenerator
{
    public const int Seed = 20261129;

    private static readonly (string Kind, int Count, Func<Random, string, LabelledDocument> Make)[] Plan =
    [
        ("letter", 70, LetterTemplates.Letter),
        ("chat", 80, ChatTemplates.Chat),
        ("email", 70, EmailTemplates.Email),
        ("email-en", 15, EmailTemplates.EnglishEmail),
        ("memo", 35, MemoTemplates.Memo),
        ("woo", 25, MemoTemplates.WooExcerpt),
        ("case-note", 30, CaseNoteTemplates.CaseNote),
        ("notes", 45, FreeTextTemplates.Notes),
    ];

    public static IReadOnlyList<LabelledDocument> Generate()
    {
        var documents = new List<LabelledDocument>();
        foreach (var (kind, count, make) in Plan)
        {
            for (var i = 0; i < count; i++)
            {
                var random = new Random(Seed + (documents.Count * 7919));
                documents.Add(make(random, $"{kind}-{i + 1:000}"));
            }
        }

        return documents;
    }
}
