using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TeamsCompanion.Bot.Storage;
using TeamsCompanion.Protocol.Hosting;

namespace TeamsCompanion.Bot.Reminders.Installs;

/// <summary>
/// The connector address for chats the bot opened by installing itself. Graph gives only the chat id; Teams
/// gives the address with every activity, and it is the same for a tenant's chats, so a stored chat of the
/// bot's tenant tells it. Without one, the setting, else Teams' global address, which routes to the tenant's region.
/// </summary>
internal sealed class InstallTargets(IDbContextFactory<TeamsCompanionDbContext> contexts, IOptions<RemindersOptions> options, IOptions<BotOptions> bot)
{
    public const string GlobalServiceUrl = "https://smba.trafficmanager.net/teams/";

    public async Task<InstallTarget> ForNewChatsAsync(CancellationToken cancellationToken)
    {
        var tenant = string.IsNullOrWhiteSpace(bot.Value.TenantId) ? null : bot.Value.TenantId.Trim();
        if (!string.IsNullOrWhiteSpace(options.Value.InstallServiceUrl))
        {
            return new InstallTarget(options.Value.InstallServiceUrl.Trim(), tenant);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var newest = await db.Conversations.AsNoTracking()
            .Where(c => c.ChannelId == "msteams" && (tenant == null || c.TenantId == tenant))
            .OrderByDescending(c => c.UpdatedAt)
            .Select(c => new { c.ServiceUrl, c.TenantId })
            .FirstOrDefaultAsync(cancellationToken);
        return newest is null ? new InstallTarget(GlobalServiceUrl, tenant) : new InstallTarget(newest.ServiceUrl, tenant ?? newest.TenantId);
    }
}
