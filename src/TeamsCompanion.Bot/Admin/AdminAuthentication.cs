using System.Net;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using TeamsCompanion.Protocol.Hosting;

namespace TeamsCompanion.Bot.Admin;

/// <summary>
/// The admin API takes an Entra token of the bot's own tenant carrying the administrators' app
/// role (Microsoft.Identity.Web). Without credentials (development mode) it is open on loopback
/// only, like the bot endpoint, and never to a web page in a browser.
/// </summary>
public static class AdminAuthentication
{
    public const string Policy = "TeamsCompanion.Admin";

    public static IServiceCollection AddAdminAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section);
        var bot = configuration.GetSection(BotOptions.Section).Get<BotOptions>() ?? new BotOptions();
        var admin = configuration.GetSection(AdminOptions.Section).Get<AdminOptions>() ?? new AdminOptions();
        if (!bot.HasCredentials)
        {
            return services;
        }

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddMicrosoftIdentityWebApi(
            jwt =>
            {
                jwt.MetadataAddress = bot.EntraOpenIdMetadataUrl == BotOptions.DefaultEntraMetadata
                    ? $"{bot.Authority.Replace("{tenant}", bot.TenantId, StringComparison.Ordinal).TrimEnd('/')}/v2.0/.well-known/openid-configuration"
                    : bot.EntraOpenIdMetadataUrl;
                jwt.TokenValidationParameters.ValidAudiences = [bot.AppId!, $"api://{bot.AppId}", .. admin.Audiences];

                // Metadata over plain HTTP only from this machine (a test issuer), never from elsewhere.
                jwt.RequireHttpsMetadata = !(Uri.TryCreate(jwt.MetadataAddress, UriKind.Absolute, out var metadata) && metadata.IsLoopback);
            },
            identity =>
            {
                identity.Instance = bot.Authority.Replace("{tenant}", string.Empty, StringComparison.Ordinal).TrimEnd('/') + "/";
                identity.TenantId = bot.TenantId;
                identity.ClientId = bot.AppId;
            });

        // Single tenant: the two issuers of the bot's own tenant, checked as plain values. This also
        // spares Identity.Web's multi-tenant issuer discovery a round trip to the authority.
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
        {
            jwt.TokenValidationParameters.IssuerValidator = null;
            jwt.TokenValidationParameters.ValidIssuers =
            [
                $"{bot.Authority.Replace("{tenant}", bot.TenantId, StringComparison.Ordinal).TrimEnd('/')}/v2.0",
                $"https://sts.windows.net/{bot.TenantId}/",
            ];
        });
        services.AddAuthorization(o => o.AddPolicy(Policy, p => p.RequireAuthenticatedUser().RequireRole(admin.Role)));
        return services;
    }

    /// <summary>Protects the admin endpoints: the role with credentials, loopback only in development mode.</summary>
    public static RouteGroupBuilder RequireAdmin(this RouteGroupBuilder group, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(group);
        var bot = configuration.GetSection(BotOptions.Section).Get<BotOptions>() ?? new BotOptions();
        if (bot.HasCredentials)
        {
            return group.RequireAuthorization(Policy);
        }

        group.AddEndpointFilter(async (context, next) => IsLocalNonBrowser(context.HttpContext)
            ? await next(context)
            : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "The admin API in development mode answers only this machine."));
        return group;
    }

    private static bool IsLocalNonBrowser(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address)
        && !http.Request.Headers.ContainsKey("Origin")
        && http.RequestServices.GetRequiredService<IHostEnvironment>().IsDevelopment();
}
