import codecs
import os

import pytest

from reconcile.corpus import decode, read_corpus
from reconcile.errors import CorpusError

from conftest import CORPUS


def test_built_in_corpus_with_metadata():
    documents, skipped = read_corpus([CORPUS])
    assert skipped == []
    by_id = {d.id: d for d in documents}
    assert sorted(by_id) == ["americanthinker-wall", "borderlandbeat-bbc", "cannabisculture-guard",
                             "nssf-officer", "tequilafiles-soldiers"]
    assert by_id["borderlandbeat-bbc"].republishes.startswith("BBC News")
    assert by_id["cannabisculture-guard"].republishes.startswith("Business Insider")
    assert by_id["nssf-officer"].published == "2011-02-24"


def test_text_is_unchanged(tmp_path):
    documents, _ = read_corpus([CORPUS])
    for document in documents:
        with open(document.path, encoding="utf-8") as handle:
            assert handle.read() == document.text


def test_document_without_metadata_still_works(tmp_path):
    (tmp_path / "story.txt").write_text("Police said 12 people were hurt.", encoding="utf-8")
    documents, skipped = read_corpus([str(tmp_path)])
    assert [(d.id, d.publisher) for d in documents] == [("story", None)]


def test_unreadable_inputs_are_skipped_with_a_reason(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    (tmp_path / "sheet.xlsx").write_bytes(b"PK\x03\x04")
    (tmp_path / "good.txt").write_text("Fine.", encoding="utf-8")
    documents, skipped = read_corpus([str(tmp_path)])
    assert [d.id for d in documents] == ["good"]
    assert sorted((s.path.rsplit("/", 1)[1], s.reason) for s in skipped) == [
        ("empty.txt", "empty file"), ("image.txt", "binary file (not text)"),
        ("sheet.xlsx", "unsupported file type '.xlsx' (reads .txt, .md and .html)")]


@pytest.mark.parametrize("raw,expected", [
    (codecs.BOM_UTF8 + "más de 60".encode("utf-8"), "más de 60"),
    ("más de 60".encode("utf-16"), "más de 60"),
    ("El niño dijo: «sí», según el señor Muñoz, más allá".encode("cp1252"), "El niño dijo: «sí», según el señor Muñoz, más allá"),
], ids=["utf-8-bom", "utf-16", "windows-1252"])
def test_encodings(raw, expected):
    assert decode(raw)[0] == expected


def test_markdown_front_matter(tmp_path):
    header = "---\npublisher: El Universal\nlanguage: es\n---\n"
    (tmp_path / "a.md").write_text(header + "Dijo que 10 murieron.\n", encoding="utf-8")
    documents, _ = read_corpus([str(tmp_path)])
    assert (documents[0].publisher, documents[0].language, documents[0].header_end) == ("El Universal", "es", len(header))


def test_bad_manifest_key_names_file_and_line(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "manifest.yaml").write_text("documents:\n  a.txt:\n    publsher: X\n", encoding="utf-8")
    with pytest.raises(CorpusError) as error:
        read_corpus([str(tmp_path)])
    assert str(error.value).startswith(f"{tmp_path}/manifest.yaml:3: document 'a.txt': unknown key 'publsher'")


def test_a_publication_date_that_is_no_date_names_file_and_line(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.txt").write_text("x", encoding="utf-8")
    (tmp_path / "manifest.yaml").write_text('documents:\n  a.txt:\n    published: "2021-05"\n'
                                            '  b.txt:\n    published: "May 5th"\n', encoding="utf-8")
    with pytest.raises(CorpusError) as error:
        read_corpus([str(tmp_path)])
    assert str(error.value) == (f"{tmp_path}/manifest.yaml:5: document 'b.txt': published 'May 5th' is not a date "
                                "(write it 2021-05-04, 2021-05 or 2021)")


def test_missing_path():
    with pytest.raises(CorpusError, match="nowhere: no such file or folder"):
        read_corpus(["nowhere"])


MESSY = os.path.join(os.path.dirname(CORPUS), "tests", "data", "messy")


def test_messy_inputs_are_each_read_or_skipped_with_a_reason():
    documents, skipped = read_corpus([MESSY])
    read = {os.path.basename(d.path): d for d in documents}
    assert sorted(read) == ["bom.txt", "cp1252.txt", "crlf.txt", "latin1.txt", "longline.txt", "page.html",
                            "utf16.txt"]
    assert sorted((os.path.basename(s.path), s.reason) for s in skipped) == [
        ("blank.txt", "empty file"), ("empty.txt", "empty file"),
        ("image.png", "unsupported file type '.png' (reads .txt, .md and .html)"),
        ("nul.txt", "binary file (not text)")]
    assert read["latin1.txt"].text.endswith("según el señor Muñoz.")
    assert read["cp1252.txt"].text.startswith("“We have 18 months,” said Gerónimo Gutiérrez")
    assert read["utf16.txt"].text == "Más de 60 policías fueron asesinados."
    assert read["bom.txt"].text.startswith("Only 2%")


def test_offsets_stay_exact_with_crlf_line_ends():
    from reconcile import extract_claims
    documents, _ = read_corpus([os.path.join(MESSY, "crlf.txt")])
    _, claims, _ = extract_claims(documents)
    text = documents[0].text
    assert "\r\n" in text
    found = {(c.kind, c.text, c.line, c.column) for c in claims}
    assert ("quantity", "12", 3, 13) in found and ("date", "Jan. 5, 2011", 3, 36) in found
    assert all(text[c.start:c.end] == c.text for c in claims)


def test_html_page_offsets_point_into_the_file():
    from reconcile import extract_claims
    documents, _ = read_corpus([os.path.join(MESSY, "page.html")])
    sections, claims, _ = extract_claims(documents)
    with open(os.path.join(MESSY, "page.html"), encoding="utf-8") as handle:
        html = handle.read()
    assert all(html[c.start:c.end] == c.text for c in claims)
    by_text = {c.text: c for c in claims}
    assert by_text["More than 30,000"].section == "body"
    assert by_text["Only 2%"].section == "comment" and by_text["61"].language == "es"
    assert "99" not in " ".join(by_text) and "24" not in by_text  # script and navigation
    assert by_text["More than 30,000"].line == html.count("\n", 0, html.index("More than 30,000")) + 1


def test_an_html_page_gives_its_own_date_title_and_publisher(tmp_path):
    page = ('<html><head><title>Ignored when og:title is there</title>'
            '<meta content="2022-09-19T14:00:00-05:00" property="article:published_time">'
            '<meta property="og:title" content="Sismo deja 12 muertos &amp; daños">'
            '<meta property="og:site_name" content="Diario del Sur"></head>'
            '<body><p>Un sismo dejó 12 muertos, informó el gobernador.</p></body></html>')
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    (tmp_path / "b.html").write_text('<html><head><title>Only a title</title></head><body><p>Texto de 3 '
                                     'líneas.</p><time datetime="2021-05-04">4 de mayo</time></body></html>',
                                     encoding="utf-8")
    documents, _ = read_corpus([str(tmp_path)])
    assert [(d.published, d.title, d.publisher) for d in documents] == [
        ("2022-09-19", "Sismo deja 12 muertos & daños", "Diario del Sur"), ("2021-05-04", "Only a title", None)]
    # A manifest says more than the page.
    (tmp_path / "manifest.yaml").write_text('documents:\n  a.html:\n    published: "2022-09-20"\n', encoding="utf-8")
    documents, _ = read_corpus([str(tmp_path)])
    assert documents[0].published == "2022-09-20" and documents[0].publisher == "Diario del Sur"


def test_a_folder_that_cannot_be_listed_is_reported(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Police said 12 people were hurt.", encoding="utf-8")
    real_walk = os.walk

    def walk_with_a_locked_folder(top, onerror=None, **kwargs):
        onerror(PermissionError(13, "Permission denied", str(tmp_path / "locked")))
        yield from real_walk(top, onerror=onerror, **kwargs)

    monkeypatch.setattr(os, "walk", walk_with_a_locked_folder)
    documents, skipped = read_corpus([str(tmp_path)])
    assert [d.id for d in documents] == ["a"]
    assert [(s.path, s.reason) for s in skipped] == [
        (str(tmp_path / "locked"), "unreadable folder: Permission denied")]


def test_broken_front_matter_skips_that_file_with_its_line(tmp_path):
    (tmp_path / "good.md").write_text("---\ntitle: Fine\n---\nMore than 30,000 people died.\n", encoding="utf-8")
    (tmp_path / "bad.md").write_text("---\ntitle: [unclosed\n---\nText.\n", encoding="utf-8")
    documents, skipped = read_corpus([str(tmp_path)])
    assert [d.title for d in documents] == ["Fine"]
    assert [(os.path.basename(s.path), s.reason) for s in skipped] == [
        ("bad.md", "front matter is not valid YAML (line 2)")]


def test_an_earlier_runs_reports_in_the_corpus_folder_are_no_articles(tmp_path):
    # A user runs `reconcile run . --out out --format html` twice in the folder of articles:
    # the second run must not read the first run's report.md and report.html as sources.
    from reconcile import build_report
    from reconcile.report import write_reports
    (tmp_path / "wire.txt").write_text("Rescuers said 33 miners were trapped in the San Rafael mine.", encoding="utf-8")
    first = build_report([str(tmp_path)], rules=None, jobs=1)
    write_reports(first, str(tmp_path / "out"), formats=("html",))
    second = build_report([str(tmp_path)], rules=None, jobs=1)
    assert [d.id for d in second.documents] == ["wire"]
    assert sorted((os.path.basename(s.path), s.reason) for s in second.skipped if s.path.endswith((".md", ".html"))) == [
        ("report.html", "a report reconcile wrote, not an article"),
        ("report.md", "a report reconcile wrote, not an article")]
