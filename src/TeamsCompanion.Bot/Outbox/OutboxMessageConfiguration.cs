using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TeamsCompanion.Bot.Outbox;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("Outbox");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Kind).HasMaxLength(64);
        builder.Property(m => m.Recipient).HasMaxLength(512);
        builder.Property(m => m.IdempotencyKey).HasMaxLength(256);
        builder.HasIndex(m => m.IdempotencyKey).IsUnique();
        builder.Property(m => m.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.LeaseOwner).HasMaxLength(128);
        builder.Property(m => m.LastError).HasMaxLength(512);
        builder.Property(m => m.ActivityId).HasMaxLength(256);
        builder.HasIndex(m => new { m.State, m.NextAttemptAt });
        builder.HasIndex(m => new { m.Kind, m.SubjectId });
    }
}
