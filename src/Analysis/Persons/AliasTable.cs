using System.Collections.Frozen;

namespace EventNews.Analysis;

/// <summary>
/// Known variants of people's names mapped to one canonical name. A text file, one person a line:
/// <c>Canonical Name | alias | alias</c>; <c>! alias | alias</c> forgets aliases given by an earlier
/// table; <c>#</c> starts a comment. Lookups go through <see cref="NameKey"/>, so systematic
/// transliteration variants need no line. The built-in table is <see cref="Default"/>; a user's
/// file in the same format extends and overrides it through <see cref="Combine"/>.
/// </summary>
public sealed class AliasTable
{
    private static readonly Lazy<AliasTable> BuiltIn = new(() => Parse(EmbeddedData.Read("aliases.txt")));

    private readonly FrozenDictionary<string, string> _canonicalByKey;
    private readonly FrozenDictionary<string, string> _canonicalByFirstAndLast;

    private AliasTable(IReadOnlyList<AliasEntry> entries, IReadOnlySet<string> forgotten)
    {
        Entries = entries;
        Forgotten = forgotten;
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var byFirstAndLast = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var name in entry.Aliases.Prepend(entry.Canonical))
            {
                var key = NameKey.Of(name);
                if (key.Length > 0)
                {
                    byKey[key] = entry.Canonical;
                }
            }

            var firstAndLast = FirstAndLast(NameKey.Of(entry.Canonical));
            if (firstAndLast is not null)
            {
                byFirstAndLast.TryAdd(firstAndLast, entry.Canonical);
            }
        }

        _canonicalByKey = byKey.ToFrozenDictionary(StringComparer.Ordinal);
        _canonicalByFirstAndLast = byFirstAndLast.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The built-in table, read from the library's embedded <c>Data/aliases.txt</c>.</summary>
    public static AliasTable Default => BuiltIn.Value;

    public static AliasTable Empty { get; } = new([], new HashSet<string>());

    /// <summary>One entry per canonical person, in file order.</summary>
    public IReadOnlyList<AliasEntry> Entries { get; }

    /// <summary>Keys of aliases this table removes from the tables combined before it.</summary>
    public IReadOnlySet<string> Forgotten { get; }

    /// <summary>Reads a table; throws <see cref="FormatException"/> naming the line of a malformed entry.</summary>
    public static AliasTable Parse(string fileText)
    {
        var entries = new List<AliasEntry>();
        var forgotten = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var rawLine in fileText.Split('\n'))
        {
            lineNumber++;
            var line = StripComment(rawLine).Trim().TrimStart('\uFEFF');
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('!'))
            {
                foreach (var alias in Cells(line[1..]))
                {
                    forgotten.Add(NameKey.Of(alias));
                }

                continue;
            }

            var cells = Cells(line).ToList();
            if (cells.Count == 0 || line.TrimStart().StartsWith('|') || NameKey.Of(cells[0]).Length == 0)
            {
                throw new FormatException($"Alias line {lineNumber} has no canonical name before its first '|': \"{rawLine.Trim()}\"");
            }

            entries.Add(new AliasEntry(cells[0], cells.Skip(1).ToList()));
        }

        return new AliasTable(Merge(entries), forgotten);
    }

    /// <summary>
    /// One table from several: later tables extend earlier ones, win when they map an alias to
    /// another person, respell a canonical name with the same key, and forget aliases with <c>!</c>.
    /// </summary>
    public static AliasTable Combine(params AliasTable[] tables)
    {
        var entries = new List<AliasEntry>();
        foreach (var table in tables)
        {
            if (table.Forgotten.Count > 0 || table.Entries.Count > 0)
            {
                var claimed = table.Entries.SelectMany(e => e.Aliases.Prepend(e.Canonical)).Select(NameKey.Of).ToHashSet(StringComparer.Ordinal);
                claimed.UnionWith(table.Forgotten);
                entries = entries
                    .Select(e => e with { Aliases = e.Aliases.Where(a => !claimed.Contains(NameKey.Of(a))).ToList() })
                    .ToList();
            }

            entries.AddRange(table.Entries);
        }

        // Forgetting has been applied above; the combined table forgets nothing further.
        return new AliasTable(Merge(entries), new HashSet<string>());
    }

    /// <summary>
    /// The canonical name for a name or alias, or null if the table does not know it. A name that
    /// leaves out middle names ("Recep Erdogan") matches a canonical name with the same first and last word.
    /// </summary>
    public string? Resolve(string name)
    {
        var key = NameKey.Of(name);
        if (key.Length == 0)
        {
            return null;
        }

        if (_canonicalByKey.TryGetValue(key, out var canonical))
        {
            return canonical;
        }

        var firstAndLast = FirstAndLast(key);
        return firstAndLast is not null && _canonicalByFirstAndLast.TryGetValue(firstAndLast, out canonical) ? canonical : null;
    }

    /// <summary>The key of the canonical name if the table knows the name, else the name's own key.</summary>
    public string CanonicalKey(string name) => NameKey.Identity(Resolve(name) ?? name);

    private static string? FirstAndLast(string key)
    {
        var first = key.IndexOf(' ', StringComparison.Ordinal);
        if (first < 0)
        {
            return null;
        }

        var last = key.LastIndexOf(' ');
        return string.Concat(key.AsSpan(0, first), " ", key.AsSpan(last + 1));
    }

    // Entries with the same canonical key become one; the last spelling of the canonical name wins.
    private static List<AliasEntry> Merge(List<AliasEntry> entries)
    {
        var merged = new List<AliasEntry>();
        var indexByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var key = NameKey.Of(entry.Canonical);
            if (indexByKey.TryGetValue(key, out var index))
            {
                var previous = merged[index];
                var aliases = previous.Aliases.Concat(entry.Aliases).Append(previous.Canonical)
                    .Where(a => a != entry.Canonical)
                    .Distinct(StringComparer.Ordinal).ToList();
                merged[index] = new AliasEntry(entry.Canonical, aliases);
            }
            else
            {
                indexByKey[key] = merged.Count;
                merged.Add(entry);
            }
        }

        return merged;
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? line : line[..hash];
    }

    private static IEnumerable<string> Cells(string line) =>
        line.Split('|').Select(c => c.Trim()).Where(c => c.Length > 0);
}

/// <summary>One person of an alias table: the canonical spelling and the other names that mean them.</summary>
public sealed record AliasEntry(string Canonical, IReadOnlyList<string> Aliases);

internal static class EmbeddedData
{
    public static string Read(string fileName)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        using var stream = assembly.GetManifestResourceStream("EventNews.Analysis.Data." + fileName)
            ?? throw new InvalidOperationException($"Embedded resource Data/{fileName} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The file's lines, trimmed, without blank lines and # comments.</summary>
    public static IEnumerable<string> Lines(string fileName)
    {
        foreach (var line in Read(fileName).Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                yield return trimmed;
            }
        }
    }

    public static IEnumerable<string> Words(string fileName) =>
        Lines(fileName).SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
