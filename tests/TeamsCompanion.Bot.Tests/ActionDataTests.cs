using System.Text.Json;
using TeamsCompanion.Bot.MessageExtension;
using TeamsCompanion.Protocol;
using TeamsCompanion.Protocol.Activities;

namespace TeamsCompanion.Bot.Tests;

/// <summary>The dialog's form fields are read as they were when they were a JsonElement: only the change in cost may show.</summary>
public sealed class ActionDataTests
{
    [Theory]
    [InlineData("""{"step":"check","draft":"a\nb","audience":"citizens","aiUsed":true}""", "check", "a\nb", "citizens", "true", null)]
    [InlineData("""{"aiUsed":false,"step":1,"draft":{"x":[1]},"audience":null,"text":["t"]}""", null, null, null, "false", null)]
    [InlineData("""{"step":"a","step":"b","draft":"first","draft":5}""", "b", null, null, null, null)]
    [InlineData("""{"st\u0065p":"insert","Text":"upper","text":"h\u00eb \ud83d\ude00","extra":{"step":"no"}}""", "insert", null, null, null, "hë 😀")]
    [InlineData("\"not an object\"", null, null, null, null, null)]
    [InlineData("""[{"step":"check"}]""", null, null, null, null, null)]
    public void FieldsReadByExactNameLastValueWinsOtherTypesAreAbsent(string data, string? step, string? draft, string? audience, string? aiUsed, string? text)
    {
        var value = Invoke($$"""{"commandId":"checkBeforeSharing","data":{{data}}}""").GetValue<ActionCommandValue>();

        Assert.NotNull(value?.Data);
        Assert.Equal((step, draft, audience, aiUsed, text), (value.Data.Step, value.Data.Draft, value.Data.Audience, value.Data.AiUsed, value.Data.Text));
    }

    [Fact]
    public void NoDataIsNoData()
    {
        Assert.Null(Invoke("""{"commandId":"checkBeforeSharing","data":null}""").GetValue<ActionCommandValue>()?.Data);
        Assert.Null(Invoke("""{"commandId":"checkBeforeSharing"}""").GetValue<ActionCommandValue>()?.Data);
    }

    private static Activity Invoke(string value) =>
        JsonSerializer.Deserialize<Activity>($$"""{"type":"invoke","name":"composeExtension/submitAction","value":{{value}}}""", ProtocolJson.Options)!;
}
