namespace TeamsCompanion.Bot.Policy;

public static class GuidanceExtensions
{
    public static IServiceCollection AddPolicyPack(this IServiceCollection services)
    {
        services.AddOptions<PolicyOptions>().BindConfiguration(PolicyOptions.Section);
        services.AddSingleton<PolicyPackProvider>();

        // Resolving the provider at start-up loads and validates the pack before any request.
        services.AddHostedService<PolicyPackStartup>();
        return services;
    }

    private sealed class PolicyPackStartup(PolicyPackProvider provider) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = provider.Current;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
