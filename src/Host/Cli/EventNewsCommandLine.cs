using System.CommandLine;
using Microsoft.Extensions.Options;
using EventNews.Host.Hosting;

namespace EventNews.Host.Cli;

/// <summary>
/// The command line of ./eventnews: service roles, and query commands that talk to a running
/// service. Exit codes: 0 done, 1 the service failed or could not be reached, 2 usage error (a
/// setting the service cannot use included), 3 the thing asked for does not exist.
/// </summary>
public static class EventNewsCommandLine
{
    public const int UsageError = 2;

    public static async Task<int> RunAsync(string[] args)
    {
        var root = Build();
        if (args.Length == 0)
        {
            await root.Parse("--help").InvokeAsync();
            return UsageError;
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // "Unrecognized command or argument 'x'" says more than "Required command was not provided".
            var error = parsed.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? parsed.Errors[0];
            await Console.Error.WriteLineAsync($"eventnews: {error.Message} (see ./eventnews --help)");
            return UsageError;
        }

        try
        {
            // The service roles handle Ctrl-C and SIGTERM themselves, with a graceful shutdown.
            return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false });
        }
        catch (OptionsValidationException ex)
        {
            // A setting or file a command cannot use: one line that names it, not a stack trace.
            await Console.Error.WriteLineAsync($"eventnews: {ex.Message}");
            return UsageError;
        }
        catch (Exception ex)
        {
            // A command stopped (Ctrl-C) ends quietly; anything else is a defect: its whole story, for the report.
            if (ex is not OperationCanceledException)
            {
                await Console.Error.WriteLineAsync($"Unhandled exception: {ex}");
            }

            return 1;
        }
    }

    public static RootCommand Build()
    {
        var root = new RootCommand("EventNews: article files in, people, dates and stories out.");
        root.Subcommands.Add(RoleCommand("run", "Run every role in one process: inbox, consumers, projections, API and web page", ServiceRoles.All));
        root.Subcommands.Add(RoleCommand("ingest", "Run the inbox watcher and consumers only (start several to share the work)", ServiceRoles.Ingest));
        root.Subcommands.Add(RoleCommand("projections", "Run the projection daemon, API and web page only", ServiceRoles.Projections));
        foreach (var command in QueryCommands.All())
        {
            root.Subcommands.Add(command);
        }

        root.Subcommands.Add(RedriveCommand.Build());
        root.Subcommands.Add(EvalCommand.Build());
        root.Subcommands.Add(RebuildCommand.Build(QueryCommands.Server));
        root.Subcommands.Add(LoadgenCommand.Build());
        root.Subcommands.Add(BenchCommand.Build());
        root.Subcommands.Add(LauncherCommand("services", "Install, start, stop or report PostgreSQL and RabbitMQ: services up|down|status"));
        root.Subcommands.Add(LauncherCommand("test", "Start the services and run the whole test suite"));
        return root;
    }

    private static Command RoleCommand(string name, string description, ServiceRoles roles)
    {
        var inbox = new Option<string?>("--inbox") { Description = "Folder to watch (default ./inbox; EventNews__Inbox)" };
        var urls = new Option<string?>("--urls") { Description = "Where to listen (default http://127.0.0.1:5080)" };
        var command = new Command(name, description);
        if (roles.HasFlag(ServiceRoles.Ingest))
        {
            command.Options.Add(inbox);
        }

        command.Options.Add(urls);
        command.SetAction(async (parse, _) =>
            await LocalServices.EnsureUpAsync() ? await ServiceHost.RunAsync(roles, parse.GetValue(inbox), parse.GetValue(urls)) : 1);
        return command;
    }

    /// <summary>Handled by the ./eventnews script before it gets here; listed so that --help shows it.</summary>
    private static Command LauncherCommand(string name, string description)
    {
        var command = new Command(name, description) { TreatUnmatchedTokensAsErrors = false };
        command.SetAction(_ =>
        {
            Console.Error.WriteLine($"eventnews: '{name}' is run by the ./eventnews script at the repository root");
            return UsageError;
        });
        return command;
    }
}
