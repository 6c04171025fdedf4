using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Matchmaking.Core.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BrokerOwnership : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FromBroker",
                table: "MatchEvents",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Side",
                table: "MatchEvents",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ToBroker",
                table: "MatchEvents",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FromBroker",
                table: "MatchEvents");

            migrationBuilder.DropColumn(
                name: "Side",
                table: "MatchEvents");

            migrationBuilder.DropColumn(
                name: "ToBroker",
                table: "MatchEvents");
        }
    }
}
