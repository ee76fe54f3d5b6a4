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

    /// <summary>
    /// Step 1, before the body is read: signature, issuer, audience, lifetime and, for Entra tokens,
    /// tenant and calling app. A caller without a valid token costs no body read or JSON parse.
    /// </summary>
    public async Task<ValidatedToken> ValidateTokenAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        const string scheme = "Bearer ";
        if (authorizationHeader is null || !authorizationHeader.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return ValidatedToken.Refused(AuthenticationOutcome.Unauthorized("no bearer token"));
        }

        var token = authorizationHeader[scheme.Length..].Trim();
        if (!handler.CanReadToken(token))
        {
            return ValidatedToken.Refused(AuthenticationOutcome.Unauthorized("token is not a JWT"));
        }

        string issuer;
        try
        {
            issuer = handler.ReadJsonWebToken(token).Issuer;
        }
        catch (ArgumentException)
        {
            return ValidatedToken.Refused(AuthenticationOutcome.Unauthorized("token cannot be read"));
        }

        // The issuer is checked before any signature work, so junk tokens cost little.
        if (issuer == BotFrameworkIssuer)
        {
            return await ValidateBotFrameworkTokenAsync(token, cancellationToken);
        }

        return EntraIssuers().Contains(issuer, StringComparer.Ordinal)
            ? await ValidateEntraTokenAsync(token, cancellationToken)
            : ValidatedToken.Refused(AuthenticationOutcome.Unauthorized("untrusted issuer"));
    }

    /// <summary>Step 2, with the activity: the key's endorsement for the channel and the serviceurl claim.</summary>
    public static AuthenticationOutcome AuthorizeActivity(ValidatedToken token, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(activity);
        if (token.Identity is not { } identity)
        {
            return token.Outcome;
        }

        if (token.Endorsements is { } endorsements && !endorsements.Contains(activity.ChannelId ?? string.Empty, StringComparer.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Forbidden("signing key is not endorsed for the channel");
        }

        // Bot Framework tokens must name the activity's serviceUrl; Entra tokens must when they carry one.
        return ServiceUrlMatches(identity, activity, required: token.Endorsements is not null)
            ? AuthenticationOutcome.Success(identity)
            : AuthenticationOutcome.Forbidden("serviceurl claim does not match the activity");
    }

    private async Task<ValidatedToken> ValidateBotFrameworkTokenAsync(string token, CancellationToken cancellationToken)
    {
        var manager = metadata.For(options.Value.BotFrameworkOpenIdMetadataUrl);
        var (result, configuration) = await ValidateWithKeysAsync(token, manager, [BotFrameworkIssuer], cancellationToken);
        if (result is null || !result.IsValid || configuration is null)
        {
            return ValidatedToken.Refused(AuthenticationOutcome.Unauthorized(Describe(result)));
        }

        var kid = (result.SecurityToken as JsonWebToken)?.Kid;
        return new ValidatedToken(AuthenticationOutcome.Success(result.ClaimsIdentity), result.ClaimsIdentity, Endorsements(configuration, kid));
    }

    private async Task<ValidatedToken> ValidateEntraTokenAsync(string token, CancellationToken cancellationToken)
    {
        var manager = metadata.For(options.Value.EntraOpenIdMetadataUrl);
        var (result, _) = await ValidateWithKeysAsync(token, manager, EntraIssuers(), cancellationToken);
        if (result is null || !result.IsValid)
        {
            return ValidatedToken.Refused(AuthenticationOutcome.Unauthorized(Describe(result)));
        }

        var identity = result.ClaimsIdentity;
        if (!string.Equals(identity.FindFirst("tid")?.Value, options.Value.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            return ValidatedToken.Refused(AuthenticationOutcome.Forbidden("token tenant is not the bot's tenant"));
        }

        // Entra issues a token for the bot's audience to any app in the tenant that asks; only the
        // apps named in Bot:AllowedCallers (by default the bot itself) may call.
        var caller = identity.FindFirst("ver")?.Value == "1.0" ? identity.FindFirst("appid")?.Value : identity.FindFirst("azp")?.Value;
        return caller is not null && AllowedCallers().Contains(caller, StringComparer.OrdinalIgnoreCase)
            ? new ValidatedToken(AuthenticationOutcome.Success(identity), identity, Endorsements: null)
            : ValidatedToken.Refused(AuthenticationOutcome.Forbidden("calling app is not in Bot:AllowedCallers"));
    }

    private List<string> AllowedCallers() =>
        options.Value.AllowedCallers.Count > 0 ? options.Value.AllowedCallers : [options.Value.AppId ?? string.Empty];

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

    // The endorsements of the signing key; an empty list (never null) when the key has none, so the check refuses.
    private static List<string> Endorsements(OpenIdConnectConfiguration configuration, string? kid)
    {
        var key = kid is null ? null : configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));
        return key is not null && key.AdditionalData.TryGetValue("endorsements", out var endorsements)
            ? Endorsements(endorsements).ToList()
            : [];
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
