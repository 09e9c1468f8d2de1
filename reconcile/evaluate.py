"""Gold annotations + a Report -> how well the pipeline finds, describes, groups
and judges claims.

Detection is by span overlap, one-to-one: a predicted claim and a gold claim of
the same kind in the same document match when their character spans overlap,
the largest overlaps paired first. Everything after detection (attributes,
grouping, verdicts) is judged over the matched pairs only, so an extraction
miss is counted once, as a miss, not again as a grouping error.
"""
import collections
import json
import math
import os
import re

import attrs
from tabulate import tabulate

from .errors import ReconcileError
from .gold import Gold, GoldClaim, GoldGroup, NotClaim, load_gold  # noqa: F401  (load_gold is part of this API)
from .lexicon import fold
from .model import KINDS
from .text import LineIndex

# Attributes judged per kind, in table order; section and language are judged for every kind.
ATTRIBUTES = {"quantity": ("value", "unit", "qualifier"), "date": ("date",), "quote": ("speaker",)}
COMMON_ATTRIBUTES = ("section", "language")
COLUMNS = ("value", "unit", "qualifier", "date", "speaker") + COMMON_ATTRIBUTES
EXCERPT_CHARS = 60


@attrs.frozen
class Score:
    """`right` out of `total`; its value is None when there is nothing to count."""

    right: int = 0
    total: int = 0

    @property
    def value(self):
        """right / total, or None when total is 0."""
        return self.right / self.total if self.total else None

    def __add__(self, other):
        return Score(self.right + other.right, self.total + other.total)


@attrs.frozen
class KindScores:
    """Detection counts and attribute accuracies for one kind of claim, or for all."""

    kind: str
    gold: int
    found: int
    matched: int
    attributes: tuple  # (name, Score) pairs in ATTRIBUTES order

    @property
    def precision(self):
        """Matched predicted claims out of all predicted claims."""
        return Score(self.matched, self.found)

    @property
    def recall(self):
        """Matched gold claims out of all gold claims."""
        return Score(self.matched, self.gold)

    @property
    def f1(self):
        """Harmonic mean of precision and recall; None when either is undefined."""
        p, r = self.precision.value, self.recall.value
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0


@attrs.frozen
class ClaimRef:
    """Where a gold or predicted claim is: document, kind, id, span, line:column, words."""

    document: str
    kind: str
    id: str
    start: int
    end: int
    text: str
    line: int | None = None
    column: int | None = None
    note: str | None = None

    @property
    def where(self):
        """line:column when known, else the character offsets."""
        return f"{self.line}:{self.column}" if self.line else f"{self.start}-{self.end}"


@attrs.frozen
class Mismatch:
    """An attribute of a matched claim that differs from the gold."""

    claim: ClaimRef  # the gold claim
    predicted: str  # the predicted claim's id
    attribute: str
    expected: object
    got: object


@attrs.frozen
class VerdictCheck:
    """A gold group, the predicted group holding most of its claims, and both verdicts."""

    group: str
    expected: str
    got: str | None
    predicted: str | None

    @property
    def right(self):
        """Whether the verdicts agree."""
        return self.expected == self.got


@attrs.frozen
class Evaluation:
    """Everything `evaluate` measured, and the claims behind every error."""

    documents: tuple
    kinds: tuple  # KindScores for each kind, then "all"
    grouping_precision: Score
    grouping_recall: Score
    verdicts: tuple
    contradictions: tuple  # ids of the predicted contradict groups in gold documents
    false_contradictions: tuple
    misses: tuple
    false_finds: tuple
    mismatches: tuple
    # Grouping over pairs of claims from different documents only: what cross-source matching finds.
    cross_precision: Score = Score(0, 0)
    cross_recall: Score = Score(0, 0)
    # The same, by the languages of the two claims: (("en-es", precision, recall), ...).
    cross_by_language: tuple = ()
    # Gold contradictions (groups the outlets made inconsistent) reported as contradictions.
    contradiction_recall: Score = Score(0, 0)
    # (group id, cause) of each false contradiction: its kind, and whether the claims should
    # not have been linked at all ("wrong link") or were one claim judged wrong ("wrong verdict").
    false_contradiction_causes: tuple = ()
    # Quote speakers right, over the quotes whose own sentence names the gold speaker (outside
    # the quote): the attributions a reader takes from the sentence itself.
    named_speakers: Score = Score(0, 0)

    @property
    def verdict_accuracy(self):
        """Gold groups whose predicted group has the gold verdict."""
        return Score(sum(v.right for v in self.verdicts), len(self.verdicts))

    def metrics(self):
        """Every measure by threshold key ('quote.recall'); None when there is nothing to measure."""
        values = {}
        for scores in self.kinds:
            values[f"{scores.kind}.precision"] = scores.precision.value
            values[f"{scores.kind}.recall"] = scores.recall.value
            values[f"{scores.kind}.f1"] = scores.f1
            values.update((f"{scores.kind}.{name}", score.value) for name, score in scores.attributes)
        values["grouping.precision"] = self.grouping_precision.value
        values["grouping.recall"] = self.grouping_recall.value
        values["cross.precision"] = self.cross_precision.value
        values["cross.recall"] = self.cross_recall.value
        for languages, precision, recall in self.cross_by_language:
            values[f"cross.{languages}.precision"] = precision.value
            values[f"cross.{languages}.recall"] = recall.value
        values["contradiction.recall"] = self.contradiction_recall.value
        values["quote.named_speaker"] = self.named_speakers.value
        values["verdict.accuracy"] = self.verdict_accuracy.value
        return values


def document_stem(path):
    """The gold document name of a file: its name without folder and extension.

    >>> document_stem("corpus/001_97e8d7f7d8979c6b.txt")
    '001_97e8d7f7d8979c6b'
    """
    return os.path.splitext(os.path.basename(path))[0]


def same_value(expected, got):
    """Whether two quantities are equal within a relative tolerance of 1e-6.

    >>> same_value(5000000, 5000000.000001), same_value(2, None)
    (True, False)
    """
    return got is not None and math.isclose(expected, got, rel_tol=1e-6)


def same_unit(expected, got):
    """Whether two units are equal ignoring case; no unit equals no unit.

    >>> same_unit("percent", "Percent"), same_unit(None, None), same_unit(None, "people")
    (True, True, False)
    """
    if expected is None or got is None:
        return expected is got
    return expected.lower() == got.lower()


def same_speaker(expected, got):
    """Whether two speakers are one person: equal ignoring accents and case, or the same surname.

    >>> same_speaker("Gerónimo Gutiérrez", "Gutierrez"), same_speaker("Hillary Clinton", "Carlos Pascual")
    (True, False)
    """
    if got is None:
        return False
    expected, got = fold(expected).split(), fold(got).split()
    return expected == got or (bool(expected) and bool(got) and expected[-1] == got[-1])


def _same(expected, got):
    return expected == got


# How each attribute of a matched pair is compared; both records name the field alike.
COMPARATORS = {"value": same_value, "unit": same_unit, "qualifier": _same, "date": _same,
               "speaker": same_speaker, "section": _same, "language": _same}


def match_spans(gold_claims, predicted):
    """One-to-one (gold, predicted) pairs of one document and kind whose spans overlap, largest overlap first."""
    by_place = collections.defaultdict(list)
    for claim in predicted:
        by_place[document_stem(claim.path), claim.kind].append(claim)
    candidates = []
    for gold in gold_claims:
        for claim in by_place[gold.document, gold.kind]:
            overlap = min(gold.end, claim.end) - max(gold.start, claim.start)
            if overlap > 0:
                candidates.append((-overlap, gold.start, claim.start, gold.end, claim.end, gold.id, claim.id,
                                   gold, claim))
    pairs, used_gold, used_predicted = [], set(), set()
    for *_, gold, claim in sorted(candidates, key=lambda c: c[:7]):
        if gold.id not in used_gold and claim.id not in used_predicted:
            used_gold.add(gold.id)
            used_predicted.add(claim.id)
            pairs.append((gold, claim))
    return sorted(pairs, key=lambda p: (p[0].document, p[0].start, p[0].id))


def evaluate(gold, report):
    """How well `report` finds, describes, groups and judges the claims in `gold`, over the documents both hold."""
    texts = {document_stem(d.path): d.text for d in report.documents}
    documents = tuple(sorted(set(gold.documents) & set(texts)))
    kept = set(documents)
    gold_claims = [g for g in gold.claims if g.document in kept]
    predicted = [c for c in report.claims if document_stem(c.path) in kept]
    pairs = match_spans(gold_claims, predicted)
    where = _Locator(texts)
    mismatches, attributes = _attributes(pairs, where)
    kinds = [_kind_scores(kind, gold_claims, predicted, pairs, attributes) for kind in KINDS]
    kinds.append(_kind_scores("all", gold_claims, predicted, pairs, attributes))
    matched_gold = {g.id for g, _ in pairs}
    matched_predicted = {c.id for _, c in pairs}
    misses = [where.gold(g) for g in gold_claims if g.id not in matched_gold]
    false_finds = [where.predicted(c, _not_claim(c, gold.not_claims))
                   for c in predicted if c.id not in matched_predicted]
    precision, recall = _grouping(gold.groups, report.groups, pairs)
    cross_precision, cross_recall = _grouping(gold.groups, report.groups, pairs, cross_only=True)
    contradictions, false_contradictions = _contradictions(gold.groups, report.groups, pairs,
                                                           {c.id for c in predicted})
    language = {c.id: g.language for g, c in pairs}
    by_language = []
    for languages in ("en-en", "es-es", "en-es"):
        wanted = set(languages.split("-"))
        keep = (lambda a, b, wanted=wanted: {language[a], language[b]} == wanted)
        by_language.append((languages, *_grouping(gold.groups, report.groups, pairs, cross_only=True, keep=keep)))
    return Evaluation(
        documents=documents, kinds=tuple(kinds), grouping_precision=precision, grouping_recall=recall,
        cross_precision=cross_precision, cross_recall=cross_recall, cross_by_language=tuple(by_language),
        contradiction_recall=_contradiction_recall(gold.groups, report.groups, pairs),
        named_speakers=_named_speakers(pairs),
        false_contradiction_causes=_causes(false_contradictions, gold.groups, report.groups, pairs),
        verdicts=_verdicts(gold.groups, report.groups, pairs, {g.id for g in gold_claims}),
        contradictions=contradictions, false_contradictions=false_contradictions,
        misses=tuple(sorted(misses, key=_ref_order)), false_finds=tuple(sorted(false_finds, key=_ref_order)),
        mismatches=tuple(sorted(mismatches, key=lambda m: (_ref_order(m.claim), m.attribute))))


class _Locator:
    """ClaimRefs with line:column taken from the documents' text."""

    def __init__(self, texts):
        self.texts, self.indexes = texts, {}

    def gold(self, claim):
        """The ClaimRef of a gold claim."""
        if claim.document not in self.indexes:
            self.indexes[claim.document] = LineIndex(self.texts[claim.document])
        line, column = self.indexes[claim.document].position(claim.start)
        return ClaimRef(document=claim.document, kind=claim.kind, id=claim.id, start=claim.start,
                        end=claim.end, text=claim.text, line=line, column=column)

    def predicted(self, claim, note=None):
        """The ClaimRef of a predicted claim."""
        return ClaimRef(document=document_stem(claim.path), kind=claim.kind, id=claim.id, start=claim.start,
                        end=claim.end, text=claim.text, line=claim.line or None, column=claim.column or None,
                        note=note)


def _ref_order(ref):
    return ref.document, ref.start, ref.end, ref.kind, ref.id


def _attributes(pairs, where):
    """(mismatches, {(kind, attribute): Score}) over the matched pairs."""
    mismatches, scores = [], collections.defaultdict(Score)
    for gold, claim in pairs:
        for attribute in ATTRIBUTES[gold.kind] + COMMON_ATTRIBUTES:
            expected, got = getattr(gold, attribute), getattr(claim, attribute)
            if attribute == "speaker" and expected is None:
                continue  # unnamed sources: the gold does not say who spoke
            right = COMPARATORS[attribute](expected, got)
            scores[gold.kind, attribute] += Score(int(right), 1)
            if not right:
                mismatches.append(Mismatch(claim=where.gold(gold), predicted=claim.id, attribute=attribute,
                                           expected=expected, got=got))
    return mismatches, scores


def _kind_scores(kind, gold_claims, predicted, pairs, attributes):
    kinds = KINDS if kind == "all" else (kind,)
    names = COMMON_ATTRIBUTES if kind == "all" else ATTRIBUTES[kind] + COMMON_ATTRIBUTES
    scores = tuple((name, sum((attributes.get((k, name), Score()) for k in kinds), Score())) for name in names)
    return KindScores(kind=kind, gold=sum(g.kind in kinds for g in gold_claims),
                      found=sum(c.kind in kinds for c in predicted),
                      matched=sum(g.kind in kinds for g, _ in pairs), attributes=scores)


def _not_claim(claim, not_claims):
    """The reasons of the not-claim spans `claim` overlaps, as a note; None when it overlaps none."""
    stem = document_stem(claim.path)
    reasons = sorted(n.reason for n in not_claims
                     if n.document == stem and min(n.end, claim.end) > max(n.start, claim.start))
    return f"not a claim: {', '.join(dict.fromkeys(reasons))}" if reasons else None


def _pairs(ids):
    ids = sorted(ids)
    return {(a, b) for i, a in enumerate(ids) for b in ids[i + 1:]}


def _grouping(gold_groups, groups, pairs, *, cross_only=False, keep=None):
    """Pairwise (precision, recall) of grouping over pairs of matched claims (with `cross_only`,
    over pairs of claims from two different documents; with `keep`, over the pairs it accepts)."""
    to_predicted = {g.id: c.id for g, c in pairs}
    document = {c.id: c.doc for _, c in pairs}
    matched = set(to_predicted.values())
    expected = set().union(*(_pairs(to_predicted[c] for c in g.claims if c in to_predicted) for g in gold_groups))
    found = set().union(*(_pairs(c for c in g.claims if c in matched) for g in groups))
    if cross_only:
        expected = {p for p in expected if document[p[0]] != document[p[1]]}
        found = {p for p in found if document[p[0]] != document[p[1]]}
    if keep is not None:
        expected = {p for p in expected if keep(*p)}
        found = {p for p in found if keep(*p)}
    both = len(expected & found)
    return Score(both, len(found)), Score(both, len(expected))


def _verdicts(gold_groups, groups, pairs, kept):
    """A VerdictCheck for each gold group with a claim in the evaluated documents."""
    to_predicted = {g.id: c.id for g, c in pairs}
    holder = {claim: group for group in groups for claim in group.claims}
    checks = []
    for gold_group in gold_groups:
        if not any(c in kept for c in gold_group.claims):
            continue
        held = collections.Counter(holder[to_predicted[c]].id for c in gold_group.claims
                                   if c in to_predicted and to_predicted[c] in holder)
        best = min(held, key=lambda g: (-held[g], g)) if held else None
        verdict = next(g.verdict for g in groups if g.id == best) if best else None
        checks.append(VerdictCheck(group=gold_group.id, expected=gold_group.verdict, got=verdict, predicted=best))
    return tuple(checks)


def _contradictions(gold_groups, groups, pairs, predicted):
    """(ids of predicted contradict groups in the evaluated documents, ids of those without a gold-contradict pair)."""
    to_gold = {c.id: g.id for g, c in pairs}
    contradicting = {c: g.id for g in gold_groups if g.verdict == "contradict" for c in g.claims}
    found, false = [], []
    for group in groups:
        if group.verdict != "contradict" or not any(c in predicted for c in group.claims):
            continue
        found.append(group.id)
        held = collections.Counter(contradicting[to_gold[c]] for c in group.claims
                                   if to_gold.get(c) in contradicting)
        if not any(n >= 2 for n in held.values()):
            false.append(group.id)
    return tuple(sorted(found)), tuple(sorted(false))


def _contradiction_recall(gold_groups, groups, pairs):
    """Gold contradict groups (across documents) of which some predicted contradict group
    holds two claims from two documents, out of all such gold groups."""
    to_predicted = {g.id: c for g, c in pairs}
    verdict_of = {claim: group.verdict for group in groups for claim in group.claims}
    holder = {claim: group.id for group in groups for claim in group.claims}
    reported = total = 0
    for gold_group in gold_groups:
        if gold_group.verdict != "contradict":
            continue
        members = [to_predicted[c] for c in gold_group.claims if c in to_predicted]
        total += 1
        by_group = collections.defaultdict(set)
        for claim in members:
            if verdict_of.get(claim.id) == "contradict":
                by_group[holder[claim.id]].add(claim.doc)
        reported += any(len(docs) >= 2 for docs in by_group.values())
    return Score(reported, total)


def _causes(false_contradictions, gold_groups, groups, pairs):
    """(group id, cause) for each false contradiction: 'quote: wrong link' when its claims
    belong to no one gold group, 'quantity: wrong verdict' when they do."""
    to_gold = {c.id: g.id for g, c in pairs}
    gold_group_of = {c: g.id for g in gold_groups for c in g.claims}
    by_id = {g.id: g for g in groups}
    causes = []
    for group_id in false_contradictions:
        group = by_id[group_id]
        gold = {gold_group_of.get(to_gold.get(c), ("alone", c)) for c in group.claims}
        causes.append((group_id, f"{group.kind}: {'wrong verdict' if len(gold) == 1 else 'wrong link'}"))
    return tuple(causes)


def check_thresholds(evaluation, thresholds):
    """One message per measure below its threshold ('quote.recall 0.870 < 0.900'); unknown keys raise."""
    values = evaluation.metrics()
    unknown = sorted(set(thresholds) - set(values))
    if unknown:
        raise ReconcileError(f"unknown threshold {', '.join(map(repr, unknown))} "
                             f"(known: {', '.join(sorted(values))})")
    failures = []
    for key in sorted(thresholds):
        value, minimum = values[key], thresholds[key]
        if value is None:
            failures.append(f"{key} not measured (nothing to count) < {minimum:.3f}")
        elif value < minimum:
            failures.append(f"{key} {value:.3f} < {minimum:.3f}")
    return failures


def _named_speakers(pairs):
    """The Score of speakers over matched quotes whose sentence, outside the quote, gives the
    gold speaker's surname."""
    right = total = 0
    for gold, claim in pairs:
        if gold.kind != "quote" or not gold.speaker or not claim.sentence:
            continue
        surname = fold(gold.speaker.split()[-1])
        outside = fold(claim.sentence.replace(" ".join((claim.text or "").split()), " "))
        if re.search(rf"(?<![\w]){re.escape(surname)}(?![\w])", outside):
            total += 1
            right += same_speaker(gold.speaker, claim.speaker)
    return Score(right, total)


def render_evaluation(evaluation, *, misses=True):
    """The evaluation as plain text: a table per kind, grouping and verdicts, then (with `misses`) every error."""
    lines = [f"Evaluated documents: {len(evaluation.documents)} ({', '.join(evaluation.documents)})", "",
             _kinds_table(evaluation.kinds), ""]
    precision, recall = evaluation.grouping_precision, evaluation.grouping_recall
    verdicts = evaluation.verdict_accuracy
    lines += [f"Grouping (pairs of matched claims): precision {_score(precision)}, recall {_score(recall)}",
              f"  across documents only: precision {_score(evaluation.cross_precision)}, "
              f"recall {_score(evaluation.cross_recall)}"]
    lines += [f"    {languages}: precision {_score(p)}, recall {_score(r)}"
              for languages, p, r in evaluation.cross_by_language if p.total or r.total]
    lines += [f"Quote speakers the sentence names: {_score(evaluation.named_speakers)}",
              f"Contradictions reported: {_score(evaluation.contradiction_recall)} of the gold contradictions",
              f"Verdict accuracy: {_score(verdicts)}",
              f"False contradictions: {len(evaluation.false_contradictions)} of "
              f"{len(evaluation.contradictions)} predicted contradictions"
              + (f" ({', '.join(evaluation.false_contradictions)})" if evaluation.false_contradictions else "")]
    causes = collections.Counter(cause for _, cause in evaluation.false_contradiction_causes)
    lines += [f"  {cause}: {count}" for cause, count in sorted(causes.items())]
    if misses:
        lines += _listing("Misses (gold claims not found)", [_ref_line(r) for r in evaluation.misses])
        lines += _listing("False finds (predicted claims not in the gold)",
                          [_ref_line(r) for r in evaluation.false_finds])
        lines += _listing("Attribute errors", [_mismatch_line(m) for m in evaluation.mismatches])
        lines += _listing("Verdict errors", [_verdict_line(v) for v in evaluation.verdicts if not v.right])
    return "\n".join(lines) + "\n"


def _kinds_table(kinds):
    headers = ("kind", "gold", "found", "matched", "precision", "recall", "F1") + COLUMNS
    rows = []
    for scores in kinds:
        attributes = dict(scores.attributes)
        rows.append([scores.kind, scores.gold, scores.found, scores.matched, _number(scores.precision.value),
                     _number(scores.recall.value), _number(scores.f1)]
                    + [_number(attributes[name].value) if name in attributes else "" for name in COLUMNS])
    return tabulate(rows, headers=headers, tablefmt="github", disable_numparse=True,
                    colalign=("left",) + ("right",) * (len(headers) - 1))


def _number(value):
    return "-" if value is None else f"{value:.3f}"


def _score(score):
    return f"{_number(score.value)} ({score.right}/{score.total})"


def _listing(title, lines):
    return ["", f"{title}: {len(lines)}"] + [f"  {line}" for line in lines]


def _excerpt(text):
    text = " ".join(text.split())
    text = text if len(text) <= EXCERPT_CHARS else text[:EXCERPT_CHARS - 1] + "…"
    return json.dumps(text, ensure_ascii=False)


def _ref_line(ref):
    note = f" ({ref.note})" if ref.note else ""
    return f"{ref.document}:{ref.where} {ref.kind} {ref.id} {_excerpt(ref.text)}{note}"


def _mismatch_line(mismatch):
    ref = mismatch.claim
    return (f"{ref.document}:{ref.where} {ref.kind} {ref.id} {mismatch.attribute}: expected "
            f"{_plain(mismatch.expected)}, got {_plain(mismatch.got)} in {mismatch.predicted} {_excerpt(ref.text)}")


def _verdict_line(check):
    got = f"{check.got} (group {check.predicted})" if check.predicted else "no group (claims not found)"
    return f"{check.group}: expected {check.expected}, got {got}"


def _plain(value):
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return json.dumps(value, ensure_ascii=False)
