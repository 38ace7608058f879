using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using SmartReader;

namespace EventNews.Ingest.Inbox.Formats;

/// <summary>
/// A web page: the main article text (readability-style extraction by SmartReader, after the page's
/// furniture is removed) and what the page's metadata says about title, date, address and language.
/// </summary>
internal static partial class HtmlFormat
{
    // SmartReader resolves relative links against an address; a page saved without one gets this.
    private const string NowhereUrl = "https://inbox.invalid/";

    public static IReadOnlyList<ArticleReadResult> Read(InboxFile file)
    {
        var (decoded, rejection) = TextDecoding.DecodeSomeText(file.Bytes, DeclaredCharset(file.Bytes));
        if (decoded is null)
        {
            return [rejection!];
        }

        var document = new HtmlParser().ParseDocument(decoded.Text);
        var metadata = HtmlMetadata.Read(document);
        HtmlText.RemoveFurniture(document);

        var text = MainText(document, metadata.Url);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [ArticleReadResult.Reject(RejectionReason.NoText, "no article text was found in the page")];
        }

        return [file.Accept(decoded.Encoding, new ArticleFields(text, metadata.Title, metadata.PublishedAt, metadata.Url, metadata.Language))];
    }

    private static string MainText(AngleSharp.Html.Dom.IHtmlDocument document, string? url)
    {
        // Taken first: SmartReader rearranges the document it reads.
        var wholePage = document.Body is null ? "" : HtmlText.ToPlainText(document.Body);
        var address = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : NowhereUrl;
        using var reader = new Reader(address, document);
        var article = reader.GetArticle();
        if (!string.IsNullOrWhiteSpace(article.Content))
        {
            var text = HtmlText.FromFragment(article.Content);
            if (!string.IsNullOrWhiteSpace(text))
            {
                return text;
            }
        }

        // Readability finds nothing in very short pages; what is left after the furniture is the text.
        return wholePage;
    }

    /// <summary>The charset a page declares in a meta element (or an XML declaration) near its start, as browsers pre-scan it.</summary>
    private static Encoding? DeclaredCharset(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var match = CharsetDeclaration().Match(head);
        return match.Success ? TextDecoding.FromLabel(match.Groups["charset"].Value) : null;
    }

    [GeneratedRegex("""(<meta\b[^>]*?\bcharset\s*=\s*["']?|<\?xml\b[^>]*?\bencoding\s*=\s*["'])\s*(?<charset>[A-Za-z0-9_.:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetDeclaration();
}
