using TeamsCompanion.DraftCheck;

namespace TeamsCompanion.Bot.Handoff;

/// <summary>What the personal-data check found in a question before it goes to a person.</summary>
public sealed record ScreenedText(string Original, string Redacted, IReadOnlyList<string> Types)
{
    public bool HasPersonalData => Types.Count > 0;

    public int Count { get; init; }
}

/// <summary>Runs the draft check engine on a question or report, so personal data is caught before it is sent.</summary>
public sealed class QuestionScreen(DraftChecker checker)
{
    public ScreenedText Screen(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = checker.Check(text, new DraftCheckOptions { MaxInputLength = TicketService.MaxTextLength * 2 });
        var personal = result.Findings.Where(f => f.IsPersonal).ToList();
        var types = personal.Select(f => f.Type).Distinct(StringComparer.Ordinal).ToList();
        return new ScreenedText(text, personal.Count == 0 ? text : Redactor.Redact(text, personal), types) { Count = personal.Count };
    }
}
