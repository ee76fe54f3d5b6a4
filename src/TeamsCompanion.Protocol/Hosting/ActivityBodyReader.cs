using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using TeamsCompanion.Protocol.Activities;

namespace TeamsCompanion.Protocol.Hosting;

/// <summary>Reads an activity from a request body, refusing bodies over the limit before they fill memory.</summary>
internal static class ActivityBodyReader
{
    public sealed record Result(Activity? Activity, int ErrorStatus, string? Error);

    public static async Task<Result> ReadAsync(HttpContext http, long limit, CancellationToken cancellationToken)
    {
        var request = http.Request;
        if (request.ContentLength > limit)
        {
            return TooLarge(limit);
        }

        // Kestrel's own cap (30 MB by default) would otherwise answer before ours, without a ProblemDetails.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit + 1;
        }

        try
        {
            return await ReadLimitedAsync(request, limit, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limit);
        }
        catch (Exception e) when (e is BadHttpRequestException or IOException)
        {
            return new Result(null, 400, "The request body could not be read completely.");
        }
    }

    private static async Task<Result> ReadLimitedAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        // A draft makes a body of 100 KB and more: a fresh buffer per request would land on the large
        // object heap and bring on full collections. The activity keeps copies of what it needs, so the
        // buffer goes back to the pool, wiped, as soon as it is parsed.
        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is > 0 and < 1 << 20 ? (int)request.ContentLength + 1 : 16 * 1024);
        var written = 0;
        try
        {
            while (true)
            {
                if (written == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, written).CopyTo(larger);
                    Return(buffer, written);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(written), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                written += read;
                if (written > limit)
                {
                    return TooLarge(limit);
                }
            }

            return written == 0
                ? new Result(null, 400, "The request body is empty; expected an activity as JSON.")
                : Parse(buffer.AsSpan(0, written));
        }
        finally
        {
            Return(buffer, written);
        }
    }

    private static void Return(byte[] buffer, int written)
    {
        buffer.AsSpan(0, written).Clear();
        ArrayPool<byte>.Shared.Return(buffer);
    }

    private static Result Parse(ReadOnlySpan<byte> body)
    {
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, byte {e.BytePositionInLine + 1}" : string.Empty;
            var path = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? string.Empty : $" ({e.Path})";
            return new Result(null, 400, $"The request body is not a valid activity: invalid JSON or a field of the wrong type{where}{path}.");
        }

        if (activity is null)
        {
            return new Result(null, 400, "The request body is not a valid activity: expected a JSON object.");
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return new Result(null, 400, "The activity has no 'type'.");
        }

        // A message is answered in its conversation; without an address there is nothing to answer to.
        return string.Equals(activity.Type, ActivityTypes.Message, StringComparison.OrdinalIgnoreCase)
            && (string.IsNullOrWhiteSpace(activity.ServiceUrl) || string.IsNullOrWhiteSpace(activity.Conversation?.Id))
            ? new Result(null, 400, "The message has no 'serviceUrl' or 'conversation.id' to answer to.")
            : new Result(activity, 200, null);
    }

    private static Result TooLarge(long limit) =>
        new(null, 413, $"The request body is larger than the limit of {limit:N0} bytes (setting Bot:MaxRequestBodyBytes).");
}
