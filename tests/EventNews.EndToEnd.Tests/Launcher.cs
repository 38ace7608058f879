using System.Diagnostics;
using System.Text;

// The end-to-end tests drive bash, apt-installed servers and Unix signals.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]

namespace EventNews.EndToEnd.Tests;

/// <summary>The repository's ./eventnews, run as a user runs it.</summary>
public static class Launcher
{
    public static readonly string RepositoryRoot = FindRoot();

    public static string Script => Path.Combine(RepositoryRoot, "eventnews");

    public static string SamplesFolder => Path.Combine(AppContext.BaseDirectory, "Samples");

    public static IReadOnlyList<string> Samples => Directory.GetFiles(SamplesFolder, "*.txt").Order(StringComparer.Ordinal).ToList();

    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>Runs a short command of the launcher to its end.</summary>
    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["COLUMNS"] = "200";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary>Runs a deploy script step such as "vhost add NAME".</summary>
    public static async Task ServicesAsync(params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot, "deploy", "services.sh"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"services.sh {string.Join(' ', args)} failed: {await error}");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "eventnews")) && File.Exists(Path.Combine(dir.FullName, "EventNews.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("the repository root (with ./eventnews) was not found above " + AppContext.BaseDirectory);
    }

    internal static string Describe(StringBuilder log)
    {
        lock (log)
        {
            return log.ToString();
        }
    }
}
