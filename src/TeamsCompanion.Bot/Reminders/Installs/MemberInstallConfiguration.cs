using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TeamsCompanion.Bot.Reminders.Installs;

internal sealed class MemberInstallRunConfiguration : IEntityTypeConfiguration<MemberInstallRun>
{
    public void Configure(EntityTypeBuilder<MemberInstallRun> builder)
    {
        builder.ToTable("MemberInstallRuns");
        builder.HasKey(r => r.NotificationId);
        builder.Property(r => r.NotificationId).ValueGeneratedNever();
        builder.Property(r => r.GroupId).HasMaxLength(64);
        builder.Property(r => r.LeaseOwner).HasMaxLength(128);
        builder.Property(r => r.Problem).HasMaxLength(512);
        builder.HasOne<PolicyNotification>().WithOne().HasForeignKey<MemberInstallRun>(r => r.NotificationId);
    }
}

internal sealed class MemberInstallConfiguration : IEntityTypeConfiguration<MemberInstall>
{
    public void Configure(EntityTypeBuilder<MemberInstall> builder)
    {
        builder.ToTable("MemberInstalls");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.UserObjectId).HasMaxLength(64);
        builder.Property(i => i.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Reason).HasMaxLength(64);

        // One row per member per round: a second instance or a rerun finds it instead of installing again.
        builder.HasIndex(i => new { i.NotificationId, i.UserObjectId }).IsUnique();
        builder.HasOne<PolicyNotification>().WithMany().HasForeignKey(i => i.NotificationId);
    }
}
