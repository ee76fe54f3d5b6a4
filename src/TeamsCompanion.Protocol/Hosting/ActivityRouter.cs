namespace TeamsCompanion.Protocol.Hosting;

/// <summary>Maps an activity's type (and, for invokes and events, its name) to a handler type.</summary>
public sealed class ActivityRouter
{
    private readonly Dictionary<(string Type, string? Name), Type> routes = [];

    internal void Add(string type, string? name, Type handlerType)
    {
        if (!routes.TryAdd((type.ToUpperInvariant(), name?.ToUpperInvariant()), handlerType))
        {
            throw new InvalidOperationException($"A handler for activity '{type}' named '{name}' is already registered.");
        }
    }

    /// <summary>The handler for this type and name; a handler registered for the type alone catches every name.</summary>
    public Type? Find(string type, string? name)
    {
        var key = type.ToUpperInvariant();
        if (name is not null && routes.TryGetValue((key, name.ToUpperInvariant()), out var named))
        {
            return named;
        }

        return routes.GetValueOrDefault((key, null));
    }
}
