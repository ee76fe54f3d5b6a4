namespace TeamsCompanion.Bot.Handoff;

/// <summary>Finds support contacts in the directory and opens the bot's chat with them (Microsoft Graph).</summary>
public interface IContactDirectory
{
    /// <summary>The Entra object id of a UPN; null when the user does not exist.</summary>
    Task<string?> ResolveObjectIdAsync(string upn, CancellationToken cancellationToken);

    /// <summary>Installs the app for the user where needed and returns the id of their chat with the bot.</summary>
    Task<string> OpenPersonalChatAsync(string userObjectId, CancellationToken cancellationToken);
}

/// <summary>Used when Microsoft Graph is not set up: contacts must have talked to the bot before.</summary>
internal sealed class NoContactDirectory : IContactDirectory
{
    public Task<string?> ResolveObjectIdAsync(string upn, CancellationToken cancellationToken) =>
        throw new Outbox.RecipientUnreachableException("a contact named by user name needs Microsoft Graph (Graph:TeamsAppId); name the contact by Entra object id instead");

    public Task<string> OpenPersonalChatAsync(string userObjectId, CancellationToken cancellationToken) =>
        throw new Outbox.RecipientUnreachableException("the contact has no chat with the bot yet, and Microsoft Graph (Graph:TeamsAppId) is not set up to install the app for them");
}
