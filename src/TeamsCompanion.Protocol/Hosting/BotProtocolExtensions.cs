using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using Microsoft.Identity.Web.TokenCacheProviders.InMemory;
using Polly;
using TeamsCompanion.Protocol.Authentication;
using TeamsCompanion.Protocol.Connector;

namespace TeamsCompanion.Protocol.Hosting;

public static class BotProtocolExtensions
{
    /// <summary>Adds the activity protocol: options from the <c>Bot</c> section, token validation, the connector client.</summary>
    public static BotProtocolBuilder AddBotProtocol(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, BotOptionsValidator>());
        services.AddProblemDetails();

        services.AddHttpClient(OpenIdMetadataCache.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(15) })
            .AddStandardResilienceHandler();
        services.TryAddSingleton<OpenIdMetadataCache>();
        services.TryAddSingleton<BotTokenValidator>();
        services.TryAddSingleton<ServiceUrlPolicy>();
        services.TryAddTransient<MessagesEndpoint>();
        services.AddHostedService<DevelopmentModeNotice>();

        services.AddTokenAcquisition(isTokenAcquisitionSingleton: true);
        services.AddInMemoryTokenCaches();
        services.TryAddSingleton<IConnectorTokenProvider>(provider =>
            provider.GetRequiredService<IOptions<BotOptions>>().Value.HasCredentials
                ? ActivatorUtilities.CreateInstance<EntraConnectorTokenProvider>(provider)
                : new NoConnectorToken());

        services.TryAddSingleton<ConnectorThrottle>();
        services.TryAddTransient<ConnectorThrottleHandler>();
        var connector = services.AddHttpClient<IConnectorClient, ConnectorClient>(ConnectorClient.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        connector.AddResilienceHandler("connector", ConfigureConnectorResilience);

        // Added after the retries, so it sits inside them and sees every attempt.
        connector.AddHttpMessageHandler<ConnectorThrottleHandler>();

        var router = new ActivityRouter();
        services.AddSingleton(router);
        return new BotProtocolBuilder(services, router);
    }

    /// <summary>Maps <c>POST {pattern}</c> (default <c>/api/messages</c>) to the messaging endpoint.</summary>
    public static RouteHandlerBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages") =>
        endpoints.MapPost(pattern, (HttpContext http, MessagesEndpoint endpoint) => endpoint.HandleAsync(http))
            .DisableAntiforgery()
            .WithName("BotMessages");

    // Teams: honour Retry-After on 429, retry 412/502/503/504 with jittered backoff; never 400/401/403/404
    // (those will not change by asking again) nor 500 (the connector may have acted already). Replies are
    // sent inside Teams' request, which Teams gives 15 seconds: the whole budget stays under that.
    private static void ConfigureConnectorResilience(ResiliencePipelineBuilder<HttpResponseMessage> pipeline)
    {
        pipeline
            .AddTimeout(TimeSpan.FromSeconds(12))
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 3,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(500),
                MaxDelay = TimeSpan.FromSeconds(5),
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            })
            .AddTimeout(TimeSpan.FromSeconds(8));
    }

    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result?.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
            or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout
        || outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException;
}
