using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace TeamsCompanion.Bot.Storage;

/// <summary>
/// Migrates a PostgreSQL database that several instances may start against at the same moment:
/// one migrates while the others wait, then find nothing left to do.
/// </summary>
internal static class PostgreSqlMigrations
{
    // Any fixed number works, as long as every instance uses the same one and other apps on the
    // database do not; these are the bytes of "TCMigrat".
    internal const long LockKey = 0x54434D6967726174;

    public static async Task MigrateAsync(IDbContextFactory<TeamsCompanionDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await CreateDatabaseIfMissingAsync(db, cancellationToken);

        // A session lock, not a transaction lock: the migrations run their own transactions on this
        // same connection, and the lock goes with the connection if the instance dies mid-way.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({LockKey})", cancellationToken);
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // The lock needs a connection to the database itself, so the database must exist first; managed
    // servers usually create it, a local server may not have.
    private static async Task CreateDatabaseIfMissingAsync(TeamsCompanionDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another instance created it a moment ago.
        }
    }
}
