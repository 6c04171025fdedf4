using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Matchmaking.Core.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DealParties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "InstitutionId",
                table: "DealParties",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SubShareBasisPoints",
                table: "DealParties",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Subject",
                table: "DealParties",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_DealParties_Reference",
                table: "DealParties",
                column: "Reference");

            migrationBuilder.CreateIndex(
                name: "IX_DealParties_Subject",
                table: "DealParties",
                column: "Subject");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DealParties_Reference",
                table: "DealParties");

            migrationBuilder.DropIndex(
                name: "IX_DealParties_Subject",
                table: "DealParties");

            migrationBuilder.DropColumn(
                name: "InstitutionId",
                table: "DealParties");

            migrationBuilder.DropColumn(
                name: "SubShareBasisPoints",
                table: "DealParties");

            migrationBuilder.DropColumn(
                name: "Subject",
                table: "DealParties");
        }
    }
}
