using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TeamsCompanion.Protocol.Hosting;

/// <summary>Says loudly, at start-up, that the bot runs without authentication.</summary>
internal sealed partial class DevelopmentModeNotice(IOptions<BotOptions> options, ILogger<DevelopmentModeNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.HasCredentials)
        {
            LogDevelopmentMode(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot:AppId is empty: DEVELOPMENT MODE. Requests are accepted without a token, from this machine (loopback) only, and replies carry no token. Never run like this where others can reach the app.")]
    private static partial void LogDevelopmentMode(ILogger logger);
}
