using EventNews.Projections.Articles;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace EventNews.Projections;

public static class ProjectionsExtensions
{
    /// <summary>Every view, by the name users give to rebuild it.</summary>
    public static readonly IReadOnlyList<string> ProjectionNames = [ArticleViewProjection.ProjectionName];

    /// <summary>The read side's views, all built asynchronously by the projection daemon.</summary>
    public static StoreOptions AddEventNewsProjections(this StoreOptions options)
    {
        options.Projections.Add<ArticleViewProjection>(ProjectionLifecycle.Async);
        options.Schema.For<ArticleView>().Index(a => a.ReceivedAt);
        return options;
    }

    /// <summary>The read-only query API over the views.</summary>
    public static RouteGroupBuilder MapQueryApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.MapArticles();
        return api;
    }
}
