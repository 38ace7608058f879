using EventNews.Ingest.Articles;
using EventNews.Ingest.Inbox;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace EventNews.Ingest;

public static class IngestExtensions
{
    /// <summary>
    /// The write side: the inbox watcher publishing arrived files to RabbitMQ, and the consumers
    /// appending them to the event store. Several processes may run it against one inbox and queue.
    /// </summary>
    public static IHostApplicationBuilder AddIngest(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<InboxOptions>()
            .BindConfiguration(InboxOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        // MassTransit keeps the logger factory of the first bus built in the flow; a service built
        // again in the same process (ServiceRestart) must not log through the disposed one.
        LogContext.Current = null!;

        var rabbit = RabbitMqAddress.Parse(builder.Configuration.GetConnectionString("RabbitMq"));
        builder.Services.AddSingleton(rabbit);
        builder.Services.TryAddSingleton<ServiceRestart>();
        builder.Services.AddSingleton<BusSupervisor>();
        builder.Services.AddHostedService(services => services.GetRequiredService<BusSupervisor>());
        builder.Services.AddMassTransit(x =>
        {
            x.SetKebabCaseEndpointNameFormatter();
            x.DisableUsageTelemetry();
            x.AddConsumer<ArticleReceivedConsumer, ArticleReceivedConsumerDefinition>();
            x.AddConsumer<ArticleRejectedConsumer, ArticleRejectedConsumerDefinition>();
            x.AddConsumer<ArticleSubmittedConsumer>().ExcludeFromConfigureEndpoints();
            x.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(rabbit.Host, rabbit.Port, rabbit.VirtualHost, h =>
                {
                    h.Username(rabbit.User);
                    h.Password(rabbit.Password);
                    h.PublisherConfirmation = true;
                });
                // Other producers send plain JSON with any AMQP client; no MassTransit envelope needed.
                cfg.ReceiveEndpoint(ArticleSubmittedConsumer.Queue, e =>
                {
                    e.ClearSerialization();
                    e.UseRawJsonSerializer(RawSerializerOptions.AnyMessageType, isDefault: true);
                    e.UseRawJsonDeserializer(RawSerializerOptions.AnyMessageType, isDefault: true);
                    IngestEndpoints.Configure(e);
                    e.ConfigureConsumer<ArticleSubmittedConsumer>(context);
                });
                cfg.ConfigureEndpoints(context);
            });
        });
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(o =>
        {
            o.WaitUntilStarted = false;
            o.StopTimeout = TimeSpan.FromSeconds(5);
        });
        // After the bus's hosted service: services stop in the reverse order, so the inbox stops
        // taking files before the bus it publishes on stops.
        builder.Services.AddSingleton<InboxWatcher>();
        builder.Services.AddHostedService(services => services.GetRequiredService<InboxWatcher>());
        return builder;
    }
}
