namespace TeamsCompanion.Graph;

/// <summary>
/// A user among a group's members (direct or nested), as far as deciding whether to reach them needs.
/// Graph leaves <see cref="UserType"/> and <see cref="AccountEnabled"/> out (null) when the app may read
/// only users' basic profile: they need User.Read.All.
/// </summary>
public sealed record GroupMember(string ObjectId, string? UserType, bool? AccountEnabled)
{
    /// <summary>A guest from another organisation (<c>userType</c> Guest).</summary>
    public bool IsGuest => string.Equals(UserType, "Guest", StringComparison.OrdinalIgnoreCase);

    /// <summary>Only an account Graph says is disabled; unknown counts as enabled.</summary>
    public bool IsDisabled => AccountEnabled == false;
}
