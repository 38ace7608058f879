using EventNews.Analysis.Evaluation;
using Xunit.Abstractions;

namespace EventNews.Analysis.Tests;

public class CorpusEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void The_analyzer_meets_the_bar_on_the_labelled_corpus()
    {
        var report = CorpusEvaluation.Run(Corpus.EvalFolder(), Corpus.Analyzer);
        output.WriteLine(report.ToText());
        var dump = Environment.GetEnvironmentVariable("EVENTNEWS_EVAL_REPORT");
        if (!string.IsNullOrEmpty(dump))
        {
            File.WriteAllText(dump, report.ToText());
        }

        Assert.True(report.F1 >= 0.95, $"Person F1 {report.F1:0.000} is below 0.95.\n{report.ToText()}");
        Assert.Empty(report.Splits);
        Assert.Empty(report.WrongMerges);
        Assert.Empty(report.NonPersons);
        Assert.Empty(report.DateMisses);
        Assert.Equal(57, report.MentionedDates.Articles);
        Assert.True(report.MentionedDates.Precision >= 0.95, $"Mentioned-date precision {report.MentionedDates.Precision:0.000} is below 0.95.\n{report.ToText()}");
        Assert.True(report.MentionedDates.Recall >= 0.90, $"Mentioned-date recall {report.MentionedDates.Recall:0.000} is below 0.90.\n{report.ToText()}");
    }
}
