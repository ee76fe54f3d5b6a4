using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TeamsCompanion.Protocol.Hosting;

/// <summary>Registers the handlers that the messaging endpoint routes activities to.</summary>
public sealed class BotProtocolBuilder(IServiceCollection services, ActivityRouter router)
{
    public IServiceCollection Services { get; } = services;

    /// <summary>Routes activities of <paramref name="type"/> (and, if given, <paramref name="name"/>) to <typeparamref name="THandler"/>.</summary>
    public BotProtocolBuilder AddHandler<THandler>(string type, string? name = null)
        where THandler : class, IActivityHandler
    {
        router.Add(type, name, typeof(THandler));
        Services.TryAddScoped<THandler>();
        return this;
    }
}
