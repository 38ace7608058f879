using System.Diagnostics;
using System.Globalization;
using EventNews.Analysis;

namespace EventNews.Benchmarks;

/// <summary>Processor time per analysed article, on one thread, after a warm-up: the whole analysis or some of its parts.</summary>
internal static class CpuTime
{
    public static void Run(int articles, AnalysisParts parts)
    {
        var benchmark = new TextAnalysisBenchmarks();
        benchmark.Setup();
        benchmark.Parts = parts;
        for (var i = 0; i < 2000; i++)
        {
            benchmark.AnalyzeArticle();
        }

        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < articles; i++)
        {
            benchmark.AnalyzeArticle();
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{articles} articles ({parts}): {cpu.TotalMicroseconds / articles:0} µs processor time and {wall.Elapsed.TotalMicroseconds / articles:0} µs wall time per article, {allocated / 1024.0 / articles:0.0} KB allocated per article"));
    }
}
