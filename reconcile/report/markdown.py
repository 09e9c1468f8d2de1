"""Report -> Markdown that reads well on its own: summary, what needs an editor's
attention, agreements, single-source claims, provenance, skipped inputs."""
import collections
import functools
import itertools
import re

from tabulate import tabulate

from ..judge import describe_value
from .json_report import summary

# Characters that could start Markdown or HTML inside a table cell, each with a backslash.
_SPECIAL = re.compile(r"[\\`*_\[\]|<>#]")
# Those characters and every whitespace character but the space: what escape must change in a
# cell besides leading, trailing and doubled spaces.
_UNTIDY = re.compile("[" + re.escape("\\`*_[]|<>#" + "".join(
    c for c in map(chr, range(0x3001)) if c.isspace() and c != " ")) + "]")
SENTENCE_CHARS = 160


def escape(text):
    """Text from a source made safe for a Markdown table cell or heading.

    >>> escape("a | b <script>`x`")
    'a \\\\| b \\\\<script\\\\>\\\\`x\\\\`'
    """
    if text is None:
        return ""
    text = str(text)
    # Most cells are one line of single-spaced words without such a character: one search says so.
    if not _UNTIDY.search(text) and "  " not in text and text == text.strip():
        return text
    return _SPECIAL.sub(r"\\\g<0>", " ".join(text.split()))


def render_markdown(report):
    """The whole report as GitHub-flavoured Markdown."""
    return "\n".join(markdown_lines(report)) + "\n"


def markdown_lines(report):
    """The report's Markdown, a line (or a small table) at a time, so a report of a
    million claims is written without holding it in memory."""
    claims = {c.id: c for c in report.claims}
    docs = {d.id: d for d in report.documents}
    by_verdict = collections.defaultdict(list)
    for group in report.groups:
        by_verdict[group.verdict].append(group)
    parts = itertools.chain(
        ["# Reconciliation report", "", _intro(report), ""], _summary(report),
        _attention(by_verdict, claims, docs), _agreements(by_verdict["agree"], claims, docs),
        _single_source(by_verdict["single-source"], claims, docs), _provenance(report.groups, claims, docs),
        _skipped(report.skipped))
    pending = 0  # blank lines are held back so the report never ends with them
    for line in parts:
        if line == "":
            pending += 1
            continue
        yield from [""] * pending
        pending = 0
        yield line


def _intro(report):
    n = summary(report)
    return (f"{n['documents']} documents, {n['claims']} claims, {n['cross_source_groups']} claims "
            f"made by more than one source. Each claim below gives its document, section "
            f"(article body or reader comment), line:column and exact words.")


def _summary(report):
    n = summary(report)
    counts = collections.Counter(c.doc for c in report.claims)
    rows = [[escape(d.id), escape(d.publisher), escape(d.title), escape(d.published), escape(d.language),
             escape(d.republishes), counts.get(d.id, 0)] for d in report.documents]
    lines = ["## Summary", "", "### Documents", "",
             *_table(rows, ["Document", "Publisher", "Title", "Published", "Language", "Republishes", "Claims"]), ""]
    kinds = n["claims_by_kind"]
    sections = n["claims_by_section"]
    verdicts = n["groups_by_verdict"]
    lines += ["### Claims and verdicts", "",
              *_table([["Claims", f"{n['claims']}: {kinds['quantity']} quantities, {kinds['date']} dates, "
                                 f"{kinds['quote']} quotes ({sections['body']} in article bodies, "
                                 f"{sections['comment']} in reader comments)"],
                      ["Contradictions", verdicts["contradict"]],
                      ["Variants (quotes worded differently)", verdicts["variant"]],
                      ["Agreements", verdicts["agree"]],
                      ["Single-source claims and groups", verdicts["single-source"]],
                      ["Inputs skipped", n["skipped"]]], ["", "Count"]), ""]
    lines += [f"Rules: {len(report.rules)} from {escape(n['rules'])}." if report.rules_path is not None
              else "Rules: none (every group was found without a rule).", ""]
    return lines


def _attention(by_verdict, claims, docs):
    yield from ["## Needs attention", ""]
    if not by_verdict["contradict"] and not by_verdict["variant"]:
        yield from ["No contradictions and no differently worded quotes were found.", ""]
        return
    for verdict, heading in (("contradict", "Contradictions"), ("variant", "Variants: quotes worded differently")):
        if not by_verdict[verdict]:
            continue
        yield from [f"### {heading}", ""]
        for group in by_verdict[verdict]:
            yield from _group_block(group, claims, docs)


def _group_block(group, claims, docs, *, level="####"):
    rule = f" (rule `{group.rule}`)" if group.rule else ""
    lines = [f"{level} {escape(group.title)}{rule}", "",
             f"Verdict: **{group.verdict}** across {len(group.documents)} "
             f"document{'s' if len(group.documents) != 1 else ''}.", ""]

    def rows():
        for c in (claims[i] for i in group.claims):
            yield [escape(c.doc), escape(docs[c.doc].publisher if c.doc in docs else None), c.section,
                   f"{c.line}:{c.column}", _says(c), escape(_who(c))]
    lines += list(_table(rows, ["Document", "Publisher", "Section", "Line:col", "Says", "Speaker or attribution"]))
    lines.append("")
    if group.differences:
        lines += [f"- {escape(d)}" for d in group.differences] + [""]
    return lines


def _says(claim):
    if claim.kind == "quote":
        return escape(f"“{claim.quote}”")
    if claim.kind == "quantity":
        return f"{escape(claim.text)} = {escape(describe_value(claim))}" + (
            f" ({escape(claim.subject)})" if claim.subject else "")
    return f"{escape(claim.text)} = {escape(claim.date or 'relative, unresolved')}"


def _who(claim):
    if claim.speaker and claim.attribution:
        return f"{claim.speaker}: {claim.attribution}"
    return claim.speaker or claim.attribution or ""


def _agreements(groups, claims, docs):
    yield from ["## Agreements", ""]
    if not groups:
        yield from ["No claim is made alike by more than one source.", ""]
    for group in groups:
        yield from _group_block(group, claims, docs)


def _single_source(groups, claims, docs):
    lines = ["## Single-source claims", "",
             "Claims only one document makes. Repeated mentions inside one document count as one source.", ""]
    yield from lines
    ruled = [g for g in groups if g.rule]
    if ruled:
        yield from ["### Claims named by a rule", ""]
        for group in ruled:
            yield from _group_block(group, claims, docs, level="####")
    by_doc = collections.defaultdict(list)
    for group in groups:
        if not group.rule:
            for claim_id in group.claims:
                by_doc[claims[claim_id].doc].append(claims[claim_id])
    for doc in sorted(by_doc):
        members = sorted(by_doc[doc], key=lambda c: c.start)
        yield from [f"### {escape(doc)}", ""]
        yield from _table(functools.partial(_single_source_rows, members),
                          ["Line:col", "Section", "Kind", "Claim", "Speaker or attribution", "Sentence"])
        yield ""


def _single_source_rows(members):
    for c in members:
        yield [f"{c.line}:{c.column}", c.section, c.kind, _says(c), escape(_who(c)), escape(_excerpt(c.sentence))]


def _provenance(groups, claims, docs):
    grouped = [g for g in groups if len(g.claims) > 1 or g.rule]

    def rows():
        for group in grouped:
            for claim_id in group.claims:
                c = claims[claim_id]
                doc = docs.get(c.doc)
                yield [escape(group.id), escape(c.id), escape(c.doc), escape(doc.publisher if doc else None),
                       escape(c.path), c.section, c.language, f"{c.line}:{c.column}", f"{c.start}-{c.end}",
                       escape(c.text), escape(_who(c))]
    yield from ["## Provenance", "", "Every claim of every group above: where it is and the exact words.", ""]
    if not grouped:
        yield from ["No claim is in a group.", ""]
        return
    yield from _table(rows, ["Group", "Claim", "Document", "Publisher", "File", "Section", "Language",
                             "Line:col", "Characters", "Exact words", "Speaker or attribution"])
    yield ""


def _skipped(skipped):
    lines = ["## Skipped inputs", ""]
    if not skipped:
        return lines + ["None: every input was read.", ""]
    rows = [[escape(s.path), escape(s.reason)] for s in skipped]
    return lines + list(_table(rows, ["File", "Reason"])) + [""]


def _excerpt(sentence):
    return sentence if len(sentence) <= SENTENCE_CHARS else sentence[:SENTENCE_CHARS - 1].rstrip() + "…"


# tabulate lays out small tables with aligned columns. Above this many rows a table is
# written in one pass without padding (GitHub renders it the same): tabulate infers a
# type for every cell and aligning needs every row twice, which took seconds on
# tables of thousands of rows.
TABULATE_MAX_ROWS = 50


def _table(rows, headers):
    """The lines of a table of `rows` (a list, or a function giving the rows afresh each call)."""
    make = rows if callable(rows) else (lambda: iter(rows))
    first = list(itertools.islice(make(), TABULATE_MAX_ROWS + 1))
    if len(first) <= TABULATE_MAX_ROWS:
        yield tabulate([[str(c) for c in row] for row in first], headers=headers, tablefmt="github",
                       disable_numparse=True)
        return
    yield from compact_table_lines(make(), headers)


def compact_table_lines(rows, headers):
    """A GitHub-flavoured Markdown table, a line at a time, cells unpadded.

    >>> print("\\n".join(compact_table_lines([["a", "bb"]], ["X", "Longer"])))
    | X | Longer |
    |---|---|
    | a | bb |
    """
    yield "| " + " | ".join(headers) + " |"
    yield "|" + "|".join("---" for _ in headers) + "|"
    for row in rows:
        yield "| " + " | ".join(map(str, row)) + " |"
