namespace EventNews.Analysis.Stories;

/// <summary>
/// French and English words that say nothing about which story an article tells: function words
/// and the verbs and nouns of reporting itself (déclaré, said, selon, according).
/// </summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new(
        """
        alors aussi autre autres avant avait avec avoir cela celle celles celui cent ceux cette chez comme comment
        dans depuis des deux dont elle elles encore entre etait etaient etre fait faire font leur leurs lors lorsque
        mais meme moins notre nous nouveau nouvelle ont par parce pas pendant peu peut plus pour pourquoi quand que
        quel quelle quelles quels qui sans selon ses son sont sous sur tout toute toutes tous tres une vers vous votre
        ainsi apres aupres avons cet ceci donc deja dit dits dire doit ete leurs lui mardi lundi mercredi jeudi vendredi
        samedi dimanche annee annees jour jours semaine semaines mois hier aujourd hui demain egalement toutefois
        declare declaree declaration affirme indique explique ajoute estime precise souligne assure annonce
        about after again against also among another any around because been before being between both cannot could
        does doing down during each even every from further have having here into itself just many more most much must
        only other ours over same should some such than that their theirs them then there these they this those
        through under until very were what when where which while whom will with would your yours said says told
        tuesday monday wednesday thursday friday saturday sunday week weeks year years today yesterday tomorrow
        according added also announced stated statement reported reporters news press
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    public static bool Contains(string foldedWord) => Words.Contains(foldedWord);
}
