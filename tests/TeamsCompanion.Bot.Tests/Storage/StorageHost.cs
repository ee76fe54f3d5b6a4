using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamsCompanion.Bot.Outbox;
using TeamsCompanion.Bot.Storage;
using TeamsCompanion.Protocol.Activities;
using TeamsCompanion.Protocol.Connector;

namespace TeamsCompanion.Bot.Tests.Storage;

/// <summary>
/// The app's storage services without the web host: one "instance" of the app on a test database.
/// Two hosts on one database behave as two instances.
/// </summary>
internal sealed class StorageHost : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private StorageHost(ServiceProvider services) => this.services = services;

    public IDbContextFactory<TeamsCompanionDbContext> Contexts => services.GetRequiredService<IDbContextFactory<TeamsCompanionDbContext>>();

    public static async Task<StorageHost> StartAsync(TestDatabase database, TimeProvider? time = null)
    {
        var host = Create(database, time);
        await host.MigrateAsync();
        return host;
    }

    public static StorageHost Create(TestDatabase database, TimeProvider? time = null) => Create(database.Settings(), time);

    public static StorageHost Create(Dictionary<string, string?> settings, TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(time ?? TimeProvider.System)
            .AddLogging();
        services.AddStorage();
        return new StorageHost(services.BuildServiceProvider());
    }

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    /// <summary>What the app does at start.</summary>
    public Task MigrateAsync() =>
        new DatabaseMigrator(Contexts, services.GetRequiredService<IOptions<StorageOptions>>(), services.GetRequiredService<IConfiguration>(), NullLogger<DatabaseMigrator>.Instance)
            .StartAsync(CancellationToken.None);

    /// <summary>An outbox sender of this instance; only its claims are used, so it has nothing to deliver with.</summary>
    public OutboxSender Sender(int batchSize, TimeSpan lease, OutboxPacer? pacer = null) => new(
        Contexts,
        [],
        new NoConnector(),
        pacer ?? Pacer(),
        new OutboxSignal(),
        Get<TimeProvider>(),
        Options.Create(new OutboxOptions { BatchSize = batchSize, Lease = lease }),
        NullLogger<OutboxSender>.Instance);

    /// <summary>A pacer of this instance at the default pace (40 per second).</summary>
    public static OutboxPacer Pacer() =>
        new(new TeamsCompanion.Protocol.Connector.ConnectorThrottle(), Options.Create(new TeamsCompanion.Bot.Reminders.RemindersOptions()));

    public async ValueTask DisposeAsync() => await services.DisposeAsync();

    private sealed class NoConnector : IConnectorClient
    {
        public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
