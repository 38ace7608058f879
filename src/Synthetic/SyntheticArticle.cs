namespace EventNews.Synthetic;

/// <summary>One generated article with its ground truth.</summary>
/// <param name="FileName">Zero-padded sequence number and a short hash: file-name order is stream order.</param>
/// <param name="Text">Full file text, possibly with a " date yyyy-MM-dd " metadata prefix.</param>
/// <param name="StoryId">The story this article tells (the gold cluster).</param>
/// <param name="PersonIds">Canonical ids of the persons named in the text.</param>
/// <param name="Published">Publication day.</param>
/// <param name="Language">"fr" or "en".</param>
/// <param name="Variant">How it was made: original, republished, cut, boilerplate, retold, translated, decoy.</param>
public sealed record SyntheticArticle(
    string FileName,
    string Text,
    string StoryId,
    IReadOnlyList<string> PersonIds,
    DateOnly Published,
    string Language,
    string Variant);
