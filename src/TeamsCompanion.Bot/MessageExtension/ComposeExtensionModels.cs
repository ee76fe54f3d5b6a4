using System.Text.Json;

namespace TeamsCompanion.Bot.MessageExtension;

/// <summary>The <c>value</c> of composeExtension/fetchTask and composeExtension/submitAction invokes.</summary>
public sealed class ActionCommandValue
{
    public string? CommandId { get; set; }

    /// <summary><c>message</c>, <c>compose</c> or <c>commandbox</c>.</summary>
    public string? CommandContext { get; set; }

    public MessagePayload? MessagePayload { get; set; }

    /// <summary>The dialog's form fields (submitAction).</summary>
    public ActionData? Data { get; set; }

    public string? BotMessagePreviewAction { get; set; }
}

public sealed class MessagePayload
{
    public string? Id { get; set; }

    public MessageBody? Body { get; set; }
}

public sealed class MessageBody
{
    public string? ContentType { get; set; }

    public string? Content { get; set; }
}

/// <summary>The <c>value</c> of a composeExtension/query invoke.</summary>
public sealed class QueryValue
{
    public string? CommandId { get; set; }

    public List<QueryParameter>? Parameters { get; set; }

    public QueryOptions? QueryOptions { get; set; }
}

public sealed class QueryParameter
{
    public string? Name { get; set; }

    public JsonElement? Value { get; set; }
}

public sealed class QueryOptions
{
    public int? Skip { get; set; }

    public int? Count { get; set; }
}
