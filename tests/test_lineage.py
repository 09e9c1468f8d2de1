"""Lineage: what a document republishes or cites, and how many independent origins a
group stands on."""
import os

import pytest

from reconcile import build_report
from reconcile.lineage import credit_links, near_copies, outlet_name, resemblance, shingle_sketch

from conftest import CORPUS, RULES, ROOT, seed

COPY = os.path.join(ROOT, "tests", "data", "lineage", "copy")


@pytest.fixture(scope="module")
def with_copy():
    """The built-in corpus and a near-verbatim copy of the Borderland Beat page from another site."""
    return build_report([CORPUS, COPY], rules=RULES, jobs=1)


def lineage_of(report, doc):
    return next(item for item in report.lineage if item.doc == doc)


@pytest.mark.parametrize("text, expected", [
    ("Troops left.\n– Article from Business Insider.", [("republishes", "Business Insider", "Article from Business Insider")]),
    ("WASHINGTON (AP) — Troops left.", [("republishes", "Associated Press", "(AP)")]),
    ("Reuters — Troops left the city.", [("republishes", "Reuters", "Reuters —")]),
    ("Las tropas salieron (con información de EFE).", [("republishes", "EFE", "con información de EFE")]),
    ("The BBC's Julian Miglierini in Mexico City says it mattered.",
     [("cites", "BBC News", "BBC's Julian Miglierini in Mexico City says")]),
    ("The office had no comment, the Associated Press reported.",
     [("cites", "Associated Press", "the Associated Press reported")]),
    ("Calderon reported progress, according to a diplomatic cable.", []),
    ("Mexico's army says it is winning.", []),
], ids=["article-from", "ap-dateline", "reuters-dash", "con-informacion-de", "bbc-correspondent",
        "ap-reported", "person-reported", "country-says"])
def test_credit_lines_and_mentions(text, expected):
    assert [(link.relation, link.name, link.evidence) for link in credit_links(text)] == expected


def test_outlet_names_are_canonical():
    assert [outlet_name(n) for n in ("the BBC", "BBC News", "AP", "The Associated Press", "Frontera Watch")] == [
        "BBC News", "BBC News", "Associated Press", "Associated Press", "Frontera Watch"]


def test_credit_line_in_the_builtin_corpus(seed_report):
    item = lineage_of(seed_report, "cannabisculture-guard")
    assert [(l.name, l.how, l.line) for l in item.republishes] == [
        ("Business Insider", "declared", None), ("Business Insider", "credit line", 21)]
    assert item.origin == "Business Insider"


def test_metadata_republishes_is_declared(seed_report):
    item = lineage_of(seed_report, "borderlandbeat-bbc")
    assert [(l.name, l.how, l.declared) for l in item.republishes] == [("BBC News", "declared", True)]
    assert [(l.name, l.how, l.line) for l in item.cites] == [("Associated Press", "mention", 51),
                                                               ("BBC News", "mention", 39)]
    assert item.origin == "BBC News"


def test_builtin_articles_are_not_copies_of_one_another(seed_report):
    assert not [l for item in seed_report.lineage for l in item.republishes if l.how == "near-verbatim copy"]


def test_near_verbatim_copy_found_from_the_text(with_copy):
    item = lineage_of(with_copy, "fronterawatch-cables")
    copies = [l for l in item.republishes if l.how == "near-verbatim copy"]
    assert [(l.name, l.document) for l in copies] == [("Borderland Beat", "borderlandbeat-bbc")]
    assert item.origin == "BBC News"  # through the copy, to what Borderland Beat republishes


def test_copy_and_original_count_as_one_origin_in_every_group_they_share(with_copy):
    shared = [g for g in with_copy.groups if {"borderlandbeat-bbc", "fronterawatch-cables"} <= set(g.documents)]
    assert len(shared) >= 10
    for group in shared:
        assert len(group.origins) == len(group.documents) - 1, group.id
    juarez = next(g for g in with_copy.groups if g.id == "juarez-charged-share")
    assert juarez.documents == ("americanthinker-wall", "borderlandbeat-bbc", "fronterawatch-cables")
    assert juarez.origins == ("American Thinker", "BBC News")


def test_two_wire_reprints_and_one_own_report_are_two_origins(tmp_path):
    quote = '"We will not negotiate with criminals,"'
    (tmp_path / "a.txt").write_text(f"MEXICO CITY (AP) — {quote} Governor Ana Lopez said on Tuesday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"MEXICO CITY (AP) — The governor spoke at length. {quote} Governor Ana Lopez "
                                    "said on Tuesday.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text(f"Ana Lopez was firm in her speech to the state assembly. {quote} said the "
                                    "governor, Ana Lopez.\n", encoding="utf-8")
    report = build_report([str(tmp_path)], rules=None, jobs=1)
    group = next(g for g in report.groups if g.kind == "quote")
    assert (group.documents, group.origins) == (("a", "b", "c"), ("Associated Press", "c"))


def test_sketches_estimate_resemblance():
    words = seed("001").split()
    edited = words[:200] + ["inserted", "words", "here"] + words[200:400]
    same, other = shingle_sketch(words[:400]), shingle_sketch(edited)
    assert resemblance(same, same) == 1.0
    assert resemblance(same, other) >= 0.8
    assert resemblance(same, shingle_sketch(seed("004").split()[:400])) < 0.1
    assert shingle_sketch(words[:20]) is None  # too short to judge
    assert near_copies({"a": same, "b": other, "c": shingle_sketch(seed("004").split()[:400])}) == [
        ("a", "b", resemblance(same, other))]


@pytest.mark.parametrize("text", [
    "Troops left.\n– Article from Business Insider.",
    "Troops left.\n– ARTICLE FROM Business Insider.",
    "Troops left.\n– Artıcle from Business Insider.",  # a dotless i: matched as ignoring case matches it
    "İstanbul troops left.\n– Article from Business Insider.",  # 'İ' lowers to two characters
], ids=["plain", "capitals", "dotless-i", "lengthening-lower-case"])
def test_credit_lines_are_found_in_any_case(text):
    assert [(link.relation, link.name, link.line) for link in credit_links(text)] == [
        ("republishes", "Business Insider", 2)]
