namespace EventNews.Contracts;

/// <summary>
/// Content already stored arrived once more (another file, name or format with the same normalised
/// text). Appended to the existing article's stream, so repeats are counted, never stored twice.
/// </summary>
public sealed record ArticleReceivedAgain(
    string SourceFile,
    long SizeBytes,
    string BytesSha256,
    string Format,
    DateTimeOffset ReceivedAt,
    string Source);
