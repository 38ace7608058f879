namespace EventNews.Contracts;

/// <summary>
/// A file could not become an article; it was quarantined with <paramref name="Reason"/> beside it.
/// </summary>
/// <param name="SourceFile">File name relative to the inbox.</param>
/// <param name="SizeBytes">Size of the file.</param>
/// <param name="BytesSha256">Lower-case hex SHA-256 of the bytes, when they could be read.</param>
/// <param name="Reason">Stable reason code, e.g. "empty", "binary", "too-large".</param>
/// <param name="Message">What was wrong, for people.</param>
/// <param name="QuarantinedAs">Where the file now lies, relative to the error folder.</param>
/// <param name="RejectedAt">When it was rejected.</param>
public sealed record ArticleRejected(
    string SourceFile,
    long SizeBytes,
    string? BytesSha256,
    string Reason,
    string Message,
    string QuarantinedAs,
    DateTimeOffset RejectedAt);
