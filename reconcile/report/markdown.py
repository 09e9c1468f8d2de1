"""Report -> Markdown that an editor reads from the top: a summary, the discrepancy
table (what to check by phone), agreements with their independent origins,
single-source claims, totals and their parts, the coverage matrix, lineage, each
group with its evidence, provenance, skipped inputs."""
import collections
import functools
import itertools
import re

import tabulate as tabulate_module
from tabulate import tabulate

from ..judge import describe_date, describe_value
from ..model import REPORT_TITLE
from .json_report import summary
from .views import (LIST_SINGLE_SOURCE_UP_TO, coverage, discrepancies, document_languages, evidence_line, group_anchor,
                    line_link, lineage_links, origins_line, reason_sentence, says)

# Characters that could start Markdown or HTML inside a table cell, each with a backslash.
_SPECIAL = re.compile(r"[\\`*_\[\]|<>#]")
# Those characters and every whitespace character but the space: what escape must change in a
# cell besides leading, trailing and doubled spaces.
_UNTIDY = re.compile("[" + re.escape("\\`*_[]|<>#" + "".join(
    c for c in map(chr, range(0x3001)) if c.isspace() and c != " ")) + "]")
_SPACES = re.compile(r"\s+")
SENTENCE_CHARS = 160


def escape(text):
    """Text from a source made safe for a Markdown table cell or heading.

    >>> escape("a | b <script>`x`")
    'a \\\\| b \\\\<script\\\\>\\\\`x\\\\`'
    """
    if text is None:
        return ""
    return _escaped(str(text))


@functools.lru_cache(maxsize=1 << 16)
def _escaped(text):
    """escape of a string, made once: a report repeats its documents' ids, publishers and paths."""
    # Most cells are one line of single-spaced words without such a character: one search says so.
    if not _UNTIDY.search(text) and "  " not in text and text == text.strip():
        return text
    return _SPECIAL.sub(r"\\\g<0>", " ".join(text.split()))


def render_markdown(report, *, base=None):
    """The whole report as GitHub-flavoured Markdown; links to source lines are relative
    to the folder `base` the report is written to (default: the working folder)."""
    return "\n".join(markdown_lines(report, base=base)) + "\n"


def markdown_lines(report, *, base=None):
    """The report's Markdown, a line (or a small table) at a time, so a report of a
    million claims is written without holding it in memory."""
    claims = {c.id: c for c in report.claims}
    docs = {d.id: d for d in report.documents}
    by_verdict = collections.defaultdict(list)
    for group in report.groups:
        by_verdict[group.verdict].append(group)
    parts = itertools.chain(
        [f"# {REPORT_TITLE}", "", _intro(report), ""], _summary(report),
        _discrepancies(report, base), _agreements(by_verdict["agree"], claims, base),
        _single_source(report, by_verdict["single-source"], claims, base), _totals(report, claims, base),
        _coverage(report), _lineage(report, base), _groups(report.groups, claims, docs, base),
        _provenance(report.groups, claims, docs, base), _skipped(report.skipped))
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
            f"made by more than one source. The discrepancy table below lists what to check first; "
            f"every claim gives its document, section (article body or reader comment), line:column "
            f"(linked to the line) and exact words.")


def _summary(report):
    n = summary(report)
    counts = collections.Counter(c.doc for c in report.claims)
    origins = {item.doc: item.origin for item in report.lineage}
    languages = document_languages(report)
    rows = [[escape(d.id), escape(d.publisher), escape(d.title), escape(d.published), escape(languages[d.id]),
             escape(d.republishes), escape(origins.get(d.id)), counts.get(d.id, 0)] for d in report.documents]
    lines = ["## Summary", "", "### Documents", "",
             *_table(rows, ["Document", "Publisher", "Title", "Published", "Language", "Republishes", "Origin",
                            "Claims"]), ""]
    kinds = n["claims_by_kind"]
    sections = n["claims_by_section"]
    verdicts = n["groups_by_verdict"]
    lines += ["### Claims and verdicts", "",
              *_table([["Claims", f"{n['claims']}: {kinds['quantity']} quantities, {kinds['date']} dates, "
                                 f"{kinds['quote']} quotes ({sections['body']} in article bodies, "
                                 f"{sections['comment']} in reader comments)"],
                      ["Contradictions", verdicts["contradict"]],
                      ["Variants (quotes worded differently)", verdicts["variant"]],
                      ["Totals that do not add up", sum(1 for c in report.checks if not c.holds)],
                      ["Agreements", verdicts["agree"]],
                      ["Single-source claims and groups", verdicts["single-source"]],
                      ["Inputs skipped", n["skipped"]]], ["", "Count"]), ""]
    lines += [f"Rules: {len(report.rules)} from {escape(n['rules'])}." if report.rules_path is not None
              else "Rules: none (every group was found without a rule).", ""]
    return lines


def _group_link(group_id, text="details"):
    return f"[{text}](#{group_anchor(group_id)})" if group_id else ""


def _statement_cell(statement, base):
    where = f"[{escape(statement.doc)} {statement.line}:{statement.column}]({line_link(statement.path, statement.line, base)})"
    if statement.words:
        text = "".join(_marked(word, changed) for word, changed in statement.words)
        return f"{where}: “{text}”"
    return f"{where}: {escape(statement.says)}"


def _marked(word, changed):
    if not changed:  # escaped, its spaces kept: it sits between other pieces
        if not _UNTIDY.search(word) and "  " not in word:
            return word  # most words and the spaces between them: nothing to change
        return _SPECIAL.sub(r"\\\g<0>", _SPACES.sub(" ", word))
    if word.startswith("[-") and word.endswith("]"):
        return f"~~{escape(word[2:-1])}~~"
    return f"**{escape(word)}**"


def _discrepancies(report, base):
    yield from ["## Discrepancies", "",
                "What to check before publication: every contradiction, every quote worded differently "
                "and every total that does not add up. In quotes, **bold** words differ from the first "
                "source's wording in the same language and ~~struck~~ words are missing from it.", ""]
    rows = [[_group_link(row.group, escape(row.title)) if row.group else escape(row.title), row.verdict,
             "<br>".join(_statement_cell(s, base) for s in row.statements), escape(row.reason)]
            for row in discrepancies(report)]
    if not rows:
        yield from ["No contradictions, no differently worded quotes and no totals that fail to add up.", ""]
        return
    yield from _table(rows, ["Claim", "Verdict", "What each source says", "Reason"])
    yield ""


def _agreements(groups, claims, base):
    yield from ["## Agreements", "",
                "Claims more than one source makes alike. Sources that republish one another "
                "count as one independent origin.", ""]
    if not groups:
        yield from ["No claim is made alike by more than one source.", ""]
        return
    rows = [[_group_link(g.id, escape(g.title)), escape(", ".join(sorted({says(claims[i]) for i in g.claims}))),
             escape(origins_line(g)), escape("; ".join(g.chains))] for g in groups]
    yield from _table(rows, ["Claim", "Value", "Sources", "Chain to the primary document"])
    yield ""


def _single_source(report, groups, claims, base):
    yield from ["## Single-source claims", "",
                "Claims only one document makes. Repeated mentions inside one document count as one source.", ""]
    ruled = [g for g in groups if g.rule]
    if ruled:
        yield from ["### Claims named by a rule", ""]
        yield from _table([[_group_link(g.id, escape(g.title)), escape(g.documents[0]),
                            escape(", ".join(sorted({says(claims[i]) for i in g.claims})))] for g in ruled],
                          ["Claim", "Document", "Value"])
        yield ""
    by_doc = collections.defaultdict(list)
    for group in groups:
        if not group.rule:
            for claim_id in group.claims:
                by_doc[claims[claim_id].doc].append(claims[claim_id])
    if len(report.documents) > LIST_SINGLE_SOURCE_UP_TO:
        yield from ["### Per document", "",
                    f"{len(report.documents)} documents: single-source claims are counted here; "
                    f"report.json and claims.csv list every one.", ""]
        rows = []
        for doc in sorted(by_doc):
            kinds = collections.Counter(c.kind for c in by_doc[doc])
            rows.append([escape(doc), len(by_doc[doc]), kinds["quantity"], kinds["date"], kinds["quote"]])
        yield from _table(rows, ["Document", "Claims", "Quantities", "Dates", "Quotes"])
        yield ""
        return
    for doc in sorted(by_doc):
        members = sorted(by_doc[doc], key=lambda c: c.start)
        yield from [f"### {escape(doc)}", ""]
        yield from _table(functools.partial(_single_source_rows, members, base),
                          ["Line:col", "Section", "Kind", "Claim", "Speaker or attribution", "Sentence"])
        yield ""


def _single_source_rows(members, base):
    for c in members:
        yield [_line_cell(c, base), c.section, c.kind, _says(c), escape(_who(c)), escape(_excerpt(c.sentence))]


def _line_cell(claim, base):
    return f"[{claim.line}:{claim.column}]({line_link(claim.path, claim.line, base)})"


def _totals(report, claims, base):
    yield from ["## Totals and parts", "",
                "Totals checked against their parts: parts a rule names (`sum_of`), within each document "
                "and across documents, and parts a sentence gives after \"of whom\", \"including\" or "
                "\"de los cuales\".", ""]
    if not report.checks:
        yield from ["No total with its parts was found.", ""]
        return
    rows = []
    for check in report.checks:
        total = claims.get(check.total[0])
        where = _line_cell(total, base) if total else ""
        rows.append(["holds" if check.holds else "**does not add up**", escape(check.scope),
                     _group_link(check.group, escape(check.group)) if check.group else "", where,
                     escape(check.note)])
    yield from _table(rows, ["Check", "Where", "Group", "Total at", "Sum"])
    yield ""


def _coverage(report):
    columns, rows, total = coverage(report)
    yield from ["## Coverage", "",
                "Claims made by several sources or named by a rule, against the sources: each cell is what "
                "the source says; an empty cell is a source that does not make the claim.", ""]
    if not rows:
        yield from ["No claim is made by more than one source or named by a rule.", ""]
        return
    if total > len(rows) or len(columns) < len({d for g, _ in rows for d in g.documents}):
        yield from [f"The {len(rows)} claims most sources make, of {total}, in the {len(columns)} documents "
                    f"that make most of them; report.json lists every group's documents.", ""]
    table = [[_group_link(g.id, escape(g.title))] + [escape(cells.get(d, "")) for d in columns] for g, cells in rows]
    yield from _table(table, ["Claim"] + [escape(d) for d in columns])
    yield ""


def _lineage(report, base):
    yield from ["## Sources and lineage", "",
                "What each document republishes or cites: declared in the corpus metadata, or found in its "
                "text (credit lines, mentions, near-verbatim copies of another document).", ""]
    def link(name, target, how, line, url):
        target = f" = {escape(target)}" if target else ""
        where = f", [line {line}]({url})" if url else ""
        return f"{escape(name)}{target} ({how}{where})"

    def links(found):
        return "<br>".join(link(*item) for item in found)
    rows = [[escape(doc), escape(origin), links(republishes), links(cites)]
            for doc, origin, republishes, cites in lineage_links(report, base)]
    yield from _table(rows, ["Document", "Origin", "Republishes", "Cites"])
    yield ""


def _groups(groups, claims, docs, base):
    shown = [g for g in groups if len(g.documents) > 1 or g.rule]
    yield from ["## Groups", "",
                "Every claim made by more than one source or named by a rule, with the evidence that "
                "formed the group.", ""]
    if not shown:
        yield from ["No claim is in a group.", ""]
        return
    for group in shown:
        yield from _group_block(group, claims, docs, base)


def _group_block(group, claims, docs, base):
    lines = [f'<a id="{group_anchor(group.id)}"></a>', "", f"### {escape(group.title)}", "",
             f"Verdict: **{group.verdict}**; {escape(origins_line(group))}."
             + (f" {escape(reason_sentence(group))}" if group.reason else ""), "",
             f"Evidence: {escape(evidence_line(group))}.", ""]
    if group.chains:
        lines += [f"Chain: {escape('; '.join(group.chains))}.", ""]

    def rows():
        for c in (claims[i] for i in group.claims):
            yield [escape(c.doc), escape(docs[c.doc].publisher if c.doc in docs else None), c.section,
                   _line_cell(c, base), _says(c), escape(_who(c))]
    lines += list(_table(rows, ["Document", "Publisher", "Section", "Line:col", "Says", "Speaker or attribution"]))
    lines.append("")
    if group.differences:
        lines += [f"- {escape(d)}" for d in group.differences] + [""]
    return lines


def _says(claim):
    if claim.kind == "quote":
        return escape(f"“{claim.quote}”")
    if claim.kind == "quantity":
        said_of = f"age of {claim.holder}" if claim.holder else claim.subject
        return f"{escape(claim.text)} = {escape(describe_value(claim))}" + (f" ({escape(said_of)})" if said_of else "")
    if claim.relative:
        resolved = f"{claim.date_inferred} (from the publication date)" if claim.date_inferred else "relative, unresolved"
        return f"{escape(claim.text)} = {escape(resolved)}"
    return f"{escape(claim.text)} = {escape(describe_date(claim.date))}"


def _who(claim):
    if claim.speaker and claim.attribution:
        return f"{claim.speaker}: {claim.attribution}"
    return claim.speaker or claim.attribution or ""


def _provenance(groups, claims, docs, base):
    grouped = [g for g in groups if len(g.claims) > 1 or g.rule]

    def rows():
        for group in grouped:
            for claim_id in group.claims:
                c = claims[claim_id]
                doc = docs.get(c.doc)
                yield [escape(group.id), escape(c.id), escape(c.doc), escape(doc.publisher if doc else None),
                       escape(c.path), c.section, c.language, _line_cell(c, base), f"{c.start}-{c.end}",
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
        yield aligned_table([[str(c) for c in row] for row in first], headers)
        return
    yield from compact_table_lines(make(), headers)


# What makes tabulate lay a cell out otherwise than by its length: line breaks (a cell of
# several lines) and terminal escape codes (not counted in a cell's width).
_NOT_PLAIN = re.compile(r"[\r\n\x1b]")


def aligned_table(rows, headers):
    """tabulate(rows, headers, tablefmt="github", disable_numparse=True) for rows of strings,
    written here for plain cells (a cell is its stripped text, each column as wide as its
    widest cell or its header and two spaces): tabulate infers a type for every cell, which
    made the per-group tables a third of the Markdown's time. Other tables go to tabulate.

    >>> print(aligned_table([["a", " bb "]], ["X", "Longer"]))
    | X   | Longer   |
    |-----|----------|
    | a   | bb       |
    """
    if (tabulate_module.PRESERVE_WHITESPACE or tabulate_module.WIDE_CHARS_MODE
            or any(len(row) != len(headers) for row in rows)
            or any(_NOT_PLAIN.search(cell) for cells in (headers, *rows) for cell in cells)):
        return tabulate(rows, headers=headers, tablefmt="github", disable_numparse=True)
    rows = [[cell.strip() for cell in row] for row in rows]
    widths = [max([len(header) + 2] + [len(row[column]) for row in rows]) for column, header in enumerate(headers)]
    lines = ["| " + " | ".join(header.ljust(width) for header, width in zip(headers, widths)) + " |",
             "|" + "|".join("-" * (width + 2) for width in widths) + "|"]
    lines += ["| " + " | ".join(cell.ljust(width) for cell, width in zip(row, widths)) + " |" for row in rows]
    return "\n".join(lines)


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
