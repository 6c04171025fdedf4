using GraphQL;
using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Ledger;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Api.Exports;

/// <summary>
/// CSV downloads of money, authorised by the same bearer token as the API: <c>GET /exports/statement.csv?payee=&amp;period=</c>
/// (a payee's monthly statement) and <c>GET /exports/ledger.csv?payee=</c> (a payee's entries, all periods) for the payee
/// itself and admins; <c>?deal=</c> (a deal's whole ledger) for admins. 401 without a token, 403 for anyone else.
/// </summary>
internal static class LedgerExportEndpoints
{
    public const string StatementPath = "/exports/statement.csv";
    public const string LedgerPath = "/exports/ledger.csv";

    public static void MapLedgerExports(this WebApplication app)
    {
        app.MapGet(StatementPath, StatementAsync);
        app.MapGet(LedgerPath, LedgerAsync);
    }

    private static async Task<IResult> StatementAsync(HttpContext http, StatementService statements)
    {
        var viewer = Viewer.From(http.User);
        string payee = http.Request.Query["payee"].ToString();
        return await AnswerAsync(viewer, payee, async () =>
        {
            string period = http.Request.Query["period"].ToString();
            var statement = await statements.GetAsync(payee, period, http.RequestAborted);
            return Results.File(LedgerCsv.Statement(statement, GlobalId.Encode, Name), "text/csv; charset=utf-8", $"statement-{FileSafe(payee)}-{period}.csv");
        });
    }

    private static async Task<IResult> LedgerAsync(HttpContext http, MatchmakingDbContext db)
    {
        var viewer = Viewer.From(http.User);
        string payee = http.Request.Query["payee"].ToString();
        string deal = http.Request.Query["deal"].ToString();
        return await AnswerAsync(viewer, deal.Length > 0 ? null : payee, async () =>
        {
            var entries = db.LedgerEntries.AsNoTracking();
            if (deal.Length > 0)
            {
                Guid dealId = GlobalId.Decode(deal, nameof(Deal));
                entries = entries.Where(e => e.DealId == dealId);
            }
            else
            {
                entries = entries.Where(e => e.Payee == payee);
            }

            string file = deal.Length > 0 ? $"ledger-deal-{FileSafe(deal)}.csv" : $"ledger-{FileSafe(payee)}.csv";
            return Results.File(LedgerCsv.Entries(await entries.ToListAsync(http.RequestAborted), GlobalId.Encode, Name), "text/csv; charset=utf-8", file);
        });
    }

    /// <summary>401 without a token, 403 unless the viewer is the payee or an admin, 400 with {code, message} for a bad argument.</summary>
    private static async Task<IResult> AnswerAsync(Viewer viewer, string? payee, Func<Task<IResult>> answer)
    {
        if (viewer.Subject is null)
        {
            return Results.Json(new { code = ErrorCodes.Unauthenticated, message = "send the API's bearer token." }, statusCode: StatusCodes.Status401Unauthorized);
        }

        if (!viewer.IsAdmin && (string.IsNullOrEmpty(payee) || payee != viewer.Subject))
        {
            return Results.Json(new { code = ErrorCodes.Forbidden, message = "a statement or ledger is for its payee and admins; a deal's whole ledger for admins." }, statusCode: StatusCodes.Status403Forbidden);
        }

        try
        {
            return await answer();
        }
        catch (DomainException e) when (e.Code is ErrorCodes.PeriodInvalid or ErrorCodes.InvalidId or ErrorCodes.BadUserInput)
        {
            return Results.Json(new { code = e.Code, message = e.Message }, statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private static string Name(Enum value) => value.ToString().ToConstantCase();

    private static string FileSafe(string text) => new(text.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_').Take(60).ToArray());
}
