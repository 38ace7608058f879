using EventNews.Projections.Articles;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace EventNews.Projections.Stories;

public static class StoryEndpoints
{
    public static RouteGroupBuilder MapClusters(this RouteGroupBuilder api)
    {
        api.MapGet("/clusters", ListAsync).WithName("ListClusters").WithSummary("Story clusters, largest (sort=size) or most recently joined (sort=recent) first");
        api.MapGet("/clusters/{id}", GetAsync).WithName("GetCluster").WithSummary("One story cluster with its members, their scores and the evidence that joined them");
        return api;
    }

    private static async Task<Results<Ok<Page<StoryClusterView>>, ProblemHttpResult>> ListAsync(
        IQuerySession session,
        int minSize = 1,
        string? person = null,
        string sort = "size",
        int page = 1,
        int pageSize = 50,
        CancellationToken cancellationToken = default)
    {
        if (Paging.Validate(page, pageSize) is { } problem)
        {
            return problem;
        }

        if (minSize < 1)
        {
            return TypedResults.Problem($"minSize must be 1 or more (got {minSize}).", statusCode: StatusCodes.Status400BadRequest, title: "Bad minSize");
        }

        if (sort is not ("size" or "recent"))
        {
            return TypedResults.Problem($"sort must be 'size' or 'recent' (got '{sort}').", statusCode: StatusCodes.Status400BadRequest, title: "Bad sort");
        }

        var query = session.Query<StoryClusterView>().Where(c => c.Size >= minSize);
        if (!string.IsNullOrWhiteSpace(person))
        {
            var id = person.Trim();
            query = query.Where(c => c.PersonIds.Contains(id));
        }

        var total = await query.CountAsync(cancellationToken);
        var ordered = sort == "recent"
            ? query.OrderByDescending(c => c.LastSequence).ThenBy(c => c.Id)
            : query.OrderByDescending(c => c.Size).ThenByDescending(c => c.LastSequence).ThenBy(c => c.Id);
        var items = await ordered.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<StoryClusterView>(items, total, page, pageSize));
    }

    private static async Task<Results<Ok<StoryClusterView>, ProblemHttpResult>> GetAsync(string id, IQuerySession session, CancellationToken cancellationToken)
    {
        var cluster = await session.LoadAsync<StoryClusterView>(id, cancellationToken);
        if (cluster is not null)
        {
            return TypedResults.Ok(cluster);
        }

        // A cluster absorbed by a merge lives on in its survivor.
        var survivor = await session.Query<StoryClusterView>().Where(c => c.MergedFrom.Contains(id)).FirstOrDefaultAsync(cancellationToken);
        return survivor is not null
            ? TypedResults.Ok(survivor)
            : TypedResults.Problem($"No story cluster has id '{id}'. List them with /api/clusters", statusCode: StatusCodes.Status404NotFound, title: "Cluster not found");
    }
}
