using EventNews.Contracts;
using EventNews.Projections.Articles;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EventNews.Host.Status;

public static class RejectionEndpoints
{
    public static RouteGroupBuilder MapRejections(this RouteGroupBuilder api)
    {
        api.MapGet("/rejections", ListAsync).WithName("ListRejections").WithSummary("Files and messages rejected, newest first, with reason code and message");
        return api;
    }

    /// <summary>Read straight from the event log: every rejection is an <see cref="ArticleRejected"/> event.</summary>
    private static async Task<Results<Ok<Page<ArticleRejected>>, ProblemHttpResult>> ListAsync(
        IQuerySession session, string? reason = null, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        if (Paging.Validate(page, pageSize) is { } problem)
        {
            return problem;
        }

        IQueryable<ArticleRejected> query = session.Events.QueryRawEventDataOnly<ArticleRejected>();
        if (!string.IsNullOrWhiteSpace(reason))
        {
            query = query.Where(r => r.Reason == reason);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(r => r.RejectedAt).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<ArticleRejected>(items, total, page, pageSize));
    }
}
