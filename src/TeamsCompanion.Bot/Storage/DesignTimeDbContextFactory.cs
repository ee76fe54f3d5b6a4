using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TeamsCompanion.Bot.Storage;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the app.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<TeamsCompanionDbContext>
{
    public TeamsCompanionDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<TeamsCompanionDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
