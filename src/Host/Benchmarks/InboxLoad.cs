using System.Diagnostics;
using System.Text;
using EventNews.Synthetic;

namespace EventNews.Host.Benchmarks;

/// <summary>One file put into the inbox: its name, size, text and the moment it appeared there.</summary>
public sealed record WrittenFile(string Name, int Bytes, string Text, TimeSpan At, DateTimeOffset WrittenAt);

/// <summary>
/// Puts synthetic articles into an inbox the way a careful producer does: each file is written as
/// a dotfile beside its final name (the inbox ignores dotfiles) and renamed once complete, so the
/// service never sees half a file. Files go out at a fixed rate, or as fast as the disk allows.
/// </summary>
public static class InboxLoad
{
    /// <summary>
    /// Writes <paramref name="articles"/> into <paramref name="inbox"/>: file i appears at
    /// <c>i / rate</c> seconds after the first (rate ≤ 0: at once). When the writer falls behind, it
    /// writes without pausing until it is on time again rather than skipping files. Times in
    /// <see cref="WrittenFile.At"/> are read from <paramref name="clock"/>, started by the caller.
    /// </summary>
    public static async Task<int> WriteAsync(
        IEnumerable<SyntheticArticle> articles,
        string inbox,
        double rate,
        Stopwatch clock,
        Action<WrittenFile>? written,
        CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(inbox);
        var start = clock.Elapsed;
        var count = 0;
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (rate > 0)
            {
                var due = start + TimeSpan.FromSeconds(count / rate);
                var wait = due - clock.Elapsed;
                if (wait > TimeSpan.FromMilliseconds(1))
                {
                    await Task.Delay(wait, cancellationToken);
                }
            }

            var bytes = Encoding.UTF8.GetBytes(article.Text);
            var target = Path.Combine(inbox, article.FileName);
            var temporary = Path.Combine(inbox, "." + article.FileName + ".tmp");
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
            File.Move(temporary, target, overwrite: true);
            written?.Invoke(new WrittenFile(article.FileName, bytes.Length, article.Text, clock.Elapsed, DateTimeOffset.UtcNow));
            count++;
        }

        return count;
    }

    /// <summary>Moves files already written elsewhere (on the same file system) into the inbox, as fast as renames go.</summary>
    public static int MoveIn(IEnumerable<string> files, string inbox, Stopwatch clock, Action<TimeSpan>? moved)
    {
        Directory.CreateDirectory(inbox);
        var count = 0;
        foreach (var file in files)
        {
            File.Move(file, Path.Combine(inbox, Path.GetFileName(file)), overwrite: true);
            moved?.Invoke(clock.Elapsed);
            count++;
        }

        return count;
    }
}
