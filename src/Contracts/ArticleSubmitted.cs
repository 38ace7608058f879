namespace EventNews.Contracts;

/// <summary>
/// An article sent straight to RabbitMQ by a system that cannot write files: plain JSON on the
/// <c>article-submissions</c> queue, no envelope needed. The text is <see cref="Text"/>, or
/// <see cref="Body"/> when that is what the producer calls it.
/// </summary>
public sealed record ArticleSubmitted(
    string? Text,
    string? Body = null,
    string? Title = null,
    string? PublishedAt = null,
    string? Url = null,
    string? Source = null,
    string? Language = null);
