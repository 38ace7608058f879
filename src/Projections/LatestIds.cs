namespace EventNews.Projections;

/// <summary>
/// The newest article ids of a person or a date, oldest first. Views keep counts of everything and
/// ids of the latest few only, so that a famous person or a busy year stays a small document that
/// is cheap to rewrite on every batch; the complete lists are pages of /api/articles.
/// </summary>
public static class LatestIds
{
    public const int Kept = 100;

    public static void Add(List<string> ids, string id)
    {
        if (ids.Count >= Kept)
        {
            ids.RemoveRange(0, ids.Count - Kept + 1);
        }

        ids.Add(id);
    }
}
