using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Channels;
using EventNews.Contracts;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EventNews.Ingest.Inbox;

/// <summary>
/// Takes complete files from the inbox: a file renamed into its name from one the inbox ignores
/// (a dotfile, *.tmp, *.part, …) at once, since the rename is its writer saying it is done; any
/// other file once it has been unchanged for <see cref="InboxOptions.MinimumFileAge"/>. It
/// publishes each as an <see cref="ArticleReceived"/> (or an
/// <see cref="ArticleRejected"/>), and moves it to the archive (or the error folder) only after the
/// broker has confirmed the message. A file being worked on lies in this process's own claim
/// folder under <c>inbox/.processing/</c>, so several processes can share one inbox and a crash
/// leaves nothing half-done: the next start hands orphaned claims back to the inbox.
/// </summary>
public sealed partial class InboxWatcher(
    IBus bus,
    BusSupervisor supervisor,
    IOptions<InboxOptions> options,
    TimeProvider time,
    IMeterFactory meters,
    ILogger<InboxWatcher> logger) : BackgroundService
{
    private const string ClaimsFolder = ".processing";
    private static readonly string[] IgnoredExtensions = [".tmp", ".part", ".crdownload", ".partial", ".swp"];
    private static readonly EnumerationOptions WalkOptions = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint,
        IgnoreInaccessible = true,
    };

    private readonly InboxOptions _options = options.Value;
    private readonly Channel<string> _queue = Channel.CreateBounded<string>(new BoundedChannelOptions(1024) { SingleWriter = false });
    private readonly ConcurrentDictionary<string, byte> _queued = new(StringComparer.Ordinal);

    // Files renamed in from an ignored name, with their time stamp then: complete unless written since.
    private readonly ConcurrentDictionary<string, DateTime> _renamedIn = new(StringComparer.Ordinal);
    private readonly string _claims = Path.Combine(options.Value.InboxPath, ClaimsFolder, $"{Environment.MachineName}-{Environment.ProcessId}");

    /// <summary>Whether the inbox is watched: a file arriving now is seen as it arrives, not at the next rescan.</summary>
    public bool Watching { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        MakeFolders();
        RecoverOrphanedClaims();
        await WaitForBusAsync(stoppingToken);
        // On a meter of this service's own, which goes with it when the service is restarted in the process.
        meters.Create(IngestTelemetry.Name).CreateObservableGauge("eventnews.inbox.backlog", CountBacklog, "{file}", "Files waiting in the inbox");

        var workers = Enumerable.Range(0, _options.Concurrency).Select(_ => WorkAsync(stoppingToken)).ToList();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await WatchAsync(stoppingToken);
                if (!stoppingToken.IsCancellationRequested)
                {
                    // The inbox folder went away (removed, unmounted): made again and watched afresh.
                    await Task.Delay(_options.RescanInterval, time, stoppingToken);
                    TryMakeFoldersAgain();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            _queue.Writer.TryComplete();
            await Task.WhenAll(workers);
            TryDeleteEmptyFolder(_claims);
        }
    }

    /// <summary>Watches and rescans the inbox until the service stops or the inbox folder is gone.</summary>
    private async Task WatchAsync(CancellationToken stoppingToken)
    {
        if (!Directory.Exists(_options.InboxPath))
        {
            return;
        }

        // Without a watcher (none could be made: the system's limit on them, say), rescans alone find new files.
        using var watcher = TryWatch();
        LogWatching(_options.InboxPath);
        Watching = true;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await ScanAsync(stoppingToken);
                await Task.Delay(_options.RescanInterval, time, stoppingToken);
            }
        }
        catch (DirectoryNotFoundException)
        {
            LogInboxGone(_options.InboxPath);
        }
        finally
        {
            Watching = false;
        }
    }

    /// <summary>A watcher on the inbox, or null when none can be made.</summary>
    private FileSystemWatcher? TryWatch()
    {
        FileSystemWatcher? watcher = null;
        try
        {
            watcher = new FileSystemWatcher(_options.InboxPath)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Created += (_, e) => Offer(e.FullPath);
            watcher.Changed += (_, e) => Offer(e.FullPath);
            watcher.Renamed += (_, e) => OfferRenamed(e.OldFullPath, e.FullPath);
            watcher.Error += (_, e) => LogWatcherError(e.GetException());
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception ex) when (ex is ArgumentException or IOException)
        {
            watcher?.Dispose();
            LogWatcherError(ex);
            return null;
        }
    }

    /// <summary>The inbox, archive and error folders, and this process's claim folder inside the inbox.</summary>
    private void MakeFolders()
    {
        _options.CreateFolders();
        Directory.CreateDirectory(_claims);
    }

    private void TryMakeFoldersAgain()
    {
        try
        {
            MakeFolders();
        }
        catch (Exception ex) when (ex is OptionsValidationException or IOException or UnauthorizedAccessException)
        {
            LogInboxNotMade(ex.Message);
        }
    }

    /// <summary>
    /// Files are taken only once the bus, and with it this process's consumer queues, is up. Publishes
    /// are mandatory as well: a message no queue is bound to yet comes back as an error instead of
    /// being confirmed and dropped, and its file is handed back to the inbox.
    /// </summary>
    private async Task WaitForBusAsync(CancellationToken stoppingToken)
    {
        if (bus is not IBusControl control)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested && control.CheckHealth().Status != BusHealthStatus.Healthy)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), time, stoppingToken);
        }
    }

    /// <summary>Walks the inbox lazily: a backlog of any size costs one queue's worth of memory.</summary>
    private async Task ScanAsync(CancellationToken cancellationToken)
    {
        foreach (var path in Directory.EnumerateFiles(_options.InboxPath, "*", WalkOptions))
        {
            if (IsCandidate(path) && _queued.TryAdd(path, 0))
            {
                await _queue.Writer.WriteAsync(path, cancellationToken);
            }
        }
    }

    private int CountBacklog()
    {
        try
        {
            return Directory.EnumerateFiles(_options.InboxPath, "*", WalkOptions).Count(IsCandidate);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private void Offer(string path)
    {
        if (!IsCandidate(path))
        {
            return;
        }

        if (File.Exists(path))
        {
            if (_queued.TryAdd(path, 0) && !_queue.Writer.TryWrite(path))
            {
                // The queue is full: the next rescan will find the file.
                _queued.TryRemove(path, out _);
            }
        }
        else if (new DirectoryInfo(path) is { Exists: true, LinkTarget: null })
        {
            // A folder made or moved in (never a link to one): a folder moved in brings its files
            // without an event for each, and files written into a folder just made may come before
            // the watcher watches it. Walked aside, so that the watcher's events are not held up.
            _ = Task.Run(() => OfferFolder(path));
        }
        else
        {
            _renamedIn.TryRemove(path, out _);
        }
    }

    private void OfferFolder(string folder)
    {
        try
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*", WalkOptions))
            {
                Offer(path);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Gone or unreadable meanwhile: the next rescan walks whatever is there.
        }
    }

    /// <summary>
    /// A file given its name by a rename from one the inbox ignores (<c>.name.tmp</c> → <c>name</c>,
    /// <c>name.part</c> → <c>name</c>) was written aside and is complete: it need not wait.
    /// </summary>
    private void OfferRenamed(string oldPath, string path)
    {
        if (!IsCandidate(oldPath) && IsCandidate(path))
        {
            try
            {
                _renamedIn[path] = File.GetLastWriteTimeUtc(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }

        Offer(path);
    }

    private bool IsCandidate(string path)
    {
        var relative = Path.GetRelativePath(_options.InboxPath, path);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return false;
        }

        var parts = relative.Split(Path.DirectorySeparatorChar);
        return !parts.Any(p => p.StartsWith('.'))
            && !IgnoredExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        await foreach (var path in _queue.Reader.ReadAllAsync(CancellationToken.None))
        {
            try
            {
                if (!stoppingToken.IsCancellationRequested)
                {
                    await supervisor.Ready.WaitAsync(stoppingToken);
                    await TakeAsync(path, stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFileFailed(path, ex);
            }
            finally
            {
                _queued.TryRemove(path, out _);
            }
        }
    }

    private async Task TakeAsync(string path, CancellationToken stoppingToken)
    {
        var renamedIn = _renamedIn.TryRemove(path, out var stamp);
        var info = new FileInfo(path);
        if (!info.Exists || info.LinkTarget is not null)
        {
            return;
        }

        var age = time.GetUtcNow() - info.LastWriteTimeUtc;
        if (age < _options.MinimumFileAge && !(renamedIn && stamp == info.LastWriteTimeUtc))
        {
            // Still being written, perhaps: look again once it has been quiet long enough.
            _ = RetryLaterAsync(path, _options.MinimumFileAge - age, stoppingToken);
            return;
        }

        var relative = Path.GetRelativePath(_options.InboxPath, path);
        var claimed = Path.Combine(_claims, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(claimed)!);
        try
        {
            File.Move(path, claimed);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or IOException)
        {
            return; // Another process took it, or it was removed.
        }

        // The parent of the publish spans: MassTransit carries this trace to the consumers.
        using var activity = IngestTelemetry.Source.StartActivity("inbox.file", ActivityKind.Producer);
        activity?.SetTag("eventnews.file.name", relative);
        activity?.SetTag("eventnews.file.format", Path.GetExtension(relative).TrimStart('.').ToLowerInvariant());
        IngestTelemetry.FilesSeen.Add(1);
        using var publishing = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        publishing.CancelAfter(_options.PublishTimeout);
        try
        {
            await PublishAndFileAsync(relative, claimed, publishing.Token);
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            HandBack(claimed, relative);
            if (ex is OperationCanceledException && stoppingToken.IsCancellationRequested)
            {
                return;
            }

            if (ex is OperationCanceledException)
            {
                throw new TimeoutException($"the broker did not confirm {relative} within {_options.PublishTimeout.TotalSeconds:0} s; it was handed back to the inbox", ex);
            }

            throw;
        }
    }

    private async Task RetryLaterAsync(string path, TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay + TimeSpan.FromMilliseconds(50), time, stoppingToken);
            Offer(path);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task PublishAndFileAsync(string relative, string claimed, CancellationToken cancellationToken)
    {
        var receivedAt = time.GetUtcNow();
        var length = new FileInfo(claimed).Length;
        Activity.Current?.SetTag("eventnews.file.size", length);
        IReadOnlyList<ArticleReadResult> results;
        byte[]? bytes = null;
        if (length > _options.MaxFileBytes)
        {
            results = [ArticleReadResult.Reject(RejectionReason.TooLarge, $"the file has {length:N0} bytes, more than the limit of {_options.MaxFileBytes:N0}")];
        }
        else
        {
            try
            {
                bytes = await File.ReadAllBytesAsync(claimed, cancellationToken);
                if (Activity.Current is { IsAllDataRequested: true } traced)
                {
                    traced.SetTag("eventnews.file.sha256", Convert.ToHexStringLower(SHA256.HashData(bytes)));
                }

                results = ArticleFile.Read(relative, bytes, receivedAt);
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException and not FileNotFoundException)
            {
                results = [ArticleReadResult.Reject(RejectionReason.Unreadable, $"the file could not be read: {ex.Message}")];
            }
        }

        var accepted = results.Where(r => r.Article is not null).Select(r => r.Article!).ToList();
        if (accepted.Count == 0)
        {
            var first = results[0];
            var hash = bytes is null ? null : Convert.ToHexStringLower(SHA256.HashData(bytes));
            var quarantined = SpoolFiles.MoveUnique(claimed, Path.Combine(_options.ErrorPath, relative));
            await RejectAsync(relative, length, hash, first, quarantined, receivedAt, () => File.Move(quarantined, claimed), cancellationToken);
            return;
        }

        // The same file (name, bytes, time stamp) always gets the same message ids, so a file handed
        // back after a crash and published again is recognised as a redelivery, not a repeat.
        var lastWrite = File.GetLastWriteTimeUtc(claimed);
        var arrivedAt = new DateTimeOffset(lastWrite, TimeSpan.Zero) is var written && written < receivedAt ? written : receivedAt;
        foreach (var read in accepted)
        {
            var article = read with { ArrivedAt = arrivedAt };
            var messageId = SpoolFiles.MessageIdFor(relative + "#" + article.Item, article.BytesSha256, lastWrite);
            // The wait is bounded here as well: a publish stuck on a broken channel may not watch its token.
            await bus.Publish(article, context =>
            {
                context.MessageId = messageId;
                context.Mandatory = true;
            }, cancellationToken).WaitAsync(cancellationToken);
        }

        // The good articles of the file are published; each bad item lies alone in the error folder.
        foreach (var rejected in results.Where(r => r.Article is null))
        {
            var content = System.Text.Encoding.UTF8.GetBytes(rejected.Content ?? "");
            var itemName = $"{Path.GetFileNameWithoutExtension(relative)}.{(rejected.Item ?? "item").Replace(' ', '-')}{Path.GetExtension(relative)}";
            var quarantined = SpoolFiles.WriteUnique(Path.Combine(_options.ErrorPath, Path.GetDirectoryName(relative) ?? "", itemName), content);
            await RejectAsync(relative, content.LongLength, Convert.ToHexStringLower(SHA256.HashData(content)), rejected, quarantined, receivedAt, () => File.Delete(quarantined), cancellationToken);
        }

        var archived = SpoolFiles.MoveUnique(claimed, Path.Combine(_options.ArchivePath, receivedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), relative));
        LogArchived(relative, archived);
    }

    /// <summary>
    /// Records a quarantined file or item. When the broker does not confirm the record,
    /// <paramref name="undo"/> takes the quarantine back, so that the whole file returns to the
    /// inbox and is judged again: nothing lies in the error folder without its event.
    /// </summary>
    private async Task RejectAsync(string relative, long size, string? hash, ArticleReadResult result, string quarantined, DateTimeOffset receivedAt, Action undo, CancellationToken cancellationToken)
    {
        var reason = ReasonCode(result.Reason!.Value);
        var message = result.Item is null ? result.Message! : $"{result.Item}: {result.Message}";
        var rejection = new ArticleRejected(relative, size, hash, reason, message, Path.GetRelativePath(_options.ErrorPath, quarantined), receivedAt);
        await File.WriteAllTextAsync(quarantined + ".reason.json", JsonSerializer.Serialize(rejection, ReasonJson), CancellationToken.None);
        try
        {
            await bus.Publish(rejection, context => context.Mandatory = true, cancellationToken).WaitAsync(cancellationToken);
        }
        catch
        {
            // The reason goes only once the file has left the error folder: never one without the other.
            undo();
            File.Delete(quarantined + ".reason.json");
            throw;
        }

        IngestTelemetry.Rejections.Add(1, new KeyValuePair<string, object?>("reason", reason));
        Activity.Current?.SetTag("eventnews.rejection.reason", reason);
        Activity.Current?.SetStatus(ActivityStatusCode.Error, $"rejected: {reason}");
        LogRejected(relative, reason, message);
    }

    private static readonly JsonSerializerOptions ReasonJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string ReasonCode(RejectionReason reason) => reason switch
    {
        RejectionReason.Empty => "empty",
        RejectionReason.Binary => "binary",
        RejectionReason.TooLarge => "too-large",
        RejectionReason.UnknownExtension => "unknown-extension",
        RejectionReason.Unreadable => "unreadable",
        RejectionReason.Undecodable => "undecodable",
        RejectionReason.MalformedJson => "malformed-json",
        RejectionReason.MalformedXml => "malformed-xml",
        RejectionReason.ReaderFailed => "reader-failed",
        RejectionReason.NoText => "no-text",
        _ => throw new UnreachableException(),
    };

    private void HandBack(string claimed, string relative)
    {
        try
        {
            if (File.Exists(claimed))
            {
                SpoolFiles.MoveUnique(claimed, Path.Combine(_options.InboxPath, relative));
            }
        }
        catch (Exception ex)
        {
            LogFileFailed(claimed, ex);
        }
    }

    /// <summary>Claims left by processes of this machine that are gone go back to the inbox.</summary>
    private void RecoverOrphanedClaims()
    {
        var root = Path.Combine(_options.InboxPath, ClaimsFolder);
        foreach (var folder in Directory.EnumerateDirectories(root))
        {
            var name = Path.GetFileName(folder);
            var dash = name.LastIndexOf('-');
            // This process's own folder is recovered as well: nothing is claimed yet at start, so what
            // lies there was left by this service before it was restarted in the process, or by an
            // earlier process that had the same id (a container's first process always has).
            if (folder != _claims && (dash < 0 || name[..dash] != Environment.MachineName
                || !int.TryParse(name[(dash + 1)..], out var pid) || IsAlive(pid)))
            {
                continue;
            }

            var count = 0;
            foreach (var file in Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
            {
                SpoolFiles.MoveUnique(file, Path.Combine(_options.InboxPath, Path.GetRelativePath(folder, file)));
                count++;
            }

            if (folder != _claims)
            {
                Directory.Delete(folder, recursive: true);
            }

            if (count > 0 || folder != _claims)
            {
                LogRecovered(count, name);
            }
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryDeleteEmptyFolder(string folder)
    {
        try
        {
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }).Any(File.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Inbox}")]
    private partial void LogWatching(string inbox);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Published {File}, archived as {Archived}")]
    private partial void LogArchived(string file, string archived);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected {File}: {Reason} ({Detail})")]
    private partial void LogRejected(string file, string reason, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not take {File}; it stays in the inbox")]
    private partial void LogFileFailed(string file, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The inbox {Inbox} is gone; it is made again and watched afresh")]
    private partial void LogInboxGone(string inbox);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The inbox cannot be made again yet ({Reason}); trying again at the next rescan")]
    private partial void LogInboxNotMade(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The file-system watcher failed; rescans continue")]
    private partial void LogWatcherError(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Handed {Count} file(s) left by {Owner} back to the inbox")]
    private partial void LogRecovered(int count, string owner);
}
