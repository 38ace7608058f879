using EventNews.Host.EventStore;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace EventNews.EndToEnd.Tests;

/// <summary>Pure code: no servers.</summary>
public class PreparedStatementsTests
{
    private const string Plain = "Host=127.0.0.1;Database=eventnews;Username=eventnews;Password=eventnews";

    [Fact]
    public void The_service_prepares_statements_used_twice_unless_told_otherwise()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionStringFrom(Plain));

        Assert.Equal(EventStoreExtensions.PreparedStatements, builder.MaxAutoPrepare);
        Assert.Equal(2, builder.AutoPrepareMinUsages);
        Assert.Equal("eventnews", builder.Database);
        Assert.Equal("127.0.0.1", builder.Host);
    }

    [Theory]
    [InlineData("Max Auto Prepare=0", 0)]
    [InlineData("max auto prepare=5", 5)]
    [InlineData("MaxAutoPrepare=7", 7)]
    public void A_connection_string_that_sets_its_own_limit_keeps_it(string setting, int expected)
    {
        var given = $"{Plain};{setting}";

        var result = ConnectionStringFrom(given);

        Assert.Equal(given, result);
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(result).MaxAutoPrepare);
    }

    [Fact]
    public void A_missing_connection_string_is_named_in_the_error()
    {
        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => ConnectionStringFrom(null));

        Assert.Contains("ConnectionStrings:Postgres", error.Message, StringComparison.Ordinal);
    }

    private static string ConnectionStringFrom(string? value) =>
        EventStoreExtensions.PostgresConnectionString(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Postgres"] = value })
            .Build());
}
