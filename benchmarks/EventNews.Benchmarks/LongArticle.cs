using System.Diagnostics;
using System.Globalization;
using System.Text;
using EventNews.Analysis;

namespace EventNews.Benchmarks;

/// <summary>
/// The analysis of one very long article, of the kind a scraper produces when a page has no line
/// breaks: the same sentence, naming a person in full and then by surname with a date, repeated
/// <c>repeats</c> times on one line and on one line each. Its time should grow with the text's length,
/// not with its square.
/// </summary>
internal static class LongArticle
{
    private const string Sentence = "Le 12 mars 2024, a déclaré Jean Dupont, selon M. Dupont, qui viendra vendredi. ";

    public static int Run(string[] args)
    {
        var repeats = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;
        var analyzer = new ArticleAnalyzer(AliasTable.Default);
        var oneLine = "Un titre d'article\n\n" + string.Concat(Enumerable.Repeat(Sentence, repeats));
        var lines = "Un titre d'article\n\n" + new StringBuilder().Insert(0, Sentence.TrimEnd() + "\n", repeats);
        foreach (var (name, text) in new[] { ("one line", oneLine), ("a line each", lines) })
        {
            analyzer.Analyze(new ArticleInput(text));
            var wall = Stopwatch.StartNew();
            var analysis = analyzer.Analyze(new ArticleInput(text));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{repeats} sentences, {name} ({text.Length / 1024} KB): {wall.ElapsedMilliseconds} ms; {analysis.Mentions.Count} person mentions, {analysis.MentionedDates.Count} dates"));
        }

        return 0;
    }
}
