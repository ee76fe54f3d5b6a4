namespace TeamsCompanion.Graph;

/// <summary>Which Graph call failed: each needs its own permission, so each gets its own reason.</summary>
internal enum GraphStep
{
    FindUser,
    LookUpCatalogApp,
    Install,
    ListInstallations,
    GetChat,
    ListGroupMembers,
}
