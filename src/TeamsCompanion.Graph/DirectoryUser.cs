namespace TeamsCompanion.Graph;

/// <summary>A user in the organisation's directory (Entra ID), as far as the bot needs one.</summary>
public sealed record DirectoryUser(string ObjectId, string? DisplayName, string? UserPrincipalName);
