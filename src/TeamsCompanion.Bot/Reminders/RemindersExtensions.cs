using Microsoft.Extensions.Options;
using TeamsCompanion.Bot.Cards;
using TeamsCompanion.Bot.Outbox;
using TeamsCompanion.Bot.Reminders.Installs;
using TeamsCompanion.Graph;
using TeamsCompanion.Protocol.Hosting;

namespace TeamsCompanion.Bot.Reminders;

public static class RemindersExtensions
{
    /// <summary>Published policy versions, the announcement to everyone, acknowledgements and reminder rounds.</summary>
    public static BotProtocolBuilder AddReminders(this BotProtocolBuilder bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var services = bot.Services;
        services.AddPolicyVersions();
        services.AddSingleton<PolicyRounds>();
        services.AddHostedService<PolicyRoundsService>();

        // Reaching a whole group (Reminders:InstallForGroupId) installs through Graph, which the hand-over also uses.
        services.AddTeamsGraph();
        services.AddSingleton<IValidateOptions<RemindersOptions>, InstallsOptionsValidator>();
        services.AddSingleton<MemberInstallStore>();
        services.AddSingleton<InstallTargets>();
        services.AddSingleton<MemberInstaller>();
        services.AddHostedService<MemberInstallService>();
        services.AddScoped<AcknowledgementService>();
        services.AddSingleton<IOutboxDelivery, PolicyNoticeDelivery>();
        services.AddScoped<ICardActionHandler>(p => new VerbHandler("policy.", (_, data, activity, language, token) => p.GetRequiredService<AcknowledgementService>().AcknowledgeAsync(data, activity, language, token)));
        return bot;
    }

    /// <summary>Publishing and status; also used by the command line against the same database.</summary>
    public static IServiceCollection AddPolicyVersions(this IServiceCollection services)
    {
        services.AddOutbox();
        services.AddSingleton<PolicyPublisher>();
        services.AddSingleton<PolicyStatus>();
        services.AddSingleton<PublishedVersions>();
        return services;
    }
}
