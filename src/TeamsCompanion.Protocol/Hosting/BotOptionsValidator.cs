using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace TeamsCompanion.Protocol.Hosting;

/// <summary>Stops the app at start-up when the bot would run open or half-configured.</summary>
internal sealed class BotOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var errors = new List<string>();
        if (!options.HasCredentials)
        {
            if (!environment.IsDevelopment())
            {
                errors.Add("Bot:AppId is empty. Without credentials the bot runs only in the Development environment (ASPNETCORE_ENVIRONMENT=Development).");
            }
        }
        else
        {
            if (string.IsNullOrWhiteSpace(options.TenantId))
            {
                errors.Add("Bot:TenantId is empty. A single-tenant bot needs its Entra tenant id.");
            }

            var credentials = new[] { options.ClientSecret, options.CertificatePath, options.CertificateThumbprint }
                .Count(c => !string.IsNullOrWhiteSpace(c)) + (options.UseManagedIdentity ? 1 : 0);
            if (credentials != 1)
            {
                errors.Add("Bot: set exactly one of ClientSecret, CertificatePath, CertificateThumbprint or UseManagedIdentity=true.");
            }
        }

        // With real credentials the allow-list applies in every environment: a staging slot left
        // on Development must not serve strangers.
        if (options.AllowedTenants.Count == 0 && (options.HasCredentials || !environment.IsDevelopment()))
        {
            errors.Add("Bot:AllowedTenants is empty. List the tenant ids the bot may serve (only a development run without credentials may leave it empty).");
        }

        foreach (var host in options.AllowedServiceHosts)
        {
            if (string.IsNullOrWhiteSpace(host) || host.StartsWith('.') || host.EndsWith('.') || host.IndexOfAny(['*', '/', ':', ' ']) >= 0)
            {
                errors.Add($"Bot:AllowedServiceHosts: '{host}' is not a host name (no scheme, path, port, wildcard or leading/trailing dot).");
            }
        }

        foreach (var url in new[] { options.BotFrameworkOpenIdMetadataUrl, options.EntraOpenIdMetadataUrl })
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                errors.Add($"Bot: '{url}' is not an absolute URL for OpenID metadata.");
            }
        }

        // Whoever serves the metadata decides which keys sign trusted tokens.
        if (!environment.IsDevelopment()
            && (options.BotFrameworkOpenIdMetadataUrl != BotOptions.DefaultBotFrameworkMetadata || options.EntraOpenIdMetadataUrl != BotOptions.DefaultEntraMetadata))
        {
            errors.Add("Bot:BotFrameworkOpenIdMetadataUrl and Bot:EntraOpenIdMetadataUrl may only be changed in Development.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
