"""Claims and groups -> checks that totals and their parts add up.

Two kinds of check:

- `sum_of`: a rule names a total and its parts ("61 officials killed" = 10 DEA
  liaisons + 51 FBI contacts). The arithmetic is judge.py's `_check_sum`, which
  already decides such a group's verdict; here it is run once per document that
  gives the total and all the parts, and once across documents, so the report can
  say where a total holds and where it does not.
- `part_of`: a sentence gives a total and then its parts after "of whom",
  "including", "de los cuales" (lexicon/consistency.yaml), with or without a rule:
  the parts together cannot exceed the total's upper bound.
"""
import collections
import functools
import re

import attrs

from .judge import _check_sum, describe_value
from .lexicon import _load, fold, scales
from .match import Candidate

ACROSS = "across documents"


@attrs.frozen
class Check:
    """One total checked against its parts: where ('across documents' or a document id),
    the claims, whether it holds, and a note that says the sum."""

    kind: str  # 'sum_of' or 'part_of'
    scope: str
    total: tuple
    parts: tuple
    holds: bool
    note: str
    group: str | None = None

    def to_json(self):
        return {"kind": self.kind, "scope": self.scope, "total": list(self.total), "parts": list(self.parts),
                "holds": self.holds, "note": self.note, "group": self.group}


def check_totals(claims, groups, rules):
    """Every Check the claims and rules allow, failures first, then by group and scope."""
    checks = _rule_checks(claims, groups, rules) + _sentence_checks(claims, groups)
    return tuple(sorted(checks, key=lambda c: (c.holds, c.kind, c.group or "", c.scope != ACROSS, c.scope,
                                               c.total)))


def _rule_checks(claims, groups, rules):
    by_id = {c.id: c for c in claims}
    members = {g.rule: [by_id[i] for i in g.claims if i in by_id] for g in groups if g.rule}
    checks = []
    for rule in rules:
        if not rule.sum_of or rule.id not in members or any(p not in members for p in rule.sum_of):
            continue
        parts_rules = {r.id: r for r in rules if r.id in rule.sum_of}
        # Each rule's members by document, sorted out once: a large corpus has thousands of scopes.
        by_doc = {rule_id: collections.defaultdict(list) for rule_id in [rule.id, *rule.sum_of]}
        for rule_id, docs in by_doc.items():
            for claim in members[rule_id]:
                docs[claim.doc].append(claim)
        scopes = sorted(by_doc[rule.id])
        for scope in scopes + ([ACROSS] if len(set().union(*by_doc.values())) > 1 else []):
            def within(rule_id):
                return members[rule_id] if scope == ACROSS else by_doc[rule_id].get(scope, [])
            totals = within(rule.id)
            parts = {p: Candidate(rule=parts_rules[p], claims=tuple(within(p))) for p in rule.sum_of}
            if not totals or not all(part.claims for part in parts.values()):
                continue
            holds, notes = _check_sum(totals, rule, parts)
            if not notes:  # a part given only as a bound cannot be summed
                continue
            used = [c.id for part in parts.values() for c in part.claims if c.qualifier is None][:len(parts)]
            checks.append(Check("sum_of", scope, tuple(c.id for c in totals), tuple(used), holds, notes[0],
                                group=rule.id))
    return checks


@functools.lru_cache(maxsize=None)
def _markers():
    """A pattern matching any part marker of any language, as a whole phrase."""
    words = sorted({fold(w) for ws in _load("consistency.yaml")["part_markers"].values() for w in ws},
                   key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?!\w)")


def _sentence_checks(claims, groups):
    group_of = {i: g.id for g in groups for i in g.claims}
    by_sentence = collections.defaultdict(list)
    for claim in claims:
        if claim.kind == "quantity" and claim.value is not None:
            by_sentence[claim.doc, claim.sentence].append(claim)
    checks = []
    for (doc, sentence), found in sorted(by_sentence.items()):
        if len(found) < 2:
            continue
        found.sort(key=lambda c: c.start)
        positions = _positions(sentence, found)
        for i, total in enumerate(found[:-1]):
            # The marker comes before the parts ("12 hurt, of whom 8 children") or right
            # after the first ("diez asesinados, siete de los cuales eran miembros").
            gap = fold(sentence[positions[i][1]:positions[i + 1][0]])
            after = fold(sentence[positions[i + 1][1]:positions[i + 1][1] + 30])
            # "siete de los cuales": the marker right after the part; "los 20 mil, de los
            # cuales 17 mil": after a comma it follows the next total, not a part of this one.
            if not _markers().search(gap) and not (_markers().match(after.lstrip(" ")) and not after.lstrip(" ").startswith(",")):
                continue
            if _markers().match(gap.lstrip(" ")):
                continue  # "seis personas, dos de las cuales murieron y cuatro más": dos is a part, no total
            parts = [p for p in found[i + 1:] if _same_kind_of_count(total, p)]
            if parts and not any(p.value is None for p in parts):
                checks.append(_part_check(doc, total, parts, group_of.get(total.id)))
    return checks


def _positions(sentence, claims):
    """(start, end) of each claim's words in its sentence, searched in order."""
    positions, cursor = [], 0
    for claim in claims:
        text = " ".join(claim.text.split())
        start = sentence.find(text, cursor)
        if start < 0:
            start = cursor
        positions.append((start, start + len(text)))
        cursor = start + len(text)
    return positions


def _same_kind_of_count(total, part):
    """A part counts the same kind of thing as its total: a percentage is no part of a
    head count, nor years of people."""
    if (total.unit == "percent") != (part.unit == "percent"):
        return False
    if total.unit in scales() or part.unit in scales():
        return False  # a magnitude or a category has no parts
    return total.unit is None or part.unit is None or total.unit == part.unit


def _part_check(doc, total, parts, group):
    smallest = sum((p.low if p.low is not None else p.value) for p in parts)
    ceiling = total.high if total.high is not None else float("inf")
    holds = smallest <= ceiling
    shown = " + ".join(describe_value(p) for p in parts)
    sum_text = f"{shown} = {smallest:g}" if len(parts) > 1 else shown
    verb = "within" if holds else "more than"
    return Check("part_of", doc, (total.id,), tuple(p.id for p in parts), holds,
                 f"parts {sum_text}, {verb} the total {describe_value(total)}", group=group)


__all__ = ["Check", "check_totals", "ACROSS"]
