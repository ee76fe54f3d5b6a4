using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TeamsCompanion.Bot.Outbox;

public static class OutboxExtensions
{
    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        if (services.Any(s => s.ServiceType == typeof(OutboxSender)))
        {
            return services;
        }

        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<OutboxSignal>();
        services.AddOptions<TeamsCompanion.Bot.Reminders.RemindersOptions>().BindConfiguration(TeamsCompanion.Bot.Reminders.RemindersOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<OutboxPacer>();
        services.AddSingleton<OutboxSender>();
        services.AddHostedService(p => p.GetRequiredService<OutboxSender>());
        return services;
    }
}
