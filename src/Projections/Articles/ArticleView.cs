using EventNews.Analysis;
using EventNews.Contracts;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace EventNews.Projections.Articles;

/// <summary>A date as precise as the source said it: value "2022-10" with precision "month".</summary>
public sealed record DateValue(string? Value, string Precision)
{
    public static readonly DateValue Unknown = new(null, "unknown");

    public static DateValue From(PartialDate? date) =>
        date is null ? Unknown : new DateValue(date.Key, date.Precision.ToString().ToLowerInvariant());
}

/// <summary>One article as users see it: where it came from, what it says, what was derived from it.</summary>
public sealed record ArticleView(
    string Id,
    string Title,
    string SourceFile,
    DateValue Published,
    IReadOnlyList<string> Persons,
    string? ClusterId,
    long SizeBytes,
    string Format,
    string Encoding,
    string BytesSha256,
    DateTimeOffset ReceivedAt,
    string Text);

public sealed class ArticleViewProjection : SingleStreamProjection<ArticleView, string>
{
    public const string ProjectionName = "articles";

    public ArticleViewProjection() => Name = ProjectionName;

    public static ArticleView Create(IEvent<ArticleReceived> e)
    {
        var article = e.Data;
        var header = ArticleHeader.Read(article.Text);
        return new ArticleView(
            e.StreamKey!,
            header.Title,
            article.SourceFile,
            DateValue.From(header.Published),
            [],
            null,
            article.SizeBytes,
            article.Format,
            article.Encoding,
            article.BytesSha256,
            article.ReceivedAt,
            article.Text);
    }
}
