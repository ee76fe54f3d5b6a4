namespace TeamsCompanion.Protocol.Connector;

/// <summary>Gives the Authorization header for connector calls; null when the bot runs without credentials.</summary>
public interface IConnectorTokenProvider
{
    Task<string?> GetAuthorizationHeaderAsync(CancellationToken cancellationToken);
}

internal sealed class NoConnectorToken : IConnectorTokenProvider
{
    public Task<string?> GetAuthorizationHeaderAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
