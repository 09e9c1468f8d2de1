"""Claims + Rules -> candidate groups of claims that state the same thing.

First the rules: a claim joins the rule whose words it matches best (terms
match fuzzily, word-bounded, accent- and case-insensitively; quote anchors
match partially, so a fragment of a longer quote still counts). Then the claims
no rule covers are grouped when they are evidently the same: the same quote,
or the same kind and unit of quantity or date about a similar subject. Never
all pairs: candidates come from an index of each claim's rarer words, and
each is scored with rapidfuzz.
"""
import collections
import functools
import re

import attrs
from rapidfuzz import fuzz, process

from .lexicon import fold, lexicon

# Least similarity of two unruled claims' contexts (rapidfuzz token_set_ratio, 0-100).
CONTEXT_THRESHOLD = {"quantity": 80.0, "date": 85.0}
# Least similarity of two quotes (partial_ratio on folded words) to be one quote.
QUOTE_THRESHOLD = 88.0
# Quotes shorter than this many words are grouped only when identical.
MIN_QUOTE_WORDS = 4
# A word in more claims than this is too common to propose candidates.
MAX_POSTINGS = 200
_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


@attrs.frozen
class Candidate:
    """Claims proposed as one group, with the rule that joined them (or None)."""

    rule: object
    claims: tuple


def folded_words(text):
    """Lower-case, accent-free words of `text`.

    >>> folded_words("Gerónimo Gutiérrez's 18 months")
    ['geronimo', "gutierrez's", '18', 'months']
    """
    return _TOKEN.findall(fold(text))


def match_claims(claims, rules):
    """Candidates covering every claim exactly once: rule groups, unruled groups, singletons."""
    ruled = collections.defaultdict(list)
    rest = []
    for claim in claims:
        rule = best_rule(claim, rules)
        (ruled[rule.id].append(claim) if rule else rest.append(claim))
    by_id = {r.id: r for r in rules}
    candidates = [Candidate(by_id[rule_id], tuple(members)) for rule_id, members in ruled.items()]
    for members in group_unruled(rest):
        candidates.append(Candidate(None, tuple(members)))
    return candidates


def best_rule(claim, rules):
    """The rule `claim` matches best, or None."""
    best, best_score = None, 0.0
    for rule in rules:
        score = rule_score(claim, rule)
        if score > best_score:
            best, best_score = rule, score
    return best


def rule_score(claim, rule):
    """How well `claim` fits `rule`, 0 when it does not (higher is better)."""
    if claim.kind != rule.kind:
        return 0.0
    if rule.unit and claim.kind == "quantity" and (claim.unit or "") != rule.unit:
        return 0.0
    words = folded_words(claim.context or claim.sentence)
    scores = []
    for group in rule.all_of:
        score = max(term_score(term, words, rule.threshold) for term in group)
        if not score:
            return 0.0
        scores.append(score)
    if rule.any_of:
        score = max(term_score(term, words, rule.threshold) for term in rule.any_of)
        if not score:
            return 0.0
        scores.append(score)
    if any(term_score(term, words, rule.threshold) for term in rule.none_of):
        return 0.0
    if rule.kind == "quote":
        anchor = max(anchor_score(a, claim.quote or "", rule.quote_threshold) for a in rule.anchors)
        if not anchor:
            return 0.0
        scores.append(anchor)
    return sum(scores) / len(scores) + len(scores)


def term_score(term, words, threshold):
    """Best fuzzy score of the words of `term` against the same number of consecutive `words`.

    >>> term_score("arrested", ["people", "arested", "in", "juarez"], 85) > 85
    True
    """
    wanted = folded_words(term)
    if not wanted or len(words) < len(wanted):
        return 0.0
    windows = _windows(tuple(words), len(wanted))
    found = process.extractOne(" ".join(wanted), windows, scorer=fuzz.ratio, score_cutoff=threshold)
    return found[1] if found else 0.0


@functools.lru_cache(maxsize=4096)
def _windows(words, size):
    return [" ".join(words[i:i + size]) for i in range(len(words) - size + 1)]


def anchor_score(anchor, quote, threshold):
    """Similarity of a quote and a rule's anchor, where either may be a fragment of the other.

    >>> anchor_score("We have 18 months", "We have 18 months,", 80)
    100.0
    """
    left, right = " ".join(folded_words(anchor)), " ".join(folded_words(quote))
    if not left or not right:
        return 0.0
    score = fuzz.partial_ratio(left, right, score_cutoff=threshold)
    shorter = min(len(left.split()), len(right.split()))
    # A word or two of a quote turning up inside a long anchor is not the same quote.
    return score if shorter >= min(MIN_QUOTE_WORDS, len(left.split())) else 0.0


def group_unruled(claims):
    """Lists of claims that evidently state the same thing, singletons included."""
    parent = {c.id: c.id for c in claims}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_kind = collections.defaultdict(list)
    for claim in claims:
        by_kind[claim.kind].append(claim)
    for kind, members in by_kind.items():
        for left, right in _linked_pairs(kind, members):
            parent[find(left.id)] = find(right.id)
    groups = collections.defaultdict(list)
    for claim in claims:
        groups[find(claim.id)].append(claim)
    return sorted(groups.values(), key=lambda g: (g[0].doc, g[0].start))


def _linked_pairs(kind, claims):
    """Pairs of claims from different documents that are the same claim: for each claim,
    its best match in each other document among the candidates that share a rare word."""
    texts = [_comparable(kind, c) for c in claims]
    index = collections.defaultdict(list)
    for position, words in enumerate(texts):
        for word in set(words):
            index[word].append(position)
    pairs = []
    for position, claim in enumerate(claims):
        candidates = _candidates(position, texts[position], index, claims)
        best = {}
        for other in candidates:
            score = _pair_score(kind, claim, claims[other], texts[position], texts[other])
            if score and score > best.get(claims[other].doc, (0, None))[0]:
                best[claims[other].doc] = (score, other)
        pairs.extend((claim, claims[other]) for _, other in best.values())
    return pairs


def _candidates(position, words, index, claims):
    rare = sorted(set(words), key=lambda w: (len(index[w]), w))[:4]
    found = set()
    for word in rare:
        postings = index[word]
        if len(postings) > MAX_POSTINGS:
            continue
        found.update(p for p in postings if claims[p].doc != claims[position].doc)
    return sorted(found)


def _comparable(kind, claim):
    """The words two claims of `kind` are compared on: a quote's words, or the content
    words of a quantity's or date's context (numbers and function words left out)."""
    if kind == "quote":
        return folded_words(claim.quote or "")
    stop = lexicon(claim.language).stopwords
    return [w for w in folded_words(claim.context or claim.sentence)
            if not w[0].isdigit() and w not in stop and len(w) > 2]


def _pair_score(kind, left, right, left_words, right_words):
    if kind == "quote":
        a, b = " ".join(left_words), " ".join(right_words)
        if a == b:
            return 100.0
        if min(len(left_words), len(right_words)) < MIN_QUOTE_WORDS:
            return 0.0
        return fuzz.partial_ratio(a, b, score_cutoff=QUOTE_THRESHOLD)
    if kind == "quantity" and (left.unit or "") != (right.unit or ""):
        return 0.0
    if kind == "date" and (left.relative or right.relative):
        return 0.0
    if min(len(set(left_words)), len(set(right_words))) < 3:
        # Too few words to judge a subject by: only the very same words will do.
        return 100.0 if left_words and set(left_words) == set(right_words) else 0.0
    return fuzz.token_set_ratio(" ".join(left_words), " ".join(right_words),
                                score_cutoff=CONTEXT_THRESHOLD[kind])
