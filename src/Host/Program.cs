using EventNews.Host.Cli;

return await EventNewsCommandLine.RunAsync(args);
