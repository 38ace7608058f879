using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using UtfUnknown;

namespace EventNews.Ingest.Inbox.Formats;

/// <summary>Text decoded from a file's bytes, with the name of the encoding that decoded it.</summary>
internal sealed record DecodedText(string Text, string Encoding);

/// <summary>
/// Turns bytes into text: a byte-order mark wins (UTF-8, UTF-16, UTF-32), then UTF-16 recognised by
/// its NUL pattern, then UTF-8 when the bytes are valid UTF-8, then a declared charset (HTML), then
/// statistical detection.
/// Whatever decodes, the result must look like text.
/// </summary>
internal static partial class TextDecoding
{
    private const double MinimumConfidence = 0.25;
    private const double MaximumControlShare = 0.01;

    // Every file's text is searched for them: a vectorised search instead of a test per character.
    private static readonly SearchValues<char> StrayControls = SearchValues.Create(
        [.. Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(c => (char)c).Where(IsStrayControl)]);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UTF32Encoding StrictUtf32Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true);
    private static readonly UTF32Encoding StrictUtf32Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true);

    static TextDecoding() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The charset a document declares near its start, in a meta element or an XML declaration, as browsers pre-scan it.</summary>
    public static Encoding? DeclaredCharset(byte[] bytes)
    {
        var head = System.Text.Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var match = CharsetDeclaration().Match(head);
        return match.Success ? FromLabel(match.Groups["charset"].Value) : null;
    }

    /// <summary>As <see cref="Decode"/>, and a text that is only white space is rejected as empty.</summary>
    public static (DecodedText? Decoded, ArticleReadResult? Rejection) DecodeSomeText(byte[] bytes, Encoding? declared = null)
    {
        var (decoded, rejection) = Decode(bytes, declared);
        return decoded is not null && string.IsNullOrWhiteSpace(decoded.Text)
            ? (null, ArticleReadResult.Reject(RejectionReason.Empty, "the file has no text"))
            : (decoded, rejection);
    }

    /// <summary>The decoded text, or the rejection saying why the bytes are not text.</summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="declared">A charset the content declares about itself (HTML meta), if any.</param>
    public static (DecodedText? Decoded, ArticleReadResult? Rejection) Decode(byte[] bytes, Encoding? declared = null)
    {
        if (bytes.AsSpan().StartsWith("\uFEFF"u8))
        {
            return Checked(bytes.AsSpan(3), StrictUtf8, "utf-8-bom");
        }

        // UTF-32's marks first: the little-endian one begins with UTF-16's.
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return Checked(bytes.AsSpan(4), StrictUtf32Le, "utf-32le");
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return Checked(bytes.AsSpan(4), StrictUtf32Be, "utf-32be");
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Checked(bytes.AsSpan(2), StrictUtf16Le, "utf-16le");
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Checked(bytes.AsSpan(2), StrictUtf16Be, "utf-16be");
        }

        if (bytes.AsSpan().IndexOf((byte)0) >= 0)
        {
            return LooksLikeUtf16(bytes) switch
            {
                "utf-16le" => Checked(bytes, StrictUtf16Le, "utf-16le"),
                "utf-16be" => Checked(bytes, StrictUtf16Be, "utf-16be"),
                _ => (null, ArticleReadResult.Reject(RejectionReason.Binary, "the file contains NUL bytes: binary content, not text")),
            };
        }

        // Valid UTF-8 with non-ASCII bytes is all but impossible by accident, so it beats a declaration
        // (scrapers often save pages as UTF-8 and keep the original meta charset).
        var (multibyte, invalid, cutTail) = MeasureUtf8(bytes);
        if (invalid == 0)
        {
            // A file cut off inside its last character loses that character, not its encoding.
            return Checked(bytes.AsSpan(0, bytes.Length - cutTail), StrictUtf8, "utf-8");
        }

        if (multibyte >= 10 * invalid)
        {
            // Mostly UTF-8 with a stray bad byte: a replacement character costs less than mojibake throughout.
            return Checked(bytes, Encoding.UTF8, "utf-8");
        }

        // A declared UTF-16 or UTF-32 without a byte-order mark is a mislabel (browsers read it as UTF-8).
        if (declared is not null && declared.CodePage is not (65001 or 1200 or 1201 or 12000 or 12001))
        {
            var encoding = RefineLatin(declared, bytes);
            return Checked(bytes, encoding, encoding.WebName.ToLowerInvariant());
        }

        var detected = CharsetDetector.DetectFromBytes(bytes).Detected;
        if (detected?.Encoding is null || detected.Confidence < MinimumConfidence)
        {
            var guess = detected is null ? "no encoding fits" : $"the best guess, {detected.EncodingName}, has a confidence of only {detected.Confidence:0.00}";
            return (null, ArticleReadResult.Reject(RejectionReason.Undecodable, $"the bytes are not valid UTF-8 and no other character encoding decodes them sensibly ({guess})"));
        }

        var best = RefineLatin(detected.Encoding, bytes);
        return Checked(bytes, best, best.WebName.ToLowerInvariant());
    }

    /// <summary>An encoding by its label (e.g. from an HTML meta charset), or null when unknown here.</summary>
    public static Encoding? FromLabel(string label)
    {
        try
        {
            return Encoding.GetEncoding(label.Trim());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static (DecodedText?, ArticleReadResult?) Checked(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        string text;
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            return (null, ArticleReadResult.Reject(RejectionReason.Undecodable, $"the bytes are not valid {name}: {ex.Message}"));
        }

        text = LineBreaks(text);
        var controls = CountStrayControls(text);
        if (controls > 2 && controls > text.Length * MaximumControlShare)
        {
            return (null, ArticleReadResult.Reject(RejectionReason.Undecodable, $"decoded as {name}, {controls} of {text.Length} characters are control characters: not text"));
        }

        return (new DecodedText(text, name), null);
    }

    /// <summary>
    /// Ends lines as every reader here expects: a carriage return alone (classic Mac OS files, some
    /// exports) becomes a line feed; CR LF is left as it is. One character for one, so the text keeps
    /// its length.
    /// </summary>
    private static string LineBreaks(string text)
    {
        var at = text.IndexOf('\r');
        if (at < 0)
        {
            return text;
        }

        char[]? copy = null;
        for (; at >= 0; at = text.IndexOf('\r', at + 1))
        {
            if (at + 1 == text.Length || text[at + 1] != '\n')
            {
                copy ??= text.ToCharArray();
                copy[at] = '\n';
            }
        }

        return copy is null ? text : new string(copy);
    }

    private static int CountStrayControls(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var at = text.IndexOfAny(StrayControls); at >= 0; at = text.IndexOfAny(StrayControls))
        {
            count++;
            text = text[(at + 1)..];
        }

        return count;
    }

    private static bool IsStrayControl(char c) =>
        c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v'));

    /// <summary>How many well-formed multi-byte and how many invalid UTF-8 sequences, and how many bytes of an incomplete one at the end.</summary>
    private static (int Multibyte, int Invalid, int CutTail) MeasureUtf8(ReadOnlySpan<byte> bytes)
    {
        int multibyte = 0, invalid = 0;
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
            if (status == OperationStatus.NeedMoreData)
            {
                return (multibyte, invalid, bytes.Length);
            }

            if (status == OperationStatus.InvalidData)
            {
                invalid++;
            }
            else if (rune.Value >= 0x80)
            {
                multibyte++;
            }

            bytes = bytes[consumed..];
        }

        return (multibyte, invalid, 0);
    }

    /// <summary>
    /// UTF-16 without a byte-order mark: text in Latin scripts has a NUL in (nearly) every other byte,
    /// at odd offsets for little-endian, at even ones for big-endian.
    /// </summary>
    private static string? LooksLikeUtf16(byte[] bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }

        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == 0)
            {
                if (i % 2 == 0)
                {
                    evenNuls++;
                }
                else
                {
                    oddNuls++;
                }
            }
        }

        var units = bytes.Length / 2;
        if (oddNuls >= units * 0.3 && evenNuls <= units * 0.02)
        {
            return "utf-16le";
        }

        return evenNuls >= units * 0.3 && oddNuls <= units * 0.02 ? "utf-16be" : null;
    }

    /// <summary>
    /// Latin-1 as labelled or detected is decoded as the web does: bytes 0x80–0x9F are Windows-1252's
    /// printable characters (’ œ € …), never C1 control codes, in real text. Without those bytes,
    /// ISO-8859-15 is told from Latin-1 by where its € and œ stand.
    /// </summary>
    private static Encoding RefineLatin(Encoding encoding, byte[] bytes)
    {
        if (encoding.CodePage is not (28591 or 20127 or 1252 or 28605))
        {
            return encoding;
        }

        if (bytes.AsSpan().IndexOfAnyInRange((byte)0x80, (byte)0x9F) >= 0)
        {
            return Encoding.GetEncoding(1252);
        }

        return LooksLikeLatin9(bytes) ? Encoding.GetEncoding(28605) : Encoding.Latin1;
    }

    /// <summary>
    /// ¤ (0xA4) is all but unused in real text while € is everywhere in news, and ¼ ½ (0xBC, 0xBD) do
    /// not stand inside words while Œ œ do ("cœur", "manœuvre").
    /// </summary>
    private static bool LooksLikeLatin9(byte[] bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == 0xA4)
            {
                return true;
            }

            if (bytes[i] is 0xBC or 0xBD && i > 0 && i < bytes.Length - 1 && IsLatinLetter(bytes[i - 1]) && IsLatinLetter(bytes[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLatinLetter(byte b) =>
        b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= 0xC0 and not 0xD7 and not 0xF7);

    [GeneratedRegex("""(<meta\b[^>]*?\bcharset\s*=\s*["']?|<\?xml\b[^>]*?\bencoding\s*=\s*["'])\s*(?<charset>[A-Za-z0-9_.:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetDeclaration();
}
