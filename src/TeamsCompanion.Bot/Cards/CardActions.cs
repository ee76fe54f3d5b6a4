using System.Text.Json.Serialization;

namespace TeamsCompanion.Bot.Cards;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
public abstract class CardAction
{
    public required string Title { get; init; }

    public string? Style { get; init; }
}

public sealed class SubmitAction : CardAction
{
    public object? Data { get; init; }

    /// <summary>
    /// A button that sends <paramref name="command"/> as if the user typed it: Teams posts it as a
    /// message (messageBack), and clients without messageBack send <c>value.command</c>.
    /// </summary>
    public static SubmitAction ForCommand(string title, string command) => new()
    {
        Title = title,
        Data = new Dictionary<string, object>
        {
            ["command"] = command,
            ["msteams"] = new Dictionary<string, string> { ["type"] = "messageBack", ["text"] = command, ["displayText"] = title },
        },
    };
}

public sealed class OpenUrlAction : CardAction
{
    public required string Url { get; init; }
}

public sealed class ExecuteAction : CardAction
{
    public string? Verb { get; init; }

    public object? Data { get; init; }
}
