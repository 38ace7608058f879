using System.CommandLine;
using System.Text.Json.Nodes;
using EventNews.Ingest;
using EventNews.Ingest.Inbox;
using RabbitMQ.Client;
using Spectre.Console;

namespace EventNews.Host.Cli;

/// <summary>
/// Puts quarantined work back once its cause is fixed: files from error/ into the inbox, or messages
/// from the consumers' error queues back to their queues. Nothing else moves them.
/// </summary>
public static class RedriveCommand
{
    public static Command Build()
    {
        var files = new Argument<string[]>("file") { Description = "Quarantined files to put back (names or paths under the error folder); default: all", Arity = ArgumentArity.ZeroOrMore };
        var reason = new Option<string?>("--reason") { Description = "Only files rejected for this reason code (e.g. empty, binary)" };
        var inbox = new Option<string?>("--inbox") { Description = "The inbox whose error folder to read (default ./inbox; EventNews__Inbox)" };
        var queue = new Option<bool>("--queue") { Description = "Move messages from the error queues back to their consumers instead" };
        var command = new Command("redrive", "Put quarantined files back into the inbox, or failed messages back on their queues") { files, reason, inbox, queue };
        command.Validators.Add(result =>
        {
            if (result.GetValue(queue) && (result.GetValue(reason) is not null || result.GetValue(files) is { Length: > 0 }))
            {
                result.AddError("--queue moves messages; it takes no files and no --reason");
            }
        });
        command.SetAction(async (parse, ct) => parse.GetValue(queue)
            ? await RedriveQueuesAsync(ct)
            : RedriveFiles(parse.GetValue(inbox), parse.GetValue(reason), parse.GetValue(files) ?? []));
        return command;
    }

    private static int RedriveFiles(string? inboxOverride, string? reason, IReadOnlyList<string> selected)
    {
        var configuration = CliConfiguration.Load();
        var options = new InboxOptions();
        configuration.GetSection(InboxOptions.Section).Bind(options);
        if (inboxOverride is not null)
        {
            options.Inbox = inboxOverride;
        }

        if (!Directory.Exists(options.ErrorPath))
        {
            Console.WriteLine($"Nothing to redrive: {options.ErrorPath} does not exist.");
            return 0;
        }

        var wanted = selected.Select(f => Path.GetFullPath(f, options.ErrorPath)).ToHashSet(StringComparer.Ordinal);
        var names = selected.ToHashSet(StringComparer.Ordinal);
        var moved = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var reasonFile in Directory.EnumerateFiles(options.ErrorPath, "*.reason.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var quarantined = reasonFile[..^".reason.json".Length];
            var relative = Path.GetRelativePath(options.ErrorPath, quarantined);
            var code = ReadReason(reasonFile);
            if ((reason is not null && code != reason)
                || (selected.Count > 0 && !wanted.Contains(quarantined) && !names.Contains(relative) && !names.Contains(Path.GetFileName(quarantined))))
            {
                continue;
            }

            if (File.Exists(quarantined))
            {
                SpoolFiles.MoveUnique(quarantined, Path.Combine(options.InboxPath, relative));
            }

            File.Delete(reasonFile);
            moved[code] = moved.GetValueOrDefault(code) + 1;
        }

        if (moved.Count == 0)
        {
            Console.WriteLine("Nothing to redrive: no quarantined file matched.");
            return selected.Count > 0 ? 3 : 0;
        }

        var table = new Table().AddColumns("Reason", "Files moved back");
        foreach (var (code, count) in moved)
        {
            table.AddRow(Markup.Escape(code), count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
        Console.WriteLine($"{moved.Values.Sum()} file(s) moved back to {options.InboxPath}");
        return 0;
    }

    private static string ReadReason(string reasonFile)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(reasonFile))?["reason"]?.GetValue<string>() ?? "unknown";
        }
        catch (System.Text.Json.JsonException)
        {
            return "unknown";
        }
    }

    private static async Task<int> RedriveQueuesAsync(CancellationToken cancellationToken)
    {
        var address = RabbitMqAddress.Parse(CliConfiguration.Load().GetConnectionString("RabbitMq"));
        var factory = address.CreateFactory();
        IConnection connection;
        try
        {
            connection = await factory.CreateConnectionAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is RabbitMQ.Client.Exceptions.BrokerUnreachableException or IOException)
        {
            await Console.Error.WriteLineAsync($"eventnews: cannot reach RabbitMQ at {address.Host}:{address.Port} ({ex.Message})");
            return 1;
        }

        await using (connection)
        {
            var table = new Table().AddColumns("Error queue", "Messages moved back");
            var total = 0;
            foreach (var queue in IngestQueues.All)
            {
                var moved = await MoveAllAsync(connection, queue + IngestQueues.ErrorSuffix, queue, cancellationToken);
                total += moved;
                table.AddRow(queue + IngestQueues.ErrorSuffix, moved.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            Console.WriteLine($"{total} message(s) moved back to their queues");
            return 0;
        }
    }

    /// <summary>Each message is republished with its properties and confirmed before it is acknowledged.</summary>
    private static async Task<int> MoveAllAsync(IConnection connection, string from, string to, CancellationToken cancellationToken)
    {
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        uint waiting;
        try
        {
            waiting = (await channel.QueueDeclarePassiveAsync(from, cancellationToken)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0; // No such error queue: nothing ever failed there.
        }

        // Only what was waiting when we looked: a message that fails again at once comes back to the
        // error queue and must not be moved round and round.
        var moved = 0;
        while (moved < waiting && await channel.BasicGetAsync(from, autoAck: false, cancellationToken) is { } message)
        {
            var properties = new BasicProperties(message.BasicProperties);
            await channel.BasicPublishAsync(string.Empty, to, mandatory: true, properties, message.Body, cancellationToken);
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancellationToken);
            moved++;
        }

        return moved;
    }
}
