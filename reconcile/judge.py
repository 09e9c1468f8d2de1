"""Candidate groups -> Groups with a verdict and the differences behind it.

`agree`: values compatible within the rule's tolerance (qualifier intervals
overlap: "more than 60" agrees with 61; dates agree when one is a more precise
form of the other). `contradict`: values that cannot both be true, or a quote
put in different mouths. `variant`: the same quote worded differently beyond
spelling, case and punctuation, or quoted at very different lengths (one source
quotes a part of what another quotes). `single-source`: one document only; several
mentions inside one document are one source.

A quote given to two different people makes a contradiction only when both
sources name the speaker explicitly in the quote's own sentence (a name governed
by a speech verb or "according to"); an attribution inferred from a pronoun, a
continuation paragraph or a name nearby is reported as a difference only.
Figures in different units of one measure ("4 km", "2.5 miles") are compared
in the measure's base unit, each widened by the rounding its writer did.
Every verdict carries its reason in a few words.
"""
import bisect
import collections
import difflib
import functools
import itertools
import math
import re

import attrs
from rapidfuzz import fuzz

from .compare import _bounds, dates_compatible, same_hedge_different_figure, within_rounding
from .linker import same_person
from .measures import measure_of, written_slack
from .model import Group, Level, Tolerance
from .normalize import speaker_key
from .parallel import map_slices
from .lexicon import every_language, fold, names_an_organisation, people_events, scales, unit_of_word
from .text import ELLIPSIS, folded_words

# Two words this similar (rapidfuzz ratio) differ in spelling only: recognisable / recognizable.
SPELLING_SIMILARITY = 80.0
# Differences listed for one group at most; the rest are counted.
LISTED = 20
# One source quoting more than half again as many words as another quotes a longer or a
# shorter part of the statement: a variant, in one language or across two (a faithful
# translation stays within that: Spanish runs about a tenth to a fifth longer than English).
EXCERPT_RATIO = 1.5
VERDICT_ORDER = {"contradict": 0, "variant": 1, "agree": 2, "single-source": 3}


def judge_groups(candidates, *, jobs=1):
    """Groups with verdicts, in report order: what needs attention first.

    Each group is judged on its own: on a large corpus, in `jobs` processes or on the
    engine `jobs` is (parallel.as_engine), with the same result as one."""
    by_rule = {c.rule.id: c for c in candidates if c.rule is not None}
    # What a group's judging reads beside its own claims: the groups of the parts of a total.
    parts = {name: by_rule[name] for c in by_rule.values() for name in c.rule.sum_of if name in by_rule}
    # A group one document makes without a rule is single-source at once: judged here, so only
    # the groups that need judging travel to the workers (most groups of a large corpus).
    alone = [c for c in candidates if c.rule is None and len({claim.doc for claim in c.claims}) == 1]
    shared = [c for c in candidates if c.rule is not None or len({claim.doc for claim in c.claims}) > 1]
    groups = _judge_each(parts, alone) + map_slices(_judge_each, shared, parts, jobs=jobs)
    return tuple(sorted(groups, key=lambda g: (VERDICT_ORDER[g.verdict], g.kind, g.rule is None, g.id)))


def _judge_each(by_rule, candidates):
    return [_judge(candidate, by_rule) for candidate in candidates]


def _judge(candidate, by_rule):
    rule, claims = candidate.rule, sorted(candidate.claims, key=lambda c: (c.doc, c.start))
    documents = tuple(sorted({c.doc for c in claims}))
    kind = claims[0].kind
    judge = {"quantity": _judge_quantities, "date": _judge_dates, "quote": _judge_quotes}[kind]
    verdict, differences, reason = judge(claims, rule)
    if rule is not None and rule.sum_of:
        ok, notes = _check_sum(claims, rule, by_rule)
        differences += notes
        if not ok:
            verdict, reason = "contradict", "the parts do not add up to the total"
    if len(documents) == 1 and verdict != "contradict":
        verdict = "single-source"
        reason = "one document only" + (f" ({len(claims)} mentions)" if len(claims) > 1 else "")
    if rule is not None and candidate.fit is not None:
        # The rule's own match: each item's best term and its score (0-100) on the weakest member.
        evidence = tuple(Level(comparison=item.field, label=f"'{item.best}'", weight=item.score)
                         for item in candidate.fit.items)
        weight = candidate.fit.score
    elif candidate.link is not None:
        evidence, weight = candidate.link.levels, candidate.link.weight
    else:
        evidence, weight = (), None
    return Group(id=rule.id if rule else f"{kind}-{claims[0].id}", rule=rule.id if rule else None,
                 title=rule.title if rule else _title(claims[0]), kind=kind, verdict=verdict,
                 claims=tuple(c.id for c in claims), documents=documents,
                 differences=tuple(differences), evidence=evidence, weight=weight, reason=reason)


def _judge_quantities(claims, rule):
    tolerance = rule.tolerance if rule else Tolerance()
    # A figure written "6.0" is not the "6" another source rounded: each stands as written.
    statements = _statements(claims, lambda c: (c.value, c.low, c.high, c.qualifier, c.unit, written_slack(c)))
    mixed = len({c.unit for c in claims if c.unit}) > 1
    disjoint = [pair for same, units in _by_measure(statements)
                for pair in _disjoint_in_measure(same, units, tolerance)][:LISTED + 1]
    conflicts = disjoint or _different_bounds(statements, tolerance)
    if conflicts:
        a, b = conflicts[0]
        reason = (f"figures cannot both hold: {describe_value(a[0])} and {describe_value(b[0])}" if disjoint else
                  f"the same hedge on different figures: {describe_value(a[0])} and {describe_value(b[0])}")
        return "contradict", _listed([f"{describe_value(a[0])} ({_docs(a)}) vs {describe_value(b[0])} ({_docs(b)})"
                                      for a, b in conflicts]), reason
    values = sorted({describe_value(c) for c in claims})
    shown = values if len(values) <= 10 else values[:10] + [f"and {len(values) - 10} more"]
    if len(values) == 1:
        return "agree", [], f"the same figure: {values[0]}"
    reason = "the same figure in other units" if mixed else "compatible figures"
    return "agree", [f"compatible values: {', '.join(shown)}"], f"{reason}: {', '.join(values[:3])}"


def _by_measure(statements):
    """[(statements, units)] of each measure the statements give: figures are compared only
    within a measure ("12 floors" and "14 people" are not one figure to set against another).
    A figure without a unit is read in the unit its measure's statements give most, in each
    measure ("Gary Cohen, 58" beside "Gary Cohen, de 58 años")."""
    measures, unitless = collections.defaultdict(list), []
    for statement in statements:
        if statement[0].unit:
            measures[measure_of(statement[0].unit)[0]].append(statement)
        else:
            unitless.append(statement)
    if not measures:
        return [(unitless, {None})]
    found = []
    for same in measures.values():
        units = collections.Counter(s[0].unit for s in same for _ in s)
        common = min(units, key=lambda unit: (-units[unit], unit))
        read = [[attrs.evolve(s[0], unit=common), *s[1:]] for s in unitless]
        found.append((same + read, set(units)))
    return found


def _disjoint_in_measure(statements, units, tolerance):
    """The conflicting pairs of one measure's statements: across units each figure is as
    precise as its writer rounded it ("165 mph" and "about 270 km/h"); in one unit, figures
    are compared as written (165 mph and 166 mph, in a group the km/h figure fits both)."""
    if len(units) <= 1:
        return _disjoint(statements, tolerance)
    pairs = _disjoint(statements, tolerance, mixed=True)
    for unit in sorted(units, key=str):
        pairs += [pair for pair in _disjoint([s for s in statements if s[0].unit == unit], tolerance)
                  if pair not in pairs]
    return pairs


def _disjoint(statements, tolerance, limit=LISTED, *, mixed=False):
    """Pairs of statements from different documents whose intervals cannot both hold,
    at most `limit` of them, found by sorting rather than by trying every pair. With
    `mixed` units, intervals are compared in the measure's base unit, rounding allowed."""
    bounds = functools.partial(_bounds, base=True) if mixed else _bounds
    bounded = sorted(((*bounds(s[0], tolerance), s, _source(s)) for s in statements), key=lambda b: b[0])
    lows = [b[0] for b in bounded]
    conflicts = []
    for _, high, statement, source in sorted(bounded, key=lambda b: b[1]):
        # Every statement whose low end lies above this one's high end contradicts it.
        for _, _, other, other_source in bounded[bisect.bisect_right(lows, high):]:
            if _two_sources(source, other_source) and not (within_rounding(statement[0], other[0])
                                                           or within_rounding(other[0], statement[0])):
                conflicts.append((statement, other))
                if len(conflicts) > limit:
                    return conflicts
    return conflicts


def _different_bounds(statements, tolerance, limit=LISTED):
    """Pairs of statements from different documents that hedge alike but give different
    figures: "more than 30,000" and "more than 40,000" can both hold, yet the sources
    disagree on the figure they report."""
    conflicts = []
    by_qualifier = collections.defaultdict(list)
    for statement in statements:
        if statement[0].qualifier is not None:
            by_qualifier[statement[0].qualifier].append(statement)
    for same in by_qualifier.values():
        same.sort(key=lambda s: s[0].value)
        for a, b in zip(same, same[1:]):
            if (a[0].unit == b[0].unit and same_hedge_different_figure(a[0], b[0], tolerance)
                    and _two_sources(_source(a), _source(b))):
                conflicts.append((a, b))
                if len(conflicts) > limit:
                    return conflicts
    return conflicts


def _statements(claims, key):
    """Claims that say the same, together: [claims with one value], in first-seen order.
    A group of ten thousand mentions of three values is judged as three statements."""
    by_key = {}
    for claim in claims:
        by_key.setdefault(key(claim), []).append(claim)
    return list(by_key.values())


def _conflicting(statements):
    """Pairs of different statements made by at least two different documents."""
    sources = [_source(s) for s in statements]
    for (i, a), (j, b) in itertools.combinations(enumerate(statements), 2):
        if _two_sources(sources[i], sources[j]):
            yield a, b


def _source(statement):
    """The one document that makes `statement`, or None when several do."""
    docs = {c.doc for c in statement}
    return docs.pop() if len(docs) == 1 else None


def _two_sources(left, right):
    """Whether two statements with these _source values come from two documents or more:
    a pair is tested without walking every mention of a statement made ten thousand times."""
    return left is None or right is None or left != right


def _docs(statement, shown=3):
    docs = sorted({c.doc for c in statement})
    more = f", +{len(docs) - shown} more" if len(docs) > shown else ""
    return ", ".join(docs[:shown]) + more


def _listed(lines, shown=LISTED):
    return lines[:shown] + ([f"… and more: the list stops at {shown}"] if len(lines) > shown else [])


def describe_value(claim):
    """'more than 30,000 people', '2 percent', 'about 5 million dollars', 'category 5'."""
    qualifier = {None: "", "more_than": "more than ", "less_than": "less than ", "at_least": "at least ",
                 "at_most": "at most ", "about": "about "}[claim.qualifier]
    value = claim.value
    number = f"{int(value):,}" if float(value).is_integer() else f"{value:,.6g}"
    slack = written_slack(claim)
    if float(value).is_integer() and slack < 0.5:
        number += "." + "0" * round(-math.log10(slack * 2))  # "magnitude 6.0", as written
    if claim.unit in scales():
        return f"{qualifier}{claim.unit} {number}"  # "category 5", "magnitude 7.1": a rank on a scale
    unit = {"percent": "%"}.get(claim.unit, f" {claim.unit}" if claim.unit else "")
    return f"{qualifier}{number}{unit}"


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def describe_date(iso):
    """A date as the report shows it: ISO 8601 when it has its year ('2009-10', '2010-12-03'),
    in words when the text gave none, which ISO writes obscurely ('--10-25').

    >>> describe_date("2010-12-03"), describe_date("--10-25"), describe_date("--10")
    ('2010-12-03', '25 October (no year given)', 'October (no year given)')
    """
    if not iso or not iso.startswith("--"):
        return iso
    month, _, day = iso[2:].partition("-")
    words = _MONTHS[int(month) - 1] if month.isdigit() and 1 <= int(month) <= 12 else iso
    return f"{int(day)} {words} (no year given)" if day.isdigit() else f"{words} (no year given)"


def _judge_dates(claims, rule):
    statements = _statements([c for c in claims if c.date], lambda c: c.date)
    conflicting = ((a, b) for a, b in _conflicting(statements) if not dates_compatible(a[0].date, b[0].date))
    conflicts = list(itertools.islice(conflicting, LISTED + 1))  # enough to list, and to say there are more
    if conflicts:
        a, b = conflicts[0]
        return ("contradict", _listed([f"{describe_date(a[0].date)} ({_docs(a)}) vs {describe_date(b[0].date)} "
                                       f"({_docs(b)})" for a, b in conflicts]),
                f"dates cannot both hold: {describe_date(a[0].date)} and {describe_date(b[0].date)}")
    values = [describe_date(v) for v in sorted({c.date for c in claims if c.date})]
    if len(values) > 1:
        return "agree", [f"compatible dates: {', '.join(values)}"], "the same date at different precision"
    return "agree", [], f"the same date: {values[0]}" if values else "relative dates"


def _judge_quotes(claims, rule):
    differences, verdict, reason = [], "agree", "the same words"
    expected = speaker_key(rule.speaker) if rule and rule.speaker else None
    speakers = _statements([c for c in claims if c.speaker], lambda c: (speaker_key(c.speaker), c.speaker_explicit))
    for statement in speakers:
        if expected and not same_person(expected, speaker_key(statement[0].speaker)):
            how = "" if statement[0].speaker_explicit else " (inferred)"
            differences.append(f"{_docs(statement)} attributes it to {statement[0].speaker}{how}, not {rule.speaker}")
            if statement[0].speaker_explicit:
                verdict, reason = "contradict", f"given to {statement[0].speaker}, not {rule.speaker}"
    for a, b in _conflicting(speakers):
        if _settled(verdict, differences):
            break
        if not same_person(a[0].speaker, b[0].speaker):
            # Two people of one surname quoting the same words is far likelier one person
            # misread ("Apenas Urzúa" for "Luis Urzúa"): a difference, not a contradiction.
            # Nor is an organisation and a person who may speak for it ("the Coast Guard said",
            # "Rear Adm. John Mauger said").
            organisation = names_an_organisation(a[0].speaker) or names_an_organisation(b[0].speaker)
            explicit = (a[0].speaker_explicit and b[0].speaker_explicit and not organisation
                        and _surname(a[0].speaker) != _surname(b[0].speaker))
            how = ("" if explicit else " (an organisation and who may speak for it)" if organisation
                   else " (at least one attribution inferred, not stated, or one surname)")
            differences.append(f"attributed to {a[0].speaker} ({_docs(a)}) but to {b[0].speaker} ({_docs(b)}){how}")
            if explicit and verdict != "contradict":
                verdict, reason = "contradict", f"the same words given to {a[0].speaker} and to {b[0].speaker}"
    languages = sorted({c.language for c in claims})
    if len(languages) > 1:
        differences.append("quoted in " + " and ".join(languages) + "; wording is compared only "
                           "between sources in the same language")
        reason = "the same words, translated" if verdict == "agree" else reason
    for language in languages:
        wordings = _statements([c for c in claims if c.language == language], lambda c: " ".join(folded_words(c.quote)))
        reference, reference_source = wordings[0], _source(wordings[0])
        wholes = longer_quotes(folded_words(w[0].quote) for w in wordings)  # once for every pair below
        for other in wordings[1:]:
            if _settled(verdict, differences):
                break
            if reference_source is not None and _source(other) == reference_source:
                continue  # one document quoting itself
            if parts_of_one_quote(folded_words(reference[0].quote), folded_words(other[0].quote), wholes):
                continue  # "barricaded subject" and "active shooter": two excerpts of a longer quote
            changes = wording_differences(reference[0].quote, other[0].quote)
            if changes:
                if verdict == "agree":
                    verdict, reason = "variant", "worded differently: " + changes[0]
                differences.append(f"{_docs(other)} against {_docs(reference)}: " + "; ".join(changes))
    excerpt = _quoted_in_part(claims)
    if excerpt:
        differences.append(excerpt)
        if verdict == "agree":
            verdict, reason = "variant", "quoted at different lengths"
    return verdict, _listed(differences), reason


def _quoted_in_part(claims):
    """A note when one document quotes much less of the statement than another does
    (EXCERPT_RATIO), or None. Mentions of one document are one source."""
    lengths = sorted((len(folded_words(c.quote)), c.doc) for c in claims)
    longest, longest_doc = lengths[-1]
    shortest, shortest_doc = next(((n, doc) for n, doc in lengths if doc != longest_doc), (longest, longest_doc))
    if not shortest or longest <= EXCERPT_RATIO * shortest:
        return None
    return f"{shortest_doc} quotes {shortest} words of it, {longest_doc} quotes {longest}"


def parts_of_one_quote(a, b, wholes):
    """True when another of `wholes` (from longer_quotes), longer than both, holds each of two
    quotes' folded words `a` and `b` whole, in a row: two sources quoting different parts of
    one statement changed nothing. The callers fold every quote once (folded_words).

    >>> parts_of_one_quote(["barricaded", "subject"], ["active", "shooter"],
    ...                    longer_quotes([["a", "barricaded", "subject", "not", "an", "active", "shooter"]]))
    True
    """
    if not (a and b):
        return False
    longer = max(len(a), len(b))
    a, b = _joined(a), _joined(b)
    return any(a in whole and b in whole for size, whole in wholes if size > longer)


def longer_quotes(wholes):
    """The distinct folded wordings of `wholes` as parts_of_one_quote reads them: many sources
    quote one statement alike, and each wording is searched once."""
    return tuple((len(words), _joined(words)) for words in dict.fromkeys(map(tuple, wholes)))


def _joined(words):
    """Folded words as one string, a space on each side, so that a run of words is a substring
    (folded words hold no spaces)."""
    return " " + " ".join(words) + " "


def _surname(name):
    """The folded last word of a name."""
    return speaker_key(name).split()[-1]


def _settled(verdict, differences):
    """True once nothing more can change a quote group's verdict or what the report lists
    of its differences: in a group of thousands of wordings, the rest are not compared."""
    return verdict != "agree" and len(differences) > LISTED


def wording_differences(reference, other):
    """The words `other` adds, drops or changes against `reference`, spelling, case and
    punctuation aside. Words one source quotes beyond the other's excerpt, at either
    end, are listed as "(excerpt)" notes: they make no variant on their own.

    >>> wording_differences("It is damaging Mexico's reputation", "It is damaging Mexico's international reputation")
    ["adds 'international'"]
    >>> wording_differences("[The gunman] shot and killed 14 students", "He shot and killed 14 students")
    []
    """
    left, right = folded_words(reference), folded_words(other)
    a_words, b_words = reference_words(reference), reference_words(other)
    a_editorial, b_editorial = _bracketed(reference), _bracketed(other)
    a_gaps, b_gaps = _marked_gaps(reference), _marked_gaps(other)
    matcher = difflib.SequenceMatcher(a=left, b=right, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return [f"changed '{reference}' to '{other}'"]
    first, last = blocks[0], blocks[-1]
    inner, edges = [], []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal" or _spelling_only(left[a1:a2], right[b1:b2]):
            continue
        if (a1 < a2 and all(a_editorial[a1:a2])) or (b1 < b2 and all(b_editorial[b1:b2])):
            continue  # "[The gunman] shot" for "He shot": an editor's words in brackets
        removed, added = " ".join(a_words[a1:a2]), " ".join(b_words[b1:b2])
        if op == "delete" and b1 in b_gaps or op == "insert" and a1 in a_gaps:
            # "El agua subió muy rápido (…) nunca habíamos visto": the writer marked the cut.
            edges.append(f"(excerpt) '{removed or added}' left out by one source, which marks the gap")
            continue
        before_first = a2 <= first.a and b2 <= first.b
        after_last = a1 >= last.a + last.size and b1 >= last.b + last.size
        if op != "replace" and (before_first or after_last):
            edges.append(f"(excerpt) '{removed or added}' quoted by one source only")
        elif op == "delete":
            inner.append(f"drops '{removed}'")
        elif op == "insert":
            inner.append(f"adds '{added}'")
        else:
            inner.append(f"has '{added}' for '{removed}'")
    return inner + edges if inner else []


def _marked_gaps(text):
    """The positions among a quote's words (as reference_words finds them) where its writer
    marks a cut with an ellipsis ("…", "...", "(…)", "[...]"): position i stands before word i.

    >>> sorted(_marked_gaps("El agua subió (…) nunca"))
    [3]
    """
    gaps, previous = set(), 0
    for position, match in enumerate(_QUOTE_WORD.finditer(text or "")):
        if ELLIPSIS.search(text, previous, match.start()):
            gaps.add(position)
        previous = match.end()
    return gaps


def _bracketed(text):
    """For each word of `text` (as reference_words finds them), True when it stands inside
    square brackets: words an editor put in a quote ("[The gunman] shot and killed").

    >>> _bracketed("[The gunman] shot and killed")
    [True, True, False, False, False]
    """
    spans = [m.span() for m in re.finditer(r"\[[^\[\]]*\]", text or "")]
    return [any(start <= m.start() < end for start, end in spans)
            for m in _QUOTE_WORD.finditer(text or "")]


def _spelling_only(left, right):
    """True when two runs of words differ only in spelling (recognisable / recognizable)."""
    return len(left) == len(right) and bool(left) and all(
        fuzz.ratio(x, y) >= SPELLING_SIMILARITY for x, y in zip(left, right))


def reference_words(text):
    """The words of a quote as written (case and accents kept), aligned with folded_words."""
    return _QUOTE_WORD.findall(text or "")


# A word of a quote as written: letters and digits, with inner hyphens and apostrophes.
_QUOTE_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def _check_sum(claims, rule, by_rule):
    """Whether the rule's total agrees with the sum of its parts, and a note saying so."""
    parts = [by_rule.get(part) for part in rule.sum_of]
    if any(p is None for p in parts) or not claims:
        return True, []
    values = []
    for candidate in parts:
        exact = [c for c in candidate.claims if c.qualifier is None]
        if not exact:
            return True, []
        values.append((candidate.rule.id, exact[0]))
    total = sum(c.value for _, c in values)
    shown = " + ".join(f"{describe_value(c)} ({rule_id})" for rule_id, c in values)
    tolerance = rule.tolerance
    bad = [c for c in claims if not (c.low - tolerance.slack(total) <= total if c.low is not None else True)
           or not (total <= (c.high if c.high is not None else float("inf")) + tolerance.slack(total))]
    if bad:
        return False, [f"{shown} = {total:g}, which does not fit " + ", ".join(
            f"{describe_value(c)} ({c.doc})" for c in bad)]
    return True, [f"{shown} = {total:g}, consistent with " + ", ".join(
        sorted({describe_value(c) for c in claims}))]


def _title(claim):
    if claim.kind == "quote":
        words = (claim.quote or "").split()
        text = " ".join(words[:10]) + ("…" if len(words) > 10 else "")
        return f"“{text}”" + (f" ({claim.speaker})" if claim.speaker else "")
    if claim.kind == "quantity":
        # "12 hours: hours" says nothing: a counted phrase of unit words only gives way to the clause.
        about = claim.subject if _says_more_than_a_unit(claim.subject, claim.unit) else (claim.clause or claim.context)
        return f"{describe_value(claim)}: {about}"[:120]
    return f"{describe_date(claim.date) or claim.text}: {claim.context}"[:120]


def _says_more_than_a_unit(subject, unit):
    """True when a counted phrase has a word besides its unit, other units and what happens to
    people: "liaison officers killed", not "hours", "men" or "personas".

    >>> _says_more_than_a_unit("liaison officers", "officers"), _says_more_than_a_unit("kilometers", "km/h")
    (True, False)
    """
    known, own = _unit_like_words(), fold(unit or "")
    return any(w not in known and w != own for w in folded_words(subject or "") if w.isalpha())


@functools.lru_cache(maxsize=None)
def _unit_like_words():
    """Words that say no more than a figure's unit: units, what happens to people, function words."""
    return frozenset(unit_of_word()) | people_events() | frozenset(fold(str(w)) for w in every_language("stopwords"))
