using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TeamsCompanion.Testing;

/// <summary>
/// Plays the Bot Framework and Entra token issuers: publishes OpenID metadata and signing keys
/// (with Bot Framework endorsements) on loopback, and signs tokens with those keys or others.
/// </summary>
public sealed class TestIdentity : IDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string Channel = "msteams";

    private readonly RSA endorsedRsa = RSA.Create(2048);
    private readonly RSA otherChannelRsa = RSA.Create(2048);
    private readonly RSA entraRsa = RSA.Create(2048);
    private readonly RSA unpublishedRsa = RSA.Create(2048);

    public TestIdentity(string appId, string tenantId)
    {
        AppId = appId;
        TenantId = tenantId;
        EndorsedKey = new RsaSecurityKey(endorsedRsa) { KeyId = "endorsed-for-msteams" };
        OtherChannelKey = new RsaSecurityKey(otherChannelRsa) { KeyId = "endorsed-for-webchat" };
        EntraKey = new RsaSecurityKey(entraRsa) { KeyId = "entra-key" };
        UnpublishedKey = new RsaSecurityKey(unpublishedRsa) { KeyId = "endorsed-for-msteams" };
    }

    public string AppId { get; }

    public string TenantId { get; }

    public RsaSecurityKey EndorsedKey { get; }

    public RsaSecurityKey OtherChannelKey { get; }

    public RsaSecurityKey EntraKey { get; }

    /// <summary>Not in any published key set, but claims the endorsed key's id: a forger's key.</summary>
    public RsaSecurityKey UnpublishedKey { get; }

    public static string BotFrameworkMetadataPath => "/botframework/.well-known/openidconfiguration";

    public static string EntraMetadataPath => "/entra/v2.0/.well-known/openid-configuration";

    public string EntraIssuer => $"https://login.microsoftonline.com/{TenantId}/v2.0";

    /// <summary>
    /// The bot's settings for production authentication against this identity: tokens of this app
    /// and tenant, keys from the metadata that <see cref="MapRoutes"/> serves at <paramref name="metadataBaseUrl"/>.
    /// </summary>
    public Dictionary<string, string?> BotSettings(string metadataBaseUrl)
    {
        var issuerBase = metadataBaseUrl.TrimEnd('/');
        return new Dictionary<string, string?>
        {
            ["Bot:AppId"] = AppId,
            ["Bot:TenantId"] = TenantId,
            ["Bot:ClientSecret"] = "not-used-in-tests",
            ["Bot:AllowedTenants:0"] = Activities.TenantId,
            ["Bot:BotFrameworkOpenIdMetadataUrl"] = issuerBase + BotFrameworkMetadataPath,
            ["Bot:EntraOpenIdMetadataUrl"] = issuerBase + EntraMetadataPath,
        };
    }

    public void MapRoutes(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(BotFrameworkMetadataPath, (HttpContext c) => Results.Json(Metadata(c, BotFrameworkIssuer, "/botframework/keys")));
        app.MapGet("/botframework/keys", () => Results.Json(new
        {
            keys = new[] { Jwk(EndorsedKey, [Channel, "webchat"]), Jwk(OtherChannelKey, ["webchat"]) },
        }));
        app.MapGet(EntraMetadataPath, (HttpContext c) => Results.Json(Metadata(c, "https://login.microsoftonline.com/{tenantid}/v2.0", "/entra/keys")));
        app.MapGet("/entra/keys", () => Results.Json(new { keys = new[] { Jwk(EntraKey, null) } }));
    }

    public string BotFrameworkToken(
        string serviceUrl,
        SecurityKey? key = null,
        string? issuer = null,
        string? audience = null,
        DateTime? expires = null,
        bool includeServiceUrl = true)
    {
        var claims = new Dictionary<string, object>();
        if (includeServiceUrl)
        {
            claims["serviceurl"] = serviceUrl;
        }

        return Sign(issuer ?? BotFrameworkIssuer, audience ?? AppId, claims, key ?? EndorsedKey, expires);
    }

    /// <param name="callerAppId">The app that asked Entra for the token (<c>azp</c>); by default the bot itself.</param>
    /// <param name="tid">The <c>tid</c> claim, when it should differ from the issuer's tenant.</param>
    /// <param name="roles">App roles (<c>roles</c> claim), for the admin API.</param>
    public string EntraToken(string? tenantId = null, SecurityKey? key = null, string? serviceUrl = null, string? callerAppId = null, string? tid = null, string[]? roles = null)
    {
        var tenant = tenantId ?? TenantId;
        var claims = new Dictionary<string, object> { ["tid"] = tid ?? tenant, ["ver"] = "2.0", ["azp"] = callerAppId ?? AppId, ["oid"] = "0000aaaa-0000-4000-8000-00000000ad01" };
        if (roles is not null)
        {
            claims["roles"] = roles;
        }
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        return Sign($"https://login.microsoftonline.com/{tenant}/v2.0", AppId, claims, key ?? EntraKey, expires: null);
    }

    /// <summary>A token with <c>alg: none</c> and no signature, otherwise perfect.</summary>
    public string UnsignedToken(string serviceUrl)
    {
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT","kid":"endorsed-for-msteams"}""");
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var payload = Base64UrlEncoder.Encode(
            $$"""{"iss":"{{BotFrameworkIssuer}}","aud":"{{AppId}}","serviceurl":"{{serviceUrl}}","nbf":{{now - 60}},"exp":{{now + 3600}}}""");
        return $"{header}.{payload}.";
    }

    public void Dispose()
    {
        endorsedRsa.Dispose();
        otherChannelRsa.Dispose();
        entraRsa.Dispose();
        unpublishedRsa.Dispose();
    }

    private static string Sign(string issuer, string audience, Dictionary<string, object> claims, SecurityKey key, DateTime? expires)
    {
        var expiry = expires ?? DateTime.UtcNow.AddHours(1);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = expiry.AddHours(-2),
            NotBefore = expiry.AddHours(-2),
            Expires = expiry,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
            Subject = new ClaimsIdentity(),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    private static Dictionary<string, object> Metadata(HttpContext context, string issuer, string keysPath) => new Dictionary<string, object>
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = $"{context.Request.Scheme}://{context.Request.Host}{keysPath}",
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
    };

    private static Dictionary<string, object> Jwk(RsaSecurityKey key, string[]? endorsements)
    {
        var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = endorsements;
        }

        return jwk;
    }
}
