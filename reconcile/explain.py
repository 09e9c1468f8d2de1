"""What one rule matched and what it nearly matched, so a rule writer can tune its terms
and thresholds (`reconcile rules explain`).

A claim a rule matched shows the score of each of the rule's items (an `all_of` item,
the `any_of` list, the quote anchors) and the clause the terms were looked for in. A
near miss is a claim of the rule's kind and unit whose every item scored within
`margin` points of the threshold (or that a `none_of` term excluded), shown with the
item that failed. The scores are match.rule_fit's own, not computed again here.
"""
import difflib
import json

import attrs
from tabulate import tabulate

from .errors import ReconcileError
from .match import rule_fit
from .text import folded_words

MARGIN = 15.0


@attrs.frozen
class Explained:
    """One claim and how it fits the rule; `group` is the group the run put it in and
    `taken_by` the other rule that won it, when another rule fits it better."""

    claim: object
    fit: object
    group: str | None = None
    taken_by: str | None = None


@attrs.frozen
class Explanation:
    """A rule, the claims it matched and its near misses."""

    rule: object
    matched: tuple
    near_misses: tuple
    margin: float = MARGIN


def explain_rule(report, rule_id, *, margin=MARGIN):
    """The Explanation of rule `rule_id` on the claims of `report` (built with that rule)."""
    rules = {rule.id: rule for rule in report.rules}
    if rule_id not in rules:
        close = difflib.get_close_matches(rule_id, sorted(rules), n=1, cutoff=0.6)
        hint = f" (did you mean '{close[0]}'?)" if close else (
            f" (rules: {', '.join(sorted(rules))})" if rules else " (no rules were loaded)")
        raise ReconcileError(f"{report.rules_path or 'rules'}: no rule '{rule_id}'{hint}")
    rule = rules[rule_id]
    group_of = {claim_id: group for group in report.groups for claim_id in group.claims}
    matched, near = [], []
    for claim in report.claims:
        if claim.kind != rule.kind:
            continue
        words = folded_words(claim.context or claim.sentence)
        group = group_of.get(claim.id)
        fit = rule_fit(claim, rule, words=words)
        if fit.score:
            taken_by = group.rule if group is not None and group.rule != rule.id else None
            matched.append(Explained(claim, fit, getattr(group, "id", None), taken_by))
            continue
        if fit.failed == "unit":
            continue
        fit = rule_fit(claim, rule, words=words, slack=margin)
        if _near(fit, rule, margin):
            near.append(Explained(claim, fit, getattr(group, "id", None),
                                  group.rule if group is not None else None))
    return Explanation(rule, tuple(matched), tuple(near), margin)


def _near(fit, rule, margin):
    """Every item scored within `margin` of its threshold (a none_of exclusion counts too)."""
    if fit.failed not in ("all_of", "any_of", "anchors", "none_of"):
        return False
    # Scored with the slack, an item below the lowered cutoff scores 0.
    return all(item.score > 0 for item in fit.items)


def failed_item(fit, rule):
    """The item that kept a near miss out, in words: `all_of [trial, juicio]: best 'trials' 84 < 90`."""
    if fit.failed == "none_of":
        return f"none_of: '{fit.excluded}' is in the clause"
    for item in fit.items:
        threshold = rule.quote_threshold if item.field == "anchors" else rule.threshold
        if item.score < threshold:
            return f"{item.field} {_alternatives(item)}: best '{item.best}' {_score(item.score)} < {_score(threshold)}"
    return fit.failed


def explanation_json(explanation):
    """The Explanation as sorted, indented JSON for tools."""
    rule = explanation.rule

    def claim_json(entry, near):
        claim, fit = entry.claim, entry.fit
        data = {"claim": claim.id, "doc": claim.doc, "path": claim.path, "line": claim.line,
                "column": claim.column, "text": claim.text, "clause": claim.context or claim.sentence,
                "group": entry.group,
                "items": [{"field": item.field, "alternatives": list(item.alternatives), "best": item.best,
                           "score": round(item.score, 1)} for item in fit.items]}
        if claim.kind == "quote":
            data["quote"] = claim.quote
        if near:
            data.update(failed=fit.failed, reason=failed_item(fit, rule), rule=entry.taken_by)
        else:
            data.update(score=round(fit.score, 1), taken_by=entry.taken_by)
        return data

    return json.dumps({
        "rule": {"id": rule.id, "title": rule.title, "kind": rule.kind, "file": rule.file, "line": rule.line,
                 "threshold": rule.threshold, "quote_threshold": rule.quote_threshold, "unit": rule.unit},
        "margin": explanation.margin,
        "matched": [claim_json(entry, False) for entry in explanation.matched],
        "near_misses": [claim_json(entry, True) for entry in explanation.near_misses],
    }, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def explanation_table(explanation, *, width=70):
    """The Explanation as plain-text tables for a terminal."""
    rule = explanation.rule
    thresholds = f"threshold {_score(rule.threshold)}" + (
        f", quote_threshold {_score(rule.quote_threshold)}" if rule.kind == "quote" else "")
    lines = [f"rule {rule.id} ({rule.kind}{', unit ' + rule.unit if rule.unit else ''}; {thresholds}) "
             f"at {rule.file}:{rule.line}", ""]
    lines.append(f"matched: {len(explanation.matched)} claim{'' if len(explanation.matched) == 1 else 's'}")
    if explanation.matched:
        rows = [[_where(e.claim), _short(_says(e.claim), 40), _items(e.fit), _score(e.fit.score),
                 e.taken_by and f"taken by {e.taken_by}" or e.group or "", _short(_clause(e.claim), width)]
                for e in explanation.matched]
        lines += tabulate(rows, ["claim", "says", "item scores", "score", "group", "clause"],
                          tablefmt="simple").splitlines()
    lines += ["", f"near misses (within {_score(explanation.margin)} points): {len(explanation.near_misses)}"]
    if explanation.near_misses:
        rows = [[_where(e.claim), _short(_says(e.claim), 40), failed_item(e.fit, rule), _items(e.fit),
                 _short(_clause(e.claim), width)] for e in explanation.near_misses]
        lines += tabulate(rows, ["claim", "says", "failed", "item scores", "clause"],
                          tablefmt="simple").splitlines()
    return "\n".join(lines) + "\n"


def _where(claim):
    return f"{claim.doc}:{claim.line}:{claim.column}"


def _says(claim):
    return f"“{claim.quote}”" if claim.kind == "quote" else claim.text


def _clause(claim):
    return " ".join((claim.context or claim.sentence).split())


def _items(fit):
    return ", ".join(f"{item.best or '-'} {_score(item.score)}" for item in fit.items)


def _alternatives(item):
    return "[" + ", ".join(_short(a, 30) for a in item.alternatives) + "]"


def _score(number):
    return f"{number:.0f}" if float(number).is_integer() else f"{number:.1f}"


def _short(text, width):
    return text if len(text) <= width else text[:width - 1] + "…"
