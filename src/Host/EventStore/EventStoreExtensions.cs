using EventNews.Analysis;
using EventNews.Analysis.Stories;
using EventNews.Contracts;
using EventNews.Projections;
using EventNews.Projections.Articles;
using EventNews.Projections.Stories;
using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.OpenTelemetry;
using Marten;
using Npgsql;
using Weasel.Core;

namespace EventNews.Host.EventStore;

public static class EventStoreExtensions
{
    public const string Schema = "eventnews";

    /// <summary>Configuration section binding <see cref="ClusteringOptions"/>; change it and rebuild the clusters projection.</summary>
    public const string ClusteringSection = "EventNews:Clustering";

    /// <summary>
    /// Marten on PostgreSQL: streams keyed by article id, events and views in one schema. Only a
    /// process that runs the projections starts the async daemon, in Solo mode (see README).
    /// </summary>
    public static IHostApplicationBuilder AddEventStore(this IHostApplicationBuilder builder, bool runProjections)
    {
        var connectionString = PostgresConnectionString(builder.Configuration);
        var analyses = new ArticleAnalyses(new ArticleAnalyzer(LoadAliases(builder.Configuration["EventNews:Aliases"])));
        builder.Services.AddSingleton(analyses);
        var stories = new StoryProjection(analyses, LoadClusteringOptions(builder.Configuration));
        builder.Services.AddSingleton(stories);
        var marten = builder.Services.AddMarten(options =>
            {
                options.Connection(connectionString);
                options.DatabaseSchemaName = Schema;
                options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
                options.Events.StreamIdentity = StreamIdentity.AsString;
                options.Events.AddEventType<ArticleReceived>();
                options.Events.AddEventType<ArticleRejected>();
                options.Events.AddEventType<ArticleReceivedAgain>();
                options.Events.MetadataConfig.CorrelationIdEnabled = true;
                options.Events.MetadataConfig.CausationIdEnabled = true;
                options.Events.MetadataConfig.HeadersEnabled = true;

                // The daemon hears of new events at once instead of at its next poll (up to 1 s when quiet).
                options.Events.UseListenNotifyForEventAppends = true;
                options.OpenTelemetry.TrackConnections = TrackLevel.Normal;
                options.AddEventNewsProjections(analyses, stories);
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup();
        if (runProjections)
        {
            marten.AddAsyncDaemon(DaemonMode.Solo);
        }

        return builder;
    }

    /// <summary>The built-in alias table, extended and overridden by the user's file (EventNews:Aliases) when set.</summary>
    public static AliasTable LoadAliases(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return AliasTable.Default;
        }

        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new InvalidOperationException($"EventNews:Aliases names {full}, which does not exist");
        }

        try
        {
            return AliasTable.Combine(AliasTable.Default, AliasTable.Parse(File.ReadAllText(full)));
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException($"the alias file {full} is malformed: {ex.Message}", ex);
        }
    }

    /// <summary>The clustering options from EventNews:Clustering over the measured defaults, checked now rather than at the first article.</summary>
    public static ClusteringOptions LoadClusteringOptions(IConfiguration configuration)
    {
        ClusteringOptions options;
        try
        {
            options = configuration.GetSection(ClusteringSection).Get<ClusteringOptions>() ?? ClusteringOptions.Default;
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidOperationException($"{ClusteringSection} is malformed: {ex.Message}", ex);
        }

        if (options.MatchThreshold is <= 0 or > 1 || options.MergeThreshold is <= 0 or > 1 || options.DuplicateThreshold is <= 0 or > 1)
        {
            throw new InvalidOperationException($"{ClusteringSection}: MatchThreshold, MergeThreshold and DuplicateThreshold must be above 0 and at most 1.");
        }

        if (options.MaxCandidates < 1 || options.MaxPostingLength < 1)
        {
            throw new InvalidOperationException($"{ClusteringSection}: MaxCandidates and MaxPostingLength must be at least 1.");
        }

        try
        {
            _ = new StoryClusterer(options);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"{ClusteringSection}: {ex.Message}", ex);
        }

        return options;
    }

    public static string PostgresConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString("Postgres") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("ConnectionStrings:Postgres is not set (e.g. Host=127.0.0.1;Database=eventnews;Username=eventnews;Password=eventnews)");

    /// <summary>Creates the configured database when it does not exist yet.</summary>
    public static async Task EnsureDatabaseExistsAsync(string connectionString, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var database = target.Database ?? throw new InvalidOperationException("ConnectionStrings:Postgres names no Database");
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };

        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = $1", connection) { Parameters = { new() { Value = database } } };
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }

        try
        {
            await using var create = new NpgsqlCommand($"create database \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another process created it first.
        }
    }
}
