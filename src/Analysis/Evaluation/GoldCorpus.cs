using System.Text.Json;

namespace EventNews.Analysis.Evaluation;

/// <summary>A labelled corpus: <c>gold.json</c> and the article files under <c>corpus/</c> beside it.</summary>
public sealed record GoldCorpus(string Folder, IReadOnlyList<GoldArticle> Articles)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Reads <c>gold.json</c> from the folder (the one exception to the library's no-I/O rule).</summary>
    public static GoldCorpus Load(string folder)
    {
        var path = Path.Combine(folder, "gold.json");
        var file = JsonSerializer.Deserialize<GoldFile>(File.ReadAllText(path), Options)
            ?? throw new InvalidDataException($"{path} is empty.");
        return new GoldCorpus(folder, file.Articles ?? []);
    }

    public string ReadText(GoldArticle article) => File.ReadAllText(Path.Combine(Folder, "corpus", article.File));

    private sealed record GoldFile(List<GoldArticle>? Articles);
}

/// <summary>
/// One labelled article: its file, language, publication date, story, the people it names and,
/// where labelled, the dates it mentions (null: not labelled, so not scored; empty: it mentions none).
/// </summary>
public sealed record GoldArticle(string File, string? Language, GoldDate? Published, string? Story, IReadOnlyList<GoldPerson>? Persons, IReadOnlyList<GoldMentionedDate>? MentionedDates = null);

/// <summary>A labelled date: value "2022", "2022-10" or "2022-10-21" (null when unknown) and precision "year", "month", "day" or "unknown".</summary>
public sealed record GoldDate(string? Value, string? Precision);

/// <summary>A labelled person: the canonical name and the spellings the article uses.</summary>
public sealed record GoldPerson(string Canonical, IReadOnlyList<string>? Surfaces);

/// <summary>A labelled mentioned date: the words as written ("mardi dernier", "en 2019") and the value they stand for ("2022-10-18", "2019").</summary>
public sealed record GoldMentionedDate(string Surface, string Value);
