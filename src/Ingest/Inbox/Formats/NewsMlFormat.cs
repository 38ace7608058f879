using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace EventNews.Ingest.Inbox.Formats;

/// <summary>
/// The XML the news agencies deliver: an IPTC NITF document, a NewsML-G2 news item, or a NewsML-G2
/// news message holding several items (each one article). Elements are matched by local name, so
/// the IPTC namespaces and their versions do not matter.
/// </summary>
internal static partial class NewsMlFormat
{
    /// <summary>The articles of an agency document, or null when the XML is none of these.</summary>
    public static IReadOnlyList<ArticleReadResult>? TryRead(InboxFile file, string encoding, string text)
    {
        XElement root;
        try
        {
            root = XDocument.Parse(text, LoadOptions.None).Root!;
        }
        catch (XmlException)
        {
            return null;
        }

        return root.Name.LocalName switch
        {
            "nitf" => [Article(file, encoding, Nitf(root), label: null)],
            "newsItem" => [Article(file, encoding, NewsItem(root), label: null)],
            "newsMessage" => Items(file, encoding, [.. Descendants(root, "newsItem")]),
            _ => null,
        };
    }

    private static IReadOnlyList<ArticleReadResult> Items(InboxFile file, string encoding, List<XElement> items) =>
        items.Count == 0
            ? [ArticleReadResult.Reject(RejectionReason.NoText, "the news message holds no news item")]
            : [.. items.Select((item, index) => Article(file, encoding, NewsItem(item), $"item {index + 1}", item))];

    private static ArticleReadResult Article(InboxFile file, string encoding, ArticleFields? fields, string? label, XElement? item = null) =>
        fields is null
            ? ArticleReadResult.Reject(RejectionReason.NoText, "no text: the document holds no paragraph", label, item?.ToString())
            : file.Accept(encoding, fields, label);

    // NITF: head/title or the first headline, the issue or release date, body.content's paragraphs.
    private static ArticleFields? Nitf(XElement nitf)
    {
        var text = Paragraphs(Descendants(nitf, "body.content").FirstOrDefault());
        if (text is null)
        {
            return null;
        }

        var docdata = Descendants(nitf, "docdata").FirstOrDefault();
        return new ArticleFields(
            text,
            Value(Descendants(nitf, "hl1").FirstOrDefault()) ?? Value(Child(Child(nitf, "head"), "title")),
            IsoDate(Attribute(Child(docdata, "date.issue"), "norm") ?? Attribute(Child(docdata, "date.release"), "norm")),
            null,
            Attribute(nitf, XNamespace.Xml + "lang"),
            Attribute(Child(docdata, "doc.copyright"), "holder") ?? Value(Descendants(nitf, "distributor").FirstOrDefault()));
    }

    // NewsML-G2: contentMeta's headline and language, when the item was first made, the paragraphs of
    // its inline content (NITF or XHTML), and its provider.
    private static ArticleFields? NewsItem(XElement item)
    {
        var text = Paragraphs(Descendants(item, "inlineXML").FirstOrDefault());
        if (text is null)
        {
            return null;
        }

        var itemMeta = Child(item, "itemMeta");
        var contentMeta = Child(item, "contentMeta");
        var provider = Child(itemMeta, "provider");
        return new ArticleFields(
            text,
            Value(Child(contentMeta, "headline")) ?? Value(Descendants(item, "hl1").FirstOrDefault()),
            IsoDate(Value(Child(contentMeta, "contentCreated")) ?? Value(Child(itemMeta, "firstCreated")) ?? Value(Child(itemMeta, "versionCreated"))),
            null,
            Attribute(Child(contentMeta, "language"), "tag") ?? Attribute(item, XNamespace.Xml + "lang"),
            Attribute(provider, "literal") ?? Value(Child(provider, "name")));
    }

    /// <summary>The paragraphs under an element, one per line pair; its whole text when it has none.</summary>
    private static string? Paragraphs(XElement? content)
    {
        if (content is null)
        {
            return null;
        }

        var paragraphs = Descendants(content, "p").Select(Value).OfType<string>().ToList();
        var text = paragraphs.Count > 0 ? string.Join("\n\n", paragraphs) : Value(content);
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    private static IEnumerable<XElement> Descendants(XElement? element, string localName) =>
        element?.Descendants().Where(e => e.Name.LocalName == localName) ?? [];

    private static XElement? Child(XElement? element, string localName) =>
        element?.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string? Value(XElement? element) =>
        element is null ? null : ArticleFields.Clean(Spaces().Replace(element.Value, " "));

    private static string? Attribute(XElement? element, XName name) => ArticleFields.Clean(element?.Attribute(name)?.Value);

    private static string? Attribute(XElement? element, string localName) =>
        ArticleFields.Clean(element?.Attributes().FirstOrDefault(a => a.Name.LocalName == localName)?.Value);

    /// <summary>ISO 8601's basic form, which NITF uses ("20220121T184100+0100"), as the extended form the analysis reads; any other date as written.</summary>
    private static string? IsoDate(string? date)
    {
        var basic = date is null ? null : BasicIsoDate().Match(date);
        return basic is { Success: true } ? $"{basic.Groups["y"].Value}-{basic.Groups["m"].Value}-{basic.Groups["d"].Value}" : date;
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})(?:T|$)", RegexOptions.CultureInvariant)]
    private static partial Regex BasicIsoDate();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
