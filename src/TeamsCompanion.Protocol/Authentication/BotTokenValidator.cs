using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using TeamsCompanion.Protocol.Activities;
using TeamsCompanion.Protocol.Hosting;

namespace TeamsCompanion.Protocol.Authentication;

/// <summary>
/// Validates the bearer token of an inbound activity: Bot Framework channel tokens (issuer
/// <c>https://api.botframework.com</c>, key endorsed for the channel, <c>serviceurl</c> claim equal to
/// the activity's) and Entra tokens of the bot's own tenant (single-tenant bots).
/// </summary>
public sealed class BotTokenValidator(IOptions<BotOptions> options, OpenIdMetadataCache metadata)
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    public async Task<AuthenticationOutcome> ValidateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        const string scheme = "Bearer ";
        if (authorizationHeader is null || !authorizationHeader.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Unauthorized("no bearer token");
        }

        var token = authorizationHeader[scheme.Length..].Trim();
        if (!handler.CanReadToken(token))
        {
            return AuthenticationOutcome.Unauthorized("token is not a JWT");
        }

        string issuer;
        try
        {
            issuer = handler.ReadJsonWebToken(token).Issuer;
        }
        catch (ArgumentException)
        {
            return AuthenticationOutcome.Unauthorized("token cannot be read");
        }

        // The issuer is checked before any signature work, so junk tokens cost little.
        if (issuer == BotFrameworkIssuer)
        {
            return await ValidateBotFrameworkTokenAsync(token, activity, cancellationToken);
        }

        return EntraIssuers().Contains(issuer, StringComparer.Ordinal)
            ? await ValidateEntraTokenAsync(token, activity, cancellationToken)
            : AuthenticationOutcome.Unauthorized("untrusted issuer");
    }

    private async Task<AuthenticationOutcome> ValidateBotFrameworkTokenAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        var manager = metadata.For(options.Value.BotFrameworkOpenIdMetadataUrl);
        var (result, configuration) = await ValidateWithKeysAsync(token, manager, [BotFrameworkIssuer], cancellationToken);
        if (result is null || !result.IsValid || configuration is null)
        {
            return AuthenticationOutcome.Unauthorized(Describe(result));
        }

        var kid = (result.SecurityToken as JsonWebToken)?.Kid;
        if (!IsEndorsed(configuration, kid, activity.ChannelId))
        {
            return AuthenticationOutcome.Forbidden("signing key is not endorsed for the channel");
        }

        return ServiceUrlMatches(result.ClaimsIdentity, activity, required: true)
            ? AuthenticationOutcome.Success(result.ClaimsIdentity)
            : AuthenticationOutcome.Forbidden("serviceurl claim does not match the activity");
    }

    private async Task<AuthenticationOutcome> ValidateEntraTokenAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        var manager = metadata.For(options.Value.EntraOpenIdMetadataUrl);
        var (result, _) = await ValidateWithKeysAsync(token, manager, EntraIssuers(), cancellationToken);
        if (result is null || !result.IsValid)
        {
            return AuthenticationOutcome.Unauthorized(Describe(result));
        }

        var tenant = result.ClaimsIdentity.FindFirst("tid")?.Value;
        if (!string.Equals(tenant, options.Value.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Forbidden("token tenant is not the bot's tenant");
        }

        // Entra tokens need not carry serviceurl; when they do it must match. The outbound host
        // allow-list protects the rest.
        return ServiceUrlMatches(result.ClaimsIdentity, activity, required: false)
            ? AuthenticationOutcome.Success(result.ClaimsIdentity)
            : AuthenticationOutcome.Forbidden("serviceurl claim does not match the activity");
    }

    private async Task<(TokenValidationResult? Result, OpenIdConnectConfiguration? Configuration)> ValidateWithKeysAsync(
        string token, ConfigurationManager<OpenIdConnectConfiguration> manager, string[] issuers, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await manager.GetConfigurationAsync(cancellationToken);
        }
        catch (InvalidOperationException)
        {
            // Metadata unreachable: refuse rather than accept without keys.
            return (null, null);
        }

        var result = await handler.ValidateTokenAsync(token, Parameters(configuration, issuers));
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // A key we have not seen yet: the issuer may have rolled its keys. Refresh once and retry.
            manager.RequestRefresh();
            configuration = await manager.GetConfigurationAsync(cancellationToken);
            result = await handler.ValidateTokenAsync(token, Parameters(configuration, issuers));
        }

        return (result, configuration);
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration, string[] issuers) => new()
    {
        ValidIssuers = issuers,
        ValidAudience = options.Value.AppId,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKeys = configuration.SigningKeys,
        ValidAlgorithms = Algorithms,
        ClockSkew = ClockSkew,
    };

    private string[] EntraIssuers() =>
        options.Value.TenantId is { Length: > 0 } tenant
            ? [$"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0"]
            : [];

    private static bool IsEndorsed(OpenIdConnectConfiguration configuration, string? kid, string? channelId)
    {
        if (kid is null || string.IsNullOrEmpty(channelId))
        {
            return false;
        }

        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var endorsements))
        {
            return false;
        }

        return Endorsements(endorsements).Contains(channelId, StringComparer.OrdinalIgnoreCase);
    }

    private static IEnumerable<string> Endorsements(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
            .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!),
        IEnumerable<string> strings => strings,
        System.Collections.IEnumerable items => items.Cast<object?>().Select(i => i?.ToString()).OfType<string>(),
        _ => [],
    };

    private static bool ServiceUrlMatches(ClaimsIdentity identity, Activity activity, bool required)
    {
        var claim = identity.FindFirst("serviceurl")?.Value;
        if (claim is null)
        {
            return !required || activity.ServiceUrl is null;
        }

        return string.Equals(claim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase);
    }

    private static string Describe(TokenValidationResult? result) =>
        result?.Exception?.GetType().Name ?? "signing keys unavailable";
}
