using Microsoft.AspNetCore.Diagnostics;

namespace EventNews.Host.Hosting;

/// <summary>
/// A request the API cannot bind ("?page=abc") answered with problem details that say which value
/// was wrong, rather than a bare 400: endpoints throw on such requests, and this turns the exception
/// into the answer, without logging a client's mistake as a failure of the service.
/// </summary>
internal sealed class BadRequests(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public static void AddTo(IServiceCollection services)
    {
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequests>();
    }

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Title = "Bad request",
                Detail = bad.Message,
            },
        });
    }
}
