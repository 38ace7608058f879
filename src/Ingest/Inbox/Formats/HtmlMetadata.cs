using System.Text.Json;
using AngleSharp.Html.Dom;
using static EventNews.Ingest.Inbox.Formats.ArticleFields;

namespace EventNews.Ingest.Inbox.Formats;

/// <summary>What a page says about itself in its metadata, as written (dates unparsed).</summary>
internal sealed record HtmlMetadata(string? Title, string? PublishedAt, string? Url, string? Language)
{
    private static readonly JsonDocumentOptions LenientJson = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "datePublished", "date", "pubdate", "publishdate", "publish-date",
        "publication_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "parsely-pub-date",
        "sailthru.date", "og:published_time",
    ];

    /// <summary>Reads the metadata; call before scripts are removed, since JSON-LD lives in one.</summary>
    public static HtmlMetadata Read(IHtmlDocument document)
    {
        var linkedData = LinkedData.Read(document);
        var title = Meta(document, "og:title") ?? linkedData.Headline ?? Meta(document, "twitter:title") ?? Clean(document.Title);
        var published = Meta(document, "article:published_time")
            ?? linkedData.DatePublished
            ?? Meta(document, DateMetaNames)
            ?? Clean(document.QuerySelector("time[pubdate]")?.GetAttribute("datetime"))
            ?? Clean(document.QuerySelector("article time[datetime]")?.GetAttribute("datetime"))
            ?? Clean(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var url = Clean(document.QuerySelector("link[rel~=canonical]")?.GetAttribute("href"))
            ?? Meta(document, "og:url")
            ?? linkedData.Url;
        var language = Clean(document.DocumentElement?.GetAttribute("lang"))
            ?? Clean(document.QuerySelector("meta[http-equiv=content-language i]")?.GetAttribute("content"))
            ?? linkedData.Language
            ?? Meta(document, "og:locale")?.Replace('_', '-');
        return new HtmlMetadata(title, published, url, language);
    }

    /// <summary>The content of the first meta element named (name, property or itemprop) by one of the keys, in the keys' order.</summary>
    private static string? Meta(IHtmlDocument document, params string[] keys)
    {
        var metas = document.QuerySelectorAll("meta[content]");
        foreach (var key in keys)
        {
            foreach (var meta in metas)
            {
                var named = string.Equals(meta.GetAttribute("property"), key, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(meta.GetAttribute("name"), key, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(meta.GetAttribute("itemprop"), key, StringComparison.OrdinalIgnoreCase);
                if (named && Clean(meta.GetAttribute("content")) is { } content)
                {
                    return content;
                }
            }
        }

        return null;
    }

    /// <summary>The article object of the page's schema.org JSON-LD, if there is one.</summary>
    private sealed record LinkedData(string? Headline, string? DatePublished, string? Url, string? Language)
    {
        private static readonly LinkedData None = new(null, null, null, null);

        public static LinkedData Read(IHtmlDocument document)
        {
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
            {
                try
                {
                    using var json = JsonDocument.Parse(script.TextContent, LenientJson);
                    if (FindArticle(json.RootElement) is { } article)
                    {
                        return new LinkedData(
                            Text(article, "headline") ?? Text(article, "name"),
                            Text(article, "datePublished") ?? Text(article, "dateCreated"),
                            Text(article, "url"),
                            Text(article, "inLanguage"));
                    }
                }
                catch (JsonException)
                {
                    // Broken JSON-LD is common; the other metadata still counts.
                }
            }

            return None;
        }

        private static JsonElement? FindArticle(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    if (FindArticle(item) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (element.TryGetProperty("@graph", out var graph))
            {
                return FindArticle(graph);
            }

            var isArticle = element.TryGetProperty("@type", out var type) && TypeNames(type).Any(t =>
                t.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || t is "BlogPosting" or "Report" or "LiveBlogPosting");
            return isArticle || element.TryGetProperty("datePublished", out _) ? element : null;
        }

        private static IEnumerable<string> TypeNames(JsonElement type) => type.ValueKind switch
        {
            JsonValueKind.String => [type.GetString()!],
            JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!),
            _ => [],
        };

        private static string? Text(JsonElement element, string property) =>
            element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? Clean(value.GetString()) : null;
    }
}
