using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Graph.Tests;

/// <summary>Listing a group's user members against a real HTTP listener, paging and failures included.</summary>
public sealed class GroupMembersTests : IAsyncLifetime
{
    private const string Group = "6b1e9f40-2c3d-4e5f-8a9b-0c1d2e3f4a5b";

    private FakeGraph graph = null!;
    private ServiceProvider services = null!;
    private ITeamsDirectory directory = null!;

    public async Task InitializeAsync()
    {
        graph = await FakeGraph.StartAsync();
        services = GraphServices.Build(GraphServices.For(graph));
        directory = services.GetRequiredService<ITeamsDirectory>();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await graph.DisposeAsync();
    }

    [Fact]
    public async Task Every_page_is_followed_and_the_type_and_state_are_asked_for()
    {
        var ids = Enumerable.Range(1, 7).Select(Member).ToList();
        ids.ForEach(id => graph.AddGroupMember(Group, id));
        graph.AddGroupMember(Group, Member(8), userType: "Guest");
        graph.AddGroupMember(Group, Member(9), accountEnabled: false);
        graph.GroupPageSize = 3;

        var members = await ListAsync();

        Assert.Equal([.. ids, Member(8), Member(9)], members.Select(m => m.ObjectId));
        Assert.True(members[7].IsGuest);
        Assert.True(members[8].IsDisabled);
        Assert.All(members.Take(7), m => Assert.False(m.IsGuest || m.IsDisabled));
        var pages = Pages();
        Assert.Equal(3, pages.Count);
        Assert.Contains("$select=id,userType,accountEnabled", pages[0].Query, StringComparison.Ordinal);
        Assert.Contains("$top=999", pages[0].Query, StringComparison.Ordinal);
        Assert.Contains("$skiptoken=6", pages[2].Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_user_read_all_the_type_and_state_are_unknown_and_count_as_a_member()
    {
        graph.AddGroupMember(Group, Member(1), userType: null, accountEnabled: null);

        var member = Assert.Single(await ListAsync());

        Assert.False(member.IsGuest);
        Assert.False(member.IsDisabled);
    }

    [Fact]
    public async Task No_consent_names_group_member_read_all()
    {
        graph.AddGroupMember(Group, Member(1));
        graph.FailFor(Group, HttpStatusCode.Forbidden);

        var error = await Assert.ThrowsAsync<GraphAccessException>(ListAsync);

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal(GraphAccessException.GroupConsentMissing, error.Reason);
        Assert.Contains("GroupMember.Read.All", error.Message, StringComparison.Ordinal);
        Assert.Single(graph.Requests);
    }

    [Fact]
    public async Task An_unknown_group_says_which_setting_to_check()
    {
        var error = await Assert.ThrowsAsync<GraphAccessException>(ListAsync);

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Contains("Reminders:InstallForGroupId", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Throttling_on_a_later_page_is_retried_after_the_time_graph_asks()
    {
        Enumerable.Range(1, 4).ToList().ForEach(i => graph.AddGroupMember(Group, Member(i)));
        graph.GroupPageSize = 2;
        await using var members = directory.ListGroupUsersAsync(Group, default).GetAsyncEnumerator();
        Assert.True(await members.MoveNextAsync());
        Assert.True(await members.MoveNextAsync());
        graph.RespondNext(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(1));
        var clock = Stopwatch.StartNew();

        Assert.True(await members.MoveNextAsync());

        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"Retried after {clock.Elapsed}.");
        Assert.Equal(Member(3), members.Current.ObjectId);
        Assert.Equal(3, Pages().Count);
    }

    [Fact]
    public async Task A_long_retry_after_is_reported_with_its_wait()
    {
        graph.AddGroupMember(Group, Member(1));
        graph.FailFor(Group, HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromMinutes(2));

        var error = await Assert.ThrowsAsync<GraphAccessException>(ListAsync);

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(2), error.RetryAfter);
    }

    [Fact]
    public async Task A_group_id_must_be_a_guid()
    {
        await Assert.ThrowsAsync<ArgumentException>(async () => await directory.ListGroupUsersAsync("everyone", default).ToListAsync());
        Assert.Empty(graph.Requests);
    }

    private static string Member(int i) => $"a0000000-0000-4000-8000-{i:D12}";

    // The SDK writes the cast short, as Graph allows: /transitiveMembers/graph.user.
    private List<GraphRequest> Pages() =>
        [.. graph.Requests.Where(r => r.Method == "GET" && r.Path.StartsWith($"/groups/{Group}/transitiveMembers/", StringComparison.Ordinal))];

    private async Task<List<GroupMember>> ListAsync() => await directory.ListGroupUsersAsync(Group, default).ToListAsync();
}
