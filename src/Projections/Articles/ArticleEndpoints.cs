using System.Text.Json.Serialization;
using EventNews.Analysis;
using EventNews.Contracts;
using EventNews.Projections.Stories;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace EventNews.Projections.Articles;

public sealed record ArticleSummary(
    string Id,
    string Title,
    string SourceFile,
    DateValue Published,
    IReadOnlyList<PersonRef> Persons,
    string? ClusterId,
    DateTimeOffset ReceivedAt,
    string? Source);

public sealed record Page<T>(IReadOnlyList<T> Items, long Total, [property: JsonPropertyName("page")] int PageNumber, int PageSize);

public static class ArticleEndpoints
{
    public static RouteGroupBuilder MapArticles(this RouteGroupBuilder api)
    {
        api.MapGet("/articles", ListAsync).WithName("ListArticles").WithSummary("Articles, newest first; search their titles, source files and sources (every word, ignoring case and accents); filter by person id, date key (a month takes in its days) or cluster id");
        api.MapGet("/articles/{id}", GetAsync).WithName("GetArticle").WithSummary("One article with its text");
        return api;
    }

    private static async Task<Results<Ok<Page<ArticleSummary>>, ProblemHttpResult>> ListAsync(
        IQuerySession session, string? search = null, string? person = null, string? date = null, string? cluster = null, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        if (Paging.Validate(page, pageSize) is { } problem)
        {
            return problem;
        }

        IQueryable<ArticleView> query = session.Query<ArticleView>();
        foreach (var word in string.IsNullOrWhiteSpace(search) ? [] : SearchText.Words(search))
        {
            query = query.Where(a => a.SearchText.Contains(word));
        }

        if (!string.IsNullOrWhiteSpace(person))
        {
            query = query.Where(a => a.Persons.Any(p => p.Id == person));
        }

        if (!string.IsNullOrWhiteSpace(date))
        {
            if (PartialDate.TryParseKey(date) is null)
            {
                return TypedResults.Problem($"'{date}' is not a date key: use yyyy-MM-dd, yyyy-MM or yyyy.", statusCode: StatusCodes.Status400BadRequest, title: "Malformed date key");
            }

            // A month or year takes in the articles published on its days.
            query = query.Where(a => a.Published.Value != null && a.Published.Value.StartsWith(date));
        }

        if (!string.IsNullOrWhiteSpace(cluster))
        {
            var memberIds = await session.Query<StoryMemberDoc>().Where(m => m.ClusterId == cluster).Select(m => m.Id).ToListAsync(cancellationToken);
            var ids = memberIds.ToArray();
            query = query.Where(a => a.Id.IsOneOf(ids));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderByDescending(a => a.ReceivedAt).ThenBy(a => a.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(a => new ArticleSummary(a.Id, a.Title, a.SourceFile, a.Published, a.Persons, a.ClusterId, a.ReceivedAt, a.Source))
            .ToListAsync(cancellationToken);

        // Clusters come from the clusters projection, which may merge them long after the article view was written.
        var members = (await session.LoadManyAsync<StoryMemberDoc>(cancellationToken, items.Select(a => a.Id)))
            .ToDictionary(m => m.Id, m => m.ClusterId, StringComparer.Ordinal);
        items = [.. items.Select(a => a with { ClusterId = members.GetValueOrDefault(a.Id) })];
        return TypedResults.Ok(new Page<ArticleSummary>(items, total, page, pageSize));
    }

    private static async Task<Results<Ok<ArticleView>, ProblemHttpResult>> GetAsync(
        string id, IQuerySession session, CancellationToken cancellationToken)
    {
        if (!ArticleIdentity.IsWellFormed(id))
        {
            return TypedResults.Problem(
                $"'{id}' is not an article id: ids are {ArticleIdentity.Length} lower-case hex characters.",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Malformed article id");
        }

        var article = await session.LoadAsync<ArticleView>(id, cancellationToken);
        if (article is null)
        {
            return TypedResults.Problem($"No article has id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Article not found");
        }

        // The text is not stored in the view: it comes from the article's first event.
        var received = await session.Events.FetchStreamAsync(id, version: 1, token: cancellationToken);
        article = article with { Text = received.Select(e => e.Data).OfType<ArticleReceived>().FirstOrDefault()?.Text };
        var member = await session.LoadAsync<StoryMemberDoc>(id, cancellationToken);
        if (member is null)
        {
            return TypedResults.Ok(article with { ClusterId = null });
        }

        article = article with { ClusterId = member.ClusterId };
        if (article.Published.Value is null
            && await session.LoadAsync<StoryClusterView>(member.ClusterId, cancellationToken) is { FirstDate: { } first }
            && PartialDate.TryParseKey(first) is { } date)
        {
            article = article with { PublishedInferred = new InferredDate(date.Key, date.Precision.ToString().ToLowerInvariant(), member.ClusterId) };
        }

        return TypedResults.Ok(article);
    }
}

/// <summary>The paging bounds every list of the API shares.</summary>
public static class Paging
{
    public const int MaxPageSize = 500;

    /// <summary>The furthest item a page may start at: past it, the item's position no longer fits the queries' offsets.</summary>
    public const long MaxOffset = int.MaxValue;

    public static ProblemHttpResult? Validate(int page, int pageSize) =>
        page < 1 ? TypedResults.Problem($"page must be 1 or more (got {page}).", statusCode: StatusCodes.Status400BadRequest, title: "Bad paging")
        : pageSize is < 1 or > MaxPageSize ? TypedResults.Problem($"pageSize must be between 1 and {MaxPageSize} (got {pageSize}).", statusCode: StatusCodes.Status400BadRequest, title: "Bad paging")
        : (long)(page - 1) * pageSize > MaxOffset ? TypedResults.Problem($"page {page} of {pageSize} would start past item {MaxOffset:N0}, further than any list goes.", statusCode: StatusCodes.Status400BadRequest, title: "Bad paging")
        : null;
}
