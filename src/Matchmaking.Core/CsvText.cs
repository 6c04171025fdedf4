using System.Globalization;
using System.Text;

namespace Matchmaking.Core;

/// <summary>
/// CSV as the downloads write it: RFC 4180 rows ending in CRLF, UTF-8 with a BOM so that Excel opens Chinese text
/// correctly, and no cell a spreadsheet would run as a formula.
/// </summary>
public static class CsvText
{
    public static void Line(StringBuilder text, IEnumerable<string> cells)
    {
        text.AppendJoin(',', cells.Select(Quote));
        text.Append("\r\n");
    }

    /// <summary>The bytes to send, BOM first.</summary>
    public static byte[] Bytes(StringBuilder text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];

    public static string Amount(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Quotes a cell that needs it; a leading =, +, - or @ is prefixed with ' so a spreadsheet never runs it as a formula.</summary>
    public static string Quote(string cell)
    {
        if (cell.Length > 0 && "=+-@".Contains(cell[0]) && !decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
        {
            cell = "'" + cell;
        }

        return cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
