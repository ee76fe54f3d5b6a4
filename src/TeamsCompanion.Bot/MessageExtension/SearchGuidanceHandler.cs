using System.Text.Json;
using TeamsCompanion.Bot.Cards;
using TeamsCompanion.Bot.Chat;
using TeamsCompanion.Bot.Localization;
using TeamsCompanion.Bot.Policy;
using TeamsCompanion.Bot.Storage;
using TeamsCompanion.Guidance.Packs;
using TeamsCompanion.Protocol.Hosting;

namespace TeamsCompanion.Bot.MessageExtension;

/// <summary>
/// "Zoek in de AI-richtlijnen" (composeExtension/query): guidance items as cards to insert into a
/// conversation. The first run, before anything is typed, shows the tips people look up most.
/// </summary>
public sealed partial class SearchGuidanceHandler(
    PolicyPackProvider packs,
    UserLanguage languages,
    UsageCounters counters,
    ILogger<SearchGuidanceHandler> logger) : IActivityHandler
{
    public const string CommandId = "searchGuidance";
    private const string ShownMetric = "guidance.shown.";
    private const int PageSize = 10;

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var language = await languages.ResolveAsync(turn.Activity, cancellationToken);
        var say = new Say(language);
        try
        {
            var value = turn.Activity.GetValue<QueryValue>();
            if (value is null || !string.Equals(value.CommandId, CommandId, StringComparison.OrdinalIgnoreCase))
            {
                return Message(say.T("Deze zoekopdracht ken ik niet.", "I do not know this search command."));
            }

            var loaded = packs.Current;
            var query = Parameter(value, "query");
            var firstRun = Parameter(value, "initialRun") == "true" || string.IsNullOrWhiteSpace(query);
            var items = firstRun
                ? await MostUsedAsync(loaded.Pack, cancellationToken)
                : loaded.Search.Search(query, top: PageSize * 3).Hits.Select(h => h.Item).DistinctBy(i => i.Id).ToList();
            var page = items.Skip(Math.Max(0, value.QueryOptions?.Skip ?? 0)).Take(Math.Clamp(value.QueryOptions?.Count ?? PageSize, 1, 25)).ToList();
            if (page.Count == 0)
            {
                return Message(say.T("Niets gevonden. Probeer andere woorden, zoals \"prompt\" of \"privacy\".", "Nothing found. Try other words, such as \"prompt\" or \"privacy\"."));
            }

            // Only what people searched for counts; counting the first-run list would keep it as it is.
            if (!firstRun)
            {
                counters.Add(page.DistinctBy(i => i.Id).ToDictionary(i => ShownMetric + i.Id, _ => 1L));
            }
            return InvokeBodies.Result(page.Select(item => InvokeBodies.Attachment(GuidanceCards.OneItem(loaded.Pack, item, language), say.T(item.Title), item.Source)));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e);
            return Message(say.T("Zoeken lukte nu niet. Probeer het zo nog eens.", "Searching did not work just now. Please try again shortly."));
        }
    }

    // The most shown items first; what nobody has looked up yet follows in the pack's order, tips first.
    private async Task<List<GuidanceItem>> MostUsedAsync(PolicyPack pack, CancellationToken cancellationToken)
    {
        var counts = (await counters.TopAsync(ShownMetric, 100, cancellationToken)).ToDictionary(c => c.Metric[ShownMetric.Length..], c => c.Count);
        return pack.Tips.Concat(pack.Rules).DistinctBy(i => i.Id).Select((tip, index) => (tip, index))
            .OrderByDescending(t => counts.GetValueOrDefault(t.tip.Id))
            .ThenBy(t => t.index)
            .Select(t => t.tip)
            .ToList();
    }

    private static string? Parameter(QueryValue value, string name)
    {
        var parameter = value.Parameters?.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        return parameter?.Value switch
        {
            { ValueKind: JsonValueKind.String } text => text.GetString(),
            { ValueKind: JsonValueKind.True } => "true",
            _ => null,
        };
    }

    private static InvokeResponse Message(string text) =>
        InvokeResponse.Ok(new { composeExtension = new { type = "message", text } });

    [LoggerMessage(Level = LogLevel.Error, Message = "Guidance search failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
