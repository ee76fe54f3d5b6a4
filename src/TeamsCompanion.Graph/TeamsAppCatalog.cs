using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace TeamsCompanion.Graph;

/// <summary>
/// The bot's app id in the organisation's app catalog: configured, or looked up once from the manifest
/// id and kept for the life of the process (it changes only when the app is deleted and uploaded anew).
/// A failed look-up is not kept, so the next call asks again.
/// </summary>
internal sealed class TeamsAppCatalog(IOptions<GraphOptions> options) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private string? catalogId;

    public async Task<string> GetCatalogIdAsync(GraphServiceClient client, CancellationToken cancellationToken)
    {
        if (options.Value.CatalogAppId is { } configured && !string.IsNullOrWhiteSpace(configured))
        {
            return configured.Trim();
        }

        if (Volatile.Read(ref catalogId) is { } known)
        {
            return known;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            return catalogId ??= await LookUpAsync(client, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private async Task<string> LookUpAsync(GraphServiceClient client, CancellationToken cancellationToken)
    {
        var manifestId = options.Value.TeamsAppId?.Trim();
        if (!Guid.TryParse(manifestId, out _))
        {
            throw new GraphAccessException(null, "Graph:TeamsAppId is not set to the manifest id (a GUID): the bot cannot find its own app in the app catalog.");
        }

        var apps = await GraphCall.SendAsync(
            GraphStep.LookUpCatalogApp,
            token => client.AppCatalogs.TeamsApps.GetAsync(r => r.QueryParameters.Filter = $"externalId eq '{manifestId}'", token),
            cancellationToken);

        // A sideloaded copy can share the manifest id; users get the organisation's copy.
        var app = apps?.Value?
            .Where(a => !string.IsNullOrWhiteSpace(a.Id))
            .OrderBy(a => a.DistributionMethod == TeamsAppDistributionMethod.Organization ? 0 : 1)
            .FirstOrDefault();
        return app?.Id ?? throw new GraphAccessException(
            HttpStatusCode.NotFound,
            $"The bot's Teams app (Graph:TeamsAppId {manifestId}) is not in the organisation's app catalog; upload it there first.");
    }
}
