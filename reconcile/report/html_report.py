"""Report -> one self-contained HTML page: the Markdown report's content, with quote
differences side by side and highlighted, tables sortable by a click on a heading,
readable on a phone. No network and no other file: styles and script are inline."""
import collections
import html

from ..judge import describe_value
from ..model import REPORT_TITLE
from .json_report import summary
from .views import (LIST_SINGLE_SOURCE_UP_TO, coverage, discrepancies, document_languages, evidence_line, group_anchor,
                    line_link, lineage_links, origins_line, reason_sentence, says)

STYLE = """
body{font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:76rem;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #ddd}h3{font-size:1.1rem}
.wrap{overflow-x:auto;margin:.5rem 0 1rem}
table{border-collapse:collapse;font-size:.92rem;min-width:100%}
th,td{border:1px solid #d6d6d6;padding:.3rem .5rem;vertical-align:top;text-align:left}
th{background:#f3f3f3;cursor:pointer;user-select:none;white-space:nowrap}
th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
.sides{display:flex;flex-wrap:wrap;gap:.5rem}.side{flex:1 1 16rem;border:1px solid #e3e3e3;border-radius:4px;padding:.4rem}
ins{background:#c8f0c8;text-decoration:none}del{background:#f6c9c9}
.contradict,.bad{color:#a40000;font-weight:600}.variant{color:#8a5a00;font-weight:600}.agree{color:#176117}
.muted{color:#666;font-size:.9rem}
"""

SCRIPT = """
document.querySelectorAll("table.sortable").forEach(function (table) {
  table.querySelectorAll("th").forEach(function (th, column) {
    th.addEventListener("click", function () {
      var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      table.querySelectorAll("th").forEach(function (other) { other.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      rows.sort(function (a, b) {
        var x = a.cells[column].textContent.trim(), y = b.cells[column].textContent.trim();
        var nx = parseFloat(x), ny = parseFloat(y);
        var order = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
"""


def e(text):
    """Text escaped for HTML; None as empty."""
    return "" if text is None else html.escape(str(text))


def render_html(report, *, base=None):
    """The whole report as one HTML page; links to source lines relative to `base`."""
    return "".join(html_chunks(report, base=base))


def html_chunks(report, *, base=None):
    """render_html's text in pieces."""
    claims = {c.id: c for c in report.claims}
    docs = {d.id: d for d in report.documents}
    n = summary(report)
    yield ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
           "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">"
           f"<title>{REPORT_TITLE}</title><style>{STYLE}</style></head><body>\n")
    yield f"<h1>{REPORT_TITLE}</h1>\n"
    yield (f"<p>{n['documents']} documents, {n['claims']} claims, {n['cross_source_groups']} claims made by "
           f"more than one source, {n['groups_by_verdict']['contradict']} contradictions, "
           f"{n['groups_by_verdict']['variant']} variants, {n['totals_not_adding_up']} totals that do not add "
           f"up, {n['skipped']} inputs skipped.</p>\n")
    yield from _discrepancies(report, base)
    yield from _agreements([g for g in report.groups if g.verdict == "agree"], claims)
    yield from _single_source(report, claims, base)
    yield from _totals(report, claims, base)
    yield from _coverage(report)
    yield from _lineage(report, docs, base)
    yield from _groups(report.groups, claims, docs, base)
    yield from _documents(report)
    yield f"<script>{SCRIPT}</script>\n</body></html>\n"


def _table(headers, rows, *, sortable=True):
    yield '<div class="wrap"><table' + (' class="sortable"' if sortable else "") + "><thead><tr>"
    yield "".join(f"<th scope=\"col\">{e(h)}</th>" for h in headers)
    yield "</tr></thead><tbody>\n"
    for row in rows:
        yield "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>\n"
    yield "</tbody></table></div>\n"


def _source_link(statement_or_claim, base, text=None):
    item = statement_or_claim
    label = text or f"{item.doc} {item.line}:{item.column}"
    return f"<a href=\"{e(line_link(item.path, item.line, base))}\">{e(label)}</a>"


def _wording(statement):
    if not statement.words:
        return e(statement.says)
    pieces = []
    for word, changed in statement.words:
        if not changed:
            pieces.append(e(word))
        elif word.startswith("[-") and word.endswith("]"):
            pieces.append(f"<del>{e(word[2:-1])}</del>")
        else:
            pieces.append(f"<ins>{e(word)}</ins>")
    return "“" + "".join(pieces) + "”"


def _discrepancies(report, base):
    yield ("<h2 id=\"discrepancies\">Discrepancies</h2>\n<p class=\"muted\">What to check before publication. "
           "In quotes, <ins>highlighted</ins> words differ from the first source's wording in the same language and "
           "<del>struck</del> words are missing from it.</p>\n")
    rows = []
    for row in discrepancies(report):
        sides = "".join(f"<div class=\"side\">{_source_link(s, base)}<br>{_wording(s)}</div>"
                        for s in row.statements)
        title = f"<a href=\"#{group_anchor(row.group)}\">{e(row.title)}</a>" if row.group else e(row.title)
        verdict = row.verdict.replace(" ", "-")
        rows.append([title, f"<span class=\"{'bad' if verdict == 'does-not-add-up' else verdict}\">"
                            f"{e(row.verdict)}</span>", f"<div class=\"sides\">{sides}</div>", e(row.reason)])
    if not rows:
        yield "<p>No contradictions, no differently worded quotes and no totals that fail to add up.</p>\n"
        return
    yield from _table(["Claim", "Verdict", "What each source says", "Reason"], rows)


def _agreements(groups, claims):
    yield "<h2 id=\"agreements\">Agreements</h2>\n"
    if not groups:
        yield "<p>No claim is made alike by more than one source.</p>\n"
        return
    rows = [[f"<a href=\"#{group_anchor(g.id)}\">{e(g.title)}</a>",
             e(", ".join(sorted({says(claims[i]) for i in g.claims}))), e(origins_line(g)), e("; ".join(g.chains))]
            for g in groups]
    yield from _table(["Claim", "Value", "Sources", "Chain to the primary document"], rows)


def _single_source(report, claims, base):
    groups = [g for g in report.groups if g.verdict == "single-source"]
    yield "<h2 id=\"single-source\">Single-source claims</h2>\n"
    by_doc = collections.defaultdict(list)
    for group in groups:
        for claim_id in group.claims:
            by_doc[claims[claim_id].doc].append(claims[claim_id])
    if len(report.documents) > LIST_SINGLE_SOURCE_UP_TO:
        yield (f"<p>{len(report.documents)} documents: single-source claims are counted per document; "
               f"report.json and claims.csv list every one.</p>\n")
        rows = [[e(doc), str(len(found))] for doc, found in sorted(by_doc.items())]
        yield from _table(["Document", "Claims"], rows)
        return
    rows = []
    for doc in sorted(by_doc):
        for c in sorted(by_doc[doc], key=lambda c: c.start):
            rows.append([_source_link(c, base), e(c.section), e(c.kind), e(says(c)), e(c.speaker or c.attribution)])
    yield from _table(["Where", "Section", "Kind", "Claim", "Speaker or attribution"], rows)


def _totals(report, claims, base):
    yield "<h2 id=\"totals\">Totals and parts</h2>\n"
    if not report.checks:
        yield "<p>No total with its parts was found.</p>\n"
        return
    rows = []
    for check in report.checks:
        total = claims.get(check.total[0])
        rows.append(["holds" if check.holds else "<span class=\"bad\">does not add up</span>", e(check.scope),
                     e(check.group), _source_link(total, base) if total else "", e(check.note)])
    yield from _table(["Check", "Where", "Group", "Total at", "Sum"], rows)


def _coverage(report):
    columns, rows, total = coverage(report)
    yield "<h2 id=\"coverage\">Coverage</h2>\n"
    if not rows:
        yield "<p>No claim is made by more than one source or named by a rule.</p>\n"
        return
    if total > len(rows):
        yield f"<p class=\"muted\">The {len(rows)} claims most sources make, of {total}.</p>\n"
    table = [[f"<a href=\"#{group_anchor(g.id)}\">{e(g.title)}</a>"] + [e(cells.get(d, "")) for d in columns]
             for g, cells in rows]
    yield from _table(["Claim"] + columns, table)


def _lineage(report, docs, base):
    yield "<h2 id=\"lineage\">Sources and lineage</h2>\n"

    def link(name, target, how, line, url):
        target = f" = {e(target)}" if target else ""
        where = f', <a href="{e(url)}">line {line}</a>' if url else ""
        return f"{e(name)}{target} ({e(how)}{where})"

    def links(found):
        return "<br>".join(link(*item) for item in found)
    rows = [[e(doc), e(origin), links(republishes), links(cites)]
            for doc, origin, republishes, cites in lineage_links(report, base)]
    yield from _table(["Document", "Origin", "Republishes", "Cites"], rows)


def _groups(groups, claims, docs, base):
    yield "<h2 id=\"groups\">Groups</h2>\n"
    for group in (g for g in groups if len(g.documents) > 1 or g.rule):
        yield f"<h3 id=\"{group_anchor(group.id)}\">{e(group.title)}</h3>\n"
        yield (f"<p>Verdict: <span class=\"{group.verdict}\">{e(group.verdict)}</span>; {e(origins_line(group))}."
               f"{' ' + e(reason_sentence(group)) if group.reason else ''}<br><span class=\"muted\">Evidence: "
               f"{e(evidence_line(group))}.{' Chain: ' + e('; '.join(group.chains)) + '.' if group.chains else ''}"
               f"</span></p>\n")
        rows = []
        for c in (claims[i] for i in group.claims):
            value = e(says(c)) if c.kind != "quantity" else f"{e(c.text)} = {e(describe_value(c))}"
            rows.append([e(c.doc), e(docs[c.doc].publisher if c.doc in docs else None), e(c.section),
                         _source_link(c, base, f"{c.line}:{c.column}"), value, e(c.speaker or c.attribution)])
        yield from _table(["Document", "Publisher", "Section", "Line:col", "Says", "Speaker or attribution"], rows)
        if group.differences:
            yield "<ul>" + "".join(f"<li>{e(d)}</li>" for d in group.differences) + "</ul>\n"


def _documents(report):
    yield "<h2 id=\"documents\">Documents</h2>\n"
    counts = collections.Counter(c.doc for c in report.claims)
    languages = document_languages(report)
    rows = [[e(d.id), e(d.publisher), e(d.title), e(d.published), e(languages[d.id]), str(counts.get(d.id, 0))]
            for d in report.documents]
    yield from _table(["Document", "Publisher", "Title", "Published", "Language", "Claims"], rows)
    if report.skipped:
        yield "<h3>Skipped inputs</h3>\n"
        yield from _table(["File", "Reason"], [[e(s.path), e(s.reason)] for s in report.skipped])
