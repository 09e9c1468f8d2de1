"""Claims + Rules -> candidate groups of claims that state the same thing.

First the rules: a claim joins the rule whose words it matches best (terms
match fuzzily, word-bounded, accent- and case-insensitively; quote anchors
match partially, so a fragment of a longer quote still counts). Then the claims
no rule covers are grouped when they are evidently the same (grouping.py).
"""
import collections
import functools
import operator

import attrs
from rapidfuzz import fuzz, process

from .grouping import group_unruled
from .linker import MIN_QUOTE_WORDS
from .normalize import publication_date
from .parallel import chunks, engine_parts, map_shared
from .text import folded_words


@attrs.frozen
class Candidate:
    """Claims proposed as one group, with the rule that joined them (or None) and what
    holds it together: for a rule, the RuleFit of its weakest member; for a group found
    without a rule, its weakest Link."""

    rule: object
    claims: tuple
    link: object = None
    fit: object = None


def match_claims(claims, rules, jobs=1, *, documents=(), traces=None):
    """Candidates covering every claim exactly once: rule groups, unruled groups, singletons.

    `jobs` > 1 scores a large corpus's candidate pairs in that many processes (0: all
    cores), or on the engine it is (parallel.as_engine), with the same result as one.
    `documents` (their metadata) gives the publication dates that tell a count that changed
    from a contradiction; `traces` ({doc id: lineage.Trace}, as extraction made them) the
    names each document's text gives, which tell documents of one story."""
    # Claims with the same words around them match the same rule: each such set is
    # scored once, a large corpus's sets in forks.
    def rule_key(claim):
        return claim.kind, claim.unit, claim.context or claim.sentence, claim.quote
    distinct = list({rule_key(claim): claim for claim in reversed(claims)}.values()) if rules else []
    parts = engine_parts(len(distinct), jobs)
    found = map_shared(_rules_and_fits, (distinct, rules), chunks(len(distinct), parts), jobs=jobs)
    decided = dict(zip(map(rule_key, distinct), (pair for part in found for pair in part)))
    ruled, weakest = collections.defaultdict(list), {}
    rest = []
    for claim in claims:
        rule_id, fit = decided.get(rule_key(claim), (None, None))
        if rule_id is None:
            rest.append(claim)
            continue
        ruled[rule_id].append(claim)
        if rule_id not in weakest or fit.score < weakest[rule_id].score:
            weakest[rule_id] = fit
    by_id = {r.id: r for r in rules}
    candidates = [Candidate(by_id[rule_id], tuple(members), fit=weakest[rule_id])
                  for rule_id, members in ruled.items()]
    published = {d.id: publication_date(d.published) for d in documents}
    names = {doc: trace.names for doc, trace in (traces or {}).items()}
    for members, link in group_unruled(rest, jobs, published={k: v for k, v in published.items() if v}, names=names):
        candidates.append(Candidate(None, tuple(members), link))
    return candidates


def best_rule(claim, rules):
    """The rule `claim` matches best, or None."""
    return _best_fit(claim, rules)[0]


def _rules_and_fits(shared, positions):
    """(rule id, RuleFit) or (None, None) for the claims at `positions` of shared = (claims, rules)."""
    claims, rules = shared
    return [_rule_and_fit(claims[i], rules) for i in positions]


def _rule_and_fit(claim, rules):
    rule, fit = _best_fit(claim, rules)
    return (rule.id, fit) if rule is not None else (None, None)


def _best_fit(claim, rules):
    """(the rule `claim` matches best, its RuleFit), or (None, None)."""
    best, best_fit = None, None
    words = folded_words(claim.context or claim.sentence)
    for rule in rules:
        if rule.kind != claim.kind:
            continue  # rule_fit's first answer, without the call
        fit = rule_fit(claim, rule, words=words)
        if fit.score > (best_fit.score if best_fit else 0.0):
            best, best_fit = rule, fit
    return best, best_fit


@attrs.frozen
class TermFit:
    """How one item of a rule ('all_of' item, 'any_of' list or quote anchors) scored on a claim:
    the alternative that scored best and its score (0 when none reached the cutoff)."""

    field: str
    alternatives: tuple
    best: str | None
    score: float


@attrs.frozen
class RuleFit:
    """Why a claim fits a rule or not: the score rule_score gives (0: no fit), each item's fit,
    the none_of term found, and the first reason it does not fit ('kind', 'unit', 'relative',
    'all_of', 'any_of', 'none_of', 'anchors'; None when it fits)."""

    score: float
    items: tuple = ()
    excluded: str | None = None
    failed: str | None = None


# Most claims a rule is tried on are of another kind or unit: one shared answer for each.
_OTHER_KIND = RuleFit(0.0, failed="kind")
_OTHER_UNIT = RuleFit(0.0, failed="unit")
# "on Sunday", "last week": a relative date states no date a rule could reconcile.
_RELATIVE = RuleFit(0.0, failed="relative")


def rule_score(claim, rule, *, words=None):
    """How well `claim` fits `rule`, 0 when it does not (higher is better)."""
    return rule_fit(claim, rule, words=words).score


def rule_fit(claim, rule, *, words=None, slack=0.0):
    """The RuleFit of `claim` to `rule`. With `slack` > 0 every item is scored, down to
    `slack` points under the rule's thresholds, so a near miss shows what failed."""
    if claim.kind != rule.kind:
        return _OTHER_KIND
    if rule.unit and claim.kind == "quantity" and (claim.unit or "") != rule.unit:
        return _OTHER_UNIT
    if claim.kind == "date" and claim.relative:
        return _RELATIVE
    words = folded_words(claim.context or claim.sentence) if words is None else words
    items, failed = [], None
    cutoff = rule.threshold - slack
    for field, group in [("all_of", g) for g in rule.all_of] + ([("any_of", rule.any_of)] if rule.any_of else []):
        score, best = max(((term_score(term, words, cutoff), term) for term in group), key=_first)
        items.append(TermFit(field, group, best if score else None, score))
        if score < rule.threshold:
            failed = failed or field
            if not slack:
                return RuleFit(0.0, tuple(items), failed=failed)
    excluded = next((term for term in rule.none_of if term_score(term, words, rule.threshold)), None)
    if excluded is not None and not slack:
        return RuleFit(0.0, tuple(items), excluded=excluded, failed="none_of")
    if rule.kind == "quote":
        cutoff = rule.quote_threshold - slack
        score, best = max(((anchor_score(a, claim.quote or "", cutoff), a) for a in rule.anchors),
                          key=_first)
        items.append(TermFit("anchors", rule.anchors, best if score else None, score))
        if score < rule.quote_threshold:
            failed = failed or "anchors"
    failed = failed or ("none_of" if excluded is not None else None)
    if failed:
        return RuleFit(0.0, tuple(items), excluded=excluded, failed=failed)
    scores = [item.score for item in items]
    return RuleFit(sum(scores) / len(scores) + len(scores), tuple(items))


_first = operator.itemgetter(0)


def term_score(term, words, threshold):
    """Best fuzzy score of the words of `term` against the same number of consecutive `words`.

    >>> term_score("arrested", ["people", "arested", "in", "juarez"], 85) > 85
    True
    """
    wanted = _folded_term(term)
    if not wanted or len(words) < len(wanted):
        return 0.0
    if len(wanted) == 1 and wanted[0] in words:
        return 100.0
    windows = _windows(tuple(words), len(wanted))
    found = process.extractOne(" ".join(wanted), windows, scorer=fuzz.ratio, score_cutoff=threshold)
    return found[1] if found else 0.0


@functools.lru_cache(maxsize=None)
def _folded_term(term):
    return tuple(folded_words(term))


@functools.lru_cache(maxsize=4096)
def _folded_quote(quote):
    """A quote's folded words, joined, and how many: a claim's quote is tried on every rule's
    anchors in turn."""
    words = folded_words(quote)
    return " ".join(words), len(words)


@functools.lru_cache(maxsize=None)
def _anchor_text(anchor):
    """A rule anchor's folded words, joined, and how many."""
    words = _folded_term(anchor)
    return " ".join(words), len(words)


@functools.lru_cache(maxsize=4096)
def _windows(words, size):
    return [" ".join(words[i:i + size]) for i in range(len(words) - size + 1)]


def anchor_score(anchor, quote, threshold):
    """Similarity of a quote and a rule's anchor, where either may be a fragment of the other.

    >>> anchor_score("We have 18 months", "We have 18 months,", 80)
    100.0
    """
    (left, left_words), (right, right_words) = _anchor_text(anchor), _folded_quote(quote)
    # A word or two of a quote turning up inside a long anchor is not the same quote.
    if not left or not right or min(left_words, right_words) < min(MIN_QUOTE_WORDS, left_words):
        return 0.0
    return fuzz.partial_ratio(left, right, score_cutoff=threshold)
