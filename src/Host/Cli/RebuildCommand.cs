using System.CommandLine;
using System.Text.Json.Nodes;
using EventNews.Host.Admin;
using Spectre.Console;

namespace EventNews.Host.Cli;

/// <summary>
/// ./eventnews rebuild: asks the running service to rebuild views from the event log and follows
/// its progress. Sends EventNews__AdminToken from the environment, as the service expects.
/// </summary>
public static class RebuildCommand
{
    public static Command Build(Option<string> server)
    {
        var projection = new Option<string?>("--projection") { Description = "The view to rebuild: articles, persons, dates, clusters (default: all)" };
        var all = new Option<bool>("--all") { Description = "Rebuild every view (the default)" };
        var command = new Command("rebuild", "Rebuild views from the whole event log, with progress") { projection, all, server };
        command.Validators.Add(result =>
        {
            if (result.GetValue(all) && result.GetValue(projection) is not null)
            {
                result.AddError("give either --projection NAME or --all, not both");
            }
        });
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(server)!.TrimEnd('/'), parse.GetValue(projection), ct));
        return command;
    }

    private static async Task<int> RunAsync(string server, string? projection, CancellationToken cancellation)
    {
        // Ctrl-C stops the rebuild in the service (below), not only this process.
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            interrupt.Cancel();
        }

        Console.CancelKeyPress += OnCancel;
        try
        {
            return await FollowAsync(server, projection, interrupt.Token);
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }

    private static async Task<int> FollowAsync(string server, string? projection, CancellationToken cancellationToken)
    {
        using var http = AdminClient(TimeSpan.FromSeconds(30));
        var url = $"{server}/api/admin/rebuild" + (projection is null ? string.Empty : $"?projection={Uri.EscapeDataString(projection)}");
        HttpResponseMessage started;
        try
        {
            started = await http.PostAsync(url, null, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"eventnews: cannot reach the service at {server} ({ex.Message}); is ./eventnews run running?");
            return 1;
        }

        using (started)
        {
            if (!started.IsSuccessStatusCode)
            {
                var detail = JsonNode.Parse(await started.Content.ReadAsStringAsync(cancellationToken))?["detail"]?.ToString();
                await Console.Error.WriteLineAsync($"eventnews: {detail ?? started.ReasonPhrase}");
                return (int)started.StatusCode == 400 ? EventNewsCommandLine.UsageError : 1;
            }
        }

        RebuildProgress? last = null;
        try
        {
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("rebuilding", maxValue: 1);
                    while (true)
                    {
                        try
                        {
                            last = await http.GetFromJsonAsync<RebuildProgress>($"{server}/api/admin/rebuild", cancellationToken);
                        }
                        catch (HttpRequestException ex)
                        {
                            last = new RebuildProgress("unknown", [], null, 0, 0, 0, null, DateTimeOffset.UtcNow, null, $"lost contact with {server} ({ex.Message})");
                            return;
                        }

                        if (last is null)
                        {
                            return;
                        }

                        task.MaxValue = Math.Max(1, last.Total);
                        task.Value = Math.Min(last.Done, task.MaxValue);
                        task.Description = Markup.Escape($"{last.Current ?? "done"}: {last.Done:N0}/{last.Total:N0} events, {last.EventsPerSecond:N0}/s");
                        if (last.State != "running")
                        {
                            return;
                        }

                        await Task.Delay(250, cancellationToken);
                    }
                });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl-C stops the rebuild itself, not just the watching: the current views keep serving.
            // The service answers once the rebuild has stopped, which may take up to 30 s.
            using var cancel = AdminClient(TimeSpan.FromSeconds(40));
            try
            {
                using var stopped = await cancel.DeleteAsync($"{server}/api/admin/rebuild", CancellationToken.None);
                last = stopped.IsSuccessStatusCode ? await stopped.Content.ReadFromJsonAsync<RebuildProgress>(CancellationToken.None) : last;
            }
            catch (HttpRequestException ex)
            {
                await Console.Error.WriteLineAsync($"eventnews: could not ask {server} to stop the rebuild ({ex.Message})");
                return 1;
            }

            await Console.Error.WriteLineAsync($"eventnews: rebuild stopped: {last?.Error ?? "cancelled"}");
            return 1;
        }

        if (last is { State: "succeeded" })
        {
            var seconds = ((last.FinishedAt ?? DateTimeOffset.UtcNow) - last.StartedAt).TotalSeconds;
            Console.WriteLine($"Rebuilt {string.Join(", ", last.Projections)}: {last.Total:N0} events in {seconds:0.0} s");
            return 0;
        }

        var outcome = last?.State == "cancelled" ? "was stopped" : "failed";
        await Console.Error.WriteLineAsync($"eventnews: the rebuild {outcome}: {last?.Error ?? "no progress could be read"}");
        return 1;
    }

    /// <summary>A client that sends EventNews__AdminToken from the environment, as the service expects.</summary>
    private static HttpClient AdminClient(TimeSpan timeout)
    {
        var client = new HttpClient { Timeout = timeout };
        client.DefaultRequestHeaders.Add(AdminEndpoints.TokenHeader, Environment.GetEnvironmentVariable("EventNews__AdminToken") ?? string.Empty);
        return client;
    }
}
