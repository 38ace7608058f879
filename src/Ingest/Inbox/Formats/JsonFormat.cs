using System.Text.Json;

namespace EventNews.Ingest.Inbox.Formats;

/// <summary>
/// JSON articles: a .json file holds one article object, an array of them, or a feed object that
/// lists them under "items" (JSON Feed) or "articles" (news APIs); an .ndjson/.jsonl file holds one
/// article object per line. Property names are matched without regard to case, under the names
/// feeds commonly give them.
/// </summary>
internal static class JsonFormat
{
    private static readonly string[] TextFields = ["body", "text", "content", "articleBody", "content_text", "content_html"];
    private static readonly string[] TitleFields = ["title", "headline"];
    internal static readonly string[] DateFields = ["date", "published", "publishedAt", "datePublished", "date_published", "published_at", "pubDate", "publicationDate", "publication_date"];
    private static readonly string[] UrlFields = ["url", "link"];
    internal static readonly string[] LanguageFields = ["language", "lang", "inLanguage"];
    private static readonly string[] FeedLists = ["items", "articles"];

    public static IReadOnlyList<ArticleReadResult> ReadDocument(InboxFile file)
    {
        var (decoded, rejection) = TextDecoding.DecodeSomeText(file.Bytes);
        if (decoded is null)
        {
            return [rejection!];
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(decoded.Text);
        }
        catch (JsonException ex)
        {
            return [ArticleReadResult.Reject(RejectionReason.MalformedJson, Malformed(ex, lineOffset: 0))];
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object && FeedList(root) is { } list)
            {
                root = list;
            }
            else if (root.ValueKind == JsonValueKind.Object)
            {
                return [ReadArticle(file, decoded.Encoding, root, item: null)];
            }

            if (root.ValueKind != JsonValueKind.Array)
            {
                return [ArticleReadResult.Reject(RejectionReason.NoText, $"the JSON document is {Describe(root)}, not an article object or an array of them")];
            }

            if (root.GetArrayLength() == 0)
            {
                return [ArticleReadResult.Reject(RejectionReason.NoText, "the JSON array holds no article")];
            }

            return [.. root.EnumerateArray().Select((element, index) => ReadArticle(file, decoded.Encoding, element, $"item {index + 1}"))];
        }
    }

    public static IReadOnlyList<ArticleReadResult> ReadLines(InboxFile file)
    {
        var (decoded, rejection) = TextDecoding.Decode(file.Bytes);
        if (decoded is null)
        {
            return [rejection!];
        }

        var results = new List<ArticleReadResult>();
        var lines = decoded.Text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var item = $"line {index + 1}";
            try
            {
                using var json = JsonDocument.Parse(line);
                results.Add(ReadArticle(file, decoded.Encoding, json.RootElement, item));
            }
            catch (JsonException ex)
            {
                results.Add(ArticleReadResult.Reject(RejectionReason.MalformedJson, Malformed(ex, lineOffset: index), item, line));
            }
        }

        return results.Count > 0 ? results : [ArticleReadResult.Reject(RejectionReason.Empty, "the file has no text")];
    }

    private static ArticleReadResult ReadArticle(InboxFile file, string encoding, JsonElement element, string? item)
    {
        // Item results carry their place in Item; the message says what is wrong with it.
        var where = item is null ? "the JSON object" : item.StartsWith("line", StringComparison.Ordinal) ? "the line" : "the element";
        if (element.ValueKind != JsonValueKind.Object)
        {
            return ArticleReadResult.Reject(RejectionReason.NoText, $"{where} is {Describe(element)}, not an article object", item, element.GetRawText());
        }

        var text = First(element, TextFields, TextOf);
        if (text is not null && HtmlText.LooksLikeHtml(text))
        {
            text = HtmlText.FromFragment(text);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ArticleReadResult.Reject(RejectionReason.NoText, $"{where} has no text: none of {string.Join(", ", TextFields)} holds any", item, element.GetRawText());
        }

        var fields = new ArticleFields(
            text,
            First(element, TitleFields, StringOf),
            First(element, DateFields, DateOf),
            First(element, UrlFields, StringOf),
            First(element, LanguageFields, StringOf),
            First(element, ["source"], SourceOf));
        return file.Accept(encoding, fields, item);
    }

    /// <summary>
    /// The list of articles of a feed object: an array under "items" or "articles", when the object
    /// is not an article itself (it has no text field).
    /// </summary>
    private static JsonElement? FeedList(JsonElement root)
    {
        var list = Named(root, FeedLists).FirstOrDefault(value => value.ValueKind == JsonValueKind.Array);
        return list.ValueKind == JsonValueKind.Array && First(root, TextFields, TextOf) is null ? list : null;
    }

    /// <summary>A source's name: a string, or the "name" of a source object ({"id": "afp", "name": "AFP"}).</summary>
    private static string? SourceOf(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object ? First(value, ["name", "id"], StringOf) : StringOf(value);

    /// <summary>The first of the named properties (in the names' order, any case) whose value reads as something.</summary>
    private static string? First(JsonElement article, string[] names, Func<JsonElement, string?> read) =>
        Named(article, names).Select(read).FirstOrDefault(value => value is not null);

    /// <summary>The values of the named properties, in the names' order, any case.</summary>
    private static IEnumerable<JsonElement> Named(JsonElement article, string[] names)
    {
        foreach (var name in names)
        {
            foreach (var property in article.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    yield return property.Value;
                }
            }
        }
    }

    private static string? StringOf(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString()!.Trim() : null;

    /// <summary>A string, or an array of strings taken as paragraphs.</summary>
    private static string? TextOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Array => string.Join("\n\n", value.EnumerateArray()
            .Where(p => p.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(p.GetString()))
            .Select(p => p.GetString()!.Trim())),
        _ => null,
    };

    /// <summary>A date as written: a string, or a number (a year, a Unix time) in its JSON form.</summary>
    private static string? DateOf(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number ? value.GetRawText() : StringOf(value);

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "not an object",
    };

    private static string Malformed(JsonException ex, int lineOffset)
    {
        var line = (ex.LineNumber ?? 0) + 1 + lineOffset;
        var position = (ex.BytePositionInLine ?? 0) + 1;
        var detail = ex.Message;
        var cut = detail.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return $"malformed JSON at line {line}, byte {position}: {(cut > 0 ? detail[..cut] : detail)}";
    }
}
