using EventNews.Analysis;
using EventNews.Analysis.Stories;
using EventNews.Contracts;
using EventNews.Projections.Articles;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;

namespace EventNews.Projections.Stories;

/// <summary>One article of a cluster: how well it matched when it joined, and the evidence that decided.</summary>
public sealed record StoryMemberView(string ArticleId, long Sequence, string Title, string? Published, double Score, StoryEvidence? Evidence);

public sealed record StoryPersonCount(string Id, string Name, int Count);

/// <summary>A story told by one or more articles. The id is "s-" + the id of its oldest article, whose title it carries.</summary>
public sealed record StoryClusterView(
    string Id,
    string Title,
    IReadOnlyList<string> ArticleIds,
    IReadOnlyList<StoryMemberView> Members,
    int Size,
    IReadOnlyList<StoryPersonCount> Persons,
    string[] PersonIds,
    string? FirstDate,
    string? LastDate,
    long LastSequence,
    string[] MergedFrom);

/// <summary>
/// What the clustering projection keeps per article: its fingerprint (to restore the clusterer
/// after a restart without re-analysing text), its current cluster and how it joined.
/// </summary>
public sealed record StoryMemberDoc(
    string Id,
    long Sequence,
    string ClusterId,
    StoryFingerprint Fingerprint,
    double Score,
    StoryEvidence? Evidence,
    string? MatchedArticleId,
    IReadOnlyList<StoryPersonCount> Persons);

/// <summary>
/// Clusters arriving articles into stories in event-sequence order. The clusterer's state lives in
/// memory and is rebuilt from the stored <see cref="StoryMemberDoc"/>s whenever it may be out of
/// step with them: on the first batch after a start, after a rebuild (which restarts at sequence 1)
/// and when Marten re-applies a batch after an error.
/// </summary>
public sealed class StoryProjection : ProjectionBase, IProjection
{
    public const string ProjectionName = "clusters";
    private readonly ArticleAnalyses _analyses;
    private volatile ClusteringOptions _options;
    private StoryClusterer? _clusterer;
    private readonly SequenceCeiling _ceiling;
    private long _lastAppliedSequence;

    /// <param name="analyses">Where the article analyses come from.</param>
    /// <param name="options">How articles are clustered.</param>
    /// <param name="name">The projection's name; a rebuild builds a second copy under another name.</param>
    /// <param name="ceiling">The last event it may apply (a rebuilt copy's); every event when null.</param>
    public StoryProjection(ArticleAnalyses analyses, ClusteringOptions options, string name = ProjectionName, SequenceCeiling? ceiling = null)
    {
        _analyses = analyses;
        _ceiling = ceiling ?? new SequenceCeiling();
        _options = options;
        Name = name;
        IncludeType<ArticleReceived>();
        Options.DeleteViewTypeOnTeardown<StoryClusterView>();
        Options.DeleteViewTypeOnTeardown<StoryMemberDoc>();
    }

    public ClusteringOptions Clustering => _options;

    /// <summary>
    /// Lets go of the in-memory clusterer while a rebuilt copy of this view replays the log: the copy
    /// replaces this view's documents when it is done, and hands over its own clusterer (see
    /// <see cref="TakeOver"/>), so a service holds one clusterer rather than two. An article that
    /// arrives in the meantime has the next batch restore it from the stored members.
    /// </summary>
    public void Release() => _clusterer = null;

    /// <summary>
    /// Goes on as <paramref name="copy"/>, a rebuilt copy of this view whose documents have just
    /// replaced this view's and whose progress is now this view's (<paramref name="reached"/>): with its
    /// clustering options (only a rebuild may change them, since the stored clusters were made with
    /// the old ones) and its clusterer, which holds exactly the stored members. Call it while this
    /// view's projection is stopped.
    /// </summary>
    public void TakeOver(StoryProjection copy, long reached)
    {
        _options = copy._options;
        var clusterer = copy._clusterer;
        copy._clusterer = null;
        _clusterer = clusterer is not null && copy._lastAppliedSequence <= reached ? clusterer : null;
        _lastAppliedSequence = copy._lastAppliedSequence;
    }

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> page, CancellationToken cancellation)
    {
        var events = page.Count > 0 && !_ceiling.Admits(page[^1]) ? page.Where(_ceiling.Admits).ToList() : page;
        if (events.Count == 0)
        {
            return;
        }

        // The clusterer is mutable: it is taken out for the batch and only put back when the whole
        // batch went through, so a failure leaves nothing half-applied (the next batch reloads).
        var clusterer = _clusterer;
        _clusterer = null;
        if (clusterer is null || events[0].Sequence <= _lastAppliedSequence)
        {
            clusterer = await RestoreAsync(operations, events[0].Sequence, cancellation);
        }

        // Analysis and fingerprints depend on the article alone: they are made on every core. The
        // assignment, which depends on every article before, goes in sequence and in memory; the
        // stored clusters the batch touches are then read in one round trip rather than one per
        // article, and the assignments recorded in sequence order.
        var arrivals = events.OfType<IEvent<ArticleReceived>>().Where(e => clusterer.ClusterOf(e.StreamKey!) is null).ToList();
        var options = _options;
        var prepared = new (ArticleAnalysis Analysis, StoryFingerprint Fingerprint)[arrivals.Count];
        Parallel.For(0, arrivals.Count, i =>
        {
            var e = arrivals[i];
            var analysis = _analyses.Transient(e, AnalysisParts.Persons);
            prepared[i] = (analysis, StoryFingerprinter.Create(StoryArticles.From(e.StreamKey!, e.Sequence, analysis, e.Data.Language), options));
        });

        var assigned = new List<Assigned>(arrivals.Count);
        for (var i = 0; i < arrivals.Count; i++)
        {
            var (analysis, fingerprint) = prepared[i];
            var persons = analysis.Persons.Select(p => new StoryPersonCount(p.PersonId, p.CanonicalName, 1)).ToList();
            assigned.Add(new Assigned(arrivals[i], fingerprint, clusterer.Assign(fingerprint), persons));
        }

        var batch = new Batch(operations);
        await batch.PreloadAsync(assigned.Where(a => !a.OpensCluster).SelectMany(a => a.Assignment.MergedClusterIds.Prepend(a.Assignment.ClusterId)), cancellation);
        foreach (var a in assigned)
        {
            await RecordAsync(batch, a, cancellation);
        }

        batch.Store();
        _lastAppliedSequence = events[^1].Sequence;
        _clusterer = clusterer;
    }

    private async Task<StoryClusterer> RestoreAsync(IDocumentOperations operations, long before, CancellationToken cancellation)
    {
        // Streamed: a document is let go as soon as its article is stored, rather than every document
        // of the view held in a list first (the view's whole size at once, on top of the clusterer).
        var clusterer = new StoryClusterer(_options);
        var stored = operations.Query<StoryMemberDoc>()
            .Where(m => m.Sequence < before)
            .OrderBy(m => m.Sequence)
            .ToAsyncEnumerable(cancellation);
        await foreach (var member in stored)
        {
            clusterer.Restore(member.Fingerprint, member.ClusterId);
        }

        return clusterer;
    }

    /// <summary>One article's place, decided in memory, waiting to be written into the cluster documents.</summary>
    private sealed record Assigned(IEvent<ArticleReceived> Event, StoryFingerprint Fingerprint, StoryAssignment Assignment, List<StoryPersonCount> Persons)
    {
        /// <summary>It opened a cluster of its own ("s-" + its id): nothing stored to read.</summary>
        public bool OpensCluster =>
            Assignment.Evidence is null && Assignment.MergedClusterIds.Count == 0 && Assignment.ClusterId == "s-" + Event.StreamKey;
    }

    private async Task RecordAsync(Batch batch, Assigned assigned, CancellationToken cancellation)
    {
        var (e, fingerprint, assignment, persons) = assigned;
        using var activity = ProjectionTelemetry.StartApply(e, Name);
        var articleId = e.StreamKey!;
        var doc = new StoryMemberDoc(articleId, e.Sequence, assignment.ClusterId, fingerprint, assignment.Score, assignment.Evidence, assignment.Evidence?.MatchedArticleId, persons);
        batch.Members[articleId] = doc;

        var cluster = (assigned.OpensCluster ? null : await batch.ClusterAsync(assignment.ClusterId, cancellation))
            ?? new StoryClusterView(assignment.ClusterId, fingerprint.Title, [], [], 0, [], [], null, null, 0, []);
        foreach (var absorbedId in assignment.MergedClusterIds)
        {
            if (await batch.ClusterAsync(absorbedId, cancellation) is not { } absorbed)
            {
                continue;
            }

            foreach (var member in await batch.MembersAsync(absorbed.ArticleIds, cancellation))
            {
                batch.Members[member.Id] = member with { ClusterId = cluster.Id };
            }

            cluster = Combine(cluster, absorbed.Members, absorbed.Persons, absorbed.FirstDate, absorbed.LastDate, absorbed.LastSequence) with
            {
                MergedFrom = [.. cluster.MergedFrom, absorbedId, .. absorbed.MergedFrom],
            };
            batch.Deleted.Add(absorbedId);
            batch.Clusters.Remove(absorbedId);
        }

        var joined = new StoryMemberView(articleId, e.Sequence, fingerprint.Title, fingerprint.Published, assignment.Score, assignment.Evidence);
        batch.Clusters[cluster.Id] = Combine(cluster, [joined], persons, fingerprint.Published, fingerprint.Published, e.Sequence);
    }

    private static StoryClusterView Combine(
        StoryClusterView cluster, IEnumerable<StoryMemberView> members, IEnumerable<StoryPersonCount> persons, string? firstDate, string? lastDate, long lastSequence)
    {
        var allMembers = cluster.Members.Concat(members).OrderBy(m => m.Sequence).ToList();
        var counts = cluster.Persons.Concat(persons)
            .GroupBy(p => p.Id, StringComparer.Ordinal)
            .Select(g => new StoryPersonCount(g.Key, g.First().Name, g.Sum(p => p.Count)))
            .OrderByDescending(p => p.Count).ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        return cluster with
        {
            ArticleIds = [.. allMembers.Select(m => m.ArticleId)],
            Members = allMembers,
            Size = allMembers.Count,
            Persons = counts,
            PersonIds = [.. counts.Select(p => p.Id).Order(StringComparer.Ordinal)],
            FirstDate = Earlier(cluster.FirstDate, firstDate),
            LastDate = Later(cluster.LastDate, lastDate),
            LastSequence = Math.Max(cluster.LastSequence, lastSequence),
        };
    }

    private static string? Earlier(string? a, string? b) => a is null ? b : b is null ? a : string.CompareOrdinal(a, b) <= 0 ? a : b;

    private static string? Later(string? a, string? b) => a is null ? b : b is null ? a : string.CompareOrdinal(a, b) >= 0 ? a : b;

    /// <summary>The documents one batch reads and writes: loaded once, changed in memory, stored at the end.</summary>
    private sealed class Batch(IDocumentOperations operations)
    {
        public Dictionary<string, StoryClusterView> Clusters { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, StoryMemberDoc> Members { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Deleted { get; } = new(StringComparer.Ordinal);

        /// <summary>Stored clusters read ahead, as they were before this batch.</summary>
        private readonly Dictionary<string, StoryClusterView> _stored = new(StringComparer.Ordinal);

        public async Task PreloadAsync(IEnumerable<string> ids, CancellationToken cancellation)
        {
            var wanted = ids.Distinct(StringComparer.Ordinal).ToArray();
            if (wanted.Length > 0)
            {
                foreach (var cluster in await operations.LoadManyAsync<StoryClusterView>(cancellation, wanted))
                {
                    _stored[cluster.Id] = cluster;
                }
            }
        }

        public async Task<StoryClusterView?> ClusterAsync(string id, CancellationToken cancellation)
        {
            if (Clusters.TryGetValue(id, out var cluster))
            {
                return cluster;
            }

            if (Deleted.Contains(id))
            {
                return null;
            }

            return _stored.TryGetValue(id, out var stored) ? stored : await operations.LoadAsync<StoryClusterView>(id, cancellation);
        }

        public async Task<IReadOnlyList<StoryMemberDoc>> MembersAsync(IReadOnlyList<string> articleIds, CancellationToken cancellation)
        {
            var missing = articleIds.Where(id => !Members.ContainsKey(id)).ToList();
            var loaded = missing.Count == 0 ? [] : await operations.LoadManyAsync<StoryMemberDoc>(cancellation, missing);
            return [.. articleIds.Where(Members.ContainsKey).Select(id => Members[id]), .. loaded];
        }

        public void Store()
        {
            foreach (var id in Deleted)
            {
                operations.Delete<StoryClusterView>(id);
            }

            if (Clusters.Count > 0)
            {
                operations.Store(Clusters.Values.ToArray());
            }

            if (Members.Count > 0)
            {
                operations.Store(Members.Values.ToArray());
            }
        }
    }
}
