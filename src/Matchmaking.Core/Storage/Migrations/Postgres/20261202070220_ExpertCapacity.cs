using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Matchmaking.Core.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ExpertCapacity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Capacity",
                table: "Experts",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Matches_CandidateId_Stage",
                table: "Matches",
                columns: new[] { "CandidateId", "Stage" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Matches_CandidateId_Stage",
                table: "Matches");

            migrationBuilder.DropColumn(
                name: "Capacity",
                table: "Experts");
        }
    }
}
