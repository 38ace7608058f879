using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EventNews.Analysis.Stories;

/// <summary>
/// Incremental, deterministic story clustering. Each article is compared only with the few
/// stored articles that an inverted index retrieves for it (LSH bands of its MinHash signature,
/// its distinctive words, quotes, specific numbers, and its persons within the same months), then
/// joins the cluster of its best match, opens a new cluster, or bridges clusters into one.
/// Feed it in event-sequence order; the same sequence always gives the same clusters and ids.
/// Not thread-safe: one projection owns one clusterer.
/// </summary>
public sealed class StoryClusterer
{
    private const string ClusterPrefix = "s-";
    private const string NearDuplicate = "near-duplicate";
    private const string SharedEvidence = "shared-evidence";
    private const double SpecificNumber = 0.6;

    private readonly ClusteringOptions _options;
    private readonly List<Member> _members = [];
    private readonly Dictionary<string, int> _memberIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Cluster> _clusters = new(StringComparer.Ordinal);
    // A key's posting: the one article under it (most keys, such as the bands of a story told once),
    // or ~slot of its list in _postingLists. A dictionary entry costs far less than a list object.
    private readonly Dictionary<ulong, int> _postings = [];
    private readonly List<Posting> _postingLists = [];
    private readonly Dictionary<ulong, int> _frequency = [];
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    // Votes of one retrieval, by member index: a flat array rather than a dictionary, since a
    // retrieval adds a few thousand votes (keys × posting length). An entry counts only when its
    // stamp is the current retrieval's, so nothing has to be cleared between retrievals.
    private double[] _votes = [];
    private int[] _voteStamps = [];
    private int _retrieval;
    private readonly List<int> _voted = [];
    private readonly double _weightSum;

    public StoryClusterer(ClusteringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.BandRows < 1 || options.SignatureLength < options.BandRows)
        {
            throw new ArgumentException("SignatureLength must hold at least one band of BandRows values.", nameof(options));
        }

        _options = options;
        _weightSum = options.TextWeight + options.TermWeight + options.NameWeight + options.PersonWeight + options.NumberWeight + options.QuoteWeight;
        if (_weightSum <= 0)
        {
            throw new ArgumentException("At least one evidence weight must be positive.", nameof(options));
        }
    }

    /// <summary>Articles stored.</summary>
    public int Count => _members.Count;

    public int ClusterCount => _clusters.Count;

    public ClusteringOptions Options => _options;

    /// <summary>The cluster an article belongs to now (merges included), or null if unknown.</summary>
    public string? ClusterOf(string articleId) =>
        _memberIndex.TryGetValue(articleId, out var index) ? _members[index].Cluster.Id : null;

    /// <summary>
    /// Stores the article and puts it in a cluster: the cluster of its best match when that scores at
    /// least <see cref="ClusteringOptions.MatchThreshold"/>, merged with every other cluster it also
    /// matches at <see cref="ClusteringOptions.MergeThreshold"/>; otherwise a new cluster. An article
    /// id already stored returns its current cluster and changes nothing.
    /// </summary>
    public StoryAssignment Assign(StoryFingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        if (_memberIndex.TryGetValue(fingerprint.ArticleId, out var known))
        {
            return new StoryAssignment(fingerprint.ArticleId, _members[known].Cluster.Id, 0, null, []);
        }

        var member = new Member(fingerprint, _members.Count, Intern);
        var rarities = RaritiesOf(member);

        // Each cluster's best-scoring member; on equal scores the earliest stored.
        var best = new Dictionary<Cluster, (double Score, int Member)>();
        foreach (var candidate in Retrieve(member))
        {
            var score = Score(member, _members[candidate], rarities).Score;
            ref var current = ref CollectionsMarshal.GetValueRefOrAddDefault(best, _members[candidate].Cluster, out var seen);
            if (!seen || score > current.Score || (score == current.Score && candidate < current.Member))
            {
                current = (score, candidate);
            }
        }

        var matches = best
            .Where(pair => pair.Value.Score >= _options.MatchThreshold)
            .OrderByDescending(pair => pair.Value.Score)
            .ThenBy(pair => pair.Key.FirstSequence)
            .ThenBy(pair => pair.Key.Id, StringComparer.Ordinal)
            .ToList();

        Cluster target;
        StoryComparison? evidence = null;
        var merged = new List<string>();
        if (matches.Count == 0)
        {
            target = OpenCluster(ClusterPrefix + fingerprint.ArticleId, fingerprint.Sequence);
        }
        else
        {
            evidence = Compare(member, _members[matches[0].Value.Member], rarities);
            var joined = matches
                .Where((pair, i) => i == 0 || pair.Value.Score >= _options.MergeThreshold)
                .Select(pair => pair.Key)
                .OrderBy(cluster => cluster.FirstSequence)
                .ThenBy(cluster => cluster.Id, StringComparer.Ordinal)
                .ToList();
            target = joined[0];
            foreach (var absorbed in joined.Skip(1))
            {
                Absorb(target, absorbed);
                merged.Add(absorbed.Id);
            }
        }

        Store(member, target);
        return new StoryAssignment(fingerprint.ArticleId, target.Id, evidence?.Score ?? 0, evidence?.ToEvidence(), merged);
    }

    /// <summary>
    /// Rebuilds state after a restart: stores the article in the given (current) cluster without
    /// scoring. Call it for every stored article in sequence order, then continue with <see cref="Assign"/>.
    /// </summary>
    public void Restore(StoryFingerprint fingerprint, string clusterId)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        ArgumentException.ThrowIfNullOrEmpty(clusterId);
        if (_memberIndex.ContainsKey(fingerprint.ArticleId))
        {
            return;
        }

        var cluster = _clusters.TryGetValue(clusterId, out var existing) ? existing : OpenCluster(clusterId, fingerprint.Sequence);
        Store(new Member(fingerprint, _members.Count, Intern), cluster);
    }

    /// <summary>Scores two fingerprints as the clusterer would now (document frequencies as stored so far).</summary>
    public StoryComparison Compare(StoryFingerprint incoming, StoryFingerprint stored) =>
        Compare(new Member(incoming, -1, Intern), new Member(stored, -1, Intern), rarities: null);

    /// <summary>Current clusters, ordered by id, each with its member article ids in sequence order.</summary>
    public IReadOnlyList<StoryCluster> Clusters() =>
        [.. _clusters.Values
            .OrderBy(cluster => cluster.Id, StringComparer.Ordinal)
            .Select(cluster => new StoryCluster(cluster.Id, [.. cluster.Members.Order().Select(i => _members[i].Fingerprint.ArticleId)]))];

    /// <summary>The one copy of a string that many stored articles hold (a person id, a number, a date).</summary>
    private string? Intern(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (_strings.TryGetValue(value, out var kept))
        {
            return kept;
        }

        _strings.Add(value);
        return value;
    }

    private Cluster OpenCluster(string id, long firstSequence)
    {
        var cluster = new Cluster(id, firstSequence);
        _clusters.Add(id, cluster);
        return cluster;
    }

    private void Absorb(Cluster survivor, Cluster absorbed)
    {
        foreach (var index in absorbed.Members)
        {
            _members[index].Cluster = survivor;
            survivor.Members.Add(index);
        }

        survivor.FirstSequence = Math.Min(survivor.FirstSequence, absorbed.FirstSequence);
        _clusters.Remove(absorbed.Id);
    }

    private void Store(Member member, Cluster cluster)
    {
        member.Cluster = cluster;
        cluster.Members.Add(member.Index);
        cluster.FirstSequence = Math.Min(cluster.FirstSequence, member.Fingerprint.Sequence);
        _members.Add(member);
        _memberIndex.Add(member.Fingerprint.ArticleId, member.Index);

        foreach (var feature in member.Features())
        {
            _frequency[feature] = _frequency.GetValueOrDefault(feature) + 1;
        }

        foreach (var (key, _) in RetrievalKeys(member, forQuery: false))
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_postings, key, out var exists);
            if (!exists)
            {
                slot = member.Index;
                continue;
            }

            if (slot >= 0)
            {
                var list = new Posting(_options.MaxPostingLength);
                list.Add(slot, _options.MaxPostingLength);
                _postingLists.Add(list);
                slot = ~(_postingLists.Count - 1);
            }

            CollectionsMarshal.AsSpan(_postingLists)[~slot].Add(member.Index, _options.MaxPostingLength);
        }
    }

    /// <summary>The stored articles under <paramref name="key"/>, oldest first until the list wraps.</summary>
    private ReadOnlySpan<int> Posted(ulong key)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrNullRef(_postings, key);
        if (Unsafe.IsNullRef(ref slot))
        {
            return [];
        }

        return slot >= 0 ? new ReadOnlySpan<int>(ref slot) : CollectionsMarshal.AsSpan(_postingLists)[~slot].Items;
    }

    /// <summary>
    /// The stored articles worth scoring: every retrieval key votes for the articles in its
    /// posting list with the key's weight; the best-voted few are kept. Work per article is
    /// bounded by keys × posting length, whatever the number of stored articles.
    /// </summary>
    private List<int> Retrieve(Member member)
    {
        if (_votes.Length < _members.Count)
        {
            var length = Math.Max(_members.Count, _votes.Length * 2);
            Array.Resize(ref _votes, length);
            Array.Resize(ref _voteStamps, length);
        }

        _voted.Clear();
        var stamp = ++_retrieval;
        foreach (var (key, weight) in RetrievalKeys(member, forQuery: true))
        {
            foreach (var index in Posted(key))
            {
                if (_voteStamps[index] != stamp)
                {
                    _voteStamps[index] = stamp;
                    _votes[index] = weight;
                    _voted.Add(index);
                }
                else
                {
                    _votes[index] += weight;
                }
            }
        }

        // The best few by votes, ties to the most recent; a bounded heap instead of sorting every vote.
        var best = new PriorityQueue<int, (double Votes, int Index)>(_options.MaxCandidates + 1, VoteOrder.Instance);
        foreach (var index in _voted)
        {
            var votes = _votes[index];
            if (best.Count < _options.MaxCandidates)
            {
                best.Enqueue(index, (votes, index));
            }
            else if (best.TryPeek(out _, out var worst) && VoteOrder.Instance.Compare((votes, index), worst) > 0)
            {
                best.DequeueEnqueue(index, (votes, index));
            }
        }

        var candidates = new List<int>(best.Count);
        while (best.TryDequeue(out var index, out _))
        {
            candidates.Add(index);
        }

        candidates.Reverse();
        return candidates;
    }

    /// <summary>Fewer votes first, then older first: the heap's top is the weakest candidate.</summary>
    private sealed class VoteOrder : IComparer<(double Votes, int Index)>
    {
        public static readonly VoteOrder Instance = new();

        public int Compare((double Votes, int Index) x, (double Votes, int Index) y)
        {
            var byVotes = x.Votes.CompareTo(y.Votes);
            return byVotes != 0 ? byVotes : x.Index.CompareTo(y.Index);
        }
    }

    private IEnumerable<(ulong Key, double Weight)> RetrievalKeys(Member member, bool forQuery)
    {
        var signature = member.Fingerprint.MinHash;
        var bands = signature.Length / _options.BandRows;
        for (var band = 0; band < bands; band++)
        {
            var key = StableHash.Combine(FeatureKind.Band, (ulong)band);
            for (var row = 0; row < _options.BandRows; row++)
            {
                key = StableHash.Combine(key, (uint)signature[(band * _options.BandRows) + row]);
            }

            yield return (key, 2.0);
        }

        // Language-independent keys (persons in the same months, specific numbers, names) vote
        // more than words, so that a translation is not crowded out by same-language articles on
        // the same subject.
        for (var i = 0; i < member.TermKeys.Length; i++)
        {
            var term = member.TermKeys[i];
            yield return (term, forQuery ? 0.5 * Idf(term) : 0);
        }

        for (var i = 0; i < member.NameKeys.Length; i++)
        {
            var name = member.NameKeys[i];
            yield return (name, forQuery ? Idf(name) : 0);
        }

        for (var i = 0; i < member.QuoteKeys.Length; i++)
        {
            var quote = member.QuoteKeys[i];
            yield return (quote, forQuery ? 2 * Idf(quote) : 0);
        }

        for (var i = 0; i < member.NumberKeys.Length; i++)
        {
            var (number, specificity) = (member.NumberKeys[i], member.NumberSpecificity[i]);
            if (specificity >= 0.3)
            {
                yield return (number, forQuery ? 1.5 * specificity * Idf(number) : 0);
            }
        }

        if (member.Months is not { } months)
        {
            yield break;
        }

        for (var i = 0; i < member.PersonKeys.Length; i++)
        {
            var person = member.PersonKeys[i];
            var weight = forQuery ? 1.5 * Idf(person) : 0;
            var first = forQuery ? months.First - 1 : months.First;
            var last = forQuery ? months.Last + 1 : months.Last;
            for (var month = first; month <= last; month++)
            {
                yield return (StableHash.Combine(person, (ulong)month), weight);
            }
        }
    }

    private double Idf(ulong feature) => Math.Log(1.0 + ((_members.Count + 1.0) / (_frequency.GetValueOrDefault(feature) + 1.0)));

    /// <summary>
    /// Scores a new article against a stored one, with the shared persons and numbers named;
    /// <paramref name="rarities"/> are the incoming article's <see cref="RaritiesOf"/> when already made.
    /// </summary>
    private StoryComparison Compare(Member incoming, Member stored, double[]? rarities)
    {
        var a = incoming.Fingerprint;
        var b = stored.Fingerprint;
        var score = Score(incoming, stored, rarities ?? RaritiesOf(incoming));
        return new StoryComparison(
            a.ArticleId,
            b.ArticleId,
            score.Score,
            score.IsDuplicate ? NearDuplicate : SharedEvidence,
            score.Text,
            score.Terms,
            score.Names,
            score.Persons,
            score.Numbers,
            score.Quotes,
            score.DateFactor,
            [.. a.Persons.Intersect(b.Persons, StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            [.. a.Numbers.Intersect(b.Numbers, StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            score.SharedQuotes,
            score.DateGap)
        {
            SharedNumberCount = score.SharedNumbers,
        };
    }

    /// <summary>
    /// The <see cref="Rarity"/> of each of the incoming article's keys, in the order of its keys: worked
    /// out once for all its candidates, which share many of them. Frequencies change only when an
    /// article is stored, after its scoring.
    /// </summary>
    private double[] RaritiesOf(Member incoming)
    {
        var keys = incoming.Keys;
        var rarities = new double[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            rarities[i] = Rarity(keys[i]);
        }

        return rarities;
    }

    /// <summary>
    /// Every component of a comparison's score; made for each candidate, so it is a value, not an
    /// object. <paramref name="rarities"/> are the incoming article's <see cref="RaritiesOf"/>.
    /// </summary>
    private Scores Score(Member incoming, Member stored, double[] rarities)
    {
        var text = TextOverlap(incoming.Fingerprint, stored.Fingerprint);
        var terms = RareOverlap(incoming.TermKeys, stored.TermKeys, incoming.TermsOf(rarities));
        var names = RareOverlap(incoming.NameKeys, stored.NameKeys, incoming.NamesOf(rarities));
        var gap = DateGap(incoming.Days, stored.Days);
        var persons = PersonOverlap(incoming, stored, gap is null, incoming.PersonsOf(rarities));
        var (numberWeight, sharedNumberCount, sharedSpecific) = SharedNumbers(incoming, stored, incoming.NumbersOf(rarities));
        var numbers = Math.Min(1.0, numberWeight / _options.NumberSaturation);
        var sharedQuotes = (int)SumShared(incoming.QuoteKeys, stored.QuoteKeys, weights: []);
        var quotes = Math.Min(1.0, (double)sharedQuotes / _options.QuoteSaturation);
        var dateFactor = DateFactor(gap);

        // Two tellings of one story rarely disagree on every figure they both give.
        var disagree = !sharedSpecific && incoming.SpecificNumbers >= 2 && stored.SpecificNumbers >= 2;
        var contradiction = disagree ? _options.NumberDisagreementFactor : 1.0;
        var evidence = contradiction * dateFactor * ((_options.TextWeight * text) + (_options.TermWeight * terms) + (_options.NameWeight * names) + (_options.PersonWeight * persons)
            + (_options.NumberWeight * numbers) + (_options.QuoteWeight * quotes)) / _weightSum;
        var duplicate = gap > _options.MaxDuplicateGapDays ? text / 2 : text;
        var isDuplicate = duplicate >= _options.DuplicateThreshold && duplicate >= evidence;
        var score = Math.Round(isDuplicate ? duplicate : evidence, 6);
        return new Scores(score, isDuplicate, text, terms, names, persons, numbers, quotes, dateFactor, sharedNumberCount, sharedQuotes, gap);
    }

    /// <summary>
    /// Walks two ascending arrays once and counts the values they share, each by its weight (parallel
    /// to <paramref name="left"/>), or as 1 without weights.
    /// </summary>
    private static double SumShared(ReadOnlySpan<ulong> left, ReadOnlySpan<ulong> right, ReadOnlySpan<double> weights)
    {
        double shared = 0;
        int i = 0, j = 0;
        while (i < left.Length && j < right.Length)
        {
            if (left[i] == right[j])
            {
                shared += weights.IsEmpty ? 1 : weights[i];
                i++;
                j++;
            }
            else if (left[i] < right[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    private static (double Weight, int Count, bool Specific) SharedNumbers(Member a, Member b, ReadOnlySpan<double> rarities)
    {
        double weight = 0;
        var count = 0;
        var specific = false;
        var keys = a.NumberKeys;
        var specificity = a.NumberSpecificity;
        var others = b.NumberKeys;
        for (var i = 0; i < keys.Length; i++)
        {
            if (others.IndexOf(keys[i]) < 0)
            {
                continue;
            }

            count++;
            weight += specificity[i] * rarities[i];
            specific |= specificity[i] >= SpecificNumber;
        }

        return (weight, count, specific);
    }

    /// <summary>
    /// Share of the shorter article's shingles found in the longer one, estimated from the
    /// signatures: a truncated or padded copy still scores high, as Jaccard would not. With few
    /// agreeing positions the estimate is too noisy to scale up (a short note against a long
    /// article would swing from 0 to 0.8 on two chance agreements), so Jaccard is kept.
    /// </summary>
    private double TextOverlap(StoryFingerprint a, StoryFingerprint b)
    {
        // An article left without text (all of it boilerplate) has the empty signature, which
        // every other such article matches in full; they share nothing.
        if (a.ShingleCount == 0 || b.ShingleCount == 0)
        {
            return 0;
        }

        var jaccard = MinHash.Jaccard(a.MinHash, b.MinHash);
        var smaller = Math.Min(a.ShingleCount, b.ShingleCount);
        var agreeing = (int)Math.Round(jaccard * Math.Min(a.MinHash.Length, b.MinHash.Length));
        if (smaller < _options.MinShinglesForContainment || agreeing < _options.MinAgreeingPositions)
        {
            return jaccard;
        }

        var intersection = jaccard * (a.ShingleCount + b.ShingleCount) / (1 + jaccard);
        return Math.Min(1.0, intersection / smaller);
    }

    /// <summary>
    /// Overlap coefficient in which each shared feature counts only as much as it is rare among
    /// stored articles: sharing "Ukraine" and "NATO" says little when every article has them, even
    /// if they are all the two articles have.
    /// </summary>
    private static double RareOverlap(ReadOnlySpan<ulong> left, ReadOnlySpan<ulong> right, ReadOnlySpan<double> rarities)
    {
        if (left.Length == 0 || right.Length == 0)
        {
            return 0;
        }

        var shared = SumShared(left, right, rarities);
        return shared / Math.Min(left.Length, right.Length);
    }

    /// <summary>
    /// 1 for a shared feature no other stored article has, falling towards 0 for one that all have. The prior
    /// counts as unseen articles, so that the first articles of a stream do not all look common.
    /// </summary>
    private double Rarity(ulong feature)
    {
        // Only shared features are weighed, and the stored article being compared holds one of
        // the occurrences itself: commonness is measured among the other stored articles.
        var others = Math.Max(0, _frequency.GetValueOrDefault(feature) - 1);
        return Math.Clamp(1.0 - (others / (_members.Count - 1 + _options.RarityPrior)), 0, 1);
    }

    /// <summary>
    /// How much of who each article is about they share, as a weighted Jaccard of the two
    /// articles' shares of person mentions, each shared person discounted by how common it is among
    /// stored articles. Sharing the protagonist but not the other party scores a third, not a half.
    /// Two stories naming the same four people score low when one is about the first two and the
    /// other about the last two; sharing only people who are in every other article says little.
    /// </summary>
    private double PersonOverlap(Member a, Member b, bool undated, ReadOnlySpan<double> rarities)
    {
        double shared = 0, union = 0;
        var sharedCount = 0;
        var persons = a.Fingerprint.Persons;
        var aShares = a.PersonShares;
        var bShares = b.PersonShares;
        for (var i = 0; i < persons.Length; i++)
        {
            var j = Array.IndexOf(b.Fingerprint.Persons, persons[i]);
            if (j >= 0)
            {
                sharedCount++;
                shared += Math.Min(aShares[i], bShares[j]) * rarities[i];
                union += Math.Max(aShares[i], bShares[j]);
            }
            else
            {
                union += aShares[i];
            }
        }

        for (var j = 0; j < b.Fingerprint.Persons.Length; j++)
        {
            if (Array.IndexOf(persons, b.Fingerprint.Persons[j]) < 0)
            {
                union += bShares[j];
            }
        }

        if (union == 0)
        {
            return 0;
        }

        // A story is mostly an encounter of two or more people: when both articles name several
        // people but share only one of them, they are more likely two stories about that person.
        // Without dates, the same two people meeting again weeks later look alike, so more
        // shared people are expected, however few each article names.
        var expected = undated ? _options.UndatedSharedPersons : Math.Min(2, Math.Min(persons.Length, b.Fingerprint.Persons.Length));
        var coverage = expected == 0 ? 0 : Math.Min(1.0, (double)sharedCount / expected);
        return coverage * shared / union;
    }

    private static int? DateGap((int First, int Last)? a, (int First, int Last)? b)
    {
        if (a is not { } x || b is not { } y)
        {
            return null;
        }

        return Math.Max(0, Math.Max(x.First, y.First) - Math.Min(x.Last, y.Last));
    }

    private double DateFactor(int? gap)
    {
        if (gap is not { } days)
        {
            return _options.UnknownDateFactor;
        }

        if (days <= _options.SameStoryDays)
        {
            return 1.0;
        }

        if (days >= _options.MaxDateGapDays)
        {
            return 0.0;
        }

        return 1.0 - ((double)(days - _options.SameStoryDays) / (_options.MaxDateGapDays - _options.SameStoryDays));
    }

    private static class FeatureKind
    {
        public const ulong Band = 1;
        public const ulong Term = 2;
        public const ulong Quote = 3;
        public const ulong Number = 4;
        public const ulong Person = 5;
        public const ulong Name = 6;
    }

    private sealed class Cluster(string id, long firstSequence)
    {
        public string Id { get; } = id;

        public long FirstSequence { get; set; } = firstSequence;

        public List<int> Members { get; } = [];
    }

    /// <summary>A stored article with its features hashed once.</summary>
    private sealed class Member
    {
        // The term, name, quote, number and person keys, one kind after the other: one array
        // rather than five, since a clusterer keeps one member per article for as long as it lives.
        private readonly ulong[] _keys;
        private readonly int _nameStart;
        private readonly int _quoteStart;
        private readonly int _numberStart;
        private readonly int _personStart;

        // Each person's share of the person mentions, then each number's specificity.
        private readonly double[] _weights;
        private readonly int _personCount;

        public Member(StoryFingerprint fingerprint, int index, Func<string?, string?> intern)
        {
            // Kept for as long as the clusterer lives: only what scoring reads again, with the strings
            // that many articles share (person ids, numbers, dates) held once. The hashed keys below
            // stand for the terms, names and quotes.
            Fingerprint = fingerprint with
            {
                Title = string.Empty,
                Language = intern(fingerprint.Language),
                Published = intern(fingerprint.Published),
                Terms = [],
                Names = [],
                Quotes = [],
                Numbers = [.. fingerprint.Numbers.Select(n => intern(n)!)],
                Persons = [.. fingerprint.Persons.Select(p => intern(p)!)],
                PersonMentions = [],
            };
            Index = index;
            ulong[] terms = [.. fingerprint.Terms.Select(t => StableHash.Combine(FeatureKind.Term, (uint)t)).Distinct().Order()];
            ulong[] names = [.. fingerprint.Names.Select(t => StableHash.Combine(FeatureKind.Name, (uint)t)).Distinct().Order()];
            ulong[] quotes = [.. fingerprint.Quotes.Select(q => StableHash.Combine(FeatureKind.Quote, (uint)q)).Distinct().Order()];
            ulong[] numbers = [.. fingerprint.Numbers.Select(n => StableHash.Combine(FeatureKind.Number, StableHash.Of(n)))];
            ulong[] persons = [.. fingerprint.Persons.Select(p => StableHash.Combine(FeatureKind.Person, StableHash.Of(p))).Distinct()];
            _keys = [.. terms, .. names, .. quotes, .. numbers, .. persons];
            _nameStart = terms.Length;
            _quoteStart = _nameStart + names.Length;
            _numberStart = _quoteStart + quotes.Length;
            _personStart = _numberStart + numbers.Length;

            double[] specificity = [.. fingerprint.Numbers.Select(NumberTokens.Specificity)];
            SpecificNumbers = specificity.Count(n => n >= SpecificNumber);
            var mentions = fingerprint.PersonMentions.Length == fingerprint.Persons.Length ? fingerprint.PersonMentions : [.. fingerprint.Persons.Select(_ => 1)];
            var total = Math.Max(1.0, mentions.Sum());
            _weights = [.. mentions.Select(m => m / total), .. specificity];
            _personCount = mentions.Length;

            var date = fingerprint.PublishedDate;
            if (date is not null)
            {
                var first = new DateOnly(date.Year, date.Month ?? 1, date.Day ?? 1);
                var last = date.Precision switch
                {
                    DatePrecision.Day => first,
                    DatePrecision.Month => first.AddMonths(1).AddDays(-1),
                    _ => first.AddYears(1).AddDays(-1),
                };
                Days = (first.DayNumber, last.DayNumber);
                Months = ((first.Year * 12) + first.Month - 1, (last.Year * 12) + last.Month - 1);
            }
        }

        public StoryFingerprint Fingerprint { get; }

        public int Index { get; }

        public Cluster Cluster { get; set; } = null!;

        /// <summary>Distinct, ascending.</summary>
        public ReadOnlySpan<ulong> TermKeys => _keys.AsSpan(0, _nameStart);

        /// <summary>Distinct, ascending.</summary>
        public ReadOnlySpan<ulong> NameKeys => _keys.AsSpan(_nameStart, _quoteStart - _nameStart);

        /// <summary>Distinct, ascending.</summary>
        public ReadOnlySpan<ulong> QuoteKeys => _keys.AsSpan(_quoteStart, _numberStart - _quoteStart);

        /// <summary>Parallel to the fingerprint's numbers, most specific first.</summary>
        public ReadOnlySpan<ulong> NumberKeys => _keys.AsSpan(_numberStart, _personStart - _numberStart);

        /// <summary>Parallel to <see cref="NumberKeys"/>.</summary>
        public ReadOnlySpan<double> NumberSpecificity => _weights.AsSpan(_personCount);

        public int SpecificNumbers { get; }

        public ReadOnlySpan<ulong> PersonKeys => _keys.AsSpan(_personStart);

        /// <summary>Every key: terms, names, quotes, numbers, persons.</summary>
        public ReadOnlySpan<ulong> Keys => _keys;

        /// <summary>The part of <paramref name="perKey"/>, parallel to <see cref="Keys"/>, for <see cref="TermKeys"/>.</summary>
        public ReadOnlySpan<double> TermsOf(double[] perKey) => perKey.AsSpan(0, _nameStart);

        public ReadOnlySpan<double> NamesOf(double[] perKey) => perKey.AsSpan(_nameStart, _quoteStart - _nameStart);

        public ReadOnlySpan<double> NumbersOf(double[] perKey) => perKey.AsSpan(_numberStart, _personStart - _numberStart);

        public ReadOnlySpan<double> PersonsOf(double[] perKey) => perKey.AsSpan(_personStart);

        /// <summary>Each person's share of the person mentions, parallel to the fingerprint's persons.</summary>
        public ReadOnlySpan<double> PersonShares => _weights.AsSpan(0, _personCount);

        /// <summary>Every feature whose frequency is counted, each once: a number the article gives twice counts once.</summary>
        public IEnumerable<ulong> Features()
        {
            for (var i = 0; i < _numberStart; i++)
            {
                yield return _keys[i];
            }

            for (var i = _numberStart; i < _personStart; i++)
            {
                if (Array.IndexOf(_keys, _keys[i], _numberStart, i - _numberStart) < 0)
                {
                    yield return _keys[i];
                }
            }

            for (var i = _personStart; i < _keys.Length; i++)
            {
                yield return _keys[i];
            }
        }

        public (int First, int Last)? Days { get; }

        public (int First, int Last)? Months { get; }
    }

    /// <summary>
    /// The most recent articles under one key, up to <c>capacity</c>, the oldest overwritten first. A
    /// value kept in a list rather than an object of its own: an index holds hundreds of thousands.
    /// </summary>
    private struct Posting(int capacity)
    {
        private int[] _items = new int[Math.Min(capacity, 4)];
        private long _added;

        public readonly ReadOnlySpan<int> Items => _items.AsSpan(0, (int)Math.Min(_added, _items.Length));

        public void Add(int index, int capacity)
        {
            if (_added < _items.Length)
            {
                _items[_added++] = index;
                return;
            }

            if (_items.Length < capacity)
            {
                Array.Resize(ref _items, Math.Min(capacity, _items.Length * 2));
                _items[_added++] = index;
                return;
            }

            _items[_added++ % capacity] = index;
        }
    }

    private readonly record struct Scores(
        double Score,
        bool IsDuplicate,
        double Text,
        double Terms,
        double Names,
        double Persons,
        double Numbers,
        double Quotes,
        double DateFactor,
        int SharedNumbers,
        int SharedQuotes,
        int? DateGap);
}
