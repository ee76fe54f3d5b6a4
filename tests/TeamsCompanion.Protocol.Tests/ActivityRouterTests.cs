using TeamsCompanion.Protocol.Hosting;

namespace TeamsCompanion.Protocol.Tests;

public sealed class ActivityRouterTests
{
    [Fact]
    public void ANamedRouteWinsOverTheTypeRouteAndCaseDoesNotMatter()
    {
        var router = new ActivityRouter();
        router.Add("invoke", null, typeof(string));
        router.Add("invoke", "composeExtension/query", typeof(int));

        Assert.Equal(typeof(int), router.Find("Invoke", "composeextension/QUERY"));
        Assert.Equal(typeof(string), router.Find("invoke", "adaptiveCard/action"));
        Assert.Null(router.Find("message", null));
    }

    [Fact]
    public void RegisteringTheSameRouteTwiceIsAnError()
    {
        var router = new ActivityRouter();
        router.Add("message", null, typeof(string));

        Assert.Throws<InvalidOperationException>(() => router.Add("MESSAGE", null, typeof(int)));
    }
}
