using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TeamsCompanion.Bot.Handoff;
using TeamsCompanion.Bot.Outbox;
using TeamsCompanion.Bot.Reminders;
using TeamsCompanion.Bot.Reminders.Installs;

namespace TeamsCompanion.Bot.Storage;

/// <summary>
/// The model, shared by both providers. Each provider has its own subclass so that each keeps its own
/// migrations (EF finds migrations by context type); code outside Storage only sees this class.
/// </summary>
public abstract class TeamsCompanionDbContext : DbContext
{
    protected TeamsCompanionDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<ConversationRecord> Conversations => Set<ConversationRecord>();

    public DbSet<UserPreference> UserPreferences => Set<UserPreference>();

    public DbSet<DailyCount> DailyCounts => Set<DailyCount>();

    public DbSet<Ticket> Tickets => Set<Ticket>();

    public DbSet<TicketMessage> TicketMessages => Set<TicketMessage>();

    public DbSet<TicketCardCopy> TicketCards => Set<TicketCardCopy>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<PolicyVersion> PolicyVersions => Set<PolicyVersion>();

    public DbSet<PolicyNotification> PolicyNotifications => Set<PolicyNotification>();

    public DbSet<Acknowledgement> Acknowledgements => Set<Acknowledgement>();

    public DbSet<MemberInstallRun> MemberInstallRuns => Set<MemberInstallRun>();

    public DbSet<MemberInstall> MemberInstalls => Set<MemberInstall>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfiguration(new ConversationRecordConfiguration());
        modelBuilder.ApplyConfiguration(new UserPreferenceConfiguration());
        modelBuilder.ApplyConfiguration(new DailyCountConfiguration());
        modelBuilder.ApplyConfiguration(new TicketConfiguration());
        modelBuilder.ApplyConfiguration(new TicketMessageConfiguration());
        modelBuilder.ApplyConfiguration(new TicketCardCopyConfiguration());
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new PolicyVersionConfiguration());
        modelBuilder.ApplyConfiguration(new PolicyNotificationConfiguration());
        modelBuilder.ApplyConfiguration(new AcknowledgementConfiguration());
        modelBuilder.ApplyConfiguration(new MemberInstallRunConfiguration());
        modelBuilder.ApplyConfiguration(new MemberInstallConfiguration());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // SQLite cannot order or compare DateTimeOffset; store UTC ticks, which sort the same everywhere.
        // PostgreSQL keeps ticks too, so the raw SQL in the stores and the outbox is the same on both.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetTicksConverter>();
    }
}

internal sealed class ConversationRecordConfiguration : IEntityTypeConfiguration<ConversationRecord>
{
    public void Configure(EntityTypeBuilder<ConversationRecord> builder)
    {
        builder.ToTable("Conversations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.ConversationId).HasMaxLength(512);
        builder.HasIndex(c => c.ConversationId).IsUnique();
        builder.Property(c => c.ServiceUrl).HasMaxLength(512);
        builder.Property(c => c.ChannelId).HasMaxLength(64);
        builder.Property(c => c.ConversationType).HasMaxLength(32);
        builder.Property(c => c.TenantId).HasMaxLength(64);
        builder.Property(c => c.UserId).HasMaxLength(256);
        builder.Property(c => c.UserAadObjectId).HasMaxLength(64);
        builder.HasIndex(c => c.UserAadObjectId);
        builder.Property(c => c.BotId).HasMaxLength(256);
    }
}

internal sealed class UserPreferenceConfiguration : IEntityTypeConfiguration<UserPreference>
{
    public void Configure(EntityTypeBuilder<UserPreference> builder)
    {
        builder.ToTable("UserPreferences");
        builder.HasKey(p => p.UserKey);
        builder.Property(p => p.UserKey).HasMaxLength(256);
        builder.Property(p => p.Language).HasMaxLength(8);
    }
}

internal sealed class DailyCountConfiguration : IEntityTypeConfiguration<DailyCount>
{
    public void Configure(EntityTypeBuilder<DailyCount> builder)
    {
        builder.ToTable("DailyCounts");
        builder.HasKey(c => new { c.Day, c.Metric });
        builder.Property(c => c.Day).HasMaxLength(10);
        builder.Property(c => c.Metric).HasMaxLength(128);
    }
}
