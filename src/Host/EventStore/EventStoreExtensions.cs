using System.Text.Encodings.Web;
using EventNews.Analysis;
using EventNews.Analysis.Stories;
using EventNews.Contracts;
using EventNews.Contracts.Versions;
using EventNews.Projections;
using EventNews.Projections.Articles;
using EventNews.Projections.Dates;
using EventNews.Projections.People;
using EventNews.Projections.Stories;
using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.OpenTelemetry;
using Marten;
using Microsoft.Extensions.Options;
using Npgsql;
using Weasel.Core;

namespace EventNews.Host.EventStore;

public static class EventStoreExtensions
{
    public const string Schema = "eventnews";

    /// <summary>
    /// Every name an <see cref="ArticleReceived"/> is stored under, current first: Marten's typed event
    /// queries know only one, so queries of arrivals by type name use these.
    /// </summary>
    public static readonly string[] ArticleReceivedNames = [ArticleReceived.EventTypeName, ArticleReceivedV1.EventTypeName];

    /// <summary>An SQL condition on mt_events.type matching every <see cref="ArticleReceivedNames"/>, one "?" parameter each.</summary>
    public static readonly string ArticleReceivedTypeIn = $"type in ({string.Join(", ", ArticleReceivedNames.Select(_ => "?"))})";

    /// <summary>The name <see cref="ArticleReceivedAgain"/> is stored under.</summary>
    public const string ArticleReceivedAgainName = "article_received_again";

    /// <summary>The name <see cref="ArticleRejected"/> is stored under.</summary>
    public const string ArticleRejectedName = "article_rejected";

    /// <summary>
    /// Events per batch when a rebuild replays the log into <paramref name="projection"/>, unless
    /// EventNews:Rebuild:BatchSize says otherwise (live projections take <see cref="ProjectionsExtensions.LiveBatchSize"/> at most). Persons and
    /// dates write few, shared documents per batch, so larger batches save most there; articles
    /// (one large document per event) and clusters (a second clusterer in memory) gain little from
    /// them and would cost memory. Beyond 10,000 the persons and dates rebuilds got no faster
    /// (100,000 synthetic articles) while the service held twice the memory (1.1 GB at 20,000).
    /// Clusters replay in 2,000s: as fast as in 5,000s (109 and 108 s for 112,000 articles), with
    /// fewer texts read ahead (the daemon holds up to two batches).
    /// </summary>
    public static int DefaultRebuildBatchSize(string projection) => projection switch
    {
        PersonViewProjection.ProjectionName or DateViewProjection.ProjectionName => 10_000,
        StoryProjection.ProjectionName => 2_000,
        _ => 5_000,
    };

    /// <summary>Where a rebuild builds its copies of the views; emptied after every rebuild.</summary>
    public const string RebuildSchema = "eventnews_rebuild";

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
                ConfigureEvents(options, connectionString);
                options.DatabaseSchemaName = Schema;

                // The daemon hears of new events at once instead of at its next poll (up to 1 s when quiet).
                options.Events.UseListenNotifyForEventAppends = true;
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

    /// <summary>
    /// A store that builds fresh copies of the <paramref name="projections"/> in <see cref="RebuildSchema"/>
    /// from the same event log, each under <paramref name="prefix"/> + its name, so the views in
    /// <see cref="Schema"/> keep serving (and following new events) until the copies are swapped in.
    /// The copies apply no event past <paramref name="ceiling"/>; <paramref name="stories"/> must have been made with the same one.
    /// </summary>
    public static DocumentStore CreateRebuildStore(
        string connectionString, ArticleAnalyses analyses, StoryProjection stories, IReadOnlyCollection<string> projections, string prefix, SequenceCeiling ceiling, int? batchSize, int documentsInMemory) =>
        DocumentStore.For(options =>
        {
            ConfigureEvents(options, connectionString);
            options.DatabaseSchemaName = RebuildSchema;
            options.Events.DatabaseSchemaName = Schema;
            options.AddEventNewsProjectionCopies(analyses, stories, projections, prefix, ceiling, name => batchSize ?? DefaultRebuildBatchSize(name), documentsInMemory);
        });

    /// <summary>What every store of the service shares: the connection, serialisation and the event log.</summary>
    private static void ConfigureEvents(StoreOptions options, string connectionString)
    {
        options.Connection(connectionString);
        // Letters beyond ASCII are written as they are, not as \u escapes: jsonb keeps the decoded text
        // either way, so the documents read back the same, for less to write, send and parse. Nothing
        // serialised here goes into a web page as it is.
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase, json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
        options.Events.StreamIdentity = StreamIdentity.AsString;
        options.Events.MapEventType<ArticleReceived>(ArticleReceived.EventTypeName);
        options.Events.UseBinarySerializer<ArticleReceived>(new JsonBytesEventSerializer());
        options.Events.Upcast<ArticleReceivedV1, ArticleReceived>(ArticleReceivedV1.EventTypeName, old => old.Upcast());
        options.Events.MapEventType<ArticleRejected>(ArticleRejectedName);
        options.Events.MapEventType<ArticleReceivedAgain>(ArticleReceivedAgainName);
        options.Events.MetadataConfig.CorrelationIdEnabled = true;
        options.Events.MetadataConfig.CausationIdEnabled = true;
        options.Events.MetadataConfig.HeadersEnabled = true;
        options.OpenTelemetry.TrackConnections = TrackLevel.Normal;
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
            throw Invalid("EventNews:Aliases", typeof(AliasTable), $"EventNews:Aliases names {full}, which does not exist");
        }

        try
        {
            return AliasTable.Combine(AliasTable.Default, AliasTable.Parse(File.ReadAllText(full)));
        }
        catch (FormatException ex)
        {
            throw Invalid("EventNews:Aliases", typeof(AliasTable), $"the alias file {full} is malformed: {ex.Message}");
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
            throw Invalid(ClusteringSection, typeof(ClusteringOptions), $"{ClusteringSection} is malformed: {ex.Message}");
        }

        if (options.MatchThreshold is <= 0 or > 1 || options.MergeThreshold is <= 0 or > 1 || options.DuplicateThreshold is <= 0 or > 1)
        {
            throw Invalid(ClusteringSection, typeof(ClusteringOptions), $"{ClusteringSection}: MatchThreshold, MergeThreshold and DuplicateThreshold must be above 0 and at most 1.");
        }

        if (options.MaxCandidates < 1 || options.MaxPostingLength < 1)
        {
            throw Invalid(ClusteringSection, typeof(ClusteringOptions), $"{ClusteringSection}: MaxCandidates and MaxPostingLength must be at least 1.");
        }

        try
        {
            _ = new StoryClusterer(options);
        }
        catch (ArgumentException ex)
        {
            throw Invalid(ClusteringSection, typeof(ClusteringOptions), $"{ClusteringSection}: {ex.Message}");
        }

        return options;
    }

    /// <summary>
    /// A setting the service cannot use, named in one readable sentence: the service stops at start
    /// with it (exit code 2), and a rebuild that reads it again is refused with it.
    /// </summary>
    public static OptionsValidationException Invalid(string setting, Type shape, string message) => new(setting, shape, [message]);

    private const string PostgresSetting = "ConnectionStrings:Postgres";

    private const string PostgresExample = "Host=127.0.0.1;Database=eventnews;Username=eventnews;Password=eventnews";

    /// <summary>How many statements each connection keeps prepared unless the connection string says otherwise.</summary>
    public const int PreparedStatements = 64;

    public static string PostgresConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString("Postgres") is { Length: > 0 } value
            ? WithPreparedStatements(value)
            : throw Invalid(PostgresSetting, typeof(NpgsqlConnectionStringBuilder), $"{PostgresSetting} is not set (e.g. {PostgresExample})");

    /// <summary>
    /// Has Npgsql prepare the statements a connection runs at least twice, so that PostgreSQL parses
    /// and plans the service's few recurring statements once per connection instead of once per
    /// batch. A connection string that sets Max Auto Prepare itself (0 turns it off) is kept as is.
    /// </summary>
    public static string WithPreparedStatements(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        System.Data.Common.DbConnectionStringBuilder given;
        try
        {
            given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw Invalid(PostgresSetting, typeof(NpgsqlConnectionStringBuilder), $"{PostgresSetting} cannot be read: {ex.Message} (e.g. {PostgresExample})");
        }

        if (given.Keys.Cast<string>().Any(key => Keyword(key) == "maxautoprepare"))
        {
            return connectionString;
        }

        builder.MaxAutoPrepare = PreparedStatements;
        builder.AutoPrepareMinUsages = 2;
        return builder.ConnectionString;

        static string Keyword(string key) => key.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
    }

    /// <summary>
    /// Creates the configured database when it does not exist yet, and has it compress large values
    /// with lz4 (<see cref="CompressWithLz4Async"/>).
    /// </summary>
    public static async Task EnsureDatabaseExistsAsync(string connectionString, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var database = target.Database ?? throw Invalid(PostgresSetting, typeof(NpgsqlConnectionStringBuilder), $"{PostgresSetting} names no Database (e.g. {PostgresExample})");
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };

        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = $1", connection) { Parameters = { new() { Value = database } } };
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            try
            {
                await using var create = new NpgsqlCommand($"create database {QuoteIdentifier(database)}", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Another process created it first.
            }
        }

        await CompressWithLz4Async(connection, database, cancellationToken);
    }

    /// <summary>What <see cref="JoinViewProgressAsync"/> found and did.</summary>
    public enum ViewProgressJoin
    {
        /// <summary>Nothing to do: a new database, or the views already run together.</summary>
        None,

        /// <summary>The views had each stopped at the same event: they go on together from there.</summary>
        Joined,

        /// <summary>The views had stopped at different events: they are emptied and built again from the log.</summary>
        Rebuilding,
    }

    /// <summary>
    /// Brings a database whose views each ran on their own (with their own progress) to views that run
    /// together (<see cref="ProjectionsExtensions.LiveViews"/>). Views that all stopped at the same
    /// event go on from it. Views that stopped at different events cannot go on together from any one
    /// of them without applying some event twice or missing one, so they are emptied and replayed from
    /// the log as the service starts (the same views result; the log is the source of truth).
    /// </summary>
    public static async Task<ViewProgressJoin> JoinViewProgressAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var progression = $"{Schema}.mt_event_progression";
        await using (var exists = new NpgsqlCommand($"select to_regclass('{progression}') is not null", connection))
        {
            if (await exists.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return ViewProgressJoin.None;
            }
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockTable = new NpgsqlCommand($"lock table {progression} in share row exclusive mode", connection, transaction))
        {
            await lockTable.ExecuteNonQueryAsync(cancellationToken);
        }

        var shards = ProjectionsExtensions.ProjectionNames.Select(name => name + ":All").ToArray();
        var live = ProjectionsExtensions.LiveViews + ":All";
        var positions = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var read = new NpgsqlCommand($"select name, last_seq_id from {progression} where name = any($1)", connection, transaction) { Parameters = { new() { Value = shards.Append(live).ToArray() } } })
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                positions[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        if (positions.ContainsKey(live) || positions.Count == 0)
        {
            return ViewProgressJoin.None;
        }

        ViewProgressJoin outcome;
        if (shards.All(positions.ContainsKey) && shards.Select(s => positions[s]).Distinct().Count() == 1)
        {
            await using var insert = new NpgsqlCommand($"insert into {progression} (name, last_seq_id) values ($1, $2)", connection, transaction)
            {
                Parameters = { new() { Value = live }, new() { Value = positions[shards[0]] } },
            };
            await insert.ExecuteNonQueryAsync(cancellationToken);
            outcome = ViewProgressJoin.Joined;
        }
        else
        {
            foreach (var table in ProjectionsExtensions.ProjectionNames.SelectMany(ProjectionsExtensions.ViewTypes).Select(t => $"{Schema}.{ProjectionsExtensions.TableOf(t)}"))
            {
                await using var empty = new NpgsqlCommand($"do $$ begin if to_regclass('{table}') is not null then execute 'truncate table {table}'; end if; end $$", connection, transaction);
                await empty.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var forget = new NpgsqlCommand($"delete from {progression} where name = any($1)", connection, transaction) { Parameters = { new() { Value = shards } } };
            await forget.ExecuteNonQueryAsync(cancellationToken);
            outcome = ViewProgressJoin.Rebuilding;
        }

        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    /// <summary>
    /// Makes lz4 the compression of large values in <paramref name="database"/>'s new sessions, when
    /// the server has it and the role owns the database; otherwise leaves the server's default
    /// (pglz) and returns false. Every event (the article's text) and most person and date documents
    /// are over PostgreSQL's 2 KB threshold, so each write compresses them and each read
    /// decompresses them: with lz4 a person document's write took about half the server's time
    /// (docs/benchmarks.md). Values already stored keep their compression.
    /// </summary>
    public static async Task<bool> CompressWithLz4Async(NpgsqlConnection connection, string database, CancellationToken cancellationToken)
    {
        // Servers before PostgreSQL 14 have no such setting, and a server built without lz4 does not offer it.
        await using var offered = new NpgsqlCommand("select 'lz4' = any(enumvals) from pg_settings where name = 'default_toast_compression'", connection);
        if (await offered.ExecuteScalarAsync(cancellationToken) is not true)
        {
            return false;
        }

        await using var set = new NpgsqlCommand(
            """
            select 1 from pg_db_role_setting s join pg_database d on d.oid = s.setdatabase
            where d.datname = $1 and s.setrole = 0 and 'default_toast_compression=lz4' = any(s.setconfig)
            """,
            connection) { Parameters = { new() { Value = database } } };
        if (await set.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return true;
        }

        try
        {
            await using var alter = new NpgsqlCommand($"alter database {QuoteIdentifier(database)} set default_toast_compression = 'lz4'", connection);
            await alter.ExecuteNonQueryAsync(cancellationToken);
            return true;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            // Another role owns the database: its owner decides.
            return false;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InternalError)
        {
            // "tuple concurrently updated": another process starting at the same time set it first.
            return true;
        }
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
