using System.CommandLine;
using System.Globalization;
using EventNews.Host.Benchmarks;
using Spectre.Console;

namespace EventNews.Host.Cli;

/// <summary>
/// ./eventnews bench: the end-to-end benchmark. Starts the local servers and the service through the
/// launcher, measures the servers' raw limits, throughput on a backlog, latency at fixed offered
/// loads, rebuild speed and peak memory, and prints a table (or --json).
/// </summary>
public static class BenchCommand
{
    public static Command Build()
    {
        var count = new Option<int>("--count") { Description = "Articles in the backlog (and in the raw-limit runs)", DefaultValueFactory = _ => 100_000 };
        var seed = new Option<int>("--seed") { Description = "Seed of the synthetic corpus", DefaultValueFactory = _ => 42 };
        var rates = new Option<string>("--rates") { Description = "Offered loads for the latency runs, files per second, comma-separated", DefaultValueFactory = _ => "100,500" };
        var seconds = new Option<double>("--latency-seconds") { Description = "How long each latency run offers files (at most --count files each)", DefaultValueFactory = _ => 20 };
        var database = new Option<string>("--database") { Description = "PostgreSQL database of the benchmark: dropped and created again at the start, left for inspection at the end", DefaultValueFactory = _ => "bench" };
        var vhost = new Option<string>("--vhost") { Description = "RabbitMQ virtual host of the benchmark: deleted and created again at the start", DefaultValueFactory = _ => "bench" };
        var noRebuild = new Option<bool>("--no-rebuild") { Description = "Skip the rebuild of every view" };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON" };
        var command = new Command("bench", "End-to-end benchmark against the machine's own limits: throughput, latency, rebuild, memory") { count, seed, rates, seconds, database, vhost, noRebuild, json };
        count.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--count must be at least 1");
            }
        });
        rates.Validators.Add(result =>
        {
            if (ParseRates(result.GetValueOrDefault<string>()) is null)
            {
                result.AddError("--rates must be positive numbers separated by commas, e.g. 100,500");
            }
        });
        seconds.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() <= 0)
            {
                result.AddError("--latency-seconds must be positive");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            // The launcher names its services script; the repository root is its parent's parent.
            var script = Environment.GetEnvironmentVariable("EVENTNEWS_SERVICES_SCRIPT");
            if (string.IsNullOrEmpty(script))
            {
                await Console.Error.WriteLineAsync("eventnews: bench starts the service through the launcher; run it as ./eventnews bench");
                return EventNewsCommandLine.UsageError;
            }

            var configuration = CliConfiguration.Load();
            var options = new BenchOptions(
                parse.GetValue(count),
                parse.GetValue(seed),
                ParseRates(parse.GetValue(rates))!,
                parse.GetValue(seconds),
                parse.GetValue(database)!,
                parse.GetValue(vhost)!,
                !parse.GetValue(noRebuild),
                Path.Combine(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(script)!, "..")), "eventnews"),
                configuration.GetConnectionString("Postgres")!,
                configuration.GetConnectionString("RabbitMq")!);
            var log = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            BenchReport report;
            try
            {
                report = await new EndToEndBenchmark(options, log).RunAsync(ct);
            }
            catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or HttpRequestException or Npgsql.NpgsqlException)
            {
                await Console.Error.WriteLineAsync($"eventnews: the benchmark failed: {ex.Message}");
                return 1;
            }

            if (parse.GetValue(json))
            {
                Console.WriteLine(report.ToJson());
            }
            else
            {
                report.Write(AnsiConsole.Console);
            }

            return 0;
        });
        return command;
    }

    private static List<double>? ParseRates(string? value)
    {
        var rates = new List<double>();
        foreach (var part in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) || rate <= 0)
            {
                return null;
            }

            rates.Add(rate);
        }

        return rates;
    }
}
