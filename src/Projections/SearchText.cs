namespace EventNews.Projections;

/// <summary>Text as searches compare it: lower case, without accents ("Sergueï" is found as "serguei").</summary>
public static class SearchText
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(System.Text.NormalizationForm.FormD);
        var folded = new System.Text.StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }

    /// <summary>The words of a search, folded: an article or person matches when it holds every one.</summary>
    public static IReadOnlyList<string> Words(string search) =>
        Fold(search).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
