using System.Net;

namespace EventNews.EndToEnd.Tests;

/// <summary>
/// One deployment as two processes, as the README offers it: `./eventnews ingest` takes the inbox,
/// `./eventnews projections` builds the views and serves the API and the page.
/// </summary>
public sealed class SplitRoles
{
    [Fact]
    public async Task An_ingest_process_and_a_projections_process_do_together_what_one_process_does()
    {
        await using var projections = await EventNewsService.PrepareAsync();
        projections.Role = "projections";
        await projections.StartProcessAsync();
        await using var ingest = projections.Sibling("ingest");
        await ingest.StartProcessAsync();

        foreach (var sample in Launcher.Samples)
        {
            projections.Drop(sample);
        }

        projections.DropText("vide.txt", "");
        await projections.WaitForStatusAsync(articles: 3, rejected: 1);

        var found = await projections.GetJsonAsync("/api/persons?search=lavrov");
        var lavrov = Assert.Single(found["items"]!.AsArray())!;
        Assert.Equal(3, lavrov["articleCount"]!.GetValue<int>());
        Assert.Equal("empty", (await projections.GetJsonAsync("/api/rejections"))["items"]![0]!["reason"]!.GetValue<string>());
        using (var page = await projections.Http.GetAsync("/"))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        // The ingest process serves health only: the API belongs to the projections process.
        using var status = await ingest.Http.GetAsync("/api/status");
        Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
        using var ready = await ingest.Http.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }
}
