namespace EventNews.Contracts.Versions;

/// <summary>
/// <see cref="ArticleReceived"/> as version 1 of EventNews stored it, under the event type name
/// "article_received": it had no <see cref="ArticleReceived.ArrivedAt"/>. Kept only to read old
/// event logs; nothing writes it any more.
/// </summary>
public sealed record ArticleReceivedV1(
    string SourceFile,
    long SizeBytes,
    string BytesSha256,
    string Format,
    string Encoding,
    string Text,
    DateTimeOffset ReceivedAt,
    string Source,
    string? Title = null,
    string? PublishedAt = null,
    string? Url = null,
    string? Language = null,
    string? Item = null)
{
    /// <summary>The event type name version 1 was stored under.</summary>
    public const string EventTypeName = "article_received";

    /// <summary>
    /// The current shape of the same fact. Version 1 knew only when the file was taken from the
    /// inbox, so that is the best account of its arrival.
    /// </summary>
    public ArticleReceived Upcast() =>
        new(SourceFile, SizeBytes, BytesSha256, Format, Encoding, Text, ReceivedAt, ReceivedAt, Source, Title, PublishedAt, Url, Language, Item);
}
