using AngleSharp.Html.Parser;
using SmartReader;

namespace EventNews.Ingest.Inbox.Formats;

/// <summary>
/// A web page: the main article text (readability-style extraction by SmartReader, after the page's
/// furniture is removed) and what the page's metadata says about title, date, address and language.
/// </summary>
internal static class HtmlFormat
{
    // SmartReader resolves relative links against an address; a page saved without one gets this.
    private const string NowhereUrl = "https://inbox.invalid/";

    public static IReadOnlyList<ArticleReadResult> Read(InboxFile file)
    {
        var (decoded, rejection) = TextDecoding.DecodeSomeText(file.Bytes, TextDecoding.DeclaredCharset(file.Bytes));
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

}
