namespace EventNews.EndToEnd.Tests;

/// <summary>One service holding the three samples, shared by tests that only read it.</summary>
public sealed class ServiceWithSamples : IAsyncLifetime
{
    public EventNewsService Service { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Service = await EventNewsService.StartAsync();
        foreach (var sample in Launcher.Samples)
        {
            Service.Drop(sample);
        }

        await Service.WaitForStatusAsync(articles: 3);
    }

    public async Task DisposeAsync() => await Service.DisposeAsync();
}

public class PersonsAndDates(ServiceWithSamples samples) : IClassFixture<ServiceWithSamples>
{
    private readonly EventNewsService _service = samples.Service;

    [Fact]
    public async Task Lavrov_in_three_spellings_is_one_person_found_without_accents_or_case()
    {
        var found = await _service.GetJsonAsync("/api/persons?search=SERGUEI");
        var lavrov = Assert.Single(found["items"]!.AsArray(), p => p!["name"]!.GetValue<string>().Contains("Lavrov", StringComparison.Ordinal))!;

        var person = await _service.GetJsonAsync($"/api/persons/{lavrov["id"]}");
        Assert.Equal(3, person["articleCount"]!.GetValue<int>());
        Assert.Equal(3, person["latestArticleIds"]!.AsArray().Count);
        var aliases = person["aliases"]!.AsArray().Select(a => a!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("Sergueï Lavrov", aliases);
        Assert.Contains("Sergei Lavrov", aliases);
        Assert.Contains(person["coMentioned"]!.AsArray(), c => c!["name"]!.GetValue<string>().Contains("Blinken", StringComparison.Ordinal));

        var places = await _service.GetJsonAsync("/api/persons?search=moscou");
        Assert.Equal(0, places["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_month_key_holds_the_articles_published_that_month_and_a_year_key_its_months()
    {
        var october = await _service.GetJsonAsync("/api/dates/2022-10");
        Assert.Equal("month", october["precision"]!.GetValue<string>());
        Assert.Equal(1, october["published"]!.GetValue<int>());
        Assert.Single(october["latestPublishedArticleIds"]!.AsArray());

        var year = await _service.GetJsonAsync("/api/dates/2022");
        Assert.True(year["published"]!.GetValue<int>() >= 2, year.ToJsonString());
        Assert.Equal(year["published"]!.GetValue<int>(), year["latestPublishedArticleIds"]!.AsArray().Count);

        var range = await _service.GetJsonAsync("/api/dates?from=2022-07&to=2022-10");
        var keys = range["items"]!.AsArray().Select(d => d!["key"]!.GetValue<string>()).ToList();
        Assert.Contains("2022-07", keys);
        Assert.Contains("2022-10", keys);
        Assert.DoesNotContain("2022", keys);
    }

    [Fact]
    public async Task Articles_carry_their_persons_with_offsets_into_the_text()
    {
        var id = (await _service.GetJsonAsync("/api/articles"))["items"]!.AsArray()
            .Single(i => i!["sourceFile"]!.GetValue<string>() == "000_1842155fc3e3dec6.txt")!["id"]!.GetValue<string>();
        var article = await _service.GetJsonAsync($"/api/articles/{id}");
        var text = article["text"]!.GetValue<string>();

        Assert.Contains(article["persons"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "Antony Blinken");
        foreach (var mention in article["mentions"]!.AsArray())
        {
            var surface = text.Substring(mention!["start"]!.GetValue<int>(), mention["length"]!.GetValue<int>());
            Assert.Equal(mention["surface"]!.GetValue<string>(), surface);
        }
    }

    [Fact]
    public async Task Articles_are_found_by_every_word_of_the_search_in_any_case_and_without_accents()
    {
        async Task<List<string>> FilesFoundAsync(string search) =>
            [.. (await _service.GetJsonAsync($"/api/articles?search={Uri.EscapeDataString(search)}"))["items"]!.AsArray().Select(a => a!["sourceFile"]!.GetValue<string>()).Order()];

        Assert.Equal(["002_855a7f84c1564188.txt", "004_7c0963efd4a23422.txt"], await FilesFoundAsync("SERGUEI telephone"));
        Assert.Equal(["002_855a7f84c1564188.txt"], await FilesFoundAsync("sergueï crise"));
        Assert.Equal(["000_1842155fc3e3dec6.txt"], await FilesFoundAsync("000_"));
        Assert.Empty(await FilesFoundAsync("poutine crise"));
        Assert.Equal(3, (await _service.GetJsonAsync("/api/articles?search=%20"))["total"]!.GetValue<long>());

        var listed = await Launcher.RunAsync(_service.Environment, "articles", "--search", "Sergueï crise");
        Assert.True(listed.ExitCode == 0, listed.Output + listed.Error);
        Assert.Contains("002_855a7f84c1564188.txt", listed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("004_7c0963efd4a23422.txt", listed.Output, StringComparison.Ordinal);
        Assert.Contains("1 of 1 article(s)", listed.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/dates/2022-13", 400)]
    [InlineData("/api/dates/octobre", 400)]
    [InlineData("/api/dates?from=hier", 400)]
    [InlineData("/api/dates/1999-01-01", 404)]
    [InlineData("/api/persons/personne-inconnue", 404)]
    [InlineData("/api/persons?pageSize=1000", 400)]
    [InlineData("/api/persons?page=2147483647&pageSize=100", 400)]
    [InlineData("/api/dates?page=2147483647&pageSize=500", 400)]
    [InlineData("/api/articles?page=2147483647&pageSize=100", 400)]
    [InlineData("/api/persons?search=a%00", 400)]
    [InlineData("/api/articles?person=%00", 400)]
    [InlineData("/api/lineage?file=a%00.txt", 400)]
    [InlineData("/api/articles?page=abc", 400)]
    [InlineData("/api/dates?pageSize=1e3", 400)]
    public Task Bad_requests_get_problem_details_never_a_server_error(string path, int status) =>
        _service.AssertProblemAsync(path, status);
}
