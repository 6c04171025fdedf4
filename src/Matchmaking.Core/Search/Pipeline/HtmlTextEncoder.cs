using System.Text;
using Lucene.Net.Search.Highlight;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>
/// Escapes snippet text for HTML: only the five markup characters. Lucene's SimpleHTMLEncoder also turns
/// every non-ASCII character into an entity, which makes Chinese snippets unreadable as JSON.
/// </summary>
public sealed class HtmlTextEncoder : IEncoder
{
    private static readonly System.Buffers.SearchValues<char> Markup = System.Buffers.SearchValues.Create("&<>\"'");

    public string EncodeText(string originalText)
    {
        // Most text has nothing to escape: hand it back as it is (the highlighter calls this per token).
        if (originalText.AsSpan().IndexOfAny(Markup) < 0)
        {
            return originalText;
        }

        var escaped = new StringBuilder(originalText.Length + 16);
        foreach (char c in originalText)
        {
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\'': escaped.Append("&#39;"); break;
                default: escaped.Append(c); break;
            }
        }

        return escaped.ToString();
    }
}
