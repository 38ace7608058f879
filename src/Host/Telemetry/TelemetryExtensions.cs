using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace EventNews.Host.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>
    /// Traces and metrics of every role, exported over OTLP only when OTEL_EXPORTER_OTLP_ENDPOINT is
    /// set. The service name says which role a process runs unless OTEL_SERVICE_NAME overrides it.
    /// </summary>
    public static IHostApplicationBuilder AddEventNewsTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss.fff ";
        });

        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? serviceName))
            .WithTracing(tracing => tracing
                .AddSource("EventNews", "MassTransit", "Marten")
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddMeter("EventNews", "MassTransit", "Marten")
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }

        return builder;
    }
}
