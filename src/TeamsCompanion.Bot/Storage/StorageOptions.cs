namespace TeamsCompanion.Bot.Storage;

/// <summary>The <c>Storage</c> section. The connection string is <c>ConnectionStrings:TeamsCompanion</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public const string ConnectionStringName = "TeamsCompanion";

    /// <summary>
    /// <c>Sqlite</c> (the default: one instance, a file) or <c>PostgreSQL</c> (a server; several instances
    /// may share it).
    /// </summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Apply pending migrations when the app starts.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>
    /// SQLite write-ahead logging, so the CLI can read while the bot writes. Turn it off where the
    /// file lives on a network share (App Service /home): WAL needs shared memory on one machine.
    /// </summary>
    public bool SqliteWal { get; set; } = true;
}
