using System.Diagnostics;
using EventNews.Analysis.Cleaning;
using EventNews.Analysis.Dates;
using EventNews.Analysis.Persons;

namespace EventNews.Analysis.Tests;

public class SpeedProbe
{
    [Fact]
    public void Probe()
    {
        var target = Environment.GetEnvironmentVariable("EVENTNEWS_SPEED");
        if (string.IsNullOrEmpty(target))
        {
            return;
        }

        var text = Corpus.Sample("002_855a7f84c1564188.txt");
        var input = new ArticleInput(text);
        var cleaned = BoilerplateCleaner.Clean(text);
        var extractor = new PersonExtractor(NameLexicon.Default, AliasTable.Default);
        var report = new System.Text.StringBuilder();
        report.AppendLine(Time("all", () => Corpus.Analyzer.Analyze(input)));
        report.AppendLine(Time("clean", () => BoilerplateCleaner.Clean(text)));
        report.AppendLine(Time("cleantext", () => cleaned.CleanText()));
        report.AppendLine(Time("published", () => PublicationDateFinder.Find(cleaned, input)));
        report.AppendLine(Time("persons", () => extractor.Extract(text, cleaned.Regions(true))));
        report.AppendLine(Time("dates", () => MentionedDateFinder.Find(text, 0, text.Length, new PartialDate(2022, 2, 1), [])));
        report.AppendLine(Time("dates-regions", () =>
        {
            var found = new List<MentionedDate>();
            foreach (var (start, end) in cleaned.Regions(false))
            {
                MentionedDateFinder.Find(text, start, end, new PartialDate(2022, 2, 1), found);
            }
        }));
        report.AppendLine(Time("regions", () => cleaned.Regions(true).ToList()));
        report.AppendLine(Time("all-again", () => Corpus.Analyzer.Analyze(input)));
        report.AppendLine(Time("tokens", () => Text.Tokenizer.Words(text, 0, text.Length)));
        report.AppendLine(Time("words", () => Text.Tokenizer.Words(text, 0, text.Length).Select(t => new PersonExtractor.Word(t, text)).ToList()));
        report.AppendLine(Time("resolve", () => AliasTable.Default.Resolve("Sergueï Lavrov")));
        report.AppendLine(Time("namekey", () => NameKey.OfWord("Sergueï")));
        report.AppendLine(Time("fold", () => Text.TextFold.Fold("Sergueï")));
        File.WriteAllText(target, report.ToString());
    }

    private static string Time(string name, Action action)
    {
        for (var i = 0; i < 100; i++)
        {
            action();
        }

        var watch = Stopwatch.StartNew();
        const int Runs = 500;
        for (var i = 0; i < Runs; i++)
        {
            action();
        }

        return $"{name}: {watch.Elapsed.TotalMicroseconds / Runs:0.0} µs";
    }
}
