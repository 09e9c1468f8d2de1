"""Report -> Markdown that reads well on its own: summary, what needs an editor's
attention, agreements, single-source claims, provenance, skipped inputs."""
import collections

from tabulate import tabulate

from ..judge import describe_value
from .json_report import summary

# Characters that could start Markdown or HTML inside a table cell, each with a backslash.
_ESCAPES = str.maketrans({c: "\\" + c for c in "\\`*_[]|<>#"})
SENTENCE_CHARS = 160


def escape(text):
    """Text from a source made safe for a Markdown table cell or heading.

    >>> escape("a | b <script>`x`")
    'a \\\\| b \\\\<script\\\\>\\\\`x\\\\`'
    """
    if text is None:
        return ""
    return " ".join(str(text).split()).translate(_ESCAPES)


def render_markdown(report):
    """The whole report as GitHub-flavoured Markdown."""
    claims = {c.id: c for c in report.claims}
    docs = {d.id: d for d in report.documents}
    by_verdict = collections.defaultdict(list)
    for group in report.groups:
        by_verdict[group.verdict].append(group)
    parts = ["# Reconciliation report", "", _intro(report), "", *_summary(report)]
    parts += _attention(by_verdict, claims, docs)
    parts += _agreements(by_verdict["agree"], claims, docs)
    parts += _single_source(by_verdict["single-source"], claims, docs)
    parts += _provenance(report.groups, claims, docs)
    parts += _skipped(report.skipped)
    return "\n".join(parts).rstrip() + "\n"


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
             _table(rows, ["Document", "Publisher", "Title", "Published", "Language", "Republishes", "Claims"]), ""]
    kinds = n["claims_by_kind"]
    sections = n["claims_by_section"]
    verdicts = n["groups_by_verdict"]
    lines += ["### Claims and verdicts", "",
              _table([["Claims", f"{n['claims']}: {kinds['quantity']} quantities, {kinds['date']} dates, "
                                 f"{kinds['quote']} quotes ({sections['body']} in article bodies, "
                                 f"{sections['comment']} in reader comments)"],
                      ["Contradictions", verdicts["contradict"]],
                      ["Variants (quotes worded differently)", verdicts["variant"]],
                      ["Agreements", verdicts["agree"]],
                      ["Single-source claims and groups", verdicts["single-source"]],
                      ["Inputs skipped", n["skipped"]]], ["", "Count"]), ""]
    return lines


def _attention(by_verdict, claims, docs):
    lines = ["## Needs attention", ""]
    if not by_verdict["contradict"] and not by_verdict["variant"]:
        return lines + ["No contradictions and no differently worded quotes were found.", ""]
    for verdict, heading in (("contradict", "Contradictions"), ("variant", "Variants: quotes worded differently")):
        if not by_verdict[verdict]:
            continue
        lines += [f"### {heading}", ""]
        for group in by_verdict[verdict]:
            lines += _group_block(group, claims, docs)
    return lines


def _group_block(group, claims, docs, *, level="####"):
    rule = f" (rule `{group.rule}`)" if group.rule else ""
    lines = [f"{level} {escape(group.title)}{rule}", "",
             f"Verdict: **{group.verdict}** across {len(group.documents)} "
             f"document{'s' if len(group.documents) != 1 else ''}.", ""]
    rows = [[escape(c.doc), escape(docs[c.doc].publisher if c.doc in docs else None), c.section,
             f"{c.line}:{c.column}", _says(c), escape(_who(c))] for c in (claims[i] for i in group.claims)]
    lines += [_table(rows, ["Document", "Publisher", "Section", "Line:col", "Says", "Speaker or attribution"]), ""]
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
    lines = ["## Agreements", ""]
    if not groups:
        return lines + ["No claim is made alike by more than one source.", ""]
    for group in groups:
        lines += _group_block(group, claims, docs)
    return lines


def _single_source(groups, claims, docs):
    lines = ["## Single-source claims", "",
             "Claims only one document makes. Repeated mentions inside one document count as one source.", ""]
    ruled = [g for g in groups if g.rule]
    if ruled:
        lines += ["### Claims named by a rule", ""]
        for group in ruled:
            lines += _group_block(group, claims, docs, level="####")
    unruled = [claims[i] for g in groups if not g.rule for i in g.claims]
    by_doc = collections.defaultdict(list)
    for claim in unruled:
        by_doc[claim.doc].append(claim)
    for doc in sorted(by_doc):
        rows = [[f"{c.line}:{c.column}", c.section, c.kind, _says(c), escape(_who(c)),
                 escape(_excerpt(c.sentence))] for c in sorted(by_doc[doc], key=lambda c: c.start)]
        lines += [f"### {escape(doc)}", "",
                  _table(rows, ["Line:col", "Section", "Kind", "Claim", "Speaker or attribution", "Sentence"]), ""]
    return lines


def _provenance(groups, claims, docs):
    rows = []
    for group in groups:
        if len(group.claims) < 2 and not group.rule:
            continue
        for claim_id in group.claims:
            c = claims[claim_id]
            doc = docs.get(c.doc)
            rows.append([escape(group.id), escape(c.id), escape(c.doc), escape(doc.publisher if doc else None),
                         escape(c.path), c.section, c.language, f"{c.line}:{c.column}", f"{c.start}-{c.end}",
                         escape(c.text), escape(_who(c))])
    lines = ["## Provenance", "",
             "Every claim of every group above: where it is and the exact words.", ""]
    if not rows:
        return lines + ["No claim is in a group.", ""]
    return lines + [_table(rows, ["Group", "Claim", "Document", "Publisher", "File", "Section", "Language",
                                  "Line:col", "Characters", "Exact words", "Speaker or attribution"]), ""]


def _skipped(skipped):
    lines = ["## Skipped inputs", ""]
    if not skipped:
        return lines + ["None: every input was read.", ""]
    rows = [[escape(s.path), escape(s.reason)] for s in skipped]
    return lines + [_table(rows, ["File", "Reason"]), ""]


def _excerpt(sentence):
    return sentence if len(sentence) <= SENTENCE_CHARS else sentence[:SENTENCE_CHARS - 1].rstrip() + "…"


# tabulate infers a type for every cell, which takes seconds on tables of many
# thousand rows; those are written by github_table, which gives the same text.
TABULATE_MAX_ROWS = 50


def _table(rows, headers):
    rows = [[str(cell) for cell in row] for row in rows]
    if len(rows) <= TABULATE_MAX_ROWS:
        return tabulate(rows, headers=headers, tablefmt="github", disable_numparse=True)
    return github_table(rows, headers)


def github_table(rows, headers):
    """A GitHub-flavoured Markdown table of text cells, laid out as tabulate's "github" format.

    >>> print(github_table([["a", "bb"]], ["X", "Longer"]))
    | X   | Longer   |
    |-----|----------|
    | a   | bb       |
    """
    widths = [max([len(h) + 2] + [len(row[i]) for row in rows]) for i, h in enumerate(headers)]

    def line(cells):
        return "| " + " | ".join(cell.ljust(width) for cell, width in zip(cells, widths)) + " |"

    separator = "|" + "|".join("-" * (width + 2) for width in widths) + "|"
    return "\n".join([line(headers), separator] + [line(row) for row in rows])
