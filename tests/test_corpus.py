import codecs

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


def test_missing_path():
    with pytest.raises(CorpusError, match="nowhere: no such file or folder"):
        read_corpus(["nowhere"])
