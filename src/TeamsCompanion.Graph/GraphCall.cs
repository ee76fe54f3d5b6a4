using Microsoft.Kiota.Abstractions;
using Polly.Timeout;

namespace TeamsCompanion.Graph;

/// <summary>One Graph request, with its failures as <see cref="GraphAccessException"/>.</summary>
internal static class GraphCall
{
    public const string TimedOut = "Microsoft Graph did not answer in time; try again later.";

    public static async Task<T?> SendAsync<T>(GraphStep step, Func<CancellationToken, Task<T?>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call(cancellationToken);
        }
        catch (ApiException e)
        {
            throw GraphErrors.From(e, step);
        }
        catch (HttpRequestException e)
        {
            throw new GraphAccessException(null, "Microsoft Graph could not be reached.", innerException: e);
        }
        catch (TimeoutRejectedException e)
        {
            throw new GraphAccessException(null, TimedOut, innerException: e);
        }
    }
}
