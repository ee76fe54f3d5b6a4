namespace TeamsCompanion.Bot.Tests;

/// <summary>A misconfigured app refuses to start and says which setting or file line is wrong.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task OutsideDevelopmentTheBotWillNotStartWithoutCredentials()
    {
        await using var bot = new BotFactory(environment: "Production");

        var error = Assert.ThrowsAny<Exception>(() => bot.CreateClient());

        Assert.Contains("Bot:AppId is empty", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Bot:AllowedTenants is empty", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownDatabaseProviderIsNamed()
    {
        await using var bot = new BotFactory(new Dictionary<string, string?> { ["Storage:Provider"] = "SqlServer" });

        var error = Assert.ThrowsAny<Exception>(() => bot.CreateClient()).ToString();

        Assert.True(error.Contains("Storage:Provider", StringComparison.Ordinal), error);
        Assert.Contains("must be 'Sqlite' (the default) or 'PostgreSQL'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostgreSqlWithoutAConnectionStringIsNamed()
    {
        await using var bot = new BotFactory(new Dictionary<string, string?> { ["Storage:Provider"] = "postgresql", ["ConnectionStrings:TeamsCompanion"] = "" });

        var error = Assert.ThrowsAny<Exception>(() => bot.CreateClient()).ToString();

        Assert.True(error.Contains("ConnectionStrings:TeamsCompanion must be set", StringComparison.Ordinal), error);
    }

    [Fact]
    public async Task CredentialsWithoutTenantOrSecretAreNamed()
    {
        await using var bot = new BotFactory(new Dictionary<string, string?> { ["Bot:AppId"] = "app" }, environment: "Production");

        var error = Assert.ThrowsAny<Exception>(() => bot.CreateClient()).ToString();

        Assert.Contains("Bot:TenantId is empty", error, StringComparison.Ordinal);
        Assert.Contains("exactly one of ClientSecret", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithCredentialsTheTenantAllowListIsRequiredEvenInDevelopment()
    {
        await using var bot = new BotFactory(new Dictionary<string, string?> { ["Bot:AppId"] = "app", ["Bot:TenantId"] = "t", ["Bot:ClientSecret"] = "s" });

        Assert.Contains("Bot:AllowedTenants is empty", Assert.ThrowsAny<Exception>(() => bot.CreateClient()).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutsideDevelopmentTheOpenIdMetadataCannotBeRedirected()
    {
        await using var bot = new BotFactory(
            new Dictionary<string, string?>
            {
                ["Bot:AppId"] = "app",
                ["Bot:TenantId"] = "t",
                ["Bot:ClientSecret"] = "s",
                ["Bot:AllowedTenants:0"] = "t",
                ["Bot:BotFrameworkOpenIdMetadataUrl"] = "http://127.0.0.1:1/keys",
            },
            environment: "Production");

        Assert.Contains("may only be changed in Development", Assert.ThrowsAny<Exception>(() => bot.CreateClient()).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABrokenPolicyPackStopsTheAppWithFileAndLine()
    {
        var folder = Directory.CreateTempSubdirectory("tc-broken-pack-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "pack.yaml"), "id: broken\nversion: \"1\"\norganisation: { nl: \"Org\" }\n");
            await using var bot = new BotFactory(new Dictionary<string, string?> { ["Policy:Path"] = folder.FullName });

            var error = Assert.ThrowsAny<Exception>(() => bot.CreateClient()).ToString();

            Assert.Contains($"{Path.Combine(folder.FullName, "pack.yaml")}:3: 'en' is missing", error, StringComparison.Ordinal);
            Assert.Contains("'title' is missing", error, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
