using System.Collections.Frozen;
using System.Text.RegularExpressions;
using EventNews.Analysis.Text;

namespace EventNews.Analysis.Persons;

/// <summary>What a capitalised word can be, from the embedded word lists (see docs/analysis.md for their provenance).</summary>
internal sealed partial class NameLexicon
{
    private static readonly Lazy<NameLexicon> BuiltIn = new(() => new NameLexicon());

    // Given names that are also ordinary words ("former Marine Paul Whelan"): they open a name only
    // when what follows them is not already a name.
    private static readonly FrozenSet<string> AmbiguousGivenNames =
        new[] { "marine", "will", "grant", "guy", "mark", "rose", "frank", "victoria", "christian", "hunter", "jordan", "austin" }
            .ToFrozenSet(StringComparer.Ordinal);

    // Places that are also given names ("Sofia Coppola", "Paris Hilton", "Orlando Bloom"): such a word opens a name
    // only before a surname, and that name needs more than its given name to count (see PersonExtractor).
    private static readonly FrozenSet<string> PlaceGivenNames =
        new[] { "sofia", "paris", "orlando", "sydney", "georgia", "carolina", "dallas", "brooklyn", "israel" }
            .ToFrozenSet(StringComparer.Ordinal);

    // Vietnamese family names, whose given names may run to three syllables written apart ("Nguyễn Thị Thu Hà"). Declared
    // before the family names that come first, which hold them too.
    private static readonly FrozenSet<string> VietnameseFamilyNames =
        new[] { "nguyen", "tran", "pham", "hoang", "huynh", "phan", "vo", "dang", "bui", "ngo", "duong" }.Select(NameKey.OfWord).ToFrozenSet(StringComparer.Ordinal);

    // Family names that come first in the name (Chinese, Korean, Vietnamese): "Wang Yi" is Mr Wang, "Moon Jae-in"
    // Mr Moon, and a later "Wang" or "Moon" alone names the same person. Not He or Ma: "He said" and
    // "Ma mère" open sentences about someone else.
    private static readonly FrozenSet<string> FamilyNamesFirst =
        new[]
        {
            "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "zhou", "wu", "xu", "sun", "zhu", "hu", "guo", "lin", "gao",
            "luo", "qin", "han", "deng", "cai", "tang", "feng", "dong", "xiao", "cheng", "wei", "jiang", "zheng", "pan", "peng", "lu",
            "su", "yu", "tian", "fu", "fan", "ding", "ye", "shen", "yao", "zhong", "jin", "ren", "jia", "tan", "liao", "shi", "mao", "xi",
            "kong", "wen", "zeng", "qian", "bai", "kim", "lee", "park", "choi", "choe", "moon", "yoon", "jung", "kang", "cho", "chung",
            "lim", "ng", "goh", "teo", "chua", "koh", "tay", "yeo", "toh", "chong", "chan", "cheung", "leung", "wong", "lau", "kwok",
            "tse", "yip", "lam", "fung", "jang", "seo", "shin", "kwon", "hwang", "ahn", "jeon", "yoo",
        }.Select(NameKey.OfWord).Concat(VietnameseFamilyNames).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> HonorificWords =
        new[] { "m", "mm", "mme", "mmes", "mlle", "mr", "mrs", "ms", "dr", "dre", "drs", "pr", "prof", "sir", "dame", "lord", "lady", "mgr", "herr", "frau", "sen", "rep", "gen", "gov", "lt", "col", "capt", "adm", "sgt", "brig", "maj", "rev", "president", "president-elect", "me", "maitre", "cllr", "cr", "coun", "aunty", "auntie", "mama", "ramatoa", "lella", "lalla", "fr", "dona", "gogo", "det", "insp", "supt", "madame", "monsieur", "mademoiselle", "seyed", "seyyed", "sayyid", "sayyed",
            "shri", "smt", "shrimati", "hon", "alhaji", "alhaja", "hajia", "engr", "eng", "adv" }
            .ToFrozenSet(StringComparer.Ordinal);

    // Honorifics of more than four letters that are never part of a name ("Lalla", "President" may be).
    private static readonly FrozenSet<string> LongHonorificsOnly = new[]
    {
        "madame", "monsieur", "mademoiselle", "seyed", "seyyed", "sayyid", "sayyed", "shrimati", "alhaji", "alhaja", "hajia",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Honorifics written without a full stop may stand alone ("Mme Colonna"); single letters need it ("M. Blinken").
    private static readonly FrozenSet<string> HonorificsNeedingStop = new[] { "m", "mm", "pr", "gen", "lt", "col", "capt", "adm", "sgt", "gov", "sen", "rep", "prof", "brig", "maj", "rev", "coun", "eng", "adv" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> LowerParticles =
        new[] { "de", "du", "des", "d", "von", "van", "der", "den", "da", "di", "dos", "das", "do", "del", "della", "dela", "delos", "la", "le", "ter", "ten", "zu", "zur", "zum", "vom", "bin", "ben", "ibn", "al", "el", "y", "ap", "af" }
            .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LowerParticlesBySpan = LowerParticles.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> CapitalParticles =
        new[] { "le", "la", "de", "du", "van", "von", "di", "da", "del", "della", "dos", "ter", "al", "el", "ben", "bin", "abu", "abou", "abi", "mac", "saint", "o", "ni", "nic", "ui", "af" }
            .ToFrozenSet(StringComparer.Ordinal);

    // Words that may stand between a role and a name: "le ministre russe des Affaires étrangères Sergueï Lavrov".
    private static readonly FrozenSet<string> RoleComplements =
        new[]
        {
            "de", "du", "des", "d", "la", "le", "l", "les", "a", "à", "au", "aux", "of", "the", "for", "and", "et", "en", "in", "on", "s",
            "affaires", "etrangeres", "foreign", "federal", "federale", "defense", "defence", "etat", "state", "interieur", "interior", "finances", "finance",
            "economie", "economy", "justice", "sante", "health", "securite", "security", "affairs", "treasury", "homeland", "commerce",
            "ministry", "ministere", "diplomatie", "diplomacy", "armees", "armee", "army", "forces", "renseignement", "intelligence",
            "nationale", "national", "energie", "energy", "agriculture", "education", "culture", "sport", "sports", "transports", "transport",
            "ex", "former", "ancien", "ancienne", "vice", "adjoint", "adjointe", "deputy", "acting", "general", "generale", "senior", "top",
            "premier", "prime", "first", "chief", "en", "chef", "exterieur", "exterieures", "relations", "europeennes", "european", "unis",
            "etats", "united", "states", "us", "u", "uk", "onu", "un", "otan", "nato", "ue", "eu", "kremlin", "house", "white", "maison", "blanche",
            "basket-ball", "basketball", "basket", "football", "tennis", "hockey", "armes", "arms", "affaires", "business", "droits", "rights",
            "homme", "human", "opposition", "parti", "party", "conseil", "council", "securite", "nations", "unies", "atomique", "atomic",
            "agence", "agency", "internationale", "international", "republicain", "republican", "democrate", "democratic", "democrat",
            "conservative", "conservateur", "conservatrice", "labour", "travailliste", "socialist", "socialiste", "liberal", "green",
            "ecologiste", "centrist", "centriste", "communist", "communiste", "insoumis", "insoumise", "tory", "progressive", "populist", "populiste",
            "travail", "emploi", "logement", "environnement", "industrie", "budget", "comptes", "publics", "numerique", "recherche", "enseignement",
            "superieur", "solidarites", "famille", "egalite", "outre-mer", "territoires", "ville", "jeunesse", "labor", "labour", "housing",
            "environment", "industry", "trade", "employment", "work", "pensions", "transition", "ecologique", "climat", "climate", "mer",
        }.ToFrozenSet(StringComparer.Ordinal);

    private NameLexicon()
    {
        GivenNames = NameKey.GivenNameKeys;
        Places = Fold("places.txt");
        Organisations = Fold("organisations.txt");
        CommonWords = Fold("common-words.txt");
        Roles = Fold("roles.txt");
        Nationalities = Fold("nationalities.txt");
        Brands = EmbeddedData.Lines("brands.txt").Select(NameKey.Of).ToFrozenSet(StringComparer.Ordinal);
        _brandsBySpan = Brands.GetAlternateLookup<ReadOnlySpan<char>>();
        BrandFirstWords = Brands.Select(b => b.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
    }

    public static NameLexicon Default => BuiltIn.Value;

    public FrozenSet<string> GivenNames { get; }

    public FrozenSet<string> Places { get; }

    public FrozenSet<string> Organisations { get; }

    public FrozenSet<string> CommonWords { get; }

    public FrozenSet<string> Roles { get; }

    public FrozenSet<string> Nationalities { get; }

    /// <summary>The name keys of businesses named after their founders ("Louis Vuitton"), from brands.txt.</summary>
    public FrozenSet<string> Brands { get; }

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _brandsBySpan;

    /// <summary>The keys of the brands' first words ("luis" of "Louis Vuitton"): most names open with none of them.</summary>
    public FrozenSet<string> BrandFirstWords { get; }

    public bool IsGivenName(string word) => GivenNames.Contains(NameKey.OfWord(word));

    /// <summary>
    /// A word that is a given name (<paramref name="key"/> is its name key), or a compound of given
    /// names that the list does not hold whole ("François-Xavier", "Anne-Sophie").
    /// </summary>
    public bool IsGivenNameWord(string word, string key) =>
        GivenNames.Contains(key)
        || (word.Contains('-', StringComparison.Ordinal) && (word.Split('-').All(part => part.Length > 0 && IsGivenName(part)) || KoreanGivenName().IsMatch(word)));

    // "Ji-hoon", "Seo-yeon", "Jae-myung": two romanised Korean syllables joined by a hyphen, the second in lower case, are a
    // given name, whichever side of the family name it stands ("Ji-hoon Park", "Park Ji-hoon"). Each syllable is an
    // optional consonant, a vowel of the romanisation and an optional final consonant, so English compounds at a sentence's
    // start ("Long-term", "Pre-season", "Co-founder") do not read as one.
    [GeneratedRegex(@"^\p{Lu}(?:[gkndtrlmbpsjhcyw]|kk|tt|pp|ss|jj|ch)?(?:ae|yae|eo|yeo|ye|wa|wae|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|a|e|i|o|u)(?:ng|[knlmpt])?-(?:[gkndtrlmbpsjhcyw]|kk|tt|pp|ss|jj|ch)?(?:ae|yae|eo|yeo|ye|wa|wae|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|a|e|i|o|u)(?:ng|[knlmpt])?$", RegexOptions.CultureInvariant)]
    private static partial Regex KoreanGivenName();

    public static bool IsAmbiguousGivenName(string folded) => AmbiguousGivenNames.Contains(folded);

    /// <summary>A place that is also a given name (<see cref="PlaceGivenNames"/>), as folded.</summary>
    public static bool IsPlaceGivenName(string folded) => PlaceGivenNames.Contains(folded);

    /// <summary>A family name that opens a name (<see cref="FamilyNamesFirst"/>), by its name key.</summary>
    public static bool IsFamilyNameFirst(string key) => FamilyNamesFirst.Contains(key);

    /// <summary>A Vietnamese family name, whose given names may run to three syllables written apart.</summary>
    public static bool IsVietnameseFamilyName(string key) => VietnameseFamilyNames.Contains(key);

    public static bool IsHonorific(string folded) => HonorificWords.Contains(folded);

    /// <summary>An honorific that is never a word of the name it stands before: a short one ("Mme", "Dr"), or one of the longer ones.</summary>
    public static bool IsHonorificOnly(string folded) => HonorificWords.Contains(folded) && (folded.Length <= 4 || LongHonorificsOnly.Contains(folded));

    public static bool HonorificNeedsStop(string folded) => HonorificsNeedingStop.Contains(folded);

    public static bool IsLowerParticle(ReadOnlySpan<char> word) => LowerParticlesBySpan.Contains(word);

    public static bool IsCapitalParticle(string folded) => CapitalParticles.Contains(folded);

    public bool IsRoleComplement(string folded) => RoleComplements.Contains(folded) || Nationalities.Contains(folded);

    /// <summary>
    /// A role word, also inside a compound: "vice-président", "editor-in-chief", "Secretary-General"; not
    /// a syllable that happens to be a short role word ("Son-hui" in "Choe Son-hui").
    /// </summary>
    public bool IsRole(string folded) => Roles.Contains(folded) || (folded.Contains('-', StringComparison.Ordinal) && folded.Split('-').Any(p => p.Length >= 4 && Roles.Contains(p)));

    public bool IsPlace(string folded) => Places.Contains(folded) || IsStreetOrSquare(folded);

    // Dutch and German streets and squares are one word with the name before the noun: "Emile Braunplein", "Kalverstraat",
    // "Avenue Louise" is the French way. The folded word ends in its noun.
    public static bool IsStreetOrSquare(string folded) =>
        folded.Length > 7 && (folded.EndsWith("plein", StringComparison.Ordinal) || folded.EndsWith("straat", StringComparison.Ordinal) || folded.EndsWith("gracht", StringComparison.Ordinal)
            || folded.EndsWith("strasse", StringComparison.Ordinal) || folded.EndsWith("platz", StringComparison.Ordinal) || folded.EndsWith("gasse", StringComparison.Ordinal));

    public bool IsNationality(string folded) => Nationalities.Contains(folded);

    /// <summary>A common word and nothing else that is never a name: not a role, an organisation, a nationality or a place.</summary>
    public bool IsCommonWordOnly(string folded) =>
        CommonWords.Contains(folded) && !Roles.Contains(folded) && !Organisations.Contains(folded) && !Nationalities.Contains(folded) && !Places.Contains(folded);

    /// <summary>Whether a name (by its <see cref="NameKey"/>) is a business's, or opens with one ("Louis Vuitton Moët Hennessy").</summary>
    public bool IsBrand(string key)
    {
        for (var space = key.IndexOf(' ', StringComparison.Ordinal); space > 0; space = key.IndexOf(' ', space + 1))
        {
            if (_brandsBySpan.Contains(key.AsSpan(0, space)))
            {
                return true;
            }
        }

        return Brands.Contains(key);
    }

    /// <summary>A word that is never part of a person's name: organisations, media, common words, roles.</summary>
    public bool IsNeverName(string folded)
    {
        if (AmbiguousGivenNames.Contains(folded))
        {
            return false;
        }

        if (IsNeverNameWord(folded))
        {
            return true;
        }

        // A compound is never a name when it is a role or made only of never-name words ("Secretary-General", "Nord-Est"), or a
        // nationality after a combining form ("Franco-Algerian", "sino-américain").
        return folded.Contains('-', StringComparison.Ordinal)
            && (IsRole(folded) || folded.Split('-').All(p => p.Length == 0 || IsNeverNameWord(p)) || IsCompoundNationality(folded));
    }

    private bool IsCompoundNationality(string folded)
    {
        var hyphen = folded.LastIndexOf('-');
        return CombiningForms.Contains(folded[..folded.IndexOf('-')]) && Nationalities.Contains(folded[(hyphen + 1)..]);
    }

    private static readonly FrozenSet<string> CombiningForms = new[]
    {
        "franco", "anglo", "sino", "russo", "indo", "afro", "italo", "germano", "hispano", "luso", "greco", "austro", "turco",
        "judeo", "arabo", "euro", "nippo", "belgo", "helveto", "irano", "israelo", "syro", "libano", "polono", "ukraino", "americano",
    }.ToFrozenSet(StringComparer.Ordinal);

    private bool IsNeverNameWord(string folded) =>
        Organisations.Contains(folded) || CommonWords.Contains(folded) || Roles.Contains(folded) || Nationalities.Contains(folded);

    private static FrozenSet<string> Fold(string fileName) =>
        EmbeddedData.Words(fileName).Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
}
