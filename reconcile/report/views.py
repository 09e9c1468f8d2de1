"""What the editor's report shows, as plain data that every renderer (Markdown, HTML)
lays out its own way: the discrepancy rows, the agreements with their origins, the
coverage matrix, each group's evidence line. Pure functions of a Report."""
import collections
import difflib
import functools
import os
import re
import urllib.parse

import attrs
from rapidfuzz import fuzz

from ..judge import (EXCERPT_RATIO, SPELLING_SIMILARITY, describe_date, describe_value, longer_quotes,
                     parts_of_one_quote, reference_words)
from ..text import folded_words

# The coverage matrix shows at most this many claims (the most covered first) and
# documents (those covering most claims first); the JSON report holds all of them.
COVERAGE_ROWS = 40
COVERAGE_COLUMNS = 12
# Above this many documents the Markdown and HTML summarise single-source claims per
# document; the JSON and CSV list every one.
LIST_SINGLE_SOURCE_UP_TO = 200
# Words of a quote shown in a coverage cell.
CELL_WORDS = 8


@attrs.frozen
class Statement:
    """One source's value or wording in a group: the document, where, and what it says,
    as (word, changed) pairs when the wording differs from the group's first."""

    doc: str
    publisher: str | None
    path: str
    line: int
    column: int
    says: str
    words: tuple = ()


@attrs.frozen
class Discrepancy:
    """A row of the discrepancy table: a contradiction, a variant or a total that does
    not add up."""

    group: str | None
    title: str
    verdict: str
    statements: tuple
    reason: str


def group_anchor(group_id):
    """The HTML id of a group's section.

    >>> group_anchor("quote-borderlandbeat-bbc-t1720")
    'group-quote-borderlandbeat-bbc-t1720'
    """
    return "group-" + re.sub(r"[^A-Za-z0-9_-]+", "-", group_id)


def line_link(path, line, base=None):
    """A relative link to a line of a file, as GitHub and editors read it: 'corpus/a.txt#L12',
    relative to the folder `base` the report is written to.

    >>> line_link("corpus/a.txt", 12, base="reports")
    '../corpus/a.txt#L12'
    """
    if "://" in path:  # a corpus read through a URL: the link is the URL itself
        return path + f"#L{line}"
    return (_link_target(path, base, None) or _link_target(path, base, os.getcwd())) + f"#L{line}"


@functools.lru_cache(maxsize=1 << 16)
def _link_target(path, base, cwd):
    """line_link's quoted path, made once per file: a report links each file many times.
    relpath reads the working folder unless both paths are absolute, so that folder, `cwd`,
    is part of the key; with `cwd` None, the target when it does not depend on it, else None."""
    if cwd is None and base and not (os.path.isabs(path) and os.path.isabs(base)):
        return None
    target = os.path.relpath(path, base) if base else path
    return urllib.parse.quote(target.replace(os.sep, "/"))


def document_languages(report):
    """{document id: its language}: the one its metadata gives, else the languages the text
    was read in, the most written first ("es", "en, es"): a folder of plain files has no
    metadata, and an editor still wants to know which pages are Spanish."""
    written = collections.defaultdict(collections.Counter)
    for section in report.sections:
        if section.kind != "chrome" and section.language:
            written[section.doc][section.language] += section.end - section.start
    return {d.id: d.language or ", ".join(language for language, _ in written[d.id].most_common())
            for d in report.documents}


def says(claim):
    """What a claim says, in a few words: a value, a date or a quote."""
    if claim.kind == "quote":
        return f"“{claim.quote}”"
    if claim.kind == "quantity":
        return describe_value(claim)
    if claim.relative and claim.date_inferred:
        return f"{claim.text} ({claim.date_inferred}, from the publication date)"
    return describe_date(claim.date) or f"{claim.text} (relative)"


def short(claim):
    """What a claim says, shortened for a matrix cell."""
    if claim.kind != "quote":
        return says(claim)
    words = (claim.quote or "").split()
    return "“" + " ".join(words[:CELL_WORDS]) + ("…”" if len(words) > CELL_WORDS else "”")


def statements(group, claims, docs):
    """One Statement per document of the group (its first mention), quotes with the words
    that differ from the wording of the first document in the same language marked (a
    translation is not marked word by word against the original)."""
    first_by_doc = {}
    for claim_id in group.claims:
        claim = claims[claim_id]
        first_by_doc.setdefault(claim.doc, claim)
    found = [first_by_doc[d] for d in sorted(first_by_doc)]
    references = {}
    for claim in found:
        if claim.kind == "quote" and claim.quote:
            references.setdefault(claim.language, claim.quote)
    wholes = longer_quotes(folded_words(claim.quote) for claim in found if claim.kind == "quote" and claim.quote)
    result = []
    for claim in found:
        reference = references.get(claim.language)
        if reference is None or not claim.quote:
            words = ()
        elif parts_of_one_quote(folded_words(reference), folded_words(claim.quote), wholes):
            words = [(claim.quote, False)]  # another part of a statement another source quotes longer
        else:
            words = marked_words(reference, claim.quote)
        document = docs.get(claim.doc)
        result.append(Statement(doc=claim.doc, publisher=document.publisher if document else None,
                                path=claim.path, line=claim.line, column=claim.column, says=says(claim),
                                words=tuple(words)))
    return tuple(result)


_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def marked_words(reference, other):
    """`other` cut into (text, changed) pieces: a word is changed when `reference` does not
    have it at that place (spelling and case aside); a word `reference` has and `other`
    drops appears as ('[-word]', True); the text between words is kept as it is.

    >>> marked_words("damaging Mexico's reputation", "damaging Mexico's international reputation")
    [('damaging', False), (' ', False), ("Mexico's", False), (' ', False), ('international', True), (' ', False), ('reputation', False)]
    """
    spans = [m.span() for m in _WORD.finditer(other)]
    left, right = folded_words(reference), folded_words(other)
    dropped_words = reference_words(reference)
    if len(spans) != len(right) or len(dropped_words) != len(left):
        return [(other, False)]
    changed, dropped_before = set(), collections.defaultdict(list)
    excerpt = len(right) > EXCERPT_RATIO * len(left)  # the reference quotes a small part of `other`
    # The same words (a copy quoting the first source alike, the commonest case): nothing differs.
    opcodes = () if left == right else difflib.SequenceMatcher(a=left, b=right, autojunk=False).get_opcodes()
    for op, a1, a2, b1, b2 in opcodes:
        if op == "equal" or (a2 - a1 == b2 - b1 and all(
                fuzz.ratio(x, y) >= SPELLING_SIMILARITY for x, y in zip(left[a1:a2], right[b1:b2]))):
            continue  # the same words, spelt differently (recognisable / recognizable)
        inner = (a1 > 0 or b1 > 0) and (a2 < len(left) or b2 < len(right))
        if op == "insert" and not inner and excerpt:
            continue  # the statement around the first source's short excerpt ("wrong decision"): no change
        changed.update(range(b1, b2))
        if op in ("delete", "replace") and inner:
            dropped_before[b1].extend(dropped_words[a1:a2])
    pieces, cursor = [], 0
    for index, (start, end) in enumerate(spans + [(len(other), len(other))]):
        if start > cursor:
            pieces.append((other[cursor:start], False))
        for word in dropped_before.get(index, ()):
            pieces += [(f"[-{word}]", True), (" ", False)]
        if index < len(spans):
            pieces.append((other[start:end], index in changed))
        cursor = end
    return pieces


def discrepancies(report):
    """The rows of the discrepancy table: every contradiction and variant, then every
    total that does not add up, in report order."""
    claims = {c.id: c for c in report.claims}
    docs = {d.id: d for d in report.documents}
    rows = []
    for group in report.groups:
        if group.verdict in ("contradict", "variant"):
            reason = group.reason or (group.differences[0] if group.differences else "")
            rows.append(Discrepancy(group=group.id, title=group.title, verdict=group.verdict,
                                    statements=statements(group, claims, docs), reason=reason))
    for check in report.checks:
        if check.holds:
            continue
        involved = [claims[i] for i in check.total + check.parts if i in claims]
        shown = tuple(Statement(doc=c.doc, publisher=docs[c.doc].publisher if c.doc in docs else None,
                                path=c.path, line=c.line, column=c.column, says=says(c)) for c in involved)
        title = next((g.title for g in report.groups if g.id == check.group), None) or involved[0].sentence
        rows.append(Discrepancy(group=check.group, title=title, verdict="does not add up", statements=shown,
                                reason=f"{check.note} ({check.scope})"))
    return rows


def origins_line(group):
    """'3 documents, 1 independent origin (BBC News)'."""
    n, k = len(group.documents), len(group.origins)
    return (f"{n} document{'s' if n != 1 else ''}, {k} independent origin{'s' if k != 1 else ''}"
            + (f" ({', '.join(group.origins)})" if group.origins else ""))


def reason_sentence(group):
    """The verdict's reason as a sentence of its own ("The same figure: 2%."), or ""."""
    return f"{group.reason[0].upper()}{group.reason[1:]}." if group.reason else ""


def evidence_line(group):
    """How a group was formed and what decided it, in one line."""
    if group.rule:
        # A rule's evidence is the score (0-100) of each of its items on the weakest member.
        terms = ", ".join(f"{level.comparison} {level.label} {level.weight:.0f}" for level in group.evidence)
        return f"rule {group.rule}" + (f"; {terms} (weakest member)" if terms else "")
    levels = "; ".join(f"{level.comparison}: {level.label} ({level.weight:+.2f})" for level in group.evidence)
    weight = f"; weight {group.weight:.2f}" if group.weight is not None else ""
    return "found without a rule" + (f"; {levels}" if levels else "") + weight


def lineage_links(report, base=None):
    """(document, origin, republishes, cites) for each document of the report, the last two
    lists of (name, target document or None, how, line or None, link to the line or None)."""
    docs = {d.id: d for d in report.documents}

    def links(found, doc):
        return [(link.name, link.document, link.how, link.line,
                 line_link(docs[doc].path, link.line, base) if link.line and doc in docs else None)
                for link in found]
    return [(item.doc, item.origin, links(item.republishes, item.doc), links(item.cites, item.doc))
            for item in report.lineage]


def coverage(report):
    """(documents, rows) of the claims × sources matrix: rows are (group, {doc: cell}),
    the groups most sources make first, capped at COVERAGE_ROWS × COVERAGE_COLUMNS."""
    claims = {c.id: c for c in report.claims}
    shared = [g for g in report.groups if len(g.documents) > 1 or g.rule]
    shared.sort(key=lambda g: (-len(g.documents), g.id))
    shown = shared[:COVERAGE_ROWS]
    per_doc = collections.Counter(d for g in shown for d in g.documents)
    order = {d.id: i for i, d in enumerate(report.documents)}
    columns = sorted(per_doc, key=lambda d: (-per_doc[d], order.get(d, 0)))[:COVERAGE_COLUMNS]
    columns.sort(key=lambda d: order.get(d, 0))
    rows = []
    for group in shown:
        cells = {}
        for claim_id in group.claims:
            claim = claims[claim_id]
            cells.setdefault(claim.doc, short(claim))
        rows.append((group, cells))
    return columns, rows, len(shared)
