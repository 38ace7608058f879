using EventNews.Host.Hosting;
using Microsoft.Extensions.Hosting;

namespace EventNews.EndToEnd.Tests;

/// <summary>
/// Every service each role registers can be built from what that role registers: a dependency
/// only another role provides fails here, not on a user's first request. Built, not started.
/// </summary>
public sealed class ServiceGraph
{
    [Theory]
    [InlineData(ServiceRoles.All)]
    [InlineData(ServiceRoles.Ingest)]
    [InlineData(ServiceRoles.Projections)]
    public async Task Each_role_can_build_every_service_it_registers(ServiceRoles roles)
    {
        await using var app = ServiceHost.Build(roles, Path.Combine(Path.GetTempPath(), "eventnews-unused-inbox"), "http://127.0.0.1:0", builder =>
            builder.Host.UseDefaultServiceProvider(o =>
            {
                o.ValidateOnBuild = true;
                o.ValidateScopes = true;
            }));

        // Building is the check: validation constructs every registered service's dependencies.
        Assert.NotNull(app.Services.GetService(typeof(IHostApplicationLifetime)));
    }
}
