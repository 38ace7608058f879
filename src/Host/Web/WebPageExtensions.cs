using Scalar.AspNetCore;

namespace EventNews.Host.Web;

/// <summary>The web page at /, the OpenAPI document at /openapi/v1.json and its reference page at /scalar.</summary>
public static class WebPageExtensions
{
    // The page builds its DOM from untrusted article text: no inline script, no third-party origin.
    private const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    // Scalar's page starts itself with an inline script and inline styles; it still loads nothing from elsewhere.
    private const string ReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public static IServiceCollection AddWebPage(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "EventNews";
            document.Info.Description = "Read-only queries over the views built from the event log: articles, persons, dates, story clusters.";
            return Task.CompletedTask;
        }));

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/scalar") ? ReferencePolicy : PagePolicy;
            return next(context);
        });
        return app;
    }

    public static WebApplication MapWebPage(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapOpenApi();
        app.MapScalarApiReference(options => options
            .WithTitle("EventNews API")
            .DisableDefaultFonts());
        return app;
    }
}
