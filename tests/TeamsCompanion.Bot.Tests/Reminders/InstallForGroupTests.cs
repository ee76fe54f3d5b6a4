using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TeamsCompanion.Bot.Reminders.Installs;
using TeamsCompanion.Bot.Storage;
using TeamsCompanion.Graph;
using TeamsCompanion.Protocol.Activities;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Bot.Tests.Reminders;

/// <summary>Reaching every member of <c>Reminders:InstallForGroupId</c>, on SQLite; <see cref="InstallForGroupOnPostgreSqlTests"/> runs the same on PostgreSQL.</summary>
public class InstallForGroupTests : InstallHarness
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private static readonly string A = Member(1), B = Member(2), C = Member(3), D = Member(4), Guest = Member(5), Gone = Member(6), Outsider = Member(7);

    [Fact]
    public async Task EveryMemberGetsExactlyOneNoticeWhetherTheyHadAChatOrNot()
    {
        AddMembers();
        Graph.GroupPageSize = 2;
        await SayHelloAsync(A, B, Outsider);

        var version = await PublishAsync();
        await WalkAsync();
        await FlushAsync();

        Assert.Equal(Sorted(OwnChat(A), OwnChat(B), OwnChat(Outsider), Graph.ChatIdFor(C), Graph.ChatIdFor(D)), Notices());
        Assert.True(Graph.Installed(C) && Graph.Installed(D));
        Assert.False(Graph.Installed(A) || Graph.Installed(Guest) || Graph.Installed(Gone));
        Assert.Equal(3, Graph.Requests.Count(r => r.Path.StartsWith($"/groups/{Group}/", StringComparison.Ordinal)));

        var status = await StatusAsync();
        Assert.Equal((version, 5, 5, 0, 0), (status.Version, status.Recipients, status.Sent, status.Pending, status.Failed));
        var installs = Assert.IsType<InstallStatus>(status.Installs);
        Assert.Equal((Group, true, 6, 2, 0, 1, 1, (string?)null), (installs.GroupId, installs.Complete, installs.Members, installs.Installed, installs.Failed, installs.Guests, installs.Disabled, installs.Problem));

        // The status JSON keeps its fields and adds the installs.
        var json = JsonDocument.Parse(JsonSerializer.Serialize(status, Web)).RootElement;
        foreach (var field in new[] { "version", "recipients", "sent", "pending", "failed", "acknowledged" })
        {
            Assert.Equal(JsonValueKind.Number, json.GetProperty(field).ValueKind);
        }

        Assert.Equal(2, json.GetProperty("installs").GetProperty("installed").GetInt32());
        using var admin = Bot.CreateClient();
        var fromApi = (await admin.GetFromJsonAsync<JsonNode>("/api/admin/status"))!;
        Assert.Equal(5, (int)fromApi["recipients"]!);
        Assert.Equal(2, (int)fromApi["installs"]!["installed"]!);
        Assert.Equal(1, (int)fromApi["installs"]!["guests"]!);

        // Walking again changes nothing: the walk is done.
        Graph.Clear();
        await WalkAsync();
        Assert.Empty(Graph.Requests);
    }

    [Fact]
    public async Task AChatOpenedByInstallingAndTheOneTeamsSendsLaterAreOnePersonForTheNextVersion()
    {
        AddMembers();
        await SayHelloAsync(A);
        await PublishAsync();
        await WalkAsync();
        await FlushAsync();
        Connector.Clear();

        // Teams tells the bot about the installed app's chat with its own id; C then has two chat ids.
        await SayHelloAsync(C);
        await PublishAsync("Regel twee");
        await WalkAsync();
        await FlushAsync();

        Assert.Equal(Sorted(OwnChat(A), Graph.ChatIdFor(B), OwnChat(C), Graph.ChatIdFor(D)), Notices());
        Assert.Single(Graph.RequestsTo("POST", $"/users/{C}/teamwork/installedApps"));
    }

    [Fact]
    public async Task SomeoneWhoOpenedTheBotAfterThePublicationGetsTheNoticeFromTheWalk()
    {
        AddMembers();
        await PublishAsync();
        await SayHelloAsync(C);

        await WalkAsync();
        await FlushAsync();

        Assert.Equal(Sorted(OwnChat(C), Graph.ChatIdFor(A), Graph.ChatIdFor(B), Graph.ChatIdFor(D)), Notices());
        Assert.Empty(Graph.RequestsTo("POST", $"/users/{C}/teamwork/installedApps"));
    }

    [Fact]
    public async Task SomeoneWhoOpensTheBotWhileTheWalkInstallsForThemGetsOneNotice()
    {
        // C's own chat arrives from Teams after the walk looked, right before Graph installs (409) for C.
        AddMembers();
        await SayHelloAsync(A);
        MoreServices = services =>
        {
            var graph = services.Last(d => d.ServiceType == typeof(ITeamsDirectory));
            services.AddSingleton<ITeamsDirectory>(p => new OpensTheBotFirst(
                (ITeamsDirectory)ActivatorUtilities.CreateInstance(p, graph.ImplementationType!), p.GetRequiredService<ConversationStore>(), C, Connector.ServiceUrl));
        };
        await RestartAsync();
        await PublishAsync();

        await WalkAsync();
        await WalkAsync();
        await FlushAsync();

        Assert.Equal(Sorted(OwnChat(A), Graph.ChatIdFor(B), OwnChat(C), Graph.ChatIdFor(D)), Notices());
        Assert.Single(Graph.RequestsTo("POST", $"/users/{C}/teamwork/installedApps"));
    }

    [Fact]
    public async Task AMemberGraphRefusesIsRecordedWithItsReasonAndTheOthersAreStillReached()
    {
        AddMembers();
        await SayHelloAsync(A);
        Graph.FailFor(C, HttpStatusCode.Forbidden);

        await PublishAsync();
        await WalkAsync();
        await FlushAsync();

        Assert.Equal(Sorted(OwnChat(A), Graph.ChatIdFor(B), Graph.ChatIdFor(D)), Notices());
        var installs = Assert.IsType<InstallStatus>((await StatusAsync()).Installs);
        Assert.Equal((true, 2, 1), (installs.Complete, installs.Installed, installs.Failed));
        Assert.Equal(new Dictionary<string, int> { [InstallReasons.ConsentMissing] = 1 }, installs.FailedReasons);
        await using var db = await Contexts().CreateDbContextAsync();
        var failed = await db.MemberInstalls.SingleAsync(i => i.Outcome == MemberInstallOutcome.Failed);
        Assert.Equal((C, InstallReasons.ConsentMissing), (failed.UserObjectId, failed.Reason));
    }

    [Fact]
    public async Task WithoutConsentToReadTheGroupTheStatusSaysWhichPermissionAndThoseWithAChatAreStillReached()
    {
        AddMembers();
        await SayHelloAsync(A);
        Graph.FailFor(Group, HttpStatusCode.Forbidden);

        await PublishAsync();
        await WalkAsync();
        await FlushAsync();

        Assert.Equal([OwnChat(A)], Notices());
        var installs = Assert.IsType<InstallStatus>((await StatusAsync()).Installs);
        Assert.False(installs.Complete);
        Assert.Contains("GroupMember.Read.All", installs.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain(Bot.Logs.GetSnapshot(), l => l.Message.Contains("Test Gebruiker", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThrottlingPausesTheWalkForTheRetryAfterAndItResumesAfterARestartWithoutDuplicates()
    {
        AddMembers();
        await SayHelloAsync(A);
        Graph.FailFor(C, HttpStatusCode.TooManyRequests, times: 1, retryAfter: TimeSpan.FromMinutes(1));
        await PublishAsync();

        await WalkAsync();
        await FlushAsync();
        Assert.Equal(Sorted(OwnChat(A), Graph.ChatIdFor(B)), Notices());
        var paused = Assert.IsType<InstallStatus>((await StatusAsync()).Installs);
        Assert.Equal((false, 1, 1), (paused.Complete, paused.Installed, paused.Retrying));

        // Not before Graph's Retry-After, also not after a restart.
        await RestartAsync();
        Graph.Clear();
        await WalkAsync();
        Assert.Empty(Graph.Requests);

        // Sends in flight run on the app clock (connector timeouts): let them finish before moving it.
        await FlushAsync();
        Clock.Advance(TimeSpan.FromMinutes(1));
        await WalkAsync();
        await FlushAsync();
        Assert.Equal(Sorted(OwnChat(A), Graph.ChatIdFor(B), Graph.ChatIdFor(C), Graph.ChatIdFor(D)), Notices());
        Assert.Empty(Graph.RequestsTo("POST", $"/users/{B}/teamwork/installedApps"));
        var done = Assert.IsType<InstallStatus>((await StatusAsync()).Installs);
        Assert.Equal((true, 3, 0, 0), (done.Complete, done.Installed, done.Retrying, done.Failed));
    }

    [Fact]
    public async Task ThrottlingOfTheMemberListWaitsForItsRetryAfter()
    {
        AddMembers();
        await SayHelloAsync(A);
        Graph.FailFor(Group, HttpStatusCode.TooManyRequests, times: 1, retryAfter: TimeSpan.FromMinutes(2));
        await PublishAsync();

        await WalkAsync();
        // Sends in flight run on the app clock (connector timeouts): let them finish before moving it.
        await FlushAsync();
        Clock.Advance(TimeSpan.FromMinutes(1));
        await WalkAsync();
        var waiting = Assert.IsType<InstallStatus>((await StatusAsync()).Installs);
        Assert.Equal((false, 0), (waiting.Complete, waiting.Installed));
        Assert.Contains("throttling", waiting.Problem, StringComparison.Ordinal);
        Assert.Single(Graph.Requests);

        // Sends in flight run on the app clock (connector timeouts): let them finish before moving it.
        await FlushAsync();
        Clock.Advance(TimeSpan.FromMinutes(1));
        await WalkAsync();
        await FlushAsync();
        Assert.Equal(Sorted(OwnChat(A), Graph.ChatIdFor(B), Graph.ChatIdFor(C), Graph.ChatIdFor(D)), Notices());
    }

    [Fact]
    public async Task AnInstallThatHappenedJustBeforeACrashIsFoundAgainAndSentOnce()
    {
        // Graph installed the app for C, then the instance died before it stored anything; another still holds the walk.
        // Nobody has talked to the bot yet: the connector address of the new chats comes from the setting.
        AddMembers();
        ServiceUrlSetting = true;
        await RestartAsync();
        Graph.AddUser(C, $"{C}@minbzk.example", installed: true);
        await PublishAsync();
        await using (var db = await Contexts().CreateDbContextAsync())
        {
            var round = await db.PolicyNotifications.SingleAsync();
            db.MemberInstallRuns.Add(new MemberInstallRun { NotificationId = round.Id, GroupId = Group, StartedAt = Clock.GetUtcNow(), NextAttemptAt = Clock.GetUtcNow(), LeaseOwner = "dead", LeaseUntil = Clock.GetUtcNow() + TimeSpan.FromMinutes(1) });
            await db.SaveChangesAsync();
        }

        await WalkAsync();
        Assert.Empty(Graph.Requests);

        // Sends in flight run on the app clock (connector timeouts): let them finish before moving it.
        await FlushAsync();
        Clock.Advance(TimeSpan.FromMinutes(2));
        await WalkAsync();
        await WalkAsync();
        await FlushAsync();

        Assert.Equal(Sorted(Graph.ChatIdFor(A), Graph.ChatIdFor(B), Graph.ChatIdFor(C), Graph.ChatIdFor(D)), Notices());
        Assert.Single(Graph.RequestsTo("POST", $"/users/{C}/teamwork/installedApps"));
    }

    [Fact]
    public async Task TwoInstancesWalkingAtOnceInstallEveryoneOnce()
    {
        AddMembers();
        await SayHelloAsync(A);
        await PublishAsync();
        await using var second = Start();

        await Task.WhenAll(
            Task.Run(WalkAsync),
            Task.Run(() => second.Services.GetRequiredService<MemberInstaller>().RunOnceAsync(CancellationToken.None)),
            Task.Run(WalkAsync));
        await WalkAsync();
        await FlushAsync();

        Assert.Equal(Sorted(OwnChat(A), Graph.ChatIdFor(B), Graph.ChatIdFor(C), Graph.ChatIdFor(D)), Notices());
        Assert.All(new[] { B, C, D }, m => Assert.Single(Graph.RequestsTo("POST", $"/users/{m}/teamwork/installedApps")));
    }

    [Fact]
    public async Task ACancelledAnnouncementIsNotWalked()
    {
        AddMembers();
        var version = await PublishAsync();
        await Bot.Services.GetRequiredService<TeamsCompanion.Bot.Reminders.PolicyStatus>().CancelAsync(version, CancellationToken.None);

        await WalkAsync();

        Assert.Empty(Graph.Requests);
    }

    protected static List<string> Sorted(params string[] conversations) => [.. conversations.Order(StringComparer.Ordinal)];

    protected IDbContextFactory<TeamsCompanionDbContext> Contexts() => Bot.Services.GetRequiredService<IDbContextFactory<TeamsCompanionDbContext>>();

    /// <summary>A and B, C and D are members; a guest and a disabled account too. The outsider is not in the group.</summary>
    private void AddMembers()
    {
        foreach (var member in new[] { A, B, C })
        {
            Graph.AddGroupMember(Group, member);
        }

        Graph.AddGroupMember(Group, Guest, userType: "Guest");
        Graph.AddGroupMember(Group, Gone, accountEnabled: false);
        Graph.AddGroupMember(Group, D, userType: null, accountEnabled: null);
    }
}

/// <summary>A directory through which one person opens the bot (Teams stores their chat) just before the bot installs it for them.</summary>
internal sealed class OpensTheBotFirst(ITeamsDirectory graph, ConversationStore conversations, string user, string serviceUrl) : ITeamsDirectory
{
    public Task<DirectoryUser?> FindUserAsync(string upnOrObjectId, CancellationToken cancellationToken) => graph.FindUserAsync(upnOrObjectId, cancellationToken);

    public IAsyncEnumerable<GroupMember> ListGroupUsersAsync(string groupObjectId, CancellationToken cancellationToken) => graph.ListGroupUsersAsync(groupObjectId, cancellationToken);

    public async Task<string> EnsureInstalledForUserAsync(string userObjectId, CancellationToken cancellationToken)
    {
        if (userObjectId == user)
        {
            await conversations.SaveAsync(new ConversationReference(serviceUrl, "msteams", $"a:{user}", "personal", Activities.TenantId, $"29:{user}", user, Activities.BotId), cancellationToken);
        }

        return await graph.EnsureInstalledForUserAsync(userObjectId, cancellationToken);
    }
}

/// <summary>Off by default: Graph is never asked, and the announcement goes to those with a chat as before.</summary>
public sealed class InstallForGroupOffTests : InstallHarness
{
    public InstallForGroupOffTests() => GroupSetting = null;

    [Fact]
    public async Task WithoutAGroupGraphIsNeverCalled()
    {
        Graph.AddGroupMember(Group, Member(1));
        await SayHelloAsync(Member(2));

        await PublishAsync();
        await WalkAsync();
        await FlushAsync();

        Assert.Equal([OwnChat(Member(2))], Notices());
        Assert.Empty(Graph.Requests);
        Assert.Null((await StatusAsync()).Installs);
    }
}

public sealed class InstallSettingsTests
{
    [Fact]
    public async Task AGroupThatIsNotAGuidOrWithoutGraphStopsTheAppWithAClearError()
    {
        await using var bot = new BotFactory(new Dictionary<string, string?> { ["Reminders:InstallForGroupId"] = "iedereen" });

        var error = Assert.ThrowsAny<Exception>(() => bot.CreateClient()).ToString();

        Assert.Contains("Reminders:InstallForGroupId is not the object id (a GUID) of an Entra group", error, StringComparison.Ordinal);
        Assert.Contains("needs Graph:TeamsAppId", error, StringComparison.Ordinal);
    }
}
