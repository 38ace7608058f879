using System.Xml;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Parser;

namespace EventNews.Ingest.Inbox.Formats;

/// <summary>
/// News in XML. A feed, RSS (0.9x, 1.0, 2.0) or Atom, is read by CodeHollow.FeedReader: each item or
/// entry is one article, its full content (content:encoded, Atom content), else its description or
/// summary, as text; its title, its date as the feed writes it, its link, and the feed's language
/// and title. What is no feed may be an agency's NITF or NewsML-G2 document (<see cref="NewsMlFormat"/>).
/// </summary>
internal static class XmlFormat
{
    public static IReadOnlyList<ArticleReadResult> Read(InboxFile file)
    {
        var (decoded, rejection) = TextDecoding.DecodeSomeText(file.Bytes, TextDecoding.DeclaredCharset(file.Bytes));
        if (decoded is null)
        {
            return [rejection!];
        }

        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(decoded.Text);
        }
        catch (XmlException ex)
        {
            return [ArticleReadResult.Reject(RejectionReason.MalformedXml, $"malformed XML at line {ex.LineNumber}, position {ex.LinePosition}: {ex.Message}")];
        }
        catch (FeedTypeNotSupportedException ex)
        {
            return NewsMlFormat.TryRead(file, decoded.Encoding, decoded.Text)
                ?? [ArticleReadResult.Reject(RejectionReason.NoText, $"the XML document is not an RSS or Atom feed, nor NITF or NewsML-G2 ({ex.Message})")];
        }

        if (feed.Items.Count == 0)
        {
            return [ArticleReadResult.Reject(RejectionReason.NoText, "the feed holds no item")];
        }

        return [.. feed.Items.Select((item, index) => ReadItem(file, decoded.Encoding, feed, item, $"item {index + 1}"))];
    }

    private static ArticleReadResult ReadItem(InboxFile file, string encoding, Feed feed, FeedItem item, string label)
    {
        // The full text when the feed carries it, else the teaser; either may be HTML.
        var text = new[] { item.Content, item.Description }.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        if (text is not null && HtmlText.LooksLikeHtml(text))
        {
            text = HtmlText.FromFragment(text);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ArticleReadResult.Reject(RejectionReason.NoText, "the item has no text: neither content nor description holds any", label, item.SpecificItem?.Element?.ToString());
        }

        var fields = new ArticleFields(
            text.Trim(),
            ArticleFields.Clean(item.Title),
            ArticleFields.Clean(item.PublishingDateString),
            ArticleFields.Clean(item.Link),
            ArticleFields.Clean(feed.Language),
            ArticleFields.Clean(feed.Title));
        return file.Accept(encoding, fields, label);
    }
}
