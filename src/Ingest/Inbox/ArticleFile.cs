using EventNews.Contracts;
using EventNews.Ingest.Inbox.Formats;

namespace EventNews.Ingest.Inbox;

/// <summary>
/// A file's bytes turned into the articles it holds (one for txt, md, html, a single JSON object and an
/// NITF document; one per element, line or item for JSON arrays, NDJSON, RSS/Atom feeds and NewsML-G2
/// messages), or the reasons it holds none. Pure: bytes in, results out.
/// </summary>
public static class ArticleFile
{
    /// <summary>The extensions read as articles, lower-case, with the format each is read as.</summary>
    public static IReadOnlyDictionary<string, string> Formats { get; } = new Dictionary<string, string>
    {
        [".txt"] = "txt",
        [".md"] = "md",
        [".html"] = "html",
        [".htm"] = "html",
        [".json"] = "json",
        [".ndjson"] = "ndjson",
        [".jsonl"] = "ndjson",
        [".rss"] = "xml",
        [".atom"] = "xml",
        [".xml"] = "xml",
    };

    public static IReadOnlyList<ArticleReadResult> Read(string relativeName, byte[] bytes, DateTimeOffset receivedAt)
    {
        var extension = Path.GetExtension(relativeName).ToLowerInvariant();
        if (!Formats.TryGetValue(extension, out var format))
        {
            var shown = extension.Length == 0 ? "files without an extension are" : $"'{extension}' files are";
            return [ArticleReadResult.Reject(RejectionReason.UnknownExtension, $"{shown} not articles; accepted: {string.Join(", ", Formats.Keys)}")];
        }

        if (bytes.Length == 0)
        {
            return [ArticleReadResult.Reject(RejectionReason.Empty, "the file is empty")];
        }

        if (BinarySignatures.Recognise(bytes) is { } kind)
        {
            return [ArticleReadResult.Reject(RejectionReason.Binary, $"the file is {kind}, not text")];
        }

        var file = new InboxFile(relativeName, bytes, receivedAt, format);
        try
        {
            return format switch
            {
                "html" => HtmlFormat.Read(file),
                "json" => JsonFormat.ReadDocument(file),
                "ndjson" => JsonFormat.ReadLines(file),
                "md" => MarkdownFormat.Read(file),
                "xml" => XmlFormat.Read(file),
                _ => PlainTextFormat.Read(file),
            };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A reader that fails on a file it should have read or refused: the file is kept, with the
            // failure, for a redrive once the reader is mended, instead of coming back to the inbox.
            return [ArticleReadResult.Reject(RejectionReason.ReaderFailed, $"the {format} reader failed on the file: {ex.GetType().Name}: {ex.Message}")];
        }
    }
}

/// <summary>Why a file, or one item of it, could not become an article. Each has a stable code (<see cref="InboxWatcher.ReasonCode"/>).</summary>
public enum RejectionReason
{
    /// <summary>No bytes, or only white space.</summary>
    Empty,

    /// <summary>Binary content: a known binary signature, or NUL bytes that are not UTF-16.</summary>
    Binary,

    /// <summary>Larger than the inbox accepts.</summary>
    TooLarge,

    /// <summary>An extension that names no article format.</summary>
    UnknownExtension,

    /// <summary>The file could not be read from disk.</summary>
    Unreadable,

    /// <summary>No character encoding turns the bytes into sensible text.</summary>
    Undecodable,

    /// <summary>JSON that does not parse.</summary>
    MalformedJson,

    /// <summary>A feed whose XML does not parse.</summary>
    MalformedXml,

    /// <summary>The format's reader failed on the file: a case it does not handle.</summary>
    ReaderFailed,

    /// <summary>Well-formed, but no article text in it (a JSON object without text, an HTML page without main text, Markdown with only front matter and markup, XML that is no feed, a feed item without text).</summary>
    NoText,
}

/// <summary>One article read from a file, or why an article (or the whole file) could not be read.</summary>
/// <param name="Article">The article, when accepted.</param>
/// <param name="Reason">Why not, when rejected.</param>
/// <param name="Message">What was wrong, for people, when rejected.</param>
/// <param name="Item">Where in a multi-article file the result stood ("line 12", "item 3"); null for the whole file.</param>
public sealed record ArticleReadResult(ArticleReceived? Article, RejectionReason? Reason, string? Message, string? Item = null)
{
    /// <summary>A rejected item's own text (an NDJSON line, a JSON array element), so it can be quarantined alone.</summary>
    public string? Content { get; init; }

    public static ArticleReadResult Accept(ArticleReceived article) => new(article, null, null, article.Item);

    public static ArticleReadResult Reject(RejectionReason reason, string message, string? item = null, string? content = null) =>
        new(null, reason, message, item) { Content = content };
}
