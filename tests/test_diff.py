import json
import os
import shutil

import pytest

from reconcile import build_report, render_json
from reconcile.cli import main
from reconcile.diff import ReportFileError, diff_reports, load_report_file

from conftest import CORPUS, ROOT, RULES

GOLDEN = os.path.join(ROOT, "reports", "report.json")


def write_report(corpus, out, rules=RULES):
    out.write_text(render_json(build_report([str(corpus)], rules=rules, jobs=1)), encoding="utf-8")
    return str(out)


@pytest.fixture(scope="module")
def edited(tmp_path_factory):
    """The built-in corpus after one outlet edited a figure: 'Only 2 percent' became 'Only 3 percent'."""
    folder = tmp_path_factory.mktemp("edited")
    corpus = folder / "corpus"
    shutil.copytree(CORPUS, corpus)
    article = corpus / "003_3fff195fcdb3c5d7.txt"
    text = article.read_text(encoding="utf-8")
    assert text.count("Only 2 percent") == 1
    article.write_text(text.replace("Only 2 percent", "Only 3 percent"), encoding="utf-8")
    return write_report(corpus, folder / "report.json")


def test_the_same_report_has_no_changes(capsys):
    assert main(["diff", GOLDEN, GOLDEN]) == 0
    assert capsys.readouterr().out == (f"# Changes from {GOLDEN} to {GOLDEN}\n\n"
                                       "No changes: the same claims, groups and verdicts.\n")


def test_an_edited_figure_is_a_changed_value_and_a_changed_verdict(edited):
    diff = diff_reports(load_report_file(GOLDEN), load_report_file(edited))
    # The quote that holds the figure changed with it.
    assert [(a["doc"], a["kind"], a.get("value"), b.get("value")) for a, b in diff.claims_changed] == [
        ("americanthinker-wall", "quote", None, None), ("americanthinker-wall", "quantity", 2, 3)]
    (old_quote, new_quote), (old_figure, new_figure) = diff.claims_changed
    assert old_quote["quote"].replace("Only 2 percent", "Only 3 percent") == new_quote["quote"]
    assert (old_figure["text"], new_figure["text"]) == ("Only 2 percent", "Only 3 percent")
    assert [(a["rule"], a["verdict"], b["verdict"]) for a, b in diff.verdicts_changed] == [
        ("juarez-charged-share", "agree", "contradict")]
    assert (diff.claims_appeared, diff.claims_disappeared, diff.groups_appeared, diff.groups_disappeared) == (
        (), (), (), ())


def test_markdown_and_exit_1_when_something_changed(edited, capsys):
    assert main(["diff", GOLDEN, edited]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"# Changes from {GOLDEN} to {edited}",
        "",
        "2 claims changed their values, 0 claims appeared, 0 claims disappeared, 1 verdict changed, "
        "0 groups appeared, 0 groups disappeared.",
        "",
        "## Verdicts changed",
        "",
        "| Group                                                                   | Rule                 "
        "| Was   | Now        | Documents                                |",
        "|-------------------------------------------------------------------------|----------------------"
        "|-------|------------|------------------------------------------|",
        "| Share of people arrested in Ciudad Juárez who were charged with a crime | juarez-charged-share "
        "| agree | contradict | americanthinker-wall, borderlandbeat-bbc |",
        "",
        "## Values changed in a source",
        "",
        "| Document                    | Kind     | Was" + " " * 88 + "| Now" + " " * 88 + "|",
        "|-----------------------------|----------|" + "-" * 92 + "|" + "-" * 92 + "|",
        "| americanthinker-wall 32:97  | quote    "
        "| …are brought to trial. Only 2 percent of those arrested in Ciudad Juarez have even been c… "
        "| …are brought to trial. Only 3 percent of those arrested in Ciudad Juarez have even been c… |",
        "| americanthinker-wall 32:215 | quantity | Only 2 percent = 2 percent" + " " * 65
        + "| Only 3 percent = 3 percent" + " " * 65 + "|",
    ]


def test_json_for_tools(edited, capsys):
    assert main(["diff", GOLDEN, edited, "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["changed"] is True
    assert data["groups"]["verdict_changed"] == [{
        "old": {"rule": "juarez-charged-share", "title": data["groups"]["verdict_changed"][0]["old"]["title"],
                "kind": "quantity", "verdict": "agree",
                "documents": ["americanthinker-wall", "borderlandbeat-bbc"], "claims": 2},
        "new": {"rule": "juarez-charged-share", "title": data["groups"]["verdict_changed"][0]["new"]["title"],
                "kind": "quantity", "verdict": "contradict",
                "documents": ["americanthinker-wall", "borderlandbeat-bbc"], "claims": 2}}]
    assert [(c["old"].get("value"), c["new"].get("value")) for c in data["claims"]["changed"]] == [
        (None, None), (2, 3)]


def test_claims_and_groups_that_appear_and_disappear(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("The storm killed 12 people on Monday.\n", encoding="utf-8")
    (tmp_path / "a" / "y.txt").write_text("Officials said the storm killed 12 people.\n", encoding="utf-8")
    old = load_report_file(write_report(tmp_path / "a", tmp_path / "old.json", rules=None))
    (tmp_path / "a" / "y.txt").write_text("A bridge of 300 metres was closed for repairs.\n", encoding="utf-8")
    new = load_report_file(write_report(tmp_path / "a", tmp_path / "new.json", rules=None))
    diff = diff_reports(old, new)
    assert [(c["doc"], c["text"]) for c in diff.claims_disappeared] == [("y", "12")]
    assert [(c["doc"], c["text"]) for c in diff.claims_appeared] == [("y", "300")]
    # The group keeps x's claim, now alone: the same group, with another verdict.
    assert [(a["verdict"], a["documents"], b["verdict"], b["documents"]) for a, b in diff.verdicts_changed] == [
        ("agree", ["x", "y"], "single-source", ["x"])]
    assert diff.groups_disappeared == ()
    assert [(g["verdict"], g["documents"], g["title"]) for g in diff.groups_appeared] == [
        ("single-source", ["y"], "300 meters: A bridge of 300 metres was closed for repairs.")]


@pytest.mark.parametrize("content, message", [
    ("{not json", "{path}:1: not a report.json (not JSON: Expecting property name enclosed in double quotes)"),
    ('{"documents": []}', "{path}:1: not a report.json of reconcile (no 'claims' and 'groups' lists)"),
    ('{"claims": [{"id": "a"}], "groups": []}', "{path}: not a report.json of reconcile (claims[0] has no 'doc')"),
    ('{"claims": [], "groups": [7]}', "{path}: not a report.json of reconcile (groups[0] is not an object)"),
    ('{"claims": [], "groups": [{"id": "g", "rule": null, "verdict": "agree", "claims": [1]}]}',
     "{path}: not a report.json of reconcile (groups[0].claims is [1])"),
    ('[1, 2]', "{path}:1: not a report.json of reconcile (no 'claims' and 'groups' lists)"),
])
def test_a_file_that_is_not_a_report_exits_2_with_its_path(tmp_path, capsys, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    assert main(["diff", GOLDEN, str(path)]) == 2
    assert capsys.readouterr().err == "error: " + message.format(path=path) + "\n"


def test_a_missing_file_exits_2(tmp_path, capsys):
    assert main(["diff", str(tmp_path / "old.json"), GOLDEN]) == 2
    assert capsys.readouterr().err == f"error: {tmp_path}/old.json: no such file\n"
    with pytest.raises(ReportFileError):
        load_report_file(str(tmp_path))


def test_a_group_a_new_rule_forms_is_the_group_it_was(tmp_path):
    # The built-in corpus without rules, then with them: the rule 'gutierrez-cable-date' joins two
    # dates that were single-source; the groups rules now form from the same claims did not change.
    before = load_report_file(write_report(CORPUS, tmp_path / "before.json", rules=None))
    diff = diff_reports(before, load_report_file(GOLDEN))
    assert ("gutierrez-cable-date", "single-source", "agree") in [
        (b["rule"], a["verdict"], b["verdict"]) for a, b in diff.verdicts_changed]
    assert "juarez-charged-share" not in {g["rule"] for g in diff.groups_appeared}
    assert (diff.claims_appeared, diff.claims_disappeared, diff.claims_changed) == ((), (), ())
