using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TeamsCompanion.Bot.Reminders;

internal sealed class PolicyVersionConfiguration : IEntityTypeConfiguration<PolicyVersion>
{
    public void Configure(EntityTypeBuilder<PolicyVersion> builder)
    {
        builder.ToTable("PolicyVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.PackId).HasMaxLength(128);
        builder.Property(v => v.PackVersion).HasMaxLength(64);
        builder.Property(v => v.ContentHash).HasMaxLength(64);
        builder.HasIndex(v => v.ContentHash).IsUnique();
        builder.Property(v => v.PublishedBy).HasMaxLength(256);
        builder.Property(v => v.ReleaseNotes).HasMaxLength(4000);
    }
}

internal sealed class PolicyNotificationConfiguration : IEntityTypeConfiguration<PolicyNotification>
{
    public void Configure(EntityTypeBuilder<PolicyNotification> builder)
    {
        builder.ToTable("PolicyNotifications");
        builder.HasKey(n => n.Id);
        builder.HasIndex(n => new { n.VersionId, n.Round }).IsUnique();
        builder.HasOne<PolicyVersion>().WithMany().HasForeignKey(n => n.VersionId);
    }
}

internal sealed class AcknowledgementConfiguration : IEntityTypeConfiguration<Acknowledgement>
{
    public void Configure(EntityTypeBuilder<Acknowledgement> builder)
    {
        builder.ToTable("Acknowledgements");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.UserKey).HasMaxLength(256);
        builder.HasIndex(a => new { a.VersionId, a.UserKey }).IsUnique();
        builder.HasOne<PolicyVersion>().WithMany().HasForeignKey(a => a.VersionId);
    }
}
