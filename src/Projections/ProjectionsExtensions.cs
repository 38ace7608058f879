using EventNews.Projections.Articles;
using EventNews.Projections.Dates;
using EventNews.Projections.People;
using EventNews.Projections.Stories;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace EventNews.Projections;

public static class ProjectionsExtensions
{
    /// <summary>Every view, by the name users give to rebuild it.</summary>
    public static readonly IReadOnlyList<string> ProjectionNames =
        [ArticleViewProjection.ProjectionName, PersonViewProjection.ProjectionName, DateViewProjection.ProjectionName, StoryProjection.ProjectionName];

    /// <summary>The read side's views, all built asynchronously by the projection daemon.</summary>
    public static StoreOptions AddEventNewsProjections(this StoreOptions options, ArticleAnalyses analyses, StoryProjection stories)
    {
        options.Projections.Add(new ArticleViewProjection(analyses), ProjectionLifecycle.Async);
        options.Projections.Add(new PersonViewProjection(analyses), ProjectionLifecycle.Async);
        options.Projections.Add(new DateViewProjection(analyses), ProjectionLifecycle.Async);
        options.Projections.Add(stories, ProjectionLifecycle.Async);
        options.Schema.For<ArticleView>().Index(a => a.ReceivedAt);
        options.Schema.For<DateView>().Identity(d => d.Key);
        options.Schema.For<StoryMemberDoc>().Index(m => m.Sequence);
        options.Schema.For<StoryClusterView>().Index(c => c.Size).Index(c => c.LastSequence);
        return options;
    }

    /// <summary>The read-only query API over the views.</summary>
    public static RouteGroupBuilder MapQueryApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.MapArticles();
        api.MapPersons();
        api.MapDates();
        api.MapClusters();
        return api;
    }
}
