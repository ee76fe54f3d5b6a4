namespace TeamsCompanion.Protocol.Hosting;

/// <summary>
/// Tells the user, in the product's words, that their turn failed. Optional; without it the
/// user hears nothing. Never put the exception text in front of the user.
/// </summary>
public interface ITurnErrorHandler
{
    /// <summary>For invokes, the response to give instead of an HTTP error; null for the default.</summary>
    Task<InvokeResponse?> OnErrorAsync(ITurnContext turn, Exception exception, CancellationToken cancellationToken);
}
