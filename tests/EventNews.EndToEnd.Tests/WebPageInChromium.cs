using System.Diagnostics;

namespace EventNews.EndToEnd.Tests;

/// <summary>
/// The web page driven in the machine's headless Chromium by tests/browser/web-page.mjs: search, a
/// person's timeline, the dates, a story cluster, and a hostile article that must stay text.
/// Screenshots land in artifacts/screenshots/.
/// </summary>
public class WebPageInChromium : IAsyncLifetime
{
    private static readonly string BrowserTests = Path.Combine(Launcher.RepositoryRoot, "tests", "browser");
    private EventNewsService _service = null!;

    public async Task InitializeAsync()
    {
        _service = await EventNewsService.StartAsync();
        foreach (var sample in Launcher.Samples)
        {
            _service.Drop(sample);
        }

        // The same dispatch republished by a second outlet, so that there is a story of two to open.
        var dispatch = await File.ReadAllTextAsync(Launcher.Samples.Single(s => s.EndsWith("002_855a7f84c1564188.txt", StringComparison.Ordinal)));
        _service.DropText("republished.txt", dispatch.Replace("International\nRussie\n", "Monde\n", StringComparison.Ordinal) + "\nAvec AFP\n");
        _service.Drop(Path.Combine(BrowserTests, "hostile.txt"));
        await _service.WaitForStatusAsync(articles: Launcher.Samples.Count + 2);
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Every_page_works_in_chromium_and_a_hostile_article_stays_text()
    {
        Assert.True(File.Exists("/usr/bin/chromium"), "Chromium is missing: deploy/test-tools.sh installs the Debian package chromium");
        Assert.True(
            Directory.Exists(Path.Combine(BrowserTests, "node_modules", "playwright-core")),
            "playwright-core is missing: deploy/test-tools.sh runs npm ci in tests/browser");

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = BrowserTests };
        start.ArgumentList.Add("web-page.mjs");
        start.ArgumentList.Add(_service.Url.ToString());
        start.ArgumentList.Add(Path.Combine(Launcher.RepositoryRoot, "artifacts", "screenshots"));
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await node.WaitForExitAsync(timeout.Token);

        Assert.True(node.ExitCode == 0, $"browser checks failed (exit {node.ExitCode}):\n{await output}\n{await error}\nservice log:\n{_service.Log}");
        Assert.Contains("all browser checks passed", await output, StringComparison.Ordinal);
    }
}
