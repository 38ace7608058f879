namespace EventNews.Ingest.Tests;

public class RabbitMqAddressTests
{
    [Fact]
    public void A_full_uri_gives_host_port_vhost_and_credentials()
    {
        var address = RabbitMqAddress.Parse("amqp://news:s%40cret@broker.local:5673/tests%2Fone");

        Assert.Equal(new RabbitMqAddress("broker.local", 5673, "tests/one", "news", "s@cret"), address);
    }

    [Fact]
    public void Missing_parts_take_the_broker_defaults()
    {
        Assert.Equal(new RabbitMqAddress("127.0.0.1", 5672, "/", "guest", "guest"), RabbitMqAddress.Parse("amqp://127.0.0.1"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("127.0.0.1:5672")]
    [InlineData("http://127.0.0.1/")]
    public void Anything_but_an_amqp_uri_is_refused_with_an_example(string value)
    {
        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => RabbitMqAddress.Parse(value));

        Assert.Contains("amqp://", error.Message, StringComparison.Ordinal);
    }
}
