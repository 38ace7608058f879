namespace EventNews.Contracts;

/// <summary>
/// An article arrived: the facts of the file (or message) it came from and its decoded text.
/// Published on RabbitMQ by the inbox and stored as the first event of the article's stream.
/// Everything derived from the text (persons, dates, clusters) lives in projections.
/// </summary>
/// <param name="SourceFile">File name relative to the inbox, or the producer's reference.</param>
/// <param name="SizeBytes">Size of the original bytes.</param>
/// <param name="BytesSha256">Lower-case hex SHA-256 of the original bytes.</param>
/// <param name="Format">Format the text was read from: txt, md, html, json, ndjson.</param>
/// <param name="Encoding">Character encoding the bytes were decoded with.</param>
/// <param name="Text">The decoded text, as the file had it.</param>
/// <param name="ReceivedAt">When the file was taken from the inbox.</param>
/// <param name="ArrivedAt">When the article arrived: the file's last write in the inbox, or when a producer sent it.</param>
/// <param name="Source">Who delivered it: "inbox" or the name of another producer.</param>
/// <param name="Title">The title the source's metadata gave (HTML, JSON, a Markdown front matter or opening heading), if any.</param>
/// <param name="PublishedAt">The publication date or time as the source's metadata gave it, unparsed.</param>
/// <param name="Url">The article's address, if the source gave one.</param>
/// <param name="Language">The language the source declared (e.g. "fr"), if any.</param>
/// <param name="Item">Where in a multi-article file this one stood (e.g. "line 12").</param>
public sealed record ArticleReceived(
    string SourceFile,
    long SizeBytes,
    string BytesSha256,
    string Format,
    string Encoding,
    string Text,
    DateTimeOffset ReceivedAt,
    DateTimeOffset ArrivedAt,
    string Source,
    string? Title = null,
    string? PublishedAt = null,
    string? Url = null,
    string? Language = null,
    string? Item = null)
{
    /// <summary>
    /// The name this shape is stored under in the event log. Version 1 (<see cref="Versions.ArticleReceivedV1"/>,
    /// without <see cref="ArrivedAt"/>) was stored as "article_received" and is upcast when read.
    /// </summary>
    public const string EventTypeName = "article_received_v2";
}
