using System.Security.Cryptography;
using System.Text;

namespace EventNews.Analysis;

/// <summary>
/// An article is identified by the hash of its normalised text, so the same content delivered
/// twice, under any name, is one article.
/// </summary>
public static class ArticleIdentity
{
    /// <summary>Length of an article id in hex characters (64 bits of SHA-256).</summary>
    public const int Length = 16;

    public static string Of(string text)
    {
        var normalised = Normalise(text);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(normalised));
        return Convert.ToHexStringLower(hash)[..Length];
    }

    public static bool IsWellFormed(string id) =>
        id.Length == Length && id.All(c => char.IsAsciiHexDigitLower(c) || char.IsAsciiDigit(c));

    /// <summary>
    /// Unicode NFC, byte-order marks and zero-width characters removed, every run of white space
    /// folded to one space, trimmed. Differences that no reader sees do not make a new article.
    /// </summary>
    public static string Normalise(string text)
    {
        var composed = text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(composed.Length);
        var pendingSpace = false;
        foreach (var c in composed)
        {
            if (c is '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
