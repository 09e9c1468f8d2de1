import json

from reconcile import build_report, render_json, render_markdown
from reconcile.report import write_atomically
from reconcile.report.markdown import escape

from conftest import CORPUS as CORPUS_DIR

CLAIM_FIELDS = {"id", "doc", "path", "kind", "text", "start", "end", "line", "column", "section",
                "language", "sentence"}
KIND_FIELDS = {"quantity": {"value", "unit", "qualifier", "low", "high"}, "date": {"date"},
               "quote": {"quote", "speaker"}}


def test_json_contract(seed_report):
    data = json.loads(render_json(seed_report))
    assert {"documents", "claims", "groups", "skipped"} <= set(data)
    for claim in data["claims"]:
        assert CLAIM_FIELDS | KIND_FIELDS[claim["kind"]] <= set(claim)
        assert claim["section"] in ("body", "comment")
    for group in data["groups"]:
        assert {"id", "rule", "title", "kind", "verdict", "claims", "documents", "differences"} <= set(group)
    every = sorted(i for g in data["groups"] for i in g["claims"])
    assert every == sorted(c["id"] for c in data["claims"])  # each claim in exactly one group


def test_markdown_sections_in_order(seed_report):
    text = render_markdown(seed_report)
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == ["## Summary", "## Discrepancies", "## Agreements", "## Single-source claims",
                        "## Totals and parts", "## Coverage", "## Sources and lineage", "## Groups",
                        "## Provenance", "## Skipped inputs"]
    # The discrepancy table is the first table after the summary.
    after_summary = text.split("## Discrepancies", 1)[1]
    first_table = next(line for line in after_summary.splitlines() if line.startswith("|"))
    assert [cell.strip() for cell in first_table.split("|")[1:-1]] == [
        "Claim", "Verdict", "What each source says", "Reason"]


def test_source_text_cannot_break_a_table_or_inject_html(tmp_path):
    (tmp_path / "a.txt").write_text('Police said 12 people | were hurt. "We <script>alert(1)</script> `rm` | it," '
                                    "said Ann Lee.\n", encoding="utf-8")
    text = render_markdown(build_report([str(tmp_path)], rules=None))
    assert "<script>" not in text
    rows = [line for line in text.splitlines() if "Ann Lee" in line and line.startswith("|")]
    assert rows and all(line.count(" | ") == rows[0].count(" | ") for line in rows)
    assert escape("a | b") == "a \\| b"


def test_atomic_write_replaces_whole_file(tmp_path):
    path = tmp_path / "report.md"
    path.write_text("old", encoding="utf-8")
    write_atomically(str(path), "new")
    assert path.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_large_tables_hold_the_same_cells_as_small_ones(seed_report):
    from tabulate import tabulate

    from reconcile.report.markdown import compact_table_lines

    rows = [[c.id, c.section, f"{c.line}:{c.column}", escape(c.text)] for c in seed_report.claims]
    headers = ["Claim", "Section", "Line:col", "Exact words"]
    aligned = tabulate(rows, headers=headers, tablefmt="github", disable_numparse=True).splitlines()
    compact = list(compact_table_lines(rows, headers))

    def cells(line):
        return [cell.strip() for cell in line.strip("|").split(" | ")]
    assert [cells(line) for line in compact[2:]] == [cells(line) for line in aligned[2:]]
    assert cells(compact[0]) == cells(aligned[0])


def test_streamed_files_equal_the_rendered_reports(seed_report, tmp_path):
    from reconcile import write_reports
    write_reports(seed_report, str(tmp_path))
    assert (tmp_path / "report.md").read_text(encoding="utf-8") == render_markdown(seed_report, base=str(tmp_path))
    assert (tmp_path / "report.json").read_text(encoding="utf-8") == render_json(seed_report)


def test_report_json_is_what_json_dumps_would_write(seed_report):
    """The fast writer puts out the same bytes as json.dumps(indent=2, sort_keys=True)."""
    text = render_json(seed_report)
    assert text == json.dumps(json.loads(text), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def test_discrepancy_rows_mark_the_differing_words(seed_report):
    text = render_markdown(seed_report)
    row = next(line for line in text.splitlines() if line.startswith("| [Gutiérrez on producing"))
    assert ("“**And** if we do not produce a tangible success that is recognisable to the Mexican people, it "
            "will be difficult to sustain ~~the~~ **this** confrontation into the next administration”") in row
    assert "| variant |" in row.replace("   ", " ").replace("  ", " ")


def test_every_provenance_link_opens_the_line_of_the_claim(seed_report):
    """Each [line:col](path#Ln) link of the report points at the line holding the claim's words."""
    import os
    import re
    text = render_markdown(seed_report, base=os.path.join(os.path.dirname(CORPUS_DIR), "reports"))
    by_text = {}
    links = re.findall(r"\[(\d+):(\d+)\]\(([^)#]+)#L(\d+)\)", text)
    assert len(links) > 100
    for line, column, target, anchor in links:
        assert line == anchor
        path = os.path.normpath(os.path.join(os.path.dirname(CORPUS_DIR), "reports", target))
        if path not in by_text:
            with open(path, encoding="utf-8") as handle:
                by_text[path] = handle.read().split("\n")
        assert len(by_text[path][int(line) - 1]) >= int(column) - 1
    claims_at = {(os.path.normpath(c.path), c.line, c.column): c for c in seed_report.claims}
    for line, column, target, _ in links:
        path = os.path.normpath(os.path.join(os.path.dirname(CORPUS_DIR), "reports", target))
        claim = claims_at[(path, int(line), int(column))]
        source_line = by_text[path][int(line) - 1]
        assert source_line[int(column) - 1:].startswith(claim.text.split("\n")[0])


def test_agreements_count_independent_origins(seed_report):
    text = render_markdown(seed_report)
    row = next(line for line in text.splitlines() if line.startswith("| [Share of people arrested"))
    assert "2 documents, 2 independent origins (American Thinker, BBC News)" in row


def test_group_evidence_line(seed_report):
    import attrs

    from reconcile.model import Level
    from reconcile.report.views import evidence_line
    group = next(g for g in seed_report.groups if g.rule is None)
    assert evidence_line(group) == "found without a rule"
    filled = attrs.evolve(group, evidence=(Level("quote", "same words", 8.5), Level("speaker", "same name", 2.0)),
                          weight=10.5)
    assert evidence_line(filled) == "found without a rule; quote: same words (+8.50); speaker: same name (+2.00); weight 10.50"
    assert evidence_line(next(g for g in seed_report.groups if g.rule == "juarez-charged-share")) == \
        "rule juarez-charged-share; all_of 'arrested' 100, all_of 'charged' 100 (weakest member)"


def test_a_translation_is_not_marked_word_by_word_against_the_original():
    from types import SimpleNamespace

    from reconcile import claims_in_text
    from reconcile.report.views import statements
    english = [c for c in claims_in_text('"We have accepted the request," Ana Ruiz said.', doc="a") if c.kind == "quote"]
    spanish = [c for c in claims_in_text("«Aceptamos la solicitud», dijo Ana Ruiz.", language="es", doc="b")
               if c.kind == "quote"]
    again = [c for c in claims_in_text("«Aceptamos toda la solicitud», dijo Ana Ruiz.", language="es", doc="c")
             if c.kind == "quote"]
    found = english + spanish + again
    rows = statements(SimpleNamespace(claims=[c.id for c in found]), {c.id: c for c in found}, {})
    assert [[w for w, changed in row.words if changed] for row in rows] == [[], [], ["toda"]]


def test_a_relative_day_reads_with_the_day_the_publication_date_gives(tmp_path):
    (tmp_path / "a.md").write_text("---\npublished: 2017-09-20\n---\nRescuers pulled 25 bodies from the rubble "
                                   "yesterday, officials said on Tuesday.\n", encoding="utf-8")
    report = build_report([str(tmp_path)], rules=None)
    text = render_markdown(report)
    assert "yesterday = 2017-09-19 (from the publication date)" in text
    assert "on Tuesday = 2017-09-19 (from the publication date)" in text
    claim = next(c for c in json.loads(render_json(report))["claims"] if c["text"] == "yesterday")
    assert (claim["date"], claim["relative"], claim["date_inferred"]) == (None, True, "2017-09-19")
