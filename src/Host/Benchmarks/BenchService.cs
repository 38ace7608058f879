using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using EventNews.Host.Admin;

namespace EventNews.Host.Benchmarks;

/// <summary>What /api/status said, reduced to what the benchmark follows.</summary>
public sealed record StatusSnapshot(long Articles, long Duplicates, long Rejected, long? Failed, IReadOnlyDictionary<string, long> Lag)
{
    public long Taken => Articles + Duplicates + Rejected;

    public bool CaughtUp => Lag.Values.All(l => l == 0);
}

/// <summary>
/// The service under test: <c>./eventnews run</c> started through the launcher users run, with its
/// own inbox, database and RabbitMQ virtual host, its output kept in a log file.
/// </summary>
public sealed class BenchService : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private BenchService(Process process, StreamWriter log, Uri url, string adminToken)
    {
        _process = process;
        _log = log;
        Url = url;
        Http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
        Http.DefaultRequestHeaders.Add(AdminEndpoints.TokenHeader, adminToken);
    }

    public Uri Url { get; }

    public HttpClient Http { get; }

    public int ProcessId => _process.Id;

    public static async Task<BenchService> StartAsync(string launcher, string inbox, string logFile, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var url = new Uri($"http://127.0.0.1:{FreePort()}/");
        var token = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { launcher, "run", "--inbox", inbox, "--urls", url.ToString().TrimEnd('/') })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["EventNews__AdminToken"] = token;
        var log = new StreamWriter(logFile) { AutoFlush = true };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var service = new BenchService(process, log, url, token);

        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"./eventnews run exited with {process.ExitCode}; see {logFile}");
            }

            try
            {
                using var ready = await service.Http.GetAsync("/health/ready", cancellationToken);
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return service;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (deadline.Elapsed > TimeSpan.FromMinutes(3))
            {
                throw new TimeoutException($"the service did not become ready within 3 minutes; see {logFile}");
            }

            await Task.Delay(250, cancellationToken);
        }
    }

    /// <summary>
    /// The status, asked again for up to two minutes while the service cannot answer it (the shared
    /// PostgreSQL or RabbitMQ may be restarted by someone else meanwhile; the service rides it out).
    /// </summary>
    public async Task<StatusSnapshot> StatusAsync(CancellationToken cancellationToken)
    {
        var patience = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await ReadStatusAsync(cancellationToken);
            }
            catch (HttpRequestException) when (patience.Elapsed < TimeSpan.FromMinutes(2) && !_process.HasExited)
            {
                await Task.Delay(1000, cancellationToken);
            }
        }
    }

    private async Task<StatusSnapshot> ReadStatusAsync(CancellationToken cancellationToken)
    {
        var status = JsonNode.Parse(await Http.GetStringAsync("/api/status", cancellationToken))!;
        return new StatusSnapshot(
            status["articles"]!.GetValue<long>(),
            status["duplicates"]!.GetValue<long>(),
            status["rejected"]!.GetValue<long>(),
            status["failed"]?.GetValue<long>(),
            status["projections"]!.AsArray().ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!["lag"]!.GetValue<long>()));
    }

    /// <summary>The article as the API serves it, or null while it is not there yet (or the service cannot say).</summary>
    public async Task<JsonNode?> ArticleAsync(string id, CancellationToken cancellationToken)
    {
        using var response = await Http.GetAsync($"/api/articles/{id}", cancellationToken);
        return response.IsSuccessStatusCode ? JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken)) : null;
    }

    /// <summary>Starts a rebuild of every view and follows it to its end.</summary>
    public async Task<RebuildProgress> RebuildAsync(Action<RebuildProgress> progress, CancellationToken cancellationToken)
    {
        using (var started = await Http.PostAsync("/api/admin/rebuild", null, cancellationToken))
        {
            if (!started.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"POST /api/admin/rebuild answered {(int)started.StatusCode}: {await started.Content.ReadAsStringAsync(cancellationToken)}");
            }
        }

        while (true)
        {
            var last = await Http.GetFromJsonAsync<RebuildProgress>("/api/admin/rebuild", cancellationToken)
                ?? throw new InvalidOperationException("GET /api/admin/rebuild answered nothing");
            progress(last);
            if (last.State != "running")
            {
                return last;
            }

            await Task.Delay(500, cancellationToken);
        }
    }

    /// <summary>Ctrl-C, as a user stops it; killed if it is still there after 20 s.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var interrupt = Process.Start("kill", ["-INT", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await interrupt.WaitForExitAsync();
            }

            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
        Http.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
