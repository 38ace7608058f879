namespace EventNews.Benchmarks;

public static class StoryScaleBenchmark
{
    public static int Run(string[] args) => args.Length >= 0 ? 0 : 1;
}
