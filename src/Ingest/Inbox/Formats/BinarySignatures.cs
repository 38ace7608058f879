namespace EventNews.Ingest.Inbox.Formats;

/// <summary>The first bytes of binary files that land in inboxes by mistake.</summary>
internal static class BinarySignatures
{
    private static readonly (byte[] Magic, string Kind)[] Known =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF87a"u8.ToArray(), "a GIF image"),
        ("GIF89a"u8.ToArray(), "a GIF image"),
        ("%PDF-"u8.ToArray(), "a PDF document"),
        ([(byte)'P', (byte)'K', 0x03, 0x04], "a ZIP archive (or an Office document)"),
        ([(byte)'P', (byte)'K', 0x05, 0x06], "an empty ZIP archive"),
        ([0x1F, 0x8B], "a gzip archive"),
    ];

    /// <summary>What the bytes are, when they start like a known binary format; otherwise null.</summary>
    public static string? Recognise(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, kind) in Known)
        {
            if (bytes.StartsWith(magic))
            {
                return kind;
            }
        }

        return null;
    }
}
