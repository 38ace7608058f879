using System.CommandLine;
using System.Diagnostics;
using EventNews.Host.Benchmarks;
using EventNews.Synthetic;
using Spectre.Console;

namespace EventNews.Host.Cli;

/// <summary>
/// ./eventnews loadgen: a deterministic synthetic corpus (French and English, persons, dates, story
/// rewrites) written into an inbox at a chosen rate, each file written aside and renamed in.
/// </summary>
public static class LoadgenCommand
{
    public static Command Build()
    {
        var count = new Option<int>("--count") { Description = "Articles to write", DefaultValueFactory = _ => 100_000 };
        var seed = new Option<int>("--seed") { Description = "Seed of the corpus: the same count and seed give the same files, byte for byte", DefaultValueFactory = _ => 42 };
        var inbox = new Option<string>("--inbox") { Description = "Folder to write into (default ./inbox; EventNews__Inbox)", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("EventNews__Inbox") is { Length: > 0 } s ? s : "inbox" };
        var rate = new Option<double>("--rate") { Description = "Files per second (default: all at once)" };
        var command = new Command("loadgen", "Write a synthetic corpus with known stories into an inbox, at a rate or all at once") { count, seed, inbox, rate };
        count.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--count must be at least 1");
            }
        });
        rate.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() < 0)
            {
                result.AddError("--rate must be positive (or absent: all at once)");
            }
        });
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(count), parse.GetValue(seed), Path.GetFullPath(parse.GetValue(inbox)!), parse.GetValue(rate), ct));
        return command;
    }

    private static async Task<int> RunAsync(int count, int seed, string inbox, double rate, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(inbox);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"eventnews: --inbox: the folder {inbox} cannot be created ({ex.Message})");
            return EventNewsCommandLine.UsageError;
        }

        var clock = Stopwatch.StartNew();
        long bytes = 0;
        var written = 0;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("writing", maxValue: count);
                written = await InboxLoad.WriteAsync(SyntheticCorpus.Generate(count, seed), inbox, rate, clock, file =>
                {
                    bytes += file.Bytes;
                    task.Increment(1);
                    task.Description = $"{task.Value:N0}/{count:N0} files, {task.Value / Math.Max(0.001, clock.Elapsed.TotalSeconds):N0}/s";
                }, cancellationToken);
            });

        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"Wrote {written:N0} files ({bytes / 1024.0 / 1024.0:N1} MiB, {bytes / Math.Max(1, written):N0} bytes each on average) into {inbox} in {seconds:0.0} s ({written / Math.Max(0.001, seconds):N0} files/s)");
        return 0;
    }
}
