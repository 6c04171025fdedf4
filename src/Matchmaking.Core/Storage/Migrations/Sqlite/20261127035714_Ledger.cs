using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Matchmaking.Core.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Ledger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsCost",
                table: "PolicyShare",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "PreviousId",
                table: "Policies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Policies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "PolicyId",
                table: "Payments",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Payee",
                table: "LedgerEntries",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BrokerSubject",
                table: "Deals",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ReconciliationRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RanAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DealsChecked = table.Column<int>(type: "INTEGER", nullable: false),
                    PaymentsChecked = table.Column<int>(type: "INTEGER", nullable: false),
                    PendingPayments = table.Column<int>(type: "INTEGER", nullable: false),
                    FailureCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Failures = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReconciliationRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Settlements",
                columns: table => new
                {
                    PaymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SettledAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Settlements", x => x.PaymentId);
                    table.ForeignKey(
                        name: "FK_Settlements_Payments_PaymentId",
                        column: x => x.PaymentId,
                        principalTable: "Payments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Payments_PolicyId",
                table: "Payments",
                column: "PolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_Payee",
                table: "LedgerEntries",
                column: "Payee");

            migrationBuilder.CreateIndex(
                name: "IX_ReconciliationRuns_RanAt",
                table: "ReconciliationRuns",
                column: "RanAt");

            migrationBuilder.AddForeignKey(
                name: "FK_Payments_Policies_PolicyId",
                table: "Payments",
                column: "PolicyId",
                principalTable: "Policies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Payments_Policies_PolicyId",
                table: "Payments");

            migrationBuilder.DropTable(
                name: "ReconciliationRuns");

            migrationBuilder.DropTable(
                name: "Settlements");

            migrationBuilder.DropIndex(
                name: "IX_Payments_PolicyId",
                table: "Payments");

            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_Payee",
                table: "LedgerEntries");

            migrationBuilder.DropColumn(
                name: "IsCost",
                table: "PolicyShare");

            migrationBuilder.DropColumn(
                name: "PreviousId",
                table: "Policies");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Policies");

            migrationBuilder.DropColumn(
                name: "PolicyId",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "Payee",
                table: "LedgerEntries");

            migrationBuilder.DropColumn(
                name: "BrokerSubject",
                table: "Deals");
        }
    }
}
