using MassTransit;

namespace EventNews.Ingest.Articles;

internal static class IngestEndpoints
{
    /// <summary>
    /// Quorum queues survive a broker restart with their messages. Failures are retried with backoff
    /// for about two minutes (a database restart, a lost connection, a race on a stream key) before a
    /// message goes to the endpoint's error queue; messages that cannot be read go there at once.
    /// </summary>
    public static void Configure(IReceiveEndpointConfigurator endpoint, int prefetch = 64)
    {
        if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.SetQuorumQueue();
            rabbit.PrefetchCount = prefetch;
        }

        // Faults are not consumed by anyone; publishing them only adds exchanges.
        endpoint.PublishFaults = false;
        endpoint.UseMessageRetry(r =>
        {
            r.Exponential(10, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(500));
            r.Ignore<System.Text.Json.JsonException>();
            r.Ignore<System.Runtime.Serialization.SerializationException>();
        });
    }
}
