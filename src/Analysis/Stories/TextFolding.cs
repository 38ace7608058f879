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

    /// <summary>The most characters one character folds into (œ = oe).</summary>
    public static readonly int MaxFoldedLength = Math.Max(1, Table.Max(folded => folded.Length));

    /// <summary>
    /// Writes the folded form of <paramref name="c"/> at the start of <paramref name="destination"/>
    /// (room for <see cref="MaxFoldedLength"/>) and returns how many characters it took.
    /// </summary>
    public static int Fold(char c, Span<char> destination)
    {
        if (c < TableSize)
        {
            var folded = Table[c];
            folded.CopyTo(destination);
            return folded.Length;
        }

        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
        {
            return 0;
        }

        destination[0] = char.ToLowerInvariant(c);
        return 1;
    }

    public static string Fold(string text)
    {
        var composed = text.Normalize(NormalizationForm.FormC);
        var folded = new char[composed.Length * MaxFoldedLength];
        var length = 0;
        foreach (var c in composed)
        {
            length += Fold(c, folded.AsSpan(length));
        }

        return new string(folded, 0, length);
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
