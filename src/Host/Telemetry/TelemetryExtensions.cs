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
    /// set, and to the console when EventNews:Telemetry:Console is true. The service name says which
    /// role a process runs unless OTEL_SERVICE_NAME overrides it. Every log line written inside a
    /// span carries its trace and span ids.
    /// </summary>
    public static IHostApplicationBuilder AddEventNewsTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        if (string.Equals(builder.Configuration["Logging:Console:FormatterName"], "json", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                o.UseUtcTimestamp = true;
            });
        }
        else
        {
            builder.Logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.IncludeScopes = true;
                o.TimestampFormat = "HH:mm:ss.fff ";
            });
        }

        var console = builder.Configuration.GetValue<bool>("EventNews:Telemetry:Console");
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? serviceName))
            .WithTracing(tracing =>
            {
                tracing
                    .AddSource("EventNews", "MassTransit", "Marten")
                    .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
                    .AddNpgsql();
                if (console)
                {
                    tracing.AddConsoleExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics
                    .AddMeter("EventNews", "MassTransit", "Marten")
                    .AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation();
                if (console)
                {
                    metrics.AddConsoleExporter();
                }
            });

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }

        return builder;
    }
}
