using System.Diagnostics;
using System.Text.Json.Nodes;

namespace EventNews.EndToEnd.Tests;

public class OtherProducersAndRedrive : IAsyncLifetime
{
    private EventNewsService _service = null!;

    public async Task InitializeAsync() => _service = await EventNewsService.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task A_plain_json_article_published_with_amqp_publish_is_stored()
    {
        var body = new JsonObject
        {
            ["title"] = "Kuleba et Baerbock à Kyiv",
            ["text"] = "La ministre allemande Annalena Baerbock a rencontré Dmytro Kuleba à Kyiv le 10 janvier 2023.",
            ["source"] = "wire-feed",
            ["publishedAt"] = "2023-01-10",
        };
        await AmqpPublishAsync("article-submissions", body.ToJsonString());

        await _service.WaitForStatusAsync(articles: 1);
        var item = (await _service.GetJsonAsync("/api/articles"))["items"]![0]!;
        var article = await _service.GetJsonAsync($"/api/articles/{item["id"]}");
        Assert.Contains("Annalena Baerbock", article["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("json", article["format"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_json_message_without_text_is_rejected_and_counted()
    {
        await AmqpPublishAsync("article-submissions", """{"title":"Sans texte","text":"   "}""");

        await _service.WaitForStatusAsync(articles: 0, rejected: 1);
    }

    [Fact]
    public async Task Redrive_puts_quarantined_files_back_by_reason_once_the_cause_is_fixed()
    {
        _service.DropText("vide.txt", " ");
        _service.DropBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]);
        await _service.WaitForStatusAsync(articles: 0, rejected: 2);

        // The producer fixes the empty file in place; only the "empty" ones go back.
        File.WriteAllText(Path.Combine(_service.ErrorFolder, "vide.txt"), File.ReadAllText(Launcher.Samples[0]));
        var result = await Launcher.RunAsync(_service.Environment, "redrive", "--reason", "empty", "--inbox", _service.Inbox);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 file(s) moved back", result.Output, StringComparison.Ordinal);
        await _service.WaitForStatusAsync(articles: 1, rejected: 2);
        Assert.True(File.Exists(Path.Combine(_service.ErrorFolder, "image.txt")), "the binary file stays quarantined");
        Assert.False(File.Exists(Path.Combine(_service.ErrorFolder, "vide.txt.reason.json")));
    }

    [Fact]
    public async Task Redrive_queue_moves_failed_messages_back_to_their_consumer()
    {
        // Not JSON at all: the consumer cannot read it, so after its retries it lands in the error queue.
        await AmqpPublishAsync("article-submissions", "{ this is not json");
        await Eventually.Until(async () => await QueueDepthAsync("article-submissions_error") == 1, TimeSpan.FromSeconds(60), () => "no message reached article-submissions_error");
        Assert.Equal(1, (await _service.StatusAsync())["failed"]!.GetValue<long>());

        var result = await Launcher.RunAsync(_service.Environment, "redrive", "--queue");

        Assert.Equal(0, result.ExitCode);
        Assert.True(result.Output.Contains("1 message(s) moved back", StringComparison.Ordinal), result.Output + result.Error);

        // Still unreadable, so it fails again and returns to the error queue: nothing is lost either way.
        await Eventually.Until(async () => await QueueDepthAsync("article-submissions_error") == 1, TimeSpan.FromSeconds(60), () => "the message did not come back to the error queue");
    }

    private async Task AmqpPublishAsync(string queue, string body)
    {
        var start = new ProcessStartInfo("amqp-publish") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--url", _service.Environment["ConnectionStrings__RabbitMq"].TrimEnd('/'), "-r", queue, "-C", "application/json", "-p", "-b", body })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, "amqp-publish failed: " + error);
    }

    private async Task<int> QueueDepthAsync(string queue)
    {
        var vhost = new Uri(_service.Environment["ConnectionStrings__RabbitMq"]).AbsolutePath.Trim('/');
        var start = new ProcessStartInfo("rabbitmqctl") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["RABBITMQ_NODENAME"] = "rabbit@localhost";
        foreach (var arg in new[] { "-q", "list_queues", "-p", vhost, "name", "messages" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = output.Split('\n').Select(l => l.Split('\t')).FirstOrDefault(p => p.Length == 2 && p[0] == queue);
        return line is null ? 0 : int.Parse(line[1], System.Globalization.CultureInfo.InvariantCulture);
    }
}
