namespace EventNews.Benchmarks;

/// <summary>Sample 002 of the analysis tests (about 5 KB, with its boilerplate), embedded in the benchmarks.</summary>
internal static class SampleArticle
{
    public static string Read()
    {
        using var stream = typeof(SampleArticle).Assembly.GetManifestResourceStream("article.txt")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
