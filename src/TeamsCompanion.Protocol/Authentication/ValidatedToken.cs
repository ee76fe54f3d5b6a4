using System.Security.Claims;

namespace TeamsCompanion.Protocol.Authentication;

/// <summary>
/// A token that passed (or failed) the checks that need no activity. <see cref="Endorsements"/>
/// is set for Bot Framework tokens: the channels the signing key may speak for.
/// </summary>
public sealed record ValidatedToken(AuthenticationOutcome Outcome, ClaimsIdentity? Identity, IReadOnlyList<string>? Endorsements)
{
    public static ValidatedToken Refused(AuthenticationOutcome outcome) => new(outcome, null, null);
}
