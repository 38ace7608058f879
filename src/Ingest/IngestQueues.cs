using EventNews.Ingest.Articles;

namespace EventNews.Ingest;

/// <summary>The queues the write side consumes; MassTransit adds an "_error" queue beside each.</summary>
public static class IngestQueues
{
    public static readonly IReadOnlyList<string> All = ["article-received", "article-rejected", ArticleSubmittedConsumer.Queue];
}
