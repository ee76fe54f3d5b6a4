namespace TeamsCompanion.Guidance.Packs;

/// <summary>One problem in a pack file, shown as <c>file:line: message</c>.</summary>
public sealed record PackError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>The pack could not be loaded; <see cref="Errors"/> says where and why.</summary>
public sealed class PackLoadException : Exception
{
    public PackLoadException(IReadOnlyList<PackError> errors)
        : base("The policy pack is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public PackLoadException()
        : this([])
    {
    }

    public PackLoadException(string message)
        : base(message)
    {
        Errors = [];
    }

    public PackLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public IReadOnlyList<PackError> Errors { get; } = [];
}
