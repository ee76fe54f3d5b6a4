namespace TeamsCompanion.Bot.Outbox;

/// <summary>Wakes the sender right after something was enqueued, so a ticket does not wait for the next poll.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim pending = new(0, 1);

    public void Notify()
    {
        if (pending.CurrentCount == 0)
        {
            try
            {
                pending.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another writer woke the sender a moment ago: once is enough.
            }
        }
    }

    public void Dispose() => pending.Dispose();

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => pending.WaitAsync(timeout, cancellationToken);
}
