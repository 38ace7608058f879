namespace EventNews.Host.Hosting;

/// <summary>Which parts of the service a process runs.</summary>
[Flags]
public enum ServiceRoles
{
    /// <summary>Inbox watcher and consumers: files to events.</summary>
    Ingest = 1,

    /// <summary>Projection daemon, query API and web page: events to views.</summary>
    Projections = 2,

    All = Ingest | Projections,
}
