using System.Text;

namespace EventNews.Analysis.Tests;

public class DumpTests
{
    [Fact]
    public void Dump()
    {
        var target = Environment.GetEnvironmentVariable("EVENTNEWS_DUMP");
        if (string.IsNullOrEmpty(target))
        {
            return;
        }

        var text = new StringBuilder();
        foreach (var file in Directory.GetFiles(Path.Combine(Corpus.EvalFolder(), "corpus")).Order())
        {
            var a = Corpus.Analyzer.Analyze(new ArticleInput(File.ReadAllText(file)));
            text.AppendLine("=== " + Path.GetFileName(file) + " | " + a.Title + " | " + a.Published.Date + " " + a.Published.Source);
            foreach (var d in a.Dropped)
            {
                text.AppendLine($"  DROP {d.Kind}: {File.ReadAllText(file).Substring(d.Start, d.Length).Replace("\n", "\\n")[..Math.Min(80, d.Length)]}");
            }

            foreach (var p in a.Persons)
            {
                text.AppendLine($"  PERSON {p.PersonId} {p.CanonicalName} [{string.Join(", ", p.Surfaces.Select(s => s.Surface + "×" + s.Count))}]");
            }

            foreach (var d in a.MentionedDates)
            {
                text.AppendLine($"  DATE {d.Date} '{d.Surface}'");
            }
        }

        var corpus = Evaluation.GoldCorpus.Load(Corpus.EvalFolder());
        var samples = corpus with { Articles = corpus.Articles.Where(a => a.File.StartsWith("000_", StringComparison.Ordinal) || a.File.StartsWith("002_", StringComparison.Ordinal) || a.File.StartsWith("004_", StringComparison.Ordinal)).ToList() };
        text.AppendLine("=== samples").AppendLine(Evaluation.CorpusEvaluation.Run(samples, Corpus.Analyzer).ToText());
        File.WriteAllText(target, text.ToString());
    }
}
