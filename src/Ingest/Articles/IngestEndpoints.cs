using MassTransit;
using Npgsql;

namespace EventNews.Ingest.Articles;

internal static class IngestEndpoints
{
    /// <summary>
    /// Quorum queues survive a broker restart with their messages; transient database errors are
    /// retried with backoff before a message goes to the endpoint's error queue.
    /// </summary>
    public static void Configure(IReceiveEndpointConfigurator endpoint)
    {
        if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.SetQuorumQueue();
            rabbit.PrefetchCount = 64;
        }

        endpoint.UseMessageRetry(r =>
        {
            r.Exponential(8, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(15), TimeSpan.FromMilliseconds(400));
            r.Handle<NpgsqlException>();
            r.Handle<Marten.Exceptions.ExistingStreamIdCollisionException>();
            r.Handle<JasperFx.ConcurrencyException>();
            r.Handle<TimeoutException>();
        });
    }
}
