namespace TeamsCompanion.Graph;

/// <summary>An app-only access token for Microsoft Graph (without the "Bearer " prefix).</summary>
internal interface IGraphTokenProvider
{
    Task<string> GetAccessTokenAsync(CancellationToken cancellationToken);
}
