using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace EventNews.Ingest;

/// <summary>ConnectionStrings:RabbitMq as an amqp:// URI: amqp://user:password@host:port/vhost.</summary>
public sealed record RabbitMqAddress(string Host, ushort Port, string VirtualHost, string User, string Password)
{
    public static RabbitMqAddress Parse(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString)
            || !Uri.TryCreate(connectionString, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("amqp" or "rabbitmq"))
        {
            throw new OptionsValidationException("ConnectionStrings:RabbitMq", typeof(RabbitMqAddress),
                [$"ConnectionStrings:RabbitMq must be an amqp:// URI such as amqp://guest:guest@127.0.0.1:5672/ (got '{connectionString}')"]);
        }

        var credentials = uri.UserInfo.Split(':', 2);
        var vhost = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        return new RabbitMqAddress(
            uri.Host,
            (ushort)(uri.IsDefaultPort || uri.Port < 0 ? 5672 : uri.Port),
            vhost.Length == 0 ? "/" : vhost,
            credentials[0].Length == 0 ? "guest" : Uri.UnescapeDataString(credentials[0]),
            credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : "guest");
    }

    public ConnectionFactory CreateFactory() => new()
    {
        HostName = Host,
        Port = Port,
        VirtualHost = VirtualHost,
        UserName = User,
        Password = Password,
        ClientProvidedName = "eventnews",
    };
}
