using System.Text;
using System.Text.Json.Nodes;

namespace EventNews.EndToEnd.Tests;

public class BadInput : IAsyncLifetime
{
    private EventNewsService _service = null!;

    public async Task InitializeAsync() => _service = await EventNewsService.StartAsync(new Dictionary<string, string>
    {
        ["EventNews__MaxFileBytes"] = "65536",
    });

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Every_kind_of_bad_file_is_quarantined_with_its_reason_and_the_good_ones_around_it_are_stored()
    {
        var expected = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["vide.txt"] = "empty",
            ["blancs.txt"] = "empty",
            ["nul.txt"] = "binary",
            ["photo.txt"] = "binary",
            ["bruit.txt"] = "undecodable",
            ["enorme.txt"] = "too-large",
            ["casse.json"] = "malformed-json",
            ["sans-texte.json"] = "no-text",
            ["rapport.xyz"] = "unknown-extension",
            ["flux.line-2.ndjson"] = "malformed-json",
            ["flux.line-4.ndjson"] = "no-text",
            ["casse.xml"] = "malformed-xml",
            ["fil.item-2.rss"] = "no-text",
        };

        _service.DropText("vide.txt", "");
        _service.DropText("blancs.txt", " \n\t \r\n ");
        _service.DropBytes("nul.txt", [.. Encoding.UTF8.GetBytes("Le texte "), 0, 0, 0, .. Encoding.UTF8.GetBytes(" continue")]);
        _service.DropBytes("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        var random = new Random(20261122);
        _service.DropBytes("bruit.txt", Enumerable.Range(0, 4096).Select(_ => (byte)random.Next(1, 256)).ToArray());
        _service.DropText("enorme.txt", string.Concat(Enumerable.Repeat(File.ReadAllText(Launcher.Samples[1]), 20)));
        _service.DropText("casse.json", """{ "title": "Coupé", "text": "Le texte s'arrête """);
        _service.DropText("sans-texte.json", """{ "title": "Seulement un titre", "url": "https://example.org/a" }""");
        _service.DropText("rapport.xyz", "Un rapport dans un format inconnu.");
        _service.DropText("flux.ndjson", string.Join('\n',
            """{"title":"Un","text":"Premier article du flux, sur Olaf Scholz à Berlin."}""",
            """{"title":"Deux","text":"cassé""",
            """{"title":"Trois","text":"Troisième article du flux, sur Ursula von der Leyen à Bruxelles."}""",
            """{"title":"Quatre"}"""));
        _service.DropText("casse.xml", """<rss version="2.0"><channel><item><title>Coupé</title>""");
        _service.DropText("fil.rss", """
            <rss version="2.0"><channel><title>Fil</title>
            <item><title>Tallinn</title><description>Kaja Kallas a reçu ses homologues baltes à Tallinn.</description></item>
            <item><title>Rien</title></item>
            </channel></rss>
            """);

        // 200 generated malformed files: truncated JSON, NUL-laden text and empty files, in turn.
        for (var i = 0; i < 200; i++)
        {
            var (name, reason) = (i % 3) switch
            {
                0 => ($"gen/casse-{i:000}.json", "malformed-json"),
                1 => ($"gen/binaire-{i:000}.txt", "binary"),
                _ => ($"gen/vide-{i:000}.txt", "empty"),
            };
            expected[name] = reason;
            switch (i % 3)
            {
                case 0:
                    _service.DropText(name, $$"""{"title":"Article {{i}}","text":"Tronqué au milieu""");
                    break;
                case 1:
                    _service.DropBytes(name, [.. Encoding.UTF8.GetBytes($"Article {i} "), 0, (byte)i, 0]);
                    break;
                default:
                    _service.DropText(name, "");
                    break;
            }
        }

        foreach (var sample in Launcher.Samples)
        {
            _service.Drop(sample);
        }

        await _service.WaitForStatusAsync(articles: 6, rejected: expected.Count, seconds: 120);

        foreach (var (name, reason) in expected)
        {
            var quarantined = Path.Combine(_service.ErrorFolder, name);
            Assert.True(File.Exists(quarantined), $"{name} is in error/");
            var why = JsonNode.Parse(await File.ReadAllTextAsync(quarantined + ".reason.json"))!;
            Assert.Equal(reason, why["reason"]!.GetValue<string>());
            Assert.False(string.IsNullOrWhiteSpace(why["message"]!.GetValue<string>()));
        }

        var rejections = await _service.GetJsonAsync("/api/rejections?pageSize=500");
        Assert.Equal(expected.Count, rejections["total"]!.GetValue<long>());
        var empties = await _service.GetJsonAsync("/api/rejections?reason=empty");
        Assert.Equal(expected.Values.Count(r => r == "empty"), empties["total"]!.GetValue<long>());
        Assert.All(empties["items"]!.AsArray(), r => Assert.Equal("empty", r!["reason"]!.GetValue<string>()));

        var titles = (await _service.GetJsonAsync("/api/articles")).ToJsonString();
        Assert.Contains("Olaf Scholz", (await ArticleTextsAsync()), StringComparison.Ordinal);
        Assert.Contains("Ursula von der Leyen", (await ArticleTextsAsync()), StringComparison.Ordinal);
        Assert.Contains("Kaja Kallas", (await ArticleTextsAsync()), StringComparison.Ordinal);
        Assert.Empty(_service.FilesInInbox());
        Assert.Contains("000_1842155fc3e3dec6.txt", titles, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_french_article_in_four_encodings_is_one_article_with_its_accents_intact()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string Text = "« L’été à Genève », a dit Mme Colonna : le ministre a reçu Sergueï Lavrov à 18 h, où l’on a parlé d’œuvres.";
        _service.DropBytes("utf8.txt", Encoding.UTF8.GetBytes(Text));
        _service.DropBytes("utf8-bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Text)]);
        _service.DropBytes("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Text)]);
        _service.DropBytes("cp1252.txt", Encoding.GetEncoding(1252).GetBytes(Text));

        await _service.WaitForStatusAsync(articles: 1, duplicates: 3);

        var id = (await _service.GetJsonAsync("/api/articles"))["items"]![0]!["id"]!.GetValue<string>();
        Assert.Equal(Text, (await _service.GetJsonAsync($"/api/articles/{id}"))["text"]!.GetValue<string>());
    }

    private async Task<string> ArticleTextsAsync()
    {
        var texts = new StringBuilder();
        foreach (var item in (await _service.GetJsonAsync("/api/articles"))["items"]!.AsArray())
        {
            texts.AppendLine((await _service.GetJsonAsync($"/api/articles/{item!["id"]}"))["text"]!.GetValue<string>());
        }

        return texts.ToString();
    }
}
