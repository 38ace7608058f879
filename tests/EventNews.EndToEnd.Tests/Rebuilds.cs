using System.Text.Json.Nodes;

namespace EventNews.EndToEnd.Tests;

public class Rebuilds : IAsyncLifetime
{
    private const string Token = "jeton-de-test";
    private EventNewsService _service = null!;
    private string _aliases = null!;

    public async Task InitializeAsync()
    {
        _aliases = Path.Combine(Path.GetTempPath(), $"eventnews-aliases-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(_aliases, "# no aliases of our own yet\n");
        _service = await EventNewsService.StartAsync(new Dictionary<string, string>
        {
            ["EventNews__Aliases"] = _aliases,
            ["EventNews__AdminToken"] = Token,
        });
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        File.Delete(_aliases);
    }

    [Fact]
    public async Task Editing_the_alias_file_and_rebuilding_makes_two_persons_one()
    {
        _service.DropText("conseil.txt", "La maire Hélène Vasseur a ouvert le conseil municipal jeudi. Hélène Vasseur a défendu le budget.");
        _service.DropText("marche.txt", "Au marché, Mme Lena Vasseur a salué les commerçants. Lena Vasseur veut rénover la halle.");
        await _service.WaitForStatusAsync(articles: 2);
        Assert.Equal(2, (await _service.GetJsonAsync("/api/persons?search=vasseur"))["total"]!.GetValue<long>());

        await File.AppendAllTextAsync(_aliases, "Hélène Vasseur | Lena Vasseur\n");
        var rebuild = await Launcher.RunAsync(_service.Environment, "rebuild", "--projection", "persons");
        Assert.True(rebuild.ExitCode == 0, rebuild.Output + rebuild.Error);
        Assert.Contains("Rebuilt persons", rebuild.Output, StringComparison.Ordinal);

        var found = await _service.GetJsonAsync("/api/persons?search=vasseur");
        var person = Assert.Single(found["items"]!.AsArray())!;
        Assert.Equal("Hélène Vasseur", person["name"]!.GetValue<string>());
        Assert.Equal(2, person["articleCount"]!.GetValue<int>());
        Assert.Contains(person["aliases"]!.AsArray(), a => a!["name"]!.GetValue<string>() == "Lena Vasseur");
    }

    [Fact]
    public async Task A_rebuild_of_every_view_reproduces_the_live_views_exactly_and_new_files_still_arrive()
    {
        foreach (var sample in Launcher.Samples)
        {
            _service.Drop(sample);
        }

        await _service.WaitForStatusAsync(articles: 3);
        var before = await SnapshotAsync();

        var rebuild = await Launcher.RunAsync(_service.Environment, "rebuild", "--all");
        Assert.True(rebuild.ExitCode == 0, rebuild.Output + rebuild.Error);
        await _service.WaitForStatusAsync(articles: 3);
        Assert.Equal(before, await SnapshotAsync());

        // The rebuilt views follow new events again.
        _service.DropText("apres.txt", "Olaf Scholz a reçu Emmanuel Macron à Berlin le 3 mars 2023.");
        await _service.WaitForStatusAsync(articles: 4);
        Assert.Contains("olaf", (await _service.GetJsonAsync("/api/persons?search=scholz")).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rebuilding_needs_the_admin_token_and_a_known_view()
    {
        var environment = _service.Environment.ToDictionary();
        environment["EventNews__AdminToken"] = "faux";
        var refused = await Launcher.RunAsync(environment, "rebuild");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("X-Admin-Token", refused.Error, StringComparison.Ordinal);

        var unknown = await Launcher.RunAsync(_service.Environment, "rebuild", "--projection", "nope");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("articles, persons, dates", unknown.Error, StringComparison.Ordinal);

        using var anonymous = await _service.Http.PostAsync("/api/admin/rebuild", null);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    /// <summary>Every document of every view, as the API serves it, in a stable order.</summary>
    private async Task<string> SnapshotAsync()
    {
        var snapshot = new JsonArray();
        var articles = await _service.GetJsonAsync("/api/articles?pageSize=500");
        foreach (var item in articles["items"]!.AsArray().OrderBy(i => i!["id"]!.GetValue<string>(), StringComparer.Ordinal))
        {
            snapshot.Add(await _service.GetJsonAsync($"/api/articles/{item!["id"]}"));
        }

        foreach (var person in (await _service.GetJsonAsync("/api/persons?pageSize=500"))["items"]!.AsArray().OrderBy(p => p!["id"]!.GetValue<string>(), StringComparer.Ordinal))
        {
            snapshot.Add(await _service.GetJsonAsync($"/api/persons/{person!["id"]}"));
        }

        foreach (var date in (await _service.GetJsonAsync("/api/dates"))["items"]!.AsArray())
        {
            snapshot.Add(await _service.GetJsonAsync($"/api/dates/{date!["key"]}"));
        }

        return snapshot.ToJsonString();
    }
}
