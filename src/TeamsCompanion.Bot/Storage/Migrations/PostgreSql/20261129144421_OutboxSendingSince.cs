using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TeamsCompanion.Bot.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class OutboxSendingSince : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "SendingSince",
                table: "Outbox",
                type: "bigint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SendingSince",
                table: "Outbox");
        }
    }
}
