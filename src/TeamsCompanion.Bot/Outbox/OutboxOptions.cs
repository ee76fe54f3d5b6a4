using System.ComponentModel.DataAnnotations;

namespace TeamsCompanion.Bot.Outbox;

/// <summary>The <c>Outbox</c> section: how the sender of proactive messages works.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How often the sender looks for due messages when nobody wakes it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a claimed message is reserved for this instance; after that another instance may take
    /// it. Short, so the work of an instance that died is picked up soon; each send renews it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts before a message is dead-lettered.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 200;

    /// <summary>Messages in flight at once; the pace itself is <c>Reminders:MaxRequestsPerSecond</c>.</summary>
    [Range(1, 64)]
    public int Parallelism { get; set; } = 8;
}
