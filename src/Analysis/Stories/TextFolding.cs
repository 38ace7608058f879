using System.Globalization;
using System.Text;

namespace EventNews.Analysis.Stories;

/// <summary>
/// Folds characters so that spellings a reader treats as the same compare equal: lower case,
/// no diacritics (Sergueï = serguei), ligatures spelled out (œ = oe).
/// </summary>
public static class TextFolding
{
    private const int TableSize = 0x250;
    private static readonly string[] Table = BuildTable();

    /// <summary>Appends the folded form of <paramref name="c"/> (empty for a combining mark).</summary>
    public static void Append(StringBuilder builder, char c)
    {
        if (c < TableSize)
        {
            builder.Append(Table[c]);
            return;
        }

        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
        {
            return;
        }

        builder.Append(char.ToLowerInvariant(c));
    }

    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            Append(builder, c);
        }

        return builder.ToString();
    }

    /// <summary>A letter or digit that belongs inside a word (apostrophes and hyphens split words).</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static string[] BuildTable()
    {
        var table = new string[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            table[i] = c switch
            {
                'œ' or 'Œ' => "oe",
                'æ' or 'Æ' => "ae",
                'ß' => "ss",
                _ => StripMarks(c),
            };
        }

        return table;
    }

    private static string StripMarks(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(d));
            }
        }

        return builder.ToString();
    }
}
