import os

import pytest
import yaml

from reconcile.errors import ReconcileError
from reconcile.evaluate import (
    Score, check_thresholds, evaluate, load_gold, match_spans, render_evaluation, same_speaker,
)
from reconcile.model import Claim, Document, Group, Report

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Our own small article; offsets below are found with TEXT.index so they stay right.
TEXT = ("On Jan. 20, 2009, more than 60 officials were killed, said Gerónimo Gutiérrez: "
        "“We will not give up.” Cable 09MEXICO193 says 2% were charged last week.\n"
        "Clinton said “no comment” and 5 troops left.")


def span(words, text=TEXT):
    start = text.index(words)
    return start, start + len(words)


def gold_claim(claim_id, kind, words, **fields):
    start, end = span(words)
    entry = {"id": claim_id, "kind": kind, "text": words, "start": start, "end": end,
             "section": "body", "language": "en"}
    defaults = {"quantity": {"value": 1, "unit": None, "qualifier": None, "subject": "x"},
                "date": {"date": "2009"}, "quote": {"quote": words.strip("“”"), "speaker": None}}
    entry.update(defaults[kind])
    entry.update(fields)
    return entry


def not_claim(words, reason):
    start, end = span(words)
    return {"text": words, "start": start, "end": end, "reason": reason}


def write_gold(folder, claims, *, not_claims=(), groups=None, stem="doc1"):
    folder.mkdir(exist_ok=True)
    document = {"document": stem, "claims": list(claims), "not_claims": list(not_claims)}
    (folder / f"{stem}.yaml").write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True),
                                         encoding="utf-8")
    if groups is not None:
        (folder / "groups.yaml").write_text(yaml.safe_dump({"groups": groups}, sort_keys=False),
                                            encoding="utf-8")
    return str(folder)


def claim(claim_id, kind, words, *, stem="doc1", start=None, **fields):
    begin, end = span(words) if start is None else (start, start + len(words))
    return Claim(id=claim_id, doc="article", path=f"corpus/{stem}.txt", kind=kind, text=words,
                 start=begin, end=end, line=1, column=begin + 1, section=fields.pop("section", "body"),
                 language=fields.pop("language", "en"), sentence="", **fields)


def group(group_id, verdict, claim_ids, kind="quantity"):
    return Group(id=group_id, rule=None, title=group_id, kind=kind, verdict=verdict,
                 claims=tuple(claim_ids), documents=("article",))


def report(claims, groups=(), stems=("doc1",)):
    documents = tuple(Document(id=s, path=f"corpus/{s}.txt", text=TEXT) for s in stems)
    return Report(documents=documents, sections=(), claims=tuple(claims), groups=tuple(groups), skipped=())


def scores(evaluation, kind):
    return next(s for s in evaluation.kinds if s.kind == kind)


GOLD = [
    gold_claim("g-d01", "date", "Jan. 20, 2009", date="2009-01-20"),
    gold_claim("g-q01", "quantity", "more than 60", value=60, unit="officials", qualifier="more_than"),
    gold_claim("g-t01", "quote", "“We will not give up.”", speaker="Geronimo Gutierrez"),
    gold_claim("g-q02", "quantity", "2%", value=2, unit="percent"),
    gold_claim("g-d02", "date", "last week", date=None, relative=True),
    gold_claim("g-t02", "quote", "“no comment”", speaker=None),
    gold_claim("g-q03", "quantity", "5", value=5, unit="troops"),
]


@pytest.fixture
def gold(tmp_path):
    return load_gold(write_gold(tmp_path / "gold", GOLD, not_claims=[not_claim("09MEXICO193", "identifier")]))


# load_gold


def test_load_gold_reads_claims_not_claims_and_groups(tmp_path):
    folder = write_gold(tmp_path / "gold", GOLD[:2], not_claims=[not_claim("09MEXICO193", "identifier")],
                        groups=[{"id": "g01", "kind": "date", "verdict": "single-source", "claims": ["g-d01"]}])
    loaded = load_gold(folder)
    assert loaded.documents == ("doc1",)
    assert [(c.id, c.kind, c.document, c.start) for c in loaded.claims] == [
        ("g-d01", "date", "doc1", 3), ("g-q01", "quantity", "doc1", 18)]
    assert loaded.claims[1].qualifier == "more_than" and loaded.claims[1].unit == "officials"
    assert [(n.text, n.reason) for n in loaded.not_claims] == [("09MEXICO193", "identifier")]
    assert [(g.id, g.verdict, g.claims) for g in loaded.groups] == [("g01", "single-source", ("g-d01",))]


def test_load_gold_reads_the_real_gold():
    loaded = load_gold(os.path.join(ROOT, "tests", "gold"))
    assert len(loaded.documents) == 5
    assert {c.kind for c in loaded.claims} == {"quantity", "date", "quote"}
    assert any(c.relative and c.date is None for c in loaded.claims)


def test_load_gold_reports_every_problem_with_file_and_line(tmp_path):
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "doc1.yaml").write_text(
        "document: doc1\n"
        "claims:\n"
        "- id: g-q01\n"
        "  kind: quantity\n"
        "  text: '2%'\n"
        "  start: 5\n"
        "  end: 7\n"
        "  section: body\n"
        "  language: en\n"
        "  value: many\n"
        "  unit: percent\n"
        "  qualifier: roughly\n"
        "- id: g-d01\n"
        "  kind: date\n"
        "  text: '2009'\n"
        "  start: 0\n"
        "  end: 4\n"
        "  section: body\n"
        "  language: en\n"
        "  colour: red\n", encoding="utf-8")
    (folder / "groups.yaml").write_text(
        "groups:\n- id: g01\n  kind: date\n  verdict: agree\n  claims: [g-d01, g-d09]\n", encoding="utf-8")
    with pytest.raises(ReconcileError) as error:
        load_gold(str(folder))
    assert str(error.value).replace(str(folder) + os.sep, "").splitlines() == [
        "doc1.yaml:10: claim 'g-q01': 'value' must be a number (got 'many')",
        "doc1.yaml:12: claim 'g-q01': 'qualifier' must be null or one of more_than, less_than, "
        "at_least, at_most, about (got 'roughly')",
        "doc1.yaml:20: claim entry: unknown key 'colour' (known: id, kind, text, start, end, section, "
        "language, note, subject, attribution, value, unit, qualifier, date, relative, quote, speaker)",
        "doc1.yaml:13: claim 'g-d01': missing required key 'date'",
        "groups.yaml:5: group 'g01': no gold claim 'g-d09'",
    ]


@pytest.mark.parametrize("content,expected", [
    ("document: doc1\nclaims: [\n", "doc1.yaml:3: not valid YAML: expected the node content, but found '<stream end>'"),
    ("document: other\nclaims: []\n",
     "doc1.yaml:1: 'document' must be the file name without extension (expected 'doc1', got 'other')"),
    ("document: doc1\nclaims:\n- id: g-q01\n  kind: quantity\n  text: '2%'\n  start: 5\n  end: 9\n"
     "  section: body\n  language: en\n  value: 2\n  unit: percent\n  qualifier: null\n",
     "doc1.yaml:7: claim 'g-q01': 'text' is 2 characters but start..end spans 4 (got 5..9)"),
    ("document: doc1\nclaims: {}\n", "doc1.yaml:2: 'claims' must be a list"),
], ids=["invalid-yaml", "wrong-document-name", "span-length", "claims-not-a-list"])
def test_load_gold_malformed_files(tmp_path, content, expected):
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "doc1.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(ReconcileError) as error:
        load_gold(str(folder))
    assert str(error.value) == os.path.join(str(folder), expected)


def test_load_gold_date_must_be_iso(tmp_path):
    folder = write_gold(tmp_path / "gold", [gold_claim("g-d01", "date", "Jan. 20, 2009", date="20 Jan")])
    with pytest.raises(ReconcileError) as error:
        load_gold(folder)
    assert str(error.value) == (f"{os.path.join(folder, 'doc1.yaml')}:10: claim 'g-d01': 'date' must be an "
                                f"ISO 8601 date such as 2009-10 or null (got '20 Jan')")

def test_load_gold_duplicate_ids_name_the_first(tmp_path):
    write_gold(tmp_path / "gold", GOLD[:1], stem="doc1")
    folder = write_gold(tmp_path / "gold", GOLD[:1], stem="doc2")
    with pytest.raises(ReconcileError) as error:
        load_gold(folder)
    first, second = os.path.join(folder, "doc1.yaml"), os.path.join(folder, "doc2.yaml")
    assert str(error.value) == f"{second}:3: claim 'g-d01': duplicate id (first at {first}:3)"


def test_load_gold_missing_folder(tmp_path):
    with pytest.raises(ReconcileError, match="no such gold folder"):
        load_gold(str(tmp_path / "nowhere"))


# detection


def test_detection_precision_recall_f1(gold):
    predicted = [claim("p1", "date", "Jan. 20, 2009", date="2009-01-20"),
                 claim("p2", "quantity", "60 officials", value=60.0, unit="officials", qualifier=None),
                 claim("p3", "quantity", "said", value=1.0)]
    evaluation = evaluate(gold, report(predicted))
    quantity, date, quote, everything = (scores(evaluation, k) for k in ("quantity", "date", "quote", "all"))
    assert (quantity.gold, quantity.found, quantity.matched) == (3, 2, 1)
    assert (quantity.precision.value, quantity.recall.value, quantity.f1) == (0.5, 1 / 3, 0.4)
    assert (date.gold, date.found, date.matched, date.precision.value, date.recall.value) == (2, 1, 1, 1.0, 0.5)
    assert (quote.found, quote.precision.value, quote.recall.value, quote.f1) == (0, None, 0.0, None)
    assert (everything.gold, everything.found, everything.matched) == (7, 3, 2)
    assert everything.f1 == pytest.approx(2 * (2 / 3) * (2 / 7) / (2 / 3 + 2 / 7))
    assert [m.id for m in evaluation.misses] == ["g-t01", "g-q02", "g-d02", "g-t02", "g-q03"]
    assert [f.id for f in evaluation.false_finds] == ["p3"]


def test_matching_is_one_to_one_largest_overlap_first(gold):
    start = TEXT.index("more than 60")
    predicted = [claim("small", "quantity", "60", value=60.0, unit="officials", qualifier="more_than"),
                 claim("large", "quantity", "more than 60", value=60.0, unit="officials", qualifier="more_than")]
    pairs = match_spans(gold.claims, predicted)
    assert [(g.id, c.id) for g, c in pairs] == [("g-q01", "large")]
    evaluation = evaluate(gold, report(predicted))
    assert [(f.id, f.start) for f in evaluation.false_finds] == [("small", start + 10)]


def test_one_predicted_claim_matches_one_gold_claim(tmp_path):
    folder = write_gold(tmp_path / "gold", [gold_claim("g-q01", "quantity", "Jan."),
                                            gold_claim("g-q02", "quantity", "2009")])
    predicted = [claim("wide", "quantity", "Jan. 20, 2009")]
    evaluation = evaluate(load_gold(folder), report(predicted))
    # Equal overlaps (4 characters each): the earlier gold claim wins.
    assert [m.id for m in evaluation.misses] == ["g-q02"]
    assert scores(evaluation, "quantity").matched == 1


def test_kinds_must_agree_to_match(gold):
    evaluation = evaluate(gold, report([claim("p1", "quantity", "2009", value=2009.0)]))
    assert scores(evaluation, "quantity").matched == 0
    assert scores(evaluation, "date").matched == 0
    assert [f.id for f in evaluation.false_finds] == ["p1"]


def test_not_claims_count_as_false_finds(gold):
    predicted = [claim("p1", "quantity", "09MEXICO193", value=9.0), claim("p2", "quantity", "2%", value=2.0,
                                                                           unit="percent")]
    evaluation = evaluate(gold, report(predicted))
    quantity = scores(evaluation, "quantity")
    assert (quantity.found, quantity.matched, quantity.precision.value) == (2, 1, 0.5)
    (false_find,) = evaluation.false_finds
    assert (false_find.id, false_find.note) == ("p1", "not a claim: identifier")


def test_only_documents_in_both_gold_and_report_count(tmp_path):
    write_gold(tmp_path / "gold", GOLD[:1], stem="doc1")
    folder = write_gold(tmp_path / "gold", [gold_claim("g2-q01", "quantity", "2%", value=2)], stem="doc2")
    predicted = [claim("p1", "date", "Jan. 20, 2009", date="2009-01-20"),
                 claim("p3", "date", "last week", stem="doc3")]
    evaluation = evaluate(load_gold(folder), report(predicted, stems=("doc1", "doc3")))
    assert evaluation.documents == ("doc1",)
    assert [(s.kind, s.gold, s.found, s.matched) for s in evaluation.kinds] == [
        ("quantity", 0, 0, 0), ("date", 1, 1, 1), ("quote", 0, 0, 0), ("all", 1, 1, 1)]


# attributes


def test_attribute_accuracy_and_errors(gold):
    predicted = [
        claim("p1", "quantity", "more than 60", value=60.0000001, unit="Officials", qualifier="more_than"),
        claim("p2", "quantity", "2%", value=2.1, unit=None, qualifier=None),
        claim("p3", "quantity", "5", value=5.0, unit="troops", qualifier="about", section="comment"),
        claim("p4", "date", "Jan. 20, 2009", date="2009-01"),
        claim("p5", "date", "last week", date=None, relative=True, language="es"),
    ]
    evaluation = evaluate(gold, report(predicted))
    assert dict(scores(evaluation, "quantity").attributes) == {
        "value": Score(2, 3), "unit": Score(2, 3), "qualifier": Score(2, 3), "section": Score(2, 3),
        "language": Score(3, 3)}
    assert dict(scores(evaluation, "date").attributes) == {
        "date": Score(1, 2), "section": Score(2, 2), "language": Score(1, 2)}
    assert dict(scores(evaluation, "all").attributes) == {"section": Score(4, 5), "language": Score(4, 5)}
    assert [(m.claim.id, m.attribute, m.expected, m.got) for m in evaluation.mismatches] == [
        ("g-d01", "date", "2009-01-20", "2009-01"),
        ("g-q02", "unit", "percent", None),
        ("g-q02", "value", 2, 2.1),
        ("g-d02", "language", "en", "es"),
        ("g-q03", "qualifier", None, "about"),
        ("g-q03", "section", "body", "comment"),
    ]


@pytest.mark.parametrize("expected,got,right", [
    ("Geronimo Gutierrez", "Gerónimo Gutiérrez", True),
    ("Geronimo Gutierrez", "GUTIERREZ", True),
    ("Geronimo Gutierrez", "Gutierrez's aide", False),
    ("Felipe Calderon", "Felipe Calderon", True),
    ("Hillary Clinton", "Bill Clinton", True),
    ("Hillary Clinton", "Carlos Pascual", False),
    ("MX1", "mx1", True),
    ("Carlos Pascual", None, False),
], ids=["accents", "surname-only", "surname-not-last", "exact", "same-surname", "other-person",
        "pseudonym", "no-speaker"])
def test_same_speaker(expected, got, right):
    assert same_speaker(expected, got) is right


def test_speaker_judged_only_over_named_gold_speakers(gold):
    predicted = [claim("p1", "quote", "“We will not give up.”", quote="We will not give up", speaker="Gutiérrez"),
                 claim("p2", "quote", "“no comment”", quote="no comment", speaker="Clinton")]
    evaluation = evaluate(gold, report(predicted))
    assert dict(scores(evaluation, "quote").attributes)["speaker"] == Score(1, 1)
    assert evaluation.metrics()["quote.speaker"] == 1.0


# grouping and verdicts

GROUP_GOLD = [
    {"id": "g01", "kind": "quantity", "verdict": "agree", "claims": ["g-q01", "g-q02", "g-q03"]},
    {"id": "g02", "kind": "date", "verdict": "contradict", "claims": ["g-d01", "g-d02"]},
]
PREDICTED = [
    claim("p1", "quantity", "more than 60", value=60.0, unit="officials", qualifier="more_than"),
    claim("p2", "quantity", "2%", value=2.0, unit="percent"),
    claim("p3", "quantity", "5", value=5.0, unit="troops"),
    claim("p4", "date", "Jan. 20, 2009", date="2009-01-20"),
    claim("p5", "date", "last week", relative=True),
    claim("p6", "quantity", "said", value=1.0),
]


@pytest.fixture
def grouped_gold(tmp_path):
    return load_gold(write_gold(tmp_path / "gold", GOLD, groups=GROUP_GOLD))


def test_grouping_pairwise_precision_recall(grouped_gold):
    groups = [group("a", "agree", ["p1", "p2"]), group("b", "contradict", ["p3", "p4", "p6"], kind="date"),
              group("c", "single-source", ["p5"], kind="date")]
    evaluation = evaluate(grouped_gold, report(PREDICTED, groups))
    # gold pairs: p1-p2, p1-p3, p2-p3, p4-p5; predicted: p1-p2, p3-p4 (p6 is unmatched and does not count)
    assert evaluation.grouping_precision == Score(1, 2)
    assert evaluation.grouping_recall == Score(1, 4)
    assert evaluation.metrics()["grouping.recall"] == 0.25


def test_verdict_accuracy_uses_the_group_holding_most_claims(grouped_gold):
    groups = [group("a", "agree", ["p1", "p2"]), group("b", "single-source", ["p3"]),
              group("d2", "single-source", ["p5"], kind="date"), group("d1", "agree", ["p4"], kind="date")]
    evaluation = evaluate(grouped_gold, report(PREDICTED, groups))
    # g02 is split one to one: the tie goes to the first group id, d1.
    assert [(v.group, v.expected, v.got, v.predicted, v.right) for v in evaluation.verdicts] == [
        ("g01", "agree", "agree", "a", True), ("g02", "contradict", "agree", "d1", False)]
    assert evaluation.verdict_accuracy == Score(1, 2)


def test_false_contradictions(grouped_gold):
    groups = [group("a", "contradict", ["p1", "p2", "p3"]), group("b", "contradict", ["p4", "p5"], kind="date"),
              group("c", "contradict", ["p6"])]
    evaluation = evaluate(grouped_gold, report(PREDICTED, groups))
    assert evaluation.contradictions == ("a", "b", "c")
    assert evaluation.false_contradictions == ("a", "c")


def test_verdict_of_gold_group_without_found_claims(grouped_gold):
    evaluation = evaluate(grouped_gold, report(PREDICTED[:3], [group("a", "agree", ["p1", "p2", "p3"])]))
    assert [(v.group, v.got, v.predicted) for v in evaluation.verdicts] == [("g01", "agree", "a"),
                                                                           ("g02", None, None)]


# thresholds and rendering


def test_check_thresholds(grouped_gold):
    evaluation = evaluate(grouped_gold, report(PREDICTED, [group("a", "agree", ["p1", "p2", "p3"])]))
    thresholds = {"quantity.precision": 0.9, "quote.recall": 0.5, "all.f1": 0.5, "quantity.value": 1.0,
                  "quote.speaker": 0.5, "grouping.precision": 1.0, "grouping.recall": 0.9,
                  "verdict.accuracy": 0.5}
    assert check_thresholds(evaluation, thresholds) == [
        "grouping.recall 0.750 < 0.900",
        "quantity.precision 0.750 < 0.900",
        "quote.recall 0.000 < 0.500",
        "quote.speaker not measured (nothing to count) < 0.500",
    ]
    assert check_thresholds(evaluation, {"all.f1": 0.5}) == []


def test_check_thresholds_unknown_key(gold):
    evaluation = evaluate(gold, report([]))
    with pytest.raises(ReconcileError) as error:
        check_thresholds(evaluation, {"quote.recal": 0.9, "date.value": 1.0})
    message = str(error.value)
    assert message.startswith("unknown threshold 'date.value', 'quote.recal' (known: all.f1, all.language, ")
    assert "quote.recall, quote.section, quote.speaker, verdict.accuracy)" in message


def test_render_evaluation(grouped_gold):
    evaluation = evaluate(grouped_gold, report(PREDICTED, [group("a", "contradict", ["p1", "p2", "p3"])]))
    text = render_evaluation(evaluation)
    assert text == render_evaluation(evaluate(grouped_gold, report(PREDICTED[::-1],
                                                                   [group("a", "contradict", ["p1", "p2", "p3"])])))
    lines = text.splitlines()
    assert lines[0] == "Evaluated documents: 1 (doc1)"
    assert lines[2].split("|")[1:-1] == [" kind     ", "   gold ", "   found ", "   matched ", "   precision ",
                                         "   recall ", "    F1 ", "   value ", "   unit ", "   qualifier ",
                                         "   date ", "   speaker ", "   section ", "   language "]
    assert [cell.strip() for cell in lines[4].split("|")[1:-1]] == [
        "quantity", "3", "4", "3", "0.750", "1.000", "0.857", "1.000", "1.000", "1.000", "", "", "1.000", "1.000"]
    assert [cell.strip() for cell in lines[6].split("|")[1:-1]][:7] == [
        "quote", "2", "0", "0", "-", "0.000", "-"]
    assert "Grouping (pairs of matched claims): precision 1.000 (3/3), recall 0.750 (3/4)" in lines
    assert "Verdict accuracy: 0.000 (0/2)" in lines
    assert "False contradictions: 1 of 1 predicted contradictions (a)" in lines
    assert '  doc1:1:80 quote g-t01 "“We will not give up.”"' in lines
    assert '  doc1:1:55 quantity p6 "said"' in lines
    assert "  g01: expected agree, got contradict (group a)" in lines
    assert "  g02: expected contradict, got no group (claims not found)" in lines
    short = render_evaluation(evaluation, misses=False)
    assert "Misses" not in short and short.startswith("Evaluated documents: 1 (doc1)\n")


def test_render_attribute_errors(gold):
    evaluation = evaluate(gold, report([claim("p2", "quantity", "2%", value=2.5, unit="percent")]))
    assert ('  doc1:1:126 quantity g-q02 value: expected 2, got 2.5 in p2 "2%"'
            in render_evaluation(evaluation).splitlines())


# the built-in corpus


def test_evaluate_runs_on_the_built_in_corpus():
    from reconcile import build_report
    report_ = build_report([os.path.join(ROOT, "corpus")], rules=os.path.join(ROOT, "rules"))
    evaluation = evaluate(load_gold(os.path.join(ROOT, "tests", "gold")), report_)
    assert len(evaluation.documents) == 5
    assert all(s.gold > 0 for s in evaluation.kinds)
    assert render_evaluation(evaluation).startswith("Evaluated documents: 5 (")

