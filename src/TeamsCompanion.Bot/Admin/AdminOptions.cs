namespace TeamsCompanion.Bot.Admin;

/// <summary>The <c>Admin</c> section: who may publish versions and read the reports.</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>The app role (in the bot's app registration) that administrators are given.</summary>
    public string Role { get; set; } = "TeamsCompanion.Admin";

    /// <summary>Accepted audiences besides the bot's app id, e.g. <c>api://{app id}</c>.</summary>
    public List<string> Audiences { get; set; } = [];
}
