using System.Text.Json.Nodes;

namespace EventNews.EndToEnd.Tests;

/// <summary>
/// ./eventnews loadgen and ./eventnews bench, run small through the launcher. Only that they run
/// and account for every file is checked here: their figures depend on the machine.
/// </summary>
public class Benchmarks
{
    [Fact]
    public async Task Loadgen_writes_the_same_complete_files_for_the_same_seed_and_leaves_no_temporary_file()
    {
        var root = Directory.CreateTempSubdirectory("eventnews-loadgen-").FullName;
        try
        {
            var first = await Launcher.RunAsync(null, "loadgen", "--count", "40", "--seed", "7", "--inbox", Path.Combine(root, "a"));
            var second = await Launcher.RunAsync(null, "loadgen", "--count", "40", "--seed", "7", "--inbox", Path.Combine(root, "b"), "--rate", "400");

            Assert.True(first.ExitCode == 0, first.Error);
            Assert.True(second.ExitCode == 0, second.Error);
            Assert.Contains("Wrote 40 files", first.Output, StringComparison.Ordinal);
            var a = Directory.GetFiles(Path.Combine(root, "a")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            var b = Directory.GetFiles(Path.Combine(root, "b")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(40, a.Count);
            Assert.Equal(a, b);
            Assert.DoesNotContain(a, name => name!.StartsWith('.'));
            foreach (var name in a)
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(root, "a", name!)), File.ReadAllBytes(Path.Combine(root, "b", name!)));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Bench_reports_throughput_latency_limits_and_memory_for_every_file_it_sent()
    {
        var name = "en_test_" + Guid.NewGuid().ToString("N")[..10];
        try
        {
            var result = await Launcher.RunAsync(null, "bench", "--count", "150", "--rates", "150", "--latency-seconds", "1",
                "--database", name, "--vhost", name, "--no-rebuild", "--json");

            Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}\n{result.Error}");
            var report = JsonNode.Parse(result.Output)!;
            var counts = report["counts"]!;
            Assert.Equal(300, counts["files"]!.GetValue<int>());
            Assert.Equal(counts["distinctArticles"]!.GetValue<long>(), counts["articles"]!.GetValue<long>());
            Assert.Equal(300, counts["articles"]!.GetValue<long>() + counts["duplicates"]!.GetValue<long>());
            Assert.Equal(0, counts["rejected"]!.GetValue<long>());
            Assert.Equal(0, counts["failed"]!.GetValue<long>());

            Assert.Equal(150, report["throughput"]!["files"]!.GetValue<int>());
            Assert.True(report["throughput"]!["articlesPerSecond"]!.GetValue<double>() > 0);
            Assert.Equal(4, report["throughput"]!["views"]!.AsArray().Count);
            Assert.Equal(150, report["postgresCopy"]!["items"]!.GetValue<long>());
            Assert.True(report["postgresCopy"]!["perSecond"]!.GetValue<double>() > 0);
            Assert.True(report["rabbitMq"]!["perSecond"]!.GetValue<double>() > 0);
            Assert.True(report["fractionOfLowerLimit"]!.GetValue<double>() > 0);

            var latency = Assert.Single(report["latency"]!.AsArray())!;
            Assert.Equal(150, latency["files"]!.GetValue<int>());
            Assert.True(latency["samples"]!.GetValue<int>() > 0);
            Assert.True(latency["p50"]!.GetValue<double>() > 0);
            Assert.True(latency["p99"]!.GetValue<double>() >= latency["p50"]!.GetValue<double>());

            Assert.True(report["memory"]!["serviceMiB"]!.GetValue<double>() > 0);
            Assert.True(report["memory"]!["postgresMiB"]!.GetValue<double>() > 0);
            Assert.True(report["memory"]!["rabbitMqMiB"]!.GetValue<double>() > 0);
            Assert.Null(report["rebuild"]);
        }
        finally
        {
            // An autovacuum worker still busy in the bench's database may refuse to be stopped: the shared clean-up leaves it then.
            await EventNewsService.DeleteDatabaseAndVirtualHostAsync(name);
            File.Delete(Path.Combine(Path.GetTempPath(), $"eventnews-bench-{name}.log"));
        }
    }
}
