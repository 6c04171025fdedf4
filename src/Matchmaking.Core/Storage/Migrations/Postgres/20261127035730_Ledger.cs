using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Matchmaking.Core.Storage.Migrations.Postgres
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "PreviousId",
                table: "Policies",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Policies",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AlterColumn<string>(
                name: "PaymentKind",
                table: "Payments",
                type: "character varying(12)",
                maxLength: 12,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(10)",
                oldMaxLength: 10);

            migrationBuilder.AddColumn<Guid>(
                name: "PolicyId",
                table: "Payments",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Payee",
                table: "LedgerEntries",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BrokerSubject",
                table: "Deals",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ReconciliationRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RanAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DealsChecked = table.Column<int>(type: "integer", nullable: false),
                    PaymentsChecked = table.Column<int>(type: "integer", nullable: false),
                    PendingPayments = table.Column<int>(type: "integer", nullable: false),
                    FailureCount = table.Column<int>(type: "integer", nullable: false),
                    Failures = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReconciliationRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Settlements",
                columns: table => new
                {
                    PaymentId = table.Column<Guid>(type: "uuid", nullable: false),
                    EntryCount = table.Column<int>(type: "integer", nullable: false),
                    SettledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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

            migrationBuilder.AlterColumn<string>(
                name: "PaymentKind",
                table: "Payments",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(12)",
                oldMaxLength: 12);
        }
    }
}
