using System.Text;
using Lucene.Net.Search.Highlight;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>
/// Escapes snippet text for HTML: only the five markup characters. Lucene's SimpleHTMLEncoder also turns
/// every non-ASCII character into an entity, which makes Chinese snippets unreadable as JSON.
/// </summary>
public sealed class HtmlTextEncoder : IEncoder
{
    public string EncodeText(string originalText)
    {
        var escaped = new StringBuilder(originalText.Length);
        foreach (char c in originalText)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
