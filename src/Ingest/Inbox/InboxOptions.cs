using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace EventNews.Ingest.Inbox;

/// <summary>Where files arrive and where they go once taken (section "EventNews").</summary>
public sealed class InboxOptions
{
    public const string Section = "EventNews";

    /// <summary>The watched folder. Relative paths are resolved against the working directory.</summary>
    [Required(ErrorMessage = "EventNews:Inbox must name the folder to watch")]
    public string Inbox { get; set; } = "inbox";

    /// <summary>Where taken files are kept, by day. Default: "archive" beside the inbox.</summary>
    public string? Archive { get; set; }

    /// <summary>Where rejected files are quarantined with a reason. Default: "error" beside the inbox.</summary>
    public string? Error { get; set; }

    /// <summary>
    /// A file is taken only once its size and time stamp have not changed for this long, unless it
    /// was renamed into its name from one the inbox ignores (written aside, then renamed in: complete).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MinimumFileAge { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Full rescans of the inbox, in case the file-system watcher missed an event.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long the broker may take to confirm a file's articles; past it the file goes back to the
    /// inbox and is taken again (a broker restart can lose a confirmation).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the bus may stay unready while the broker accepts connections before it is
    /// restarted (see BusSupervisor).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan BusRecoveryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Files larger than this are rejected.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Files read and published at the same time.</summary>
    [Range(1, 256)]
    public int Concurrency { get; set; } = 8;

    public string InboxPath => Path.GetFullPath(Inbox);

    public string ArchivePath => Path.GetFullPath(Archive ?? Path.Combine(InboxPath, "..", "archive"));

    public string ErrorPath => Path.GetFullPath(Error ?? Path.Combine(InboxPath, "..", "error"));

    /// <summary>
    /// Creates the inbox, archive and error folders where missing; a folder that cannot be made
    /// (no permission, a file in the way) is a setting the service cannot use, named with its reason.
    /// </summary>
    public void CreateFolders()
    {
        foreach (var (setting, path) in new[] { ("EventNews:Inbox", InboxPath), ("EventNews:Archive", ArchivePath), ("EventNews:Error", ErrorPath) })
        {
            try
            {
                Directory.CreateDirectory(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new OptionsValidationException(setting, typeof(InboxOptions), [$"{setting}: the folder {path} cannot be created ({ex.Message})"]);
            }
        }
    }
}
