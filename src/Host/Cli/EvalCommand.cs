using System.CommandLine;
using EventNews.Analysis;
using EventNews.Analysis.Evaluation;
using EventNews.Analysis.Stories;
using EventNews.Host.EventStore;

namespace EventNews.Host.Cli;

/// <summary>Scores person, publication-date and mentioned-date extraction, then story clustering through the same analyzer, against the labelled corpus, listing every miss.</summary>
public static class EvalCommand
{
    public static Command Build()
    {
        var corpus = new Option<string>("--corpus") { Description = "Folder holding gold.json and corpus/ (default: ./eval)", DefaultValueFactory = _ => "eval" };
        var aliases = new Option<string?>("--aliases") { Description = "An alias file to use besides the built-in one (default: EventNews__Aliases)" };
        var command = new Command("eval", "Precision, recall and F1 for persons and mentioned dates, accuracy for publication dates and pairwise/BCubed scores for story clusters on the labelled corpus") { corpus, aliases };
        command.SetAction(parse =>
        {
            var folder = Path.GetFullPath(parse.GetValue(corpus)!);
            if (!File.Exists(Path.Combine(folder, "gold.json")))
            {
                Console.Error.WriteLine($"eventnews: {folder} holds no gold.json (see eval/README.md)");
                return EventNewsCommandLine.UsageError;
            }

            var table = EventStoreExtensions.LoadAliases(parse.GetValue(aliases) ?? CliConfiguration.Load()["EventNews:Aliases"]);
            var analyzer = new ArticleAnalyzer(table);
            try
            {
                Console.WriteLine(CorpusEvaluation.Run(folder, analyzer).ToText());
            }
            catch (Exception ex) when (ex is InvalidDataException or System.Text.Json.JsonException or FileNotFoundException)
            {
                // A labelling mistake: one line naming the file and the label, not a stack trace.
                Console.Error.WriteLine($"eventnews: {Path.Combine(folder, "gold.json")}: {ex.Message}");
                return EventNewsCommandLine.UsageError;
            }

            var clustering = CliConfiguration.Load().GetSection(EventStoreExtensions.ClusteringSection).Get<ClusteringOptions>() ?? ClusteringOptions.Default;
            Console.WriteLine(StoryEvaluation.RunWithAnalyzer(folder, analyzer, clustering).ToSummaryText());
            return 0;
        });
        return command;
    }
}
