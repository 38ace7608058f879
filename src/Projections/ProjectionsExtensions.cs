using EventNews.Projections.Articles;
using EventNews.Projections.Dates;
using EventNews.Projections.People;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace EventNews.Projections;

public static class ProjectionsExtensions
{
    /// <summary>Every view, by the name users give to rebuild it.</summary>
    public static readonly IReadOnlyList<string> ProjectionNames =
        [ArticleViewProjection.ProjectionName, PersonViewProjection.ProjectionName, DateViewProjection.ProjectionName];

    /// <summary>The read side's views, all built asynchronously by the projection daemon.</summary>
    public static StoreOptions AddEventNewsProjections(this StoreOptions options, ArticleAnalyses analyses)
    {
        options.Projections.Add(new ArticleViewProjection(analyses), ProjectionLifecycle.Async);
        options.Projections.Add(new PersonViewProjection(analyses), ProjectionLifecycle.Async);
        options.Projections.Add(new DateViewProjection(analyses), ProjectionLifecycle.Async);
        options.Schema.For<ArticleView>().Index(a => a.ReceivedAt);
        options.Schema.For<DateView>().Identity(d => d.Key);
        return options;
    }

    /// <summary>The read-only query API over the views.</summary>
    public static RouteGroupBuilder MapQueryApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.MapArticles();
        api.MapPersons();
        api.MapDates();
        return api;
    }
}
