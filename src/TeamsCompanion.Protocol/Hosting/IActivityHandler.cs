namespace TeamsCompanion.Protocol.Hosting;

/// <summary>
/// Handles the activities it is routed (see <see cref="BotProtocolBuilder"/>). Resolved from a
/// new service scope for every turn, so it may depend on scoped services.
/// </summary>
public interface IActivityHandler
{
    /// <summary>Returns the invoke response for invokes; other activities may return null.</summary>
    Task<InvokeResponse?> HandleAsync(ITurnContext turn, CancellationToken cancellationToken);
}
