"""Claims no rule covers -> groups of the claims that evidently state the same thing.

The same quote (fuzzily, a fragment counting, or its translation), or the same
kind and unit of quantity or date about a similar subject. Never all pairs:
claims with the same words around them share one profile, and each distinct
claim is scored with rapidfuzz against at most a few dozen candidates that
share the rarest words of its clause, found through an index.
"""
import collections
import functools
import heapq
import math

import attrs
from rapidfuzz import fuzz, process

from .compare import dates_compatible, intervals_overlap, same_hedge_different_figure
from .lexicon import concepts, every_language, fold, languages, lexicon
from .model import Tolerance
from .normalize import speaker_key
from .parallel import chunks, fork_map, fork_parts
from .text import folded_words

# Least similarity (weighted Dice of content words, 0-100) of two unruled claims' contexts.
CONTEXT_THRESHOLD = {"quantity": 50.0, "date": 60.0}
# How far "more than X" or "at least X" reaches when deciding whether two claims are one.
OPEN_INTERVAL_REACH = 2.0
# Added to the similarity of two claims that give the same uncommon value.
SAME_VALUE_BONUS = 25.0
# ... and of two whose values contradict each other.
CONTRADICTION_THRESHOLD = {"quantity": 65.0, "date": 75.0}
# Content words two claims must share in their own clauses before they are compared at all.
MIN_SHARED_WORDS = 2
# Weight of the word right before a number: it tells "between 10 and 20" apart, softly.
POSITION_WEIGHT = 0.5
# Weight of a sentence's words outside the clause that holds the claim.
OUTSIDE_CLAUSE = 0.2
# ... or of a clause with fewer than SHORT_CLAUSE_WORDS content words.
OUTSIDE_SHORT_CLAUSE = 0.6
SHORT_CLAUSE_WORDS = 5
# Least similarity of two quotes (partial_ratio on folded words) to be one quote.
QUOTE_THRESHOLD = 88.0
# Least share of concepts (Dice, 0-100) a quote and its translation have in common: less
# when both sources name the same speaker, more when they name different ones.
TRANSLATION_THRESHOLD = 55.0
TRANSLATION_SAME_SPEAKER = 40.0
TRANSLATION_STRICT = 75.0
# Marks a concept in a quote's profile, apart from its words.
CONCEPT = "~"
# Marks a date of the claim's sentence in its profile; a shared period weighs more than a word.
DATE_MARK = "@"
SENTENCE_DATE_WEIGHT = 1.5
# Quotes shorter than this many words are grouped only when identical.
MIN_QUOTE_WORDS = 4
# The rarest words of a claim's clause that propose its candidates.
RARE_WORDS = 6
# A word in more claims than this is too common to propose candidates.
MAX_POSTINGS = 200
# Candidates scored for one claim at most: those sharing the most rare words. Fewer for a
# quote, whose fuzzy comparison costs ten times more; the quotes of a family of variants
# still end up in one group, each linked to its closest.
MAX_CANDIDATES = 50
MAX_QUOTE_CANDIDATES = 20


def group_unruled(claims, jobs=1):
    """Lists of claims that evidently state the same thing, singletons included.

    Claims with the very same profile (kind, unit and words around them) are one
    claim at once, so a corpus that repeats a sentence a thousand times costs one
    comparison, not a million; the distinct profiles are then linked fuzzily.
    """
    # Claims are known by their position in `claims`: a list of parents, and the places of
    # a group made only once it holds two claims, keep memory small on a large corpus.
    parent = list(range(len(claims)))
    # Where each group's claims stand: two claims of one sentence are never the same claim
    # ("between December 2006 and December 2010").
    places = {}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def places_of(root):
        return places.get(root) or {(claims[root].doc, claims[root].sentence): claims[root].start}

    # Groups found to hold two claims of one sentence stay apart as they grow: the pair of
    # groups is not compared again (two large groups linked by many pairs would be).
    apart = set()

    def union(a, b):
        left, right = find(a), find(b)
        if left == right or (left, right) in apart:
            return
        left_places, right_places = places_of(left), places_of(right)
        if any(left_places[key] != right_places[key] for key in left_places.keys() & right_places.keys()):
            apart.update([(left, right), (right, left)])
            return
        if len(left_places) > len(right_places):
            # The smaller group's places move: no group is copied twice as often.
            left, right, left_places, right_places = right, left, right_places, left_places
        parent[left] = right
        places.pop(left, None)
        right_places.update(left_places)
        places[right] = right_places

    by_kind = collections.defaultdict(list)
    for position, claim in enumerate(claims):
        by_kind[claim.kind].append(position)
    for kind in sorted(by_kind):
        clusters, profiles, seen = collections.defaultdict(list), {}, {}
        for position in by_kind[kind]:
            claim = claims[position]
            # A sentence repeated across documents (wire copy) gives its claims one cluster key.
            words = _profile_input(claim)
            key = seen.get(words)
            if key is None:
                profile = _profile(kind, claim)
                key = seen[words] = (claim.unit if kind == "quantity" else None, frozenset(profile.items()))
                profiles.setdefault(key, profile)  # one profile a cluster: memory grows with distinct claims
            clusters[key].append(position)
        representatives = []
        for key, members in clusters.items():
            for position in members[1:]:
                union(position, members[0])
            representatives.append((members[0], profiles[key]))
        del clusters, profiles, seen
        linked = _linked_pairs(kind, [(claims[p], profile) for p, profile in representatives], jobs)
        for left, right in linked:
            union(representatives[left][0], representatives[right][0])
    groups = collections.defaultdict(list)
    for position, claim in enumerate(claims):
        groups[find(position)].append(claim)
    return sorted(groups.values(), key=lambda g: (g[0].doc, g[0].start))


def _linked_pairs(kind, representatives, jobs=1):
    """Pairs of positions in `representatives` ((claim, profile) pairs) whose claims come
    from different documents and are the same claim: for each claim, its best match in
    each other document among the candidates that share a rare word."""
    claims = [c for c, _ in representatives]
    profiles = [p for _, p in representatives]
    index = collections.defaultdict(list)
    for position, profile in enumerate(profiles):
        for word in profile:
            index[word].append(position)
    idf = {w: math.log(1 + len(claims) / len(p)) for w, p in index.items()}
    norms = [sum(v * idf[w] for w, v in profile.items()) for profile in profiles]
    limit = MAX_QUOTE_CANDIDATES if kind == "quote" else MAX_CANDIDATES
    candidates = [_candidates(position, profiles[position], index, claims, limit) for position in range(len(claims))]
    parts = fork_parts(len(claims), jobs)
    quote_scores = _quote_pair_scores(claims, profiles, candidates, parts, jobs) if kind == "quote" else None

    def pairs_of(positions):
        pairs = []
        for position in positions:
            claim, best = claims[position], {}
            for other in candidates[position]:
                if quote_scores is not None:
                    score = quote_scores.get((min(position, other), max(position, other)), 0.0)
                else:
                    score = _pair_score(kind, claim, claims[other], profiles[position], profiles[other], idf,
                                        norms[position] + norms[other])
                if score and score > best.get(claims[other].doc, (0, None))[0]:
                    best[claims[other].doc] = (score, other)
            pairs.extend((position, other) for _, other in best.values())
        return pairs

    # Each claim's candidates are scored independently: on a large corpus, in forks that
    # share the index; the pairs come back as positions, in the order one process gives.
    found = fork_map(pairs_of, chunks(len(claims), parts), jobs=jobs)
    return [pair for part in found for pair in part]


def _quote_pair_scores(claims, profiles, candidates, parts, jobs):
    """{(a, b): score}, a < b, of the candidate pairs of quotes that are the same quote.

    Same language: the words, fuzzily, a fragment counting (partial_ratio, which is
    symmetric, so each pair is compared once); a quote's partners are scored in one
    rapidfuzz batch, and the batches are spread over forks. Two languages: see
    _translation_score. Pairs that score 0 are left out.
    """
    views = [_quote_view(p) for p in profiles]
    scores, fuzzy = {}, collections.defaultdict(set)
    for a, others in enumerate(candidates):
        for b in others:
            low, high = min(a, b), max(a, b)
            if (low, high) in scores or high in fuzzy.get(low, ()):
                continue
            (words, count, _), (other_words, other_count, _) = views[low], views[high]
            if claims[low].language != claims[high].language:
                score = _translation_score(claims[low], claims[high], views[low], views[high])
            elif words == other_words:
                score = 100.0
            elif min(count, other_count) >= MIN_QUOTE_WORDS:
                fuzzy[low].add(high)
                continue
            else:
                score = 0.0
            if score:
                scores[(low, high)] = score
    queries = sorted(fuzzy)

    def compare(part):
        found = []
        for query in (queries[i] for i in part):
            choices = {other: views[other][0] for other in sorted(fuzzy[query])}
            found += [((query, other), score) for _, score, other in process.extract(
                views[query][0], choices, scorer=fuzz.partial_ratio, score_cutoff=QUOTE_THRESHOLD, limit=None)]
        return found

    for found in fork_map(compare, chunks(len(queries), parts), jobs=jobs):
        scores.update(found)
    return scores


def _candidates(position, profile, index, claims, limit):
    """Positions of the claims from other documents worth scoring against claims[position]:
    those sharing the rarer words of its own clause, the ones sharing most of them first,
    at most `limit` (so each claim costs the same however large the corpus)."""
    own = [w for w, weight in profile.items() if weight >= OUTSIDE_SHORT_CLAUSE and w[0] != "<"] or list(profile)
    rare = sorted(own, key=lambda w: (len(index[w]), w))[:RARE_WORDS]
    doc, shared = claims[position].doc, collections.Counter()
    for word in rare:
        postings = index[word]
        if len(postings) <= MAX_POSTINGS:
            shared.update(postings)
    found = [p for p in shared if claims[p].doc != doc]
    if len(found) > limit:
        found = heapq.nsmallest(limit, found, key=lambda p: (-shared[p], p))
    return sorted(found)


def _profile_input(claim):
    """Everything _profile reads of a claim: equal inputs, equal profiles."""
    return (claim.kind, claim.language, claim.unit, claim.quote, claim.clause, claim.context, claim.sentence,
            claim.subject, claim.sentence_dates, claim.text)


def _profile(kind, claim):
    """What a claim is about, as weighted words: a quote's words; for a quantity or a date,
    the content words of its clause (weight 1) and of the rest of its sentence (weight
    OUTSIDE_CLAUSE), mapped to cross-language concepts, numbers and function words left out."""
    if kind == "quote":
        profile = {w: 1.0 for w in folded_words(claim.quote or "")}
        # Concepts let a quote meet its translation: "~kill" for "killed" and "asesinados".
        profile.update({CONCEPT + w: 1.0 for w in content_words(claim.quote or "", claim.language)})
        return profile
    profile = {}
    clause = content_words(claim.clause or claim.context, claim.language)
    # A clause of a few words ("resigned on March 19") says too little: lean on its sentence.
    outside = OUTSIDE_CLAUSE if len(set(clause)) >= SHORT_CLAUSE_WORDS else OUTSIDE_SHORT_CLAUSE
    for weight, words in ((outside, content_words(claim.sentence, claim.language)), (1.0, clause),
                          (1.0, content_words(claim.subject or "", claim.language))):
        for word in words:
            profile[word] = max(profile.get(word, 0.0), weight)
    for word in content_words(claim.unit or "", claim.language):
        profile.pop(word, None)  # the unit is compared on its own
    for iso in claim.sentence_dates:
        profile[DATE_MARK + iso] = SENTENCE_DATE_WEIGHT  # the same period, in any language
    # The word before the number tells "between 10 and 20" apart: 10 follows "between".
    before = _word_before(claim)
    if before:
        profile["<" + before] = POSITION_WEIGHT
    return profile


def _word_before(claim):
    """The folded word just before the claim in its clause, or None."""
    clause, text = claim.clause or claim.context or "", " ".join(claim.text.split())
    position = clause.find(text)
    words = folded_words(clause[:position]) if position > 0 else []
    return words[-1] if words else None


@functools.lru_cache(maxsize=65536)
def content_words(text, language):
    """Folded content words of `text` as concepts: 'asesinados' and 'killed' are both 'kill'.

    >>> content_words("61 funcionarios fueron asesinados", "es") == content_words("61 officials were killed", "en")
    True
    >>> content_words("61 officials were killed", "en")
    ('official', 'kill')
    """
    stop = _stopwords()
    concepts = _concepts()
    words = []  # a tuple is returned: the result is cached and shared
    for word in folded_words(text):
        if word.endswith(("'s", "’s")):
            word = word[:-2]  # "army's" is about the army
        if word[0].isdigit() or word in stop or len(word) < 3:
            continue
        words.append(concepts.get(word) or concepts.get(_singular(word)) or _singular(word))
    return tuple(words)


def _singular(word):
    if len(word) > 4 and word.endswith("es") and word[-3] not in "aeiou":
        return word[:-2]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


@functools.lru_cache(maxsize=None)
def _stopwords():
    words = set()
    for language in languages():
        words.update(fold(w) for w in lexicon(language).stopwords)
    return frozenset(words | every_language("filler_words"))


@functools.lru_cache(maxsize=None)
def _concepts():
    table = {}
    for group in concepts():
        for word in group:
            for form in (fold(word), _singular(fold(word))):
                table.setdefault(form, fold(group[0]))
    return table


def _pair_score(kind, left, right, left_words, right_words, idf, total):
    # A figure with nothing counted after it ("68,161 — roughly 68 percent —") may be the
    # same as one with a unit, but only on the stronger evidence a contradiction needs.
    unit_unknown = kind == "quantity" and (left.unit is None) != (right.unit is None) and "percent" not in (
        left.unit, right.unit)
    if kind == "quantity" and left.unit != right.unit and not unit_unknown:
        return 0.0
    if kind == "date" and (left.relative or right.relative):
        return 0.0
    if len(left_words) > len(right_words):
        left_words, right_words = right_words, left_words
    overlap, strong = 0.0, 0
    for word, weight in left_words.items():
        other = right_words.get(word)
        if other is not None:
            overlap += min(weight, other) * idf[word]
            strong += min(weight, other) >= OUTSIDE_SHORT_CLAUSE and word[0] != "<"
    if strong < MIN_SHARED_WORDS:
        return 0.0
    score = 100.0 * 2 * overlap / total if total else 0.0
    score += _same_value_bonus(kind, left, right)
    # Linking two claims whose values cannot both hold makes a contradiction: that
    # takes more evidence that they are about the same thing than an agreement does.
    compatible = _compatible(kind, left, right) and not unit_unknown
    needed = CONTEXT_THRESHOLD[kind] if compatible else CONTRADICTION_THRESHOLD[kind]
    return score if score >= needed else 0.0


def _quote_view(profile):
    """A quote's profile as _quote_scores reads it: its words as one string, how many
    there are, and its set of concepts (worked out once a quote, not once a pair)."""
    words = [w for w in profile if w[0] != CONCEPT]
    return " ".join(words), len(words), frozenset(w for w in profile if w[0] == CONCEPT)


def _translation_score(left, right, left_view, right_view):
    """The share of concepts a quote and its translation have in common, more of it
    needed when the sources name different speakers (0 below that)."""
    a, b = left_view[2], right_view[2]
    if min(len(a), len(b)) < MIN_QUOTE_WORDS:
        return 0.0
    score = 100.0 * 2 * len(a & b) / (len(a) + len(b))
    same_speaker = left.speaker and right.speaker and speaker_key(left.speaker) == speaker_key(right.speaker)
    if same_speaker:
        needed = TRANSLATION_SAME_SPEAKER
    else:
        needed = TRANSLATION_THRESHOLD if not (left.speaker and right.speaker) else TRANSLATION_STRICT
    return score if score >= needed else 0.0


def _same_value_bonus(kind, left, right):
    """Evidence from the values themselves: two sources giving the very same uncommon figure
    (34,612; 1,500; a full date) are likely reporting the same fact."""
    if kind == "quantity":
        return SAME_VALUE_BONUS if left.value == right.value and _distinctive(left.value) else 0.0
    if left.date and left.date == right.date and len(left.date) >= 7:
        return SAME_VALUE_BONUS if len(left.date) == 10 else SAME_VALUE_BONUS / 2
    return 0.0


def _distinctive(value):
    """True for a figure unlikely to match by chance: 34,612 or 19, not 2 or 1,000.

    >>> _distinctive(34612), _distinctive(19), _distinctive(2), _distinctive(1000)
    (True, True, False, False)
    """
    if value is None:
        return False
    digits = f"{abs(value):.6f}".rstrip("0").rstrip(".").replace(".", "").strip("0")
    return len(digits) >= 2


def _compatible(kind, left, right):
    """Whether two values are close enough to be one claim: for linking, "more than 15,000"
    is not taken to cover 34,612 (a writer rounds down, not to half), though it does not
    contradict it either."""
    if kind == "date":
        return left.date is None or right.date is None or dates_compatible(left.date, right.date)
    if same_hedge_different_figure(left, right, Tolerance()):
        return False
    return intervals_overlap(_plausible(left), _plausible(right), Tolerance())


def _plausible(claim):
    if claim.high is None and claim.low is not None:
        return attrs.evolve(claim, high=max(claim.low, 0) * OPEN_INTERVAL_REACH)
    return claim
