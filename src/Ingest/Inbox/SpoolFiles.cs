using System.Security.Cryptography;
using System.Text;

namespace EventNews.Ingest.Inbox;

/// <summary>File moves of the spool folders (inbox, claims, archive, error).</summary>
public static class SpoolFiles
{
    /// <summary>Moves a file to <paramref name="target"/>, or beside it as name~2.ext, name~3.ext … when taken.</summary>
    public static string MoveUnique(string source, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var stem = Path.Combine(Path.GetDirectoryName(target)!, Path.GetFileNameWithoutExtension(target));
        var extension = Path.GetExtension(target);
        for (var n = 1; ; n++)
        {
            var candidate = n == 1 ? target : $"{stem}~{n}{extension}";
            try
            {
                File.Move(source, candidate, overwrite: false);
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
