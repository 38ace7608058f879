using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Npgsql;

namespace EventNews.EndToEnd.Tests;

/// <summary>
/// One EventNews service started through ./eventnews run, with a database, a RabbitMQ virtual host
/// and an inbox of its own, so that tests running side by side never see each other's articles.
/// </summary>
public sealed class EventNewsService : IAsyncDisposable
{
    private const string AdminConnection = "Host=127.0.0.1;Port=5432;Database=postgres;Username=eventnews;Password=eventnews;Pooling=false";

    private readonly StringBuilder _log = new();
    private readonly string _name = "en_test_" + Guid.NewGuid().ToString("N")[..10];
    private Process? _process;

    private readonly Dictionary<string, string> _settings;

    private readonly bool _asOtherUser;

    // A sibling shares the first process's database, virtual host and folders, and leaves them to it.
    private readonly bool _isSibling;

    private EventNewsService(IReadOnlyDictionary<string, string>? settings, bool asOtherUser)
    {
        _settings = new Dictionary<string, string>(settings ?? new Dictionary<string, string>());
        _asOtherUser = asOtherUser && System.Environment.UserName == "root";
        Root = Directory.CreateTempSubdirectory("eventnews-test-").FullName;
        Port = FreePort();
        Http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(30) };
    }

    private EventNewsService(EventNewsService first, string role)
    {
        _settings = new Dictionary<string, string>(first._settings);
        _name = first._name;
        _isSibling = true;
        Root = first.Root;
        Role = role;
        Port = FreePort();
        Http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>The launcher command that runs the service: run (every role), ingest or projections.</summary>
    public string Role { get; set; } = "run";

    /// <summary>
    /// Prepares another process of the same deployment, in the given role: same database, virtual
    /// host, inbox and settings, its own port. Start it with <see cref="StartProcessAsync"/>.
    /// </summary>
    public EventNewsService Sibling(string role) => new(this, role);

    public string Root { get; }

    public string Inbox => Path.Combine(Root, "inbox");

    public string Archive => Path.Combine(Root, "archive");

    public string ErrorFolder => Path.Combine(Root, "error");

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port}/");

    public HttpClient Http { get; }

    public string Log => Launcher.Describe(_log);

    public IReadOnlyDictionary<string, string> Environment
    {
        get
        {
            var environment = new Dictionary<string, string>
            {
                ["ConnectionStrings__Postgres"] = $"Host=127.0.0.1;Port=5432;Database={_name};Username=eventnews;Password=eventnews",
                ["ConnectionStrings__RabbitMq"] = $"amqp://guest:guest@127.0.0.1:5672/{_name}",
                ["EventNews__MinimumFileAge"] = "00:00:00.200",
                ["EventNews__RescanInterval"] = "00:00:01",
                ["EVENTNEWS_SERVER"] = Url.ToString(),
            };
            foreach (var (key, value) in _settings)
            {
                environment[key] = value;
            }

            return environment;
        }
    }

    /// <summary>
    /// Starts a service; <paramref name="settings"/> are extra environment variables for it. With
    /// <paramref name="asUnprivilegedUser"/>, a test running as root runs the service as "nobody", so
    /// that file permissions bind it as they bind a real deployment (root reads every file).
    /// </summary>
    public static async Task<EventNewsService> StartAsync(IReadOnlyDictionary<string, string>? settings = null, bool asUnprivilegedUser = false)
    {
        var service = await PrepareAsync(settings, asUnprivilegedUser);
        await service.StartProcessAsync();
        return service;
    }

    /// <summary>Everything <see cref="StartAsync"/> does but start the process: a fresh database and virtual host.</summary>
    public static async Task<EventNewsService> PrepareAsync(IReadOnlyDictionary<string, string>? settings = null, bool asUnprivilegedUser = false)
    {
        var service = new EventNewsService(settings, asUnprivilegedUser);
        if (service._asOtherUser)
        {
            Directory.CreateDirectory(service.Inbox);
            File.SetUnixFileMode(service.Root, (UnixFileMode)0x1FF);
            File.SetUnixFileMode(service.Inbox, (UnixFileMode)0x1FF);
        }

        await Launcher.ServicesAsync("vhost", "add", service._name);
        return service;
    }

    /// <summary>Starts (or starts again) the launcher and waits until /health/ready answers 200.</summary>
    public async Task StartProcessAsync()
    {
        // Through a shell that restores the default Ctrl-C behaviour, as a terminal gives it: a
        // process started in the background would otherwise inherit SIGINT as ignored.
        var start = new ProcessStartInfo(_asOtherUser ? "runuser" : "python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (_asOtherUser)
        {
            foreach (var arg in new[] { "-u", "nobody", "--", "python3" })
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["HOME"] = Root;
            start.Environment["DOTNET_CLI_HOME"] = Root;
            start.Environment["EVENTNEWS_STATE"] = Path.Combine(Root, "state");
        }

        foreach (var arg in new[]
        {
            "-c", "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])",
            "bash", Launcher.Script, Role, "--urls", $"http://127.0.0.1:{Port}",
        })
        {
            start.ArgumentList.Add(arg);
        }

        if (Role != "projections")
        {
            start.ArgumentList.Add("--inbox");
            start.ArgumentList.Add(Inbox);
        }

        foreach (var (key, value) in Environment)
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        await Eventually.Until(
            async () =>
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"eventnews {Role} exited with {_process.ExitCode}:\n{Log}");
                }

                return await IsReadyAsync();
            },
            TimeSpan.FromSeconds(120),
            () => "the service did not become ready:\n" + Log);
    }

    private async Task<bool> IsReadyAsync()
    {
        try
        {
            using var response = await Http.GetAsync("/health/ready");
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>Sends Ctrl-C (SIGINT) and waits for the process to end; returns its exit code and how long it took.</summary>
    public async Task<(int ExitCode, TimeSpan Took)> InterruptAsync(TimeSpan limit)
    {
        var process = _process ?? throw new InvalidOperationException("not running");
        var watch = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"the service was still running {limit.TotalSeconds:0} s after Ctrl-C:\n{Log}");
        }

        return (process.ExitCode, watch.Elapsed);
    }

    /// <summary>
    /// SIGHUP: the service stops and starts again in its process. Returns once the log shows a
    /// second start and /health/ready answers 200 again; the process must not have ended.
    /// </summary>
    public async Task HangUpAsync()
    {
        var process = _process ?? throw new InvalidOperationException("not running");
        var startsBefore = CountInLog(StartedLine);
        using (var hup = Process.Start("kill", ["-HUP", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await hup.WaitForExitAsync();
        }

        await Eventually.Until(
            async () => !process.HasExited && CountInLog(StartedLine) > startsBefore && await IsReadyAsync(),
            TimeSpan.FromSeconds(120),
            () => $"the service did not come back after SIGHUP (exited: {process.HasExited}):\n{Log}");
    }

    private const string StartedLine = "Application started.";

    private int CountInLog(string text)
    {
        lock (_log)
        {
            var log = _log.ToString();
            var count = 0;
            for (var at = log.IndexOf(text, StringComparison.Ordinal); at >= 0; at = log.IndexOf(text, at + text.Length, StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }
    }

    /// <summary>SIGKILL: no shutdown, no clean-up, as in a power cut.</summary>
    public void Kill()
    {
        var process = _process ?? throw new InvalidOperationException("not running");
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>Changes an environment variable for the next <see cref="StartProcessAsync"/>.</summary>
    public void Set(string key, string value) => _settings[key] = value;

    public void Drop(string sourcePath, string? asName = null)
    {
        Directory.CreateDirectory(Inbox);
        var target = Path.Combine(Inbox, asName ?? Path.GetFileName(sourcePath));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);

        // Written beside the inbox and renamed in, as a careful producer does.
        var staging = Path.Combine(Root, "staging-" + Guid.NewGuid().ToString("N"));
        File.Copy(sourcePath, staging);
        File.Move(staging, target);
    }

    public void DropText(string name, string text) => DropBytes(name, Encoding.UTF8.GetBytes(text));

    public void DropBytes(string name, byte[] bytes)
    {
        var staging = Path.Combine(Root, "staging-" + Guid.NewGuid().ToString("N"));
        File.WriteAllBytes(staging, bytes);
        Drop(staging, name);
        File.Delete(staging);
    }

    /// <summary>Files still waiting in the inbox (work folders excluded).</summary>
    public IReadOnlyList<string> FilesInInbox() =>
        Directory.Exists(Inbox)
            ? Directory.EnumerateFiles(Inbox, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(Inbox, f).StartsWith('.')).ToList()
            : [];

    public async Task<JsonNode> GetJsonAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>Asserts that GET <paramref name="path"/> answers <paramref name="status"/> with a problem details body.</summary>
    public async Task AssertProblemAsync(string path, int status)
    {
        using var response = await Http.GetAsync(path);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        // A message that says what was wrong, not only a status.
        var detail = JsonNode.Parse(await response.Content.ReadAsStringAsync())?["detail"]?.GetValue<string>();
        Assert.False(string.IsNullOrWhiteSpace(detail), $"{path} answered {status} without a detail");
    }

    public async Task<JsonNode> StatusAsync() => await GetJsonAsync("/api/status");

    /// <summary>
    /// Waits until the status says the given counts and every view has caught up. A service that is
    /// not answering (being restarted in its process) is waited for as well.
    /// </summary>
    public Task WaitForStatusAsync(long articles, long rejected = 0, long duplicates = 0, int seconds = 60) =>
        Eventually.Until(
            async () =>
            {
                JsonNode status;
                try
                {
                    status = await StatusAsync();
                }
                catch (HttpRequestException)
                {
                    return false;
                }

                return status["articles"]!.GetValue<long>() == articles
                    && status["rejected"]!.GetValue<long>() == rejected
                    && status["duplicates"]!.GetValue<long>() == duplicates
                    && status["projections"]!.AsArray().All(p => p!["lag"]!.GetValue<long>() == 0);
            },
            TimeSpan.FromSeconds(seconds),
            () => $"status did not reach articles={articles} rejected={rejected} duplicates={duplicates} with lag 0; last: {StatusAsync().GetAwaiter().GetResult().ToJsonString()}\n{Log}");

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        Http.Dispose();
        if (_isSibling)
        {
            return;
        }

        await DeleteDatabaseAndVirtualHostAsync(_name);
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Drops a test's database and deletes its RabbitMQ virtual host.</summary>
    internal static async Task DeleteDatabaseAndVirtualHostAsync(string name)
    {
        try
        {
            await using var connection = new NpgsqlConnection(AdminConnection);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"drop database if exists \"{name}\" with (force)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException)
        {
            // Leaving a test database behind is untidy, not wrong.
        }

        await Launcher.ServicesAsync("vhost", "delete", name);
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
