using System.Collections.Concurrent;
using System.Diagnostics;
using EventNews.Analysis;
using EventNews.Host.EventStore;
using EventNews.Host.Hosting;
using EventNews.Synthetic;
using Npgsql;
using Spectre.Console;

namespace EventNews.Host.Benchmarks;

/// <summary>What to run; see ./eventnews bench --help.</summary>
public sealed record BenchOptions(int Count, int Seed, IReadOnlyList<double> Rates, double LatencySeconds, string Database, string VirtualHost, bool Rebuild, string Launcher, string PostgresConnection, string RabbitMqConnection);

/// <summary>
/// The whole pipeline against the machine's own limits: the raw speed of PostgreSQL COPY and of a
/// RabbitMQ queue for the same payloads, then the service started as users start it, fed a backlog
/// (throughput), then files at fixed rates (latency), then asked to rebuild its views.
/// </summary>
public sealed class EndToEndBenchmark(BenchOptions options, IAnsiConsole log)
{
    private static readonly TimeSpan StatusInterval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public async Task<BenchReport> RunAsync(CancellationToken cancellationToken)
    {
        var loadAtStart = MachineFacts.LoadAverage();
        if (!await LocalServices.EnsureUpAsync())
        {
            throw new InvalidOperationException("PostgreSQL and RabbitMQ could not be started");
        }

        var work = Directory.CreateTempSubdirectory("eventnews-bench-").FullName;
        try
        {
            return await RunInAsync(work, loadAtStart, cancellationToken);
        }
        finally
        {
            TryDelete(work);
        }
    }

    private async Task<BenchReport> RunInAsync(string work, string loadAtStart, CancellationToken cancellationToken)
    {
        var postgres = new NpgsqlConnectionStringBuilder(options.PostgresConnection) { Database = options.Database }.ConnectionString;
        var rabbit = new UriBuilder(options.RabbitMqConnection) { Path = "/" + Uri.EscapeDataString(options.VirtualHost) }.Uri.ToString();
        await ResetAsync(postgres, cancellationToken);

        // Everything is generated before anything is timed: the backlog on disk, the paced files in memory.
        var latencyCounts = options.Rates.Select(r => (int)Math.Min(options.Count, Math.Max(1, Math.Round(r * options.LatencySeconds)))).ToList();
        var total = options.Count + latencyCounts.Sum();
        log.MarkupLine($"[grey]generating {total:N0} articles (seed {options.Seed}) ...[/]");
        var staging = Path.Combine(work, "staging");
        using var corpus = SyntheticCorpus.Generate(total, options.Seed).GetEnumerator();
        var sizes = new List<int>(total);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        await InboxLoad.WriteAsync(Take(corpus, options.Count), staging, 0, clock, file =>
        {
            sizes.Add(file.Bytes);
            ids.Add(ArticleIdentity.Of(file.Text));
        }, cancellationToken);
        var paced = latencyCounts.Select(n => Take(corpus, n).ToList()).ToList();
        foreach (var article in paced.SelectMany(p => p))
        {
            sizes.Add(System.Text.Encoding.UTF8.GetByteCount(article.Text));
            ids.Add(ArticleIdentity.Of(article.Text));
        }

        sizes.Sort();
        var corpusFacts = new CorpusFacts(options.Seed, total, ids.Count, sizes.Sum(s => (long)s), sizes[0], sizes[sizes.Count / 2], sizes[^1]);
        var backlog = Directory.GetFiles(staging).Order(StringComparer.Ordinal).ToList();

        log.MarkupLine($"[grey]raw limits: PostgreSQL COPY of {backlog.Count:N0} rows ...[/]");
        IReadOnlyList<(string Id, byte[] Json)>? payloads = RawLimits.Payloads(backlog);
        var copy = await RawLimits.PostgresCopyAsync(postgres, payloads, cancellationToken);
        log.MarkupLine($"[grey]  {copy.PerSecond:N0} rows/s; RabbitMQ publish + consume of {backlog.Count:N0} messages ...[/]");
        var queue = await RawLimits.RabbitMqAsync(rabbit, payloads, cancellationToken);
        log.MarkupLine($"[grey]  {queue.PerSecond:N0} messages/s[/]");
        payloads = null;
        GC.Collect();

        var inbox = Path.Combine(work, "inbox");
        var logFile = Path.Combine(Path.GetTempPath(), $"eventnews-bench-{options.Database}.log");
        log.MarkupLine($"[grey]starting ./eventnews run (database {options.Database}, virtual host {options.VirtualHost}; log {logFile}) ...[/]");
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Postgres"] = postgres,
            ["ConnectionStrings__RabbitMq"] = rabbit,
        };
        await using var service = await BenchService.StartAsync(options.Launcher, inbox, logFile, environment, cancellationToken);
        await using var memory = new ProcessMemory(service.ProcessId);

        memory.TakeServicePhasePeak();
        var throughput = await ThroughputAsync(service, memory, backlog, inbox, cancellationToken) with { ServicePeakMiB = memory.TakeServicePhasePeak() };
        var expected = (long)backlog.Count;
        var latency = new List<LatencyResult>();
        for (var i = 0; i < options.Rates.Count; i++)
        {
            latency.Add(await LatencyAsync(service, paced[i], options.Rates[i], inbox, cancellationToken) with { ServicePeakMiB = memory.TakeServicePhasePeak() });
            expected += paced[i].Count;
        }

        RebuildResult? rebuild = null;
        if (options.Rebuild)
        {
            log.MarkupLine("[grey]rebuilding every view ...[/]");
            var done = await service.RebuildAsync(p => log.MarkupLine(Markup.Escape($"  {p.Current ?? p.State}: {p.Done:N0}/{p.Total:N0} events, {p.EventsPerSecond:N0}/s")), cancellationToken);
            var seconds = ((done.FinishedAt ?? DateTimeOffset.UtcNow) - done.StartedAt).TotalSeconds;
            rebuild = new RebuildResult(done.Projections, done.Total / Math.Max(1, done.Projections.Count), done.Done, seconds, done.State, done.Error, MachineFacts.LoadAverage())
            {
                ServicePeakMiB = memory.TakeServicePhasePeak(),
            };
        }

        var final = await service.StatusAsync(cancellationToken);
        var peaks = memory.Peaks();
        var machine = new MachineFacts(Environment.ProcessorCount, MachineFacts.CpuName(), MachineFacts.MemoryTotalGiB(), loadAtStart, MachineFacts.LoadAverage());
        return new BenchReport(machine, corpusFacts, copy, queue, throughput, latency, rebuild, peaks,
            new FinalCounts(total, ids.Count, final.Articles, final.Duplicates, final.Rejected, final.Failed));
    }

    private async Task<ThroughputResult> ThroughputAsync(BenchService service, ProcessMemory processes, IReadOnlyList<string> backlog, string inbox, CancellationToken cancellationToken)
    {
        log.MarkupLine($"[grey]throughput: moving {backlog.Count:N0} files into the inbox at once ...[/]");
        var cpuBefore = processes.Cpu();
        var clock = Stopwatch.StartNew();
        var moving = Task.Run(() => InboxLoad.MoveIn(backlog, inbox, clock, null), cancellationToken);
        var before = await service.StatusAsync(cancellationToken);
        var target = before.Taken + backlog.Count;
        var stored = TimeSpan.Zero;
        var moved = TimeSpan.Zero;
        var caughtUp = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var lastReport = TimeSpan.Zero;
        while (true)
        {
            await Task.Delay(StatusInterval, cancellationToken);
            if (moving.IsCompleted && moved == TimeSpan.Zero)
            {
                await moving;
                moved = clock.Elapsed;
            }

            var status = await service.StatusAsync(cancellationToken);
            var now = clock.Elapsed;
            if (status.Taken >= target && stored == TimeSpan.Zero)
            {
                stored = now;
            }

            if (stored != TimeSpan.Zero)
            {
                foreach (var (name, lag) in status.Lag)
                {
                    if (lag == 0)
                    {
                        caughtUp.TryAdd(name, now);
                    }
                }
            }

            if (now - lastReport > TimeSpan.FromSeconds(5))
            {
                lastReport = now;
                log.MarkupLine(Markup.Escape($"  {now.TotalSeconds:0}s: {status.Taken - before.Taken:N0}/{backlog.Count:N0} stored, lag {string.Join(", ", status.Lag.Select(l => $"{l.Key} {l.Value:N0}"))}"));
            }

            if (stored != TimeSpan.Zero && status.CaughtUp && moved != TimeSpan.Zero)
            {
                var views = caughtUp.OrderBy(v => v.Value).Select(v => new ViewCaughtUp(v.Key, v.Value.TotalSeconds)).ToList();
                return new ThroughputResult(backlog.Count, moved.TotalSeconds, stored.TotalSeconds, now.TotalSeconds, views, processes.Cpu() - cpuBefore, MachineFacts.LoadAverage());
            }
        }
    }

    private async Task<LatencyResult> LatencyAsync(BenchService service, IReadOnlyList<SyntheticArticle> articles, double rate, string inbox, CancellationToken cancellationToken)
    {
        // About twenty sampled files a second, so that polling stays a small load beside the work measured.
        var every = Math.Max(1, (int)Math.Round(rate / 20));
        log.MarkupLine($"[grey]latency: {articles.Count:N0} files at {rate:N0}/s, every {every}th sampled ...[/]");
        var before = await service.StatusAsync(cancellationToken);
        var clock = Stopwatch.StartNew();
        var pending = new ConcurrentQueue<WrittenFile>();
        var written = 0;
        TimeSpan first = TimeSpan.Zero, last = TimeSpan.Zero;
        var writing = Task.Run(() => InboxLoad.WriteAsync(articles, inbox, rate, clock, file =>
        {
            first = written == 0 ? file.At : first;
            last = file.At;
            if (written++ % every == 0)
            {
                pending.Enqueue(file);
            }
        }, cancellationToken), cancellationToken);

        var total = new List<double>();
        var waits = new List<double>();
        var taken = new List<double>();
        var open = new List<(WrittenFile File, string Id)>();
        while (true)
        {
            while (pending.TryDequeue(out var file))
            {
                open.Add((file, ArticleIdentity.Of(file.Text)));
            }

            var found = await Task.WhenAll(open.Select(async o => (o.File, Article: await service.ArticleAsync(o.Id, cancellationToken), Seen: clock.Elapsed, SeenAt: DateTimeOffset.UtcNow)));
            foreach (var (file, article, seen, seenAt) in found.Where(f => f.Article is not null))
            {
                total.Add((seen - file.At).TotalSeconds);
                var receivedAt = article!["receivedAt"]!.GetValue<DateTimeOffset>();
                waits.Add((receivedAt - file.WrittenAt).TotalSeconds);
                taken.Add((seenAt - receivedAt).TotalSeconds);
                open.RemoveAll(o => o.File == file);
            }

            if (writing.IsCompleted && pending.IsEmpty && open.Count == 0)
            {
                break;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }

        var count = await writing;
        var achieved = count > 1 ? (count - 1) / Math.Max(1e-9, (last - first).TotalSeconds) : rate;
        while (true)
        {
            var status = await service.StatusAsync(cancellationToken);
            if (status.Taken >= before.Taken + count && status.CaughtUp)
            {
                break;
            }

            await Task.Delay(StatusInterval, cancellationToken);
        }

        total.Sort();
        waits.Sort();
        taken.Sort();
        return new LatencyResult(rate, achieved, count, total.Count, PollInterval.TotalMilliseconds,
            Percentile(total, 0.50), Percentile(total, 0.95), Percentile(total, 0.99), total.Count == 0 ? 0 : total[^1],
            Percentile(waits, 0.50), Percentile(taken, 0.50), Percentile(taken, 0.99), MachineFacts.LoadAverage());
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static IEnumerable<SyntheticArticle> Take(IEnumerator<SyntheticArticle> source, int count)
    {
        for (var i = 0; i < count && source.MoveNext(); i++)
        {
            yield return source.Current;
        }
    }

    /// <summary>A fresh database and virtual host of the benchmark's own (never anyone else's).</summary>
    private async Task ResetAsync(string postgres, CancellationToken cancellationToken)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(postgres) { Database = "postgres", Pooling = false };
        await using (var connection = new NpgsqlConnection(maintenance.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var drop = new NpgsqlCommand($"drop database if exists \"{options.Database.Replace("\"", "\"\"", StringComparison.Ordinal)}\" with (force)", connection);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await drop.ExecuteNonQueryAsync(cancellationToken);
                    break;
                }
                catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 60)
                {
                    // An autovacuum worker (the server's own) is still busy in the old database; it stops soon.
                    await Task.Delay(1000, cancellationToken);
                }
            }
            await using var create = new NpgsqlCommand($"create database \"{options.Database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);

            // As the service has it, so that the raw COPY compresses its rows as the service does its writes.
            await EventStoreExtensions.CompressWithLz4Async(connection, options.Database, cancellationToken);
        }

        var script = Path.Combine(Path.GetDirectoryName(options.Launcher)!, "deploy", "services.sh");
        foreach (var action in new[] { "delete", "add" })
        {
            using var process = Process.Start(new ProcessStartInfo("bash") { ArgumentList = { script, "vhost", action, options.VirtualHost }, UseShellExecute = false })!;
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"services.sh vhost {action} {options.VirtualHost} failed");
            }
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
