using EventNews.Projections.Articles;
using EventNews.Projections.Dates;
using EventNews.Projections.People;
using EventNews.Projections.Stories;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EventNews.Projections;

public static class ProjectionsExtensions
{
    /// <summary>What a rebuild puts before a view's name for the copy it builds (rebuild_persons, …).</summary>
    public const string RebuildPrefix = "rebuild_";

    /// <summary>
    /// How many rebuilt person or date documents wait in memory before they are written, unless
    /// EventNews:Rebuild:DocumentsInMemory says otherwise (0: written after every batch).
    /// </summary>
    public const int DefaultRebuildDocumentsInMemory = 10_000;

    /// <summary>
    /// How many person or date documents the live views keep in memory between batches, the most
    /// recently used: most batches touch the same few again, and a kept one need not be read back.
    /// </summary>
    public const int LiveDocumentsCached = 5_000;

    /// <summary>
    /// The most events a live view takes at a time. Only a view that is behind takes that many: one
    /// that keeps up takes what has arrived since its last batch. Behind (a backlog, a burst), larger
    /// batches write each person, date and cluster document once per batch rather than once per 500
    /// events, and read the events in fewer round trips: a catch-up of 20,000 articles took 13 % less
    /// processor time than in batches of 500, for about 90 MB more memory (docs/benchmarks.md).
    /// </summary>
    public const int LiveBatchSize = 2_000;

    /// <summary>Every view, by the name users give to rebuild it.</summary>
    public static readonly IReadOnlyList<string> ProjectionNames =
        [ArticleViewProjection.ProjectionName, PersonViewProjection.ProjectionName, DateViewProjection.ProjectionName, StoryProjection.ProjectionName];

    /// <summary>
    /// The name the live views run under together: one projection whose four members each keep their
    /// progress under their own name (articles:All, …), always at the same event.
    /// </summary>
    public const string LiveViews = "views";

    /// <summary>
    /// The read side's views, built asynchronously by the projection daemon as one projection, in
    /// batches of up to <see cref="LiveBatchSize"/> events: each page of events is read from the log and
    /// deserialised once for all four views, which then apply it side by side and commit together.
    /// Read by each view on its own, every event (the article's text) crossed from PostgreSQL four
    /// times: together, PostgreSQL spent a third less time per article (docs/benchmarks.md).
    /// </summary>
    public static StoreOptions AddEventNewsProjections(this StoreOptions options, ArticleAnalyses analyses, StoryProjection stories)
    {
        options.Projections.CompositeProjectionFor(LiveViews, views =>
        {
            views.Add(new ArticleViewProjection(analyses));
            views.Add(Cached(new PersonViewProjection(analyses)));
            views.Add(Cached(new DateViewProjection(analyses)));

            // A projection of our own is wrapped, and the wrapper named after its type: it keeps its progress under the view's name.
            views.Add(stories);
            ((ProjectionBase)views.AllProjections()[^1]).Name = stories.Name;
            views.Options.BatchSize = LiveBatchSize;
        });
        return options.AddViewSchema();

        static T Cached<T>(T projection)
            where T : ProjectionBase
        {
            // The daemon fills the cache only once a batch is committed, and a view swapped in after a
            // rebuild starts over with an empty one.
            projection.Options.CacheLimitPerTenant = LiveDocumentsCached;
            projection.Options.RebuildFlushThreshold = 0;
            return projection;
        }
    }

    /// <summary>
    /// Copies of the named views, each registered on its own as <paramref name="prefix"/> + its name, and
    /// held to <paramref name="ceiling"/>: a rebuild builds them this way, under their own progress, beside
    /// the views that keep serving.
    /// <paramref name="batchSizeOf"/> says how many events a view takes at a time (null: the
    /// projection's own): a replay goes faster in large batches, since a document that many events
    /// of a batch touch is loaded and written once per batch. Persons and dates are few documents
    /// that most batches touch again: up to <paramref name="documentsInMemory"/> of them wait in
    /// memory and are written once, at the end or when that many are waiting, instead of once per
    /// batch (the 1,569 dates of 100,000 articles: written once rather than ten times).
    /// </summary>
    public static StoreOptions AddEventNewsProjectionCopies(
        this StoreOptions options, ArticleAnalyses analyses, StoryProjection stories, IReadOnlyCollection<string> names, string prefix, SequenceCeiling ceiling, Func<string, int?> batchSizeOf, int documentsInMemory)
    {
        T Sized<T>(T projection, string name)
            where T : ProjectionBase
        {
            if (batchSizeOf(name) is { } size)
            {
                projection.Options.BatchSize = size;
            }

            return projection;
        }

        T Deferred<T>(T projection, string name)
            where T : ProjectionBase
        {
            projection.Options.RebuildFlushThreshold = documentsInMemory;
            return Sized(projection, name);
        }

        if (names.Contains(ArticleViewProjection.ProjectionName))
        {
            options.Projections.Add(Sized(new ArticleViewProjection(analyses, prefix + ArticleViewProjection.ProjectionName, ceiling), ArticleViewProjection.ProjectionName), ProjectionLifecycle.Async);
        }

        if (names.Contains(PersonViewProjection.ProjectionName))
        {
            options.Projections.Add(Deferred(new PersonViewProjection(analyses, prefix + PersonViewProjection.ProjectionName, ceiling), PersonViewProjection.ProjectionName), ProjectionLifecycle.Async);
        }

        if (names.Contains(DateViewProjection.ProjectionName))
        {
            options.Projections.Add(Deferred(new DateViewProjection(analyses, prefix + DateViewProjection.ProjectionName, ceiling), DateViewProjection.ProjectionName), ProjectionLifecycle.Async);
        }

        if (names.Contains(StoryProjection.ProjectionName))
        {
            options.Projections.Add(Sized(stories, StoryProjection.ProjectionName), ProjectionLifecycle.Async);
        }

        return options.AddViewSchema();
    }

    private static StoreOptions AddViewSchema(this StoreOptions options)
    {
        options.Schema.For<ArticleView>().Index(a => a.ReceivedAt);
        options.Schema.For<PersonView>();
        options.Schema.For<DateView>().Identity(d => d.Key);
        options.Schema.For<StoryMemberDoc>().Index(m => m.Sequence);
        options.Schema.For<StoryClusterView>().Index(c => c.Size).Index(c => c.LastSequence);
        return options;
    }

    /// <summary>The document types that make up a view: what a rebuild swaps in when it finishes.</summary>
    public static IReadOnlyList<Type> ViewTypes(string projection) => projection switch
    {
        ArticleViewProjection.ProjectionName => [typeof(ArticleView)],
        PersonViewProjection.ProjectionName => [typeof(PersonView)],
        DateViewProjection.ProjectionName => [typeof(DateView)],
        StoryProjection.ProjectionName => [typeof(StoryClusterView), typeof(StoryMemberDoc)],
        _ => throw new ArgumentOutOfRangeException(nameof(projection), projection, "no such view"),
    };

    /// <summary>The table Marten keeps a view's document type in (without its schema).</summary>
    public static string TableOf(Type viewType) => "mt_doc_" + viewType.Name.ToLowerInvariant();

    /// <summary>The read-only query API over the views.</summary>
    public static RouteGroupBuilder MapQueryApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.AddEndpointFilter(RejectNulCharacters);
        api.MapArticles();
        api.MapPersons();
        api.MapDates();
        api.MapClusters();
        return api;
    }

    /// <summary>
    /// A query parameter holding a NUL character (U+0000) is a bad request for every endpoint of the
    /// API: PostgreSQL stores no such character in text, so no article, person, file or date holds
    /// one, and a query that carried it would fail in the database rather than find nothing.
    /// </summary>
    private static ValueTask<object?> RejectNulCharacters(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        foreach (var (name, values) in context.HttpContext.Request.Query)
        {
            foreach (var value in values)
            {
                if (value is not null && value.Contains('\0', StringComparison.Ordinal))
                {
                    return ValueTask.FromResult<object?>(TypedResults.Problem(
                        $"The query parameter '{name}' holds a NUL character (U+0000), which no article, person, file or date contains.",
                        statusCode: StatusCodes.Status400BadRequest,
                        title: "Bad query parameter"));
                }
            }
        }

        return next(context);
    }
}
