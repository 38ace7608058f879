using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace EventNews.Host.Benchmarks;

/// <summary>The machine a figure was measured on; load averages say how busy it was with other work.</summary>
public sealed record MachineFacts(int Cores, string Cpu, double MemoryGiB, string LoadAverageAtStart, string LoadAverageAtEnd)
{
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    public static string CpuName() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown"
            : "unknown";

    public static double MemoryTotalGiB()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024 / 1024;
    }
}

public sealed record CorpusFacts(int Seed, int Files, int DistinctArticles, long Bytes, int MinBytes, int MedianBytes, int MaxBytes);

public sealed record ViewCaughtUp(string Name, double Seconds);

/// <summary>A backlog moved into the inbox at once, timed from the first file to every view caught up.</summary>
public sealed record ThroughputResult(int Files, double MoveSeconds, double StoredSeconds, double Seconds, IReadOnlyList<ViewCaughtUp> Views, CpuSeconds Cpu, string LoadAverage)
{
    /// <summary>The service's largest RSS during this phase, MiB.</summary>
    public double ServicePeakMiB { get; init; }

    /// <summary>Processor milliseconds per article: the service, PostgreSQL, RabbitMQ, the whole machine.</summary>
    public CpuSeconds CpuMillisecondsPerArticle => new(Cpu.Service * 1000 / Files, Cpu.Postgres * 1000 / Files, Cpu.RabbitMq * 1000 / Files, Cpu.Machine * 1000 / Files);

    public double ArticlesPerSecond => Files / Math.Max(Seconds, 1e-9);

    public double StoredPerSecond => Files / Math.Max(StoredSeconds, 1e-9);
}

/// <summary>
/// Files written at a fixed offered rate; for a sample of them, the time from the file's appearance
/// in the inbox to its article answering GET /api/articles/{id}, split at the moment the inbox took
/// the file (the article's receivedAt).
/// </summary>
public sealed record LatencyResult(
    double OfferedRate,
    double AchievedRate,
    int Files,
    int Samples,
    double PollMilliseconds,
    double P50,
    double P95,
    double P99,
    double Max,
    double InboxWaitP50,
    double TakenToQueryableP50,
    double TakenToQueryableP99,
    string LoadAverage)
{
    /// <summary>The service's largest RSS during this phase, MiB.</summary>
    public double ServicePeakMiB { get; init; }
}

/// <summary>A rebuild of every view: events replayed (over all views) in how long; a failed one counts what it did.</summary>
public sealed record RebuildResult(IReadOnlyList<string> Projections, long EventsPerView, long EventsReplayed, double Seconds, string State, string? Error, string LoadAverage)
{
    /// <summary>The service's largest RSS during this phase, MiB.</summary>
    public double ServicePeakMiB { get; init; }

    public double EventsPerSecond => EventsReplayed / Math.Max(Seconds, 1e-9);
}

public sealed record FinalCounts(int Files, int DistinctArticles, long Articles, long Duplicates, long Rejected, long? Failed);

public sealed record BenchReport(
    MachineFacts Machine,
    CorpusFacts Corpus,
    Limit PostgresCopy,
    Limit RabbitMq,
    ThroughputResult Throughput,
    IReadOnlyList<LatencyResult> Latency,
    RebuildResult? Rebuild,
    MemoryPeaks Memory,
    FinalCounts Counts)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>The lower of the two raw limits: the most the pipeline could hope for on these servers.</summary>
    public Limit LowerLimit => PostgresCopy.PerSecond <= RabbitMq.PerSecond ? PostgresCopy : RabbitMq;

    public double FractionOfLowerLimit => Throughput.ArticlesPerSecond / LowerLimit.PerSecond;

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public void Write(IAnsiConsole console)
    {
        static string N(double value, string format = "N0") => value.ToString(format, CultureInfo.InvariantCulture);
        static string S(double seconds) => seconds < 1 ? $"{N(seconds * 1000)} ms" : $"{N(seconds, "N2")} s";

        var table = new Table().Title("EventNews end-to-end benchmark").AddColumns("measure", "figure", "notes");
        table.AddRow("machine", Markup.Escape($"{Machine.Cores} cores, {Machine.MemoryGiB:0.#} GiB"), Markup.Escape($"{Machine.Cpu}; load average {Machine.LoadAverageAtStart} at start, {Machine.LoadAverageAtEnd} at end"));
        table.AddRow("corpus", $"{N(Corpus.Files)} files", Markup.Escape($"seed {Corpus.Seed}; {N(Corpus.DistinctArticles)} distinct articles; {N(Corpus.MinBytes)}–{N(Corpus.MaxBytes)} bytes, median {N(Corpus.MedianBytes)}"));
        table.AddEmptyRow();
        table.AddRow("[bold]end-to-end throughput[/]", $"[bold]{N(Throughput.ArticlesPerSecond)} articles/s[/]", Markup.Escape($"{N(Throughput.Files)} files moved in at once ({S(Throughput.MoveSeconds)}), all views caught up after {S(Throughput.Seconds)}; load {Throughput.LoadAverage}"));
        table.AddRow("  stored (events appended)", $"{N(Throughput.StoredPerSecond)} articles/s", $"all stored after {S(Throughput.StoredSeconds)}");
        var cpu = Throughput.CpuMillisecondsPerArticle;
        table.AddRow("  processor time per article", $"{N(cpu.Machine, "N2")} ms (machine)", Markup.Escape($"service {N(cpu.Service, "N2")} ms, PostgreSQL {N(cpu.Postgres, "N2")} ms, RabbitMQ {N(cpu.RabbitMq, "N2")} ms; the rest is other work on the machine"));
        foreach (var view in Throughput.Views)
        {
            table.AddRow($"  view {view.Name} caught up", S(view.Seconds), string.Empty);
        }

        table.AddRow("raw PostgreSQL COPY", $"{N(PostgresCopy.PerSecond)} rows/s", Markup.Escape($"{N(PostgresCopy.Items)} rows in {S(PostgresCopy.Seconds)}: {PostgresCopy.What}"));
        table.AddRow("raw RabbitMQ", $"{N(RabbitMq.PerSecond)} messages/s", Markup.Escape($"{N(RabbitMq.Items)} messages in {S(RabbitMq.Seconds)}: {RabbitMq.What}"));
        table.AddRow("[bold]fraction of the lower limit[/]", $"[bold]{N(FractionOfLowerLimit * 100, "N1")} %[/]", Markup.Escape($"of {LowerLimit.What}"));
        table.AddEmptyRow();
        foreach (var latency in Latency)
        {
            table.AddRow(
                $"[bold]latency at {N(latency.OfferedRate)}/s offered[/]",
                $"[bold]p50 {S(latency.P50)} · p95 {S(latency.P95)} · p99 {S(latency.P99)}[/]",
                Markup.Escape($"file in inbox → GET /api/articles/{{id}} answers; {N(latency.Samples)} of {N(latency.Files)} files sampled, polled every {N(latency.PollMilliseconds)} ms; achieved {N(latency.AchievedRate)}/s; max {S(latency.Max)}; load {latency.LoadAverage}"));
            table.AddRow("  split", $"inbox wait p50 {S(latency.InboxWaitP50)}", Markup.Escape($"taken → queryable p50 {S(latency.TakenToQueryableP50)}, p99 {S(latency.TakenToQueryableP99)}"));
        }

        if (Rebuild is { } rebuild)
        {
            table.AddEmptyRow();
            table.AddRow("[bold]rebuild[/]", $"[bold]{N(rebuild.EventsPerSecond)} events/s[/]", Markup.Escape($"{string.Join(", ", rebuild.Projections)}: {N(rebuild.EventsPerView)} events each, {N(rebuild.EventsReplayed)} replayed in {S(rebuild.Seconds)} ({rebuild.State}{(rebuild.Error is null ? "" : ": " + rebuild.Error)}); load {rebuild.LoadAverage}"));
        }

        table.AddEmptyRow();
        var phases = string.Join(", ", new[] { ("backlog", (double?)Throughput.ServicePeakMiB) }
            .Concat(Latency.Select(l => ($"{N(l.OfferedRate)}/s", (double?)l.ServicePeakMiB)))
            .Append(("rebuild", Rebuild?.ServicePeakMiB))
            .Where(p => p.Item2 is not null)
            .Select(p => $"{p.Item1} {N(p.Item2!.Value)}"));
        table.AddRow("peak memory, service", $"{N(Memory.ServiceHighWaterMiB ?? Memory.ServiceMiB)} MiB", Markup.Escape($"RSS high-water mark of the process (VmHWM); largest RSS sampled per phase, MiB: {phases}"));
        table.AddRow("peak memory, PostgreSQL", $"{N(Memory.PostgresMiB)} MiB", "sum of PSS over all its processes (the server is shared: other databases count too)");
        table.AddRow("peak memory, RabbitMQ", $"{N(Memory.RabbitMqMiB)} MiB", "RSS of beam.smp (shared broker)");
        table.AddEmptyRow();
        table.AddRow("counts", Markup.Escape($"{N(Counts.Articles)} articles"), Markup.Escape($"{N(Counts.Files)} files, {N(Counts.DistinctArticles)} distinct; duplicates {N(Counts.Duplicates)}, rejected {N(Counts.Rejected)}, failed {(Counts.Failed is { } f ? N(f) : "unknown")}"));
        console.Write(table);
    }
}
