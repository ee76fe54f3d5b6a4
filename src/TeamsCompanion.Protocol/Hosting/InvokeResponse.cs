namespace TeamsCompanion.Protocol.Hosting;

/// <summary>The HTTP status and body that answer an <c>invoke</c> activity.</summary>
public sealed record InvokeResponse(int Status, object? Body = null)
{
    public static InvokeResponse Ok(object? body = null) => new(200, body);
}
