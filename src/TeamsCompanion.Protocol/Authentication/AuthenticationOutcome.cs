using System.Security.Claims;

namespace TeamsCompanion.Protocol.Authentication;

/// <summary>
/// The result of checking a request's token. <see cref="Reason"/> is for the log only: the
/// caller gets 401 or 403 without it, so a forger learns nothing.
/// </summary>
public sealed record AuthenticationOutcome(int StatusCode, ClaimsIdentity? Identity, string? Reason)
{
    public bool Succeeded => StatusCode == 200;

    public static AuthenticationOutcome Success(ClaimsIdentity identity) => new(200, identity, null);

    public static AuthenticationOutcome Unauthorized(string reason) => new(401, null, reason);

    public static AuthenticationOutcome Forbidden(string reason) => new(403, null, reason);
}
