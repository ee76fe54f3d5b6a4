using System.Security.Claims;
using TeamsCompanion.Protocol.Activities;
using TeamsCompanion.Protocol.Connector;

namespace TeamsCompanion.Protocol.Hosting;

/// <summary>One incoming activity and the means to answer it.</summary>
public interface ITurnContext
{
    Activity Activity { get; }

    /// <summary>The validated caller; anonymous for unauthenticated development requests.</summary>
    ClaimsIdentity Identity { get; }

    /// <summary>Sends an activity into the conversation of <see cref="Activity"/>, as a reply when it has an id.</summary>
    Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken);

    Task UpdateAsync(string activityId, Activity activity, CancellationToken cancellationToken);

    Task DeleteAsync(string activityId, CancellationToken cancellationToken);
}
