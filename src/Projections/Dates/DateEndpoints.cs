using EventNews.Analysis;
using EventNews.Projections.Articles;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace EventNews.Projections.Dates;

public sealed record DateSummary(string Key, string Precision, int Published, int Mentioned);

public static class DateEndpoints
{
    public static RouteGroupBuilder MapDates(this RouteGroupBuilder api)
    {
        api.MapGet("/dates", ListAsync).WithName("ListDates").WithSummary("Days, months and years with articles published or mentioned, in order");
        api.MapGet("/dates/{key}", GetAsync).WithName("GetDate").WithSummary("One day (yyyy-MM-dd), month (yyyy-MM) or year (yyyy)");
        return api;
    }

    private static async Task<Results<Ok<Page<DateSummary>>, ProblemHttpResult>> ListAsync(
        IQuerySession session, string? from = null, string? to = null, string? precision = null, int page = 1, int pageSize = 500, CancellationToken cancellationToken = default)
    {
        if (Paging.Validate(page, pageSize) is { } problem)
        {
            return problem;
        }

        if ((from is not null && PartialDate.TryParseKey(from) is null) || (to is not null && PartialDate.TryParseKey(to) is null))
        {
            return Malformed(from is not null && PartialDate.TryParseKey(from) is null ? from : to!);
        }

        if (precision is not null && precision is not ("day" or "month" or "year"))
        {
            return TypedResults.Problem($"precision must be day, month or year (got '{precision}').", statusCode: StatusCodes.Status400BadRequest, title: "Bad precision");
        }

        var query = session.Query<DateView>().AsQueryable();
        if (from is not null)
        {
            query = query.Where(d => string.Compare(d.Key, from) >= 0);
        }

        if (to is not null)
        {
            // "to=2022-10" includes the days of October: every key that starts with it sorts before its successor.
            var upper = to + "\uffff";
            query = query.Where(d => string.Compare(d.Key, upper) <= 0);
        }

        if (precision is not null)
        {
            query = query.Where(d => d.Precision == precision);
        }

        var total = await query.CountAsync(cancellationToken);
        var dates = await query.OrderBy(d => d.Key).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var items = dates.Select(d => new DateSummary(d.Key, d.Precision, d.Published, d.Mentioned)).ToList();
        return TypedResults.Ok(new Page<DateSummary>(items, total, page, pageSize));
    }

    private static async Task<Results<Ok<DateView>, ProblemHttpResult>> GetAsync(string key, IQuerySession session, CancellationToken cancellationToken)
    {
        if (PartialDate.TryParseKey(key) is null)
        {
            return Malformed(key);
        }

        var date = await session.LoadAsync<DateView>(key, cancellationToken);
        return date is null
            ? TypedResults.Problem($"No article was published on or mentions {key}.", statusCode: StatusCodes.Status404NotFound, title: "Date not found")
            : TypedResults.Ok(date);
    }

    private static ProblemHttpResult Malformed(string key) =>
        TypedResults.Problem($"'{key}' is not a date key: use yyyy-MM-dd, yyyy-MM or yyyy (a real date).", statusCode: StatusCodes.Status400BadRequest, title: "Malformed date key");
}
