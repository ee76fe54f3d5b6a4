using Microsoft.Extensions.DependencyInjection;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Graph.Tests;

/// <summary>Resets Kiota's process-wide serializer registry, so it runs alone.</summary>
[CollectionDefinition(nameof(KiotaRegistry), DisableParallelization = true)]
public sealed class KiotaRegistry;

[Collection(nameof(KiotaRegistry))]
public sealed class GraphClientsTests
{
    private const string Json = "application/json";

    [Fact]
    public async Task Clients_made_at_the_same_time_leave_a_null_written_once()
    {
        await using var graph = await FakeGraph.StartAsync();
        await using var services = GraphServices.Build(GraphServices.For(graph));
        var clients = services.GetRequiredService<GraphClients>();
        clients.Create().Dispose();
        var registry = SerializationWriterFactoryRegistry.DefaultInstance.ContentTypeAssociatedFactories;
        var original = registry[Json];
        try
        {
            // Without one construction at a time this went wrong in about 3 of 100 rounds of four.
            for (var round = 0; round < 300; round++)
            {
                registry[Json] = new JsonSerializationWriterFactory();
                using var start = new Barrier(4);
                var makers = Enumerable.Range(0, 4).Select(_ => Task.Factory.StartNew(
                    () =>
                    {
                        start.SignalAndWait();
                        clients.Create().Dispose();
                    },
                    TaskCreationOptions.LongRunning));
                await Task.WhenAll(makers);

                Assert.Equal("{\"@odata.type\":null}", SerializeWithTypeSetToNull());
            }
        }
        finally
        {
            registry[Json] = original;
        }
    }

    [Fact]
    public async Task Graph_refuses_a_body_with_a_property_given_twice()
    {
        await using var graph = await FakeGraph.StartAsync();
        using var http = new HttpClient();
        using var body = new StringContent("{\"a\":null,\"a\":null}", System.Text.Encoding.UTF8, Json);

        using var answer = await http.PostAsync($"{graph.BaseUrl}/users/x/teamwork/installedApps", body);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("not valid JSON", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string SerializeWithTypeSetToNull()
    {
        using var writer = SerializationWriterFactoryRegistry.DefaultInstance.GetSerializationWriter(Json);
        writer.WriteObjectValue(null, new Entity { OdataType = null });
        using var reader = new StreamReader(writer.GetSerializedContent());
        return reader.ReadToEnd();
    }
}
