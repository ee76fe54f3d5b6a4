using System.Net;
using Microsoft.Extensions.Options;
using TeamsCompanion.Bot.Outbox;
using TeamsCompanion.Graph;

namespace TeamsCompanion.Bot.Handoff;

/// <summary>
/// Contacts through Microsoft Graph: a UPN becomes an object id, and a contact without a chat with
/// the bot gets the app installed. Refusals that retrying cannot fix (no consent, no such user)
/// make the contact unreachable, so the ticket goes to the fallback; the rest is retried.
/// </summary>
internal sealed class GraphContactDirectory(ITeamsDirectory directory, IOptions<GraphOptions> options) : IContactDirectory
{
    private readonly NoContactDirectory withoutGraph = new();

    private bool Configured => !string.IsNullOrWhiteSpace(options.Value.TeamsAppId) || !string.IsNullOrWhiteSpace(options.Value.CatalogAppId);

    public async Task<string?> ResolveObjectIdAsync(string upn, CancellationToken cancellationToken)
    {
        if (!Configured)
        {
            return await withoutGraph.ResolveObjectIdAsync(upn, cancellationToken);
        }

        try
        {
            return (await directory.FindUserAsync(upn, cancellationToken))?.ObjectId;
        }
        catch (GraphAccessException e) when (IsFinal(e))
        {
            throw new RecipientUnreachableException(e.Reason, e);
        }
    }

    public async Task<string> OpenPersonalChatAsync(string userObjectId, CancellationToken cancellationToken)
    {
        if (!Configured)
        {
            return await withoutGraph.OpenPersonalChatAsync(userObjectId, cancellationToken);
        }

        try
        {
            return await directory.EnsureInstalledForUserAsync(userObjectId, cancellationToken);
        }
        catch (GraphAccessException e) when (IsFinal(e))
        {
            throw new RecipientUnreachableException(e.Reason, e);
        }
    }

    // 404 right after an install can be Graph catching up; the outbox retries it. A 404 for the user is final.
    private static bool IsFinal(GraphAccessException e) =>
        e.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest
        || (e.StatusCode is HttpStatusCode.NotFound && !e.Reason.Contains("chat", StringComparison.OrdinalIgnoreCase));
}
