using System.Security.Cryptography;
using System.Text;

namespace EventNews.Ingest.Inbox;

/// <summary>File moves of the spool folders (inbox, claims, archive, error).</summary>
public static class SpoolFiles
{
    /// <summary>Moves a file to <paramref name="target"/>, or beside it as name~2.ext, name~3.ext … when taken.</summary>
    public static string MoveUnique(string source, string target) =>
        FirstFree(target, candidate => File.Move(source, candidate, overwrite: false));

    /// <summary>Writes <paramref name="content"/> to <paramref name="target"/>, or beside it as name~2.ext … when taken.</summary>
    public static string WriteUnique(string target, byte[] content) =>
        FirstFree(target, candidate =>
        {
            using var stream = new FileStream(candidate, FileMode.CreateNew, FileAccess.Write);
            stream.Write(content);
        });

    /// <summary>Tries <paramref name="target"/>, then name~2.ext, name~3.ext …, never overwriting a file.</summary>
    private static string FirstFree(string target, Action<string> create)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var stem = Path.Combine(Path.GetDirectoryName(target)!, Path.GetFileNameWithoutExtension(target));
        var extension = Path.GetExtension(target);
        for (var n = 1; ; n++)
        {
            var candidate = n == 1 ? target : $"{stem}~{n}{extension}";
            try
            {
                create(candidate);
                return candidate;
            }
            catch (IOException) when (File.Exists(candidate))
            {
            }
        }
    }

    /// <summary>A message id that is a function of the file: its name, bytes and time stamp.</summary>
    public static Guid MessageIdFor(string relativeName, string bytesSha256, DateTime lastWriteUtc)
    {
        var key = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{relativeName}\0{bytesSha256}\0{lastWriteUtc.Ticks}");
        return new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));
    }
}
