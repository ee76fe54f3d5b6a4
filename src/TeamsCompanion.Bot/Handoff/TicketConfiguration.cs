using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TeamsCompanion.Bot.Handoff;

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> builder)
    {
        builder.ToTable("Tickets");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Property(t => t.RequestKey).HasMaxLength(64);
        builder.HasIndex(t => t.RequestKey).IsUnique();
        builder.Property(t => t.Language).HasMaxLength(8);
        builder.Property(t => t.ServiceUrl).HasMaxLength(512);
        builder.Property(t => t.TenantId).HasMaxLength(64);
        builder.Property(t => t.RequesterAadObjectId).HasMaxLength(64);
        builder.Property(t => t.RequesterUserId).HasMaxLength(256);
        builder.Property(t => t.RequesterConversationId).HasMaxLength(512);
        builder.Property(t => t.ReferenceHash).HasMaxLength(64);
        builder.HasIndex(t => t.ReferenceHash).IsUnique();
        builder.Property(t => t.AssigneeAadObjectId).HasMaxLength(64);
        builder.Property(t => t.AssigneeName).HasMaxLength(256);
        builder.HasIndex(t => new { t.State, t.CreatedAt });
        builder.HasMany(t => t.Messages).WithOne().HasForeignKey(m => m.TicketId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Cards).WithOne().HasForeignKey(c => c.TicketId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TicketMessageConfiguration : IEntityTypeConfiguration<TicketMessage>
{
    public void Configure(EntityTypeBuilder<TicketMessage> builder)
    {
        builder.ToTable("TicketMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Author).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.AuthorName).HasMaxLength(256);
        builder.Property(m => m.Text).HasMaxLength(8000);
    }
}

internal sealed class TicketCardCopyConfiguration : IEntityTypeConfiguration<TicketCardCopy>
{
    public void Configure(EntityTypeBuilder<TicketCardCopy> builder)
    {
        builder.ToTable("TicketCards");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Recipient).HasMaxLength(256);
        builder.Property(c => c.ServiceUrl).HasMaxLength(512);
        builder.Property(c => c.ConversationId).HasMaxLength(512);
        builder.Property(c => c.ActivityId).HasMaxLength(256);
        builder.HasIndex(c => new { c.TicketId, c.ConversationId });
    }
}
