using EventNews.Projections.Articles;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace EventNews.Projections.People;

public sealed record MonthCount(string Month, int Articles, int Mentions);

/// <summary>A person's coverage over time: months of publication in order, and the articles without a date.</summary>
public sealed record PersonTimeline(string PersonId, IReadOnlyList<MonthCount> Months, int Undated);

public sealed record PersonSummaryView(string Id, string Name, int ArticleCount, int Mentions, string? FirstDate, string? LastDate, IReadOnlyList<AliasCount> Aliases);

public static class PersonEndpoints
{
    public static RouteGroupBuilder MapPersons(this RouteGroupBuilder api)
    {
        api.MapGet("/persons", ListAsync).WithName("ListPersons").WithSummary("Persons, most covered first; search matches names and aliases, ignoring case and accents");
        api.MapGet("/persons/{id}/timeline", TimelineAsync).WithName("GetPersonTimeline").WithSummary("A person's articles and mentions per month of publication");
        api.MapGet("/persons/{id}", GetAsync).WithName("GetPerson").WithSummary("One person with aliases, articles, dates and co-mentioned persons");
        return api;
    }

    private static async Task<Results<Ok<Page<PersonSummaryView>>, ProblemHttpResult>> ListAsync(
        IQuerySession session, string? search = null, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        if (Paging.Validate(page, pageSize) is { } problem)
        {
            return problem;
        }

        var query = session.Query<PersonView>().AsQueryable();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var folded = SearchText.Fold(search.Trim());
            query = query.Where(p => p.SearchText.Contains(folded));
        }

        var total = await query.CountAsync(cancellationToken);
        var people = await query
            .OrderByDescending(p => p.ArticleCount).ThenByDescending(p => p.Mentions).ThenBy(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        var items = people
            .Select(p => new PersonSummaryView(p.Id, p.Name, p.ArticleCount, p.Mentions, p.FirstDate, p.LastDate, Ordered(p).Aliases))
            .ToList();
        return TypedResults.Ok(new Page<PersonSummaryView>(items, total, page, pageSize));
    }

    private static async Task<Results<Ok<PersonView>, ProblemHttpResult>> GetAsync(string id, IQuerySession session, CancellationToken cancellationToken)
    {
        var person = await session.LoadAsync<PersonView>(id, cancellationToken);
        return person is null ? NotFound(id) : TypedResults.Ok(Ordered(person));
    }

    /// <summary>Most used spellings and most frequent companions first.</summary>
    private static PersonView Ordered(PersonView person)
    {
        person.Aliases = [.. person.Aliases.OrderByDescending(a => a.Count).ThenBy(a => a.Name, StringComparer.Ordinal)];
        person.CoMentioned = [.. person.CoMentioned.OrderByDescending(c => c.Count).ThenBy(c => c.Id, StringComparer.Ordinal)];
        return person;
    }

    private static async Task<Results<Ok<PersonTimeline>, ProblemHttpResult>> TimelineAsync(string id, IQuerySession session, CancellationToken cancellationToken)
    {
        var person = await session.LoadAsync<PersonView>(id, cancellationToken);
        if (person is null)
        {
            return NotFound(id);
        }

        var articles = await session.Query<ArticleView>()
            .Where(a => a.Persons.Any(p => p.Id == id))
            .Select(a => new { a.Published, a.Mentions })
            .ToListAsync(cancellationToken);
        var dated = articles.Where(a => a.Published.Value is { Length: >= 7 }).ToList();
        var months = dated
            .GroupBy(a => a.Published.Value![..7], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MonthCount(g.Key, g.Count(), g.Sum(a => a.Mentions.Count(m => m.PersonId == id))))
            .ToList();
        return TypedResults.Ok(new PersonTimeline(id, months, articles.Count - dated.Count));
    }

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem($"No person has id '{id}'. Search with /api/persons?search=", statusCode: StatusCodes.Status404NotFound, title: "Person not found");
}
