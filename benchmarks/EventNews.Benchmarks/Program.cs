using BenchmarkDotNet.Running;
using EventNews.Benchmarks;

return args.FirstOrDefault() switch
{
    // Processor time per article instead of wall time: on a shared machine the wall time of a short
    // BenchmarkDotNet job mostly measures the other processes.
    "cpu-time" => RunCpuTime(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5000,
        args.Length > 2 ? Enum.Parse<EventNews.Analysis.AnalysisParts>(args[2], ignoreCase: true) : EventNews.Analysis.AnalysisParts.All),
    "stories" => StoryScaleBenchmark.Run(args[1..]),
    "stories-corpus" => StoryCorpusReport.Run(args[1..]),
    "long-article" => LongArticle.Run(args[1..]),
    _ => RunBenchmarkDotNet(args),
};

static int RunBenchmarkDotNet(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    return 0;
}

static int RunCpuTime(int articles, EventNews.Analysis.AnalysisParts parts)
{
    CpuTime.Run(articles, parts);
    return 0;
}
