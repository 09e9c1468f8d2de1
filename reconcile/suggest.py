"""Rule drafts for the groups a run found without a rule (`reconcile rules suggest`).

A draft is built from what the group's claims share: the words of their clauses (in
each language seen, paired across languages through the concept list where it can),
most specific first, that is, found in the fewest clauses of the corpus; for a quote
its speaker and wordings. Words are added until the draft fits the group's claims and
no other claim of the report (rule_score, the matcher's own scoring, says so); when
words cannot set the group apart, words only the other claims have go to `none_of`. A
group that still cannot be told apart gets no draft, and the reason why. So every
draft, added to the rules and run on the same corpus, forms the same group.
"""
import collections
import functools
import json
import re

import attrs
import yaml

from .lexicon import concept_of_word, fold, languages, lexicon
from .linker import same_person
from .match import rule_score
from .model import Rule, Tolerance
from .rules import ID, MAX_TERM
from .text import folded_words

MAX_TERMS = 4      # all_of items a draft may hold
MAX_EXCLUDED = 3   # none_of words a draft may hold
MIN_WORD = 3       # shorter words are too common to mark a claim
_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


@attrs.frozen
class Draft:
    """A rule drafted for one group found without a rule; `rule` is None when the group's
    claims cannot be told apart from others by their words, and `problem` says why."""

    group: object
    claims: tuple
    rule: Rule | None
    problem: str | None = None


def suggest_rules(report, *, min_sources=2):
    """Drafts for the report's groups without a rule that span `min_sources` or more documents."""
    claims = {claim.id: claim for claim in report.claims}
    frequency = collections.Counter()
    for clause in {_clause(claim) for claim in report.claims}:
        frequency.update(set(_content(clause)))
    taken = {rule.id for rule in report.rules}
    drafts = []
    for group in report.groups:
        if group.rule is not None or len(group.documents) < min_sources:
            continue
        members = tuple(claims[i] for i in group.claims)
        draft = _draft(group, members, report.claims, frequency, taken)
        if draft.rule is not None:
            taken.add(draft.rule.id)
        drafts.append(draft)
    return tuple(drafts)


def _draft(group, members, every_claim, frequency, taken):
    kind = group.kind
    units = {claim.unit for claim in members}
    unit = units.pop() if kind == "quantity" and len(units) == 1 else None
    inside = {claim.id for claim in members}
    others = [claim for claim in every_claim if claim.id not in inside and claim.kind == kind
              and (unit is None or claim.unit == unit)]
    items = _term_items(members, frequency)
    speaker, anchors = _quote_parts(members) if kind == "quote" else (None, ())
    base = dict(id="draft", title=group.title, kind=kind, file="<suggested>", line=1, unit=unit,
                speaker=speaker, anchors=anchors, tolerance=Tolerance())
    if kind != "quote" and not items:
        return Draft(group, members, None, "its claims share no word in each language")
    # A quote is first told by its wording alone; a quantity or date by two words at least
    # (one would do for this corpus, but says little of what the claim is about).
    for count in range(0 if kind == "quote" else min(2, len(items)), len(items) + 1):
        rule = Rule(**base, all_of=tuple(items[:count]))
        if not all(rule_score(claim, rule) for claim in members):
            return Draft(group, members, None, "its claims share no wording the matcher finds in each")
        intruders = [claim for claim in others if rule_score(claim, rule)]
        if not intruders:
            return Draft(group, members, _named(rule, items[:count], taken))
    rule = Rule(**base, all_of=tuple(items))
    intruders = [claim for claim in others if rule_score(claim, rule)]
    excluded = _excluding(members, intruders)
    rule = attrs.evolve(rule, none_of=excluded)
    if excluded and all(rule_score(claim, rule) for claim in members) and not any(
            rule_score(claim, rule) for claim in others):
        return Draft(group, members, _named(rule, items, taken))
    shown = ", ".join(f"{c.doc}:{c.line}:{c.column}" for c in intruders[:3])
    return Draft(group, members, None, f"other claims have the same words ({shown})")


def _term_items(members, frequency):
    """all_of items from the words every claim of a language shares, most specific first; with
    several languages each item holds one word per language, paired by concept when one fits."""
    by_language = collections.defaultdict(list)
    for claim in members:
        by_language[claim.language].append(set(_content(_clause(claim))))
    shared = {}
    for language, sets in sorted(by_language.items()):
        words = set.intersection(*sets)
        shared[language] = sorted(words, key=lambda w: (frequency[w], w))
    surface = _surfaces(members)
    if len(shared) == 1:
        (words,) = shared.values()
        return [(surface.get(w, w),) for w in words[:MAX_TERMS]]
    concept = concept_of_word()
    lists = list(shared.values())
    items, used = [], [set() for _ in lists]
    # First the words every language names with the same concept ('killed' and 'asesinados').
    for word in lists[0]:
        key = concept.get(word)
        partners = [next((w for w in other if concept.get(w) == key and w not in used[i + 1]), None)
                    for i, other in enumerate(lists[1:])] if key else [None]
        if key and all(partners):
            items.append(tuple(dict.fromkeys(surface.get(w, w) for w in [word, *partners])))
            used[0].add(word)
            for i, partner in enumerate(partners):
                used[i + 1].add(partner)
    # Then the rest, most specific with most specific.
    rest = [[w for w in words if w not in used[i]] for i, words in enumerate(lists)]
    for group in zip(*rest):
        items.append(tuple(dict.fromkeys(surface.get(w, w) for w in group)))
    return items[:MAX_TERMS]


def _excluding(members, intruders):
    """Words of the intruding claims' clauses that no member's clause holds, commonest first."""
    inside = set().union(*(folded_words(_clause(claim)) for claim in members))
    counts = collections.Counter(w for claim in intruders for w in set(_content(_clause(claim))) if w not in inside)
    surface = _surfaces(intruders)
    return tuple(surface.get(w, w) for w, _ in sorted(counts.items(), key=lambda c: (-c[1], c[0]))[:MAX_EXCLUDED])


def _quote_parts(members):
    speakers = collections.Counter(claim.speaker for claim in members if claim.speaker)
    ranked = sorted(speakers.items(), key=lambda item: (-item[1], item[0]))
    speaker = ranked[0][0] if ranked else None
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1] and not same_person(ranked[0][0], ranked[1][0]):
        # As many sources give it to one person as to another: the editor says who spoke (a
        # speaker picked here would make the group a contradiction once the draft is a rule).
        speaker = None
    anchors = {}
    for claim in members:
        wording = _shortened(" ".join((claim.quote or "").split()))
        anchors.setdefault(" ".join(folded_words(wording)), wording)
    return speaker, tuple(anchor for _, anchor in sorted(anchors.items()) if anchor)


def _shortened(text):
    if len(text) <= MAX_TERM:
        return text
    return text[:text.rfind(" ", 0, MAX_TERM)]


def _named(rule, items, taken):
    if items:
        words = [fold(item[0]) for item in items[:3]]
    else:
        words = folded_words(rule.anchors[0])[:4] if rule.anchors else []
    slug = re.sub(r"[^a-z0-9]+", "-", "-".join(words)).strip("-") or rule.kind
    slug = slug if ID.match(slug) else f"{rule.kind}-{slug}"
    name, n = slug, 2
    while name in taken:
        name, n = f"{slug}-{n}", n + 1
    return attrs.evolve(rule, id=name)


def _clause(claim):
    return claim.context or claim.sentence


def _content(text):
    """Folded words that can mark a claim: no numbers, no function words, no short words."""
    stop = _stopwords()
    return [w for w in folded_words(text) if len(w) >= MIN_WORD and not w[0].isdigit() and w not in stop]


def _surfaces(claims):
    """Folded word -> the word as a claim's clause first spells it ('juarez' -> 'Juárez')."""
    table = {}
    for claim in claims:
        for token in _TOKEN.findall(_clause(claim)):
            table.setdefault(fold(token), token)
    return table


@functools.lru_cache(maxsize=None)
def _stopwords():
    return frozenset(fold(w) for language in languages() for w in lexicon(language).stopwords)


def drafts_yaml(drafts):
    """The drafts as a YAML rule file, ready to paste; groups without a draft as comments."""
    lines = ["# yaml-language-server: $schema=schema.json",
             "# Rule drafts for the groups found without a rule across two or more sources.",
             "# Rename the ids, check the words, then run `reconcile rules explain ID` to tune them.",
             "rules:"]
    for draft in drafts:
        group = draft.group
        where = ", ".join(f"{c.doc}:{c.line}:{c.column} {_brief(c)}" for c in draft.claims)
        lines.append(f"  # {group.verdict}, {len(group.documents)} documents: {where}")
        if draft.rule is None:
            lines += [f"  # no draft: {draft.problem}", ""]
            continue
        differing = sorted({f"{c.speaker} ({c.doc})" for c in draft.claims if c.speaker})
        if draft.rule.kind == "quote" and not draft.rule.speaker and len({c.speaker for c in draft.claims if c.speaker}) > 1:
            lines.append(f"  # no speaker set: the sources give it to {', '.join(differing)}")
        lines += ["  " + line for line in _rule_lines(draft.rule)] + [""]
    while lines[-1] == "":
        lines.pop()
    if lines[-1] == "rules:":
        lines[-1] = "rules: []  # no group found without a rule spans two sources"
    return "\n".join(lines) + "\n"


def _rule_lines(rule):
    lines = [f"- id: {rule.id}", f"  title: {_scalar(rule.title)}", f"  kind: {rule.kind}"]
    if rule.unit:
        lines.append(f"  unit: {_scalar(rule.unit)}")
    if rule.speaker:
        lines.append(f"  speaker: {_scalar(rule.speaker)}")
    if rule.anchors:
        lines.append("  anchors:")
        lines += [f"    - {_scalar(anchor)}" for anchor in rule.anchors]
    if rule.all_of:
        lines.append("  all_of:")
        lines += ["    - [" + ", ".join(_scalar(term) for term in item) + "]" for item in rule.all_of]
    if rule.none_of:
        lines.append("  none_of: [" + ", ".join(_scalar(term) for term in rule.none_of) + "]")
    if rule.kind == "quantity":
        lines.append("  tolerance: {absolute: 0}  # values must be equal to agree; {relative: 0.05} allows 5%")
    return lines


def _scalar(text):
    """`text` as a YAML scalar: plain when YAML reads it back as the same string, else quoted."""
    plain = re.fullmatch(r"[^\W\d_][\w'’ .-]*", text) and not text.endswith((" ", ".")) and ": " not in text
    try:
        if plain and yaml.safe_load(f"[{text}]") == [text]:
            return text
    except yaml.YAMLError:
        pass
    return json.dumps(text, ensure_ascii=False)


def _brief(claim):
    text = f"“{claim.quote}”" if claim.kind == "quote" else claim.text
    text = " ".join(text.split())
    return json.dumps(text if len(text) <= 40 else text[:39] + "…", ensure_ascii=False)
