using EventNews.Benchmarks;

return args.FirstOrDefault() switch
{
    "stories" => StoryScaleBenchmark.Run(args[1..]),
    "stories-corpus" => StoryCorpusReport.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: EventNews.Benchmarks stories [--count N] [--seed S] | stories-corpus [EVAL_FOLDER] [--pairs]");
    return 2;
}
