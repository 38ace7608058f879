using EventNews.Host.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace EventNews.EndToEnd.Tests;

/// <summary>
/// Ingest and projection processes run apart tell their telemetry apart by service name. The host
/// is built as the launcher builds it, not started: naming needs no servers.
/// </summary>
public sealed class RolesNameThemselves
{
    [Theory]
    [InlineData(ServiceRoles.All, null, "eventnews")]
    [InlineData(ServiceRoles.Ingest, null, "eventnews-ingest")]
    [InlineData(ServiceRoles.Projections, null, "eventnews-projections")]
    [InlineData(ServiceRoles.Ingest, "wire-feeds", "wire-feeds")]
    public async Task Each_role_names_its_traces_and_metrics_unless_OTEL_SERVICE_NAME_says_otherwise(ServiceRoles roles, string? configured, string expected)
    {
        await using var app = ServiceHost.Build(roles, Path.Combine(Path.GetTempPath(), "eventnews-unused-inbox"), "http://127.0.0.1:0", builder =>
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["OTEL_SERVICE_NAME"] = configured }));

        foreach (var provider in new BaseProvider[] { app.Services.GetRequiredService<TracerProvider>(), app.Services.GetRequiredService<MeterProvider>() })
        {
            var resource = provider.GetResource().Attributes.ToDictionary(a => a.Key, a => a.Value);
            Assert.Equal(expected, resource["service.name"]);

            // Several processes of one role are told apart by instance.
            Assert.False(string.IsNullOrEmpty(resource["service.instance.id"] as string));
        }
    }
}
