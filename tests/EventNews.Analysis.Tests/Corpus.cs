namespace EventNews.Analysis.Tests;

/// <summary>Where the labelled corpus and the sample articles are, found from the test's own folder.</summary>
internal static class Corpus
{
    public static string EvalFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var eval = Path.Combine(folder.FullName, "eval");
            if (File.Exists(Path.Combine(eval, "gold.json")))
            {
                return eval;
            }
        }

        throw new DirectoryNotFoundException($"No eval/gold.json above {AppContext.BaseDirectory}.");
    }

    public static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", name));

    public static ArticleAnalyzer Analyzer { get; } = new(AliasTable.Default);
}
