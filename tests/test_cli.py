import json
import os

import pytest

from reconcile.cli import COMMANDS, build_parser, main

from conftest import CONTRADICTION_RULES, CONTRADICTIONS, CORPUS, RULES


def test_every_command_has_help_with_an_example(capsys):
    assert {"rules check", "rules explain", "rules suggest", "diff", "check-rules"} <= set(COMMANDS)
    for name in COMMANDS:
        with pytest.raises(SystemExit):
            main(name.split() + ["--help"])
        out = capsys.readouterr().out
        assert "Example:\n  reconcile " + name in out


def test_rules_without_a_subcommand_is_a_usage_error(capsys):
    assert main(["rules"]) == 2
    assert capsys.readouterr().err.startswith("usage: reconcile rules [-h] SUBCOMMAND ...")


def test_run_from_a_folder_without_rules_runs_without_them(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["run", CONTRADICTIONS, "--out", "out", "--no-cache", "--jobs", "1"]) == 0
    captured = capsys.readouterr()
    assert captured.err == (f"note: no rules/ folder in {tmp_path} and no --rules given: ran without rules "
                            "(every group was found without a rule)\n")
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["rules"] == "none"
    assert {group["rule"] for group in report["groups"]} == {None}
    assert "Rules: none (every group was found without a rule)." in (tmp_path / "out" / "report.md").read_text(
        encoding="utf-8")


def _rules_folder(folder):
    """A rules/ folder in `folder` holding one of the contradiction tests' rule files."""
    (folder / "rules").mkdir()
    first = sorted(os.listdir(CONTRADICTION_RULES))[0]
    with open(os.path.join(CONTRADICTION_RULES, first), encoding="utf-8") as handle:
        (folder / "rules" / "r.yaml").write_text(handle.read(), encoding="utf-8")


def test_run_uses_the_rules_folder_of_the_current_folder(tmp_path, monkeypatch, capsys):
    _rules_folder(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["run", CONTRADICTIONS, "--out", "out", "--no-cache", "--jobs", "1"]) == 0
    assert capsys.readouterr().err == ""
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["rules"] == "rules"


def test_no_rules_ignores_the_rules_folder_of_the_current_folder(tmp_path, monkeypatch, capsys):
    _rules_folder(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["run", CONTRADICTIONS, "--out", "out", "--no-cache", "--jobs", "1", "--no-rules"]) == 0
    assert capsys.readouterr().err == ""
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["rules"] == "none"
    assert {group["rule"] for group in report["groups"]} == {None}
    assert main(["run", CONTRADICTIONS, "--no-rules", "--rules", "rules"]) == 2
    assert "--no-rules and --rules together" in capsys.readouterr().err


def test_a_missing_corpus_is_named_before_anything_about_rules(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["run", "nope"]) == 1
    assert capsys.readouterr().err == "error: nope: no such file or folder\n"
    assert main(["run", "nope", "--rules", "no-rules"]) == 1
    assert capsys.readouterr().err == "error: nope: no such file or folder\n"


def test_an_explicit_rules_path_that_does_not_exist_stays_an_error(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["run", CONTRADICTIONS, "--rules", "no-rules", "--no-cache"]) == 1
    assert capsys.readouterr().err == "error: no-rules: no such rules file or folder\n"


def test_run_writes_both_reports(tmp_path, capsys):
    assert main(["run", CONTRADICTIONS, "--rules", RULES, "--out", str(tmp_path / "out"), "--jobs", "1"]) == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["report.json", "report.md"]
    assert capsys.readouterr().out.startswith("3 documents, 16 claims, 2 contradictions, 1 variant, ")


def test_claims_jsonl_with_forced_language(capsys):
    assert main(["claims", CORPUS + "/002_ceed58c8f938922f.txt", "--format", "jsonl", "--language", "es"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines and {line["language"] for line in lines} == {"es"}


def test_missing_corpus_is_an_error_not_a_traceback(capsys):
    assert main(["run", "no-such-folder", "--rules", RULES]) == 1
    assert capsys.readouterr().err == "error: no-such-folder: no such file or folder\n"


@pytest.mark.parametrize("command", [["rules", "check"], ["check-rules"]])
def test_bad_rules_exit_1_with_every_problem(tmp_path, capsys, command):
    (tmp_path / "r.yaml").write_text("rules:\n  - id: a\n    titel: x\n    kind: date\n", encoding="utf-8")
    assert main(command + [str(tmp_path)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"error: {tmp_path}/r.yaml:3: rule 'a': unknown key 'titel' (did you mean 'title'?)",
        f"error: {tmp_path}/r.yaml:2: rule 'a': missing required key 'title'",
    ]


@pytest.mark.parametrize("command", [["rules", "check"], ["check-rules"]])
def test_good_rules_give_a_one_line_summary(capsys, command):
    assert main(command + [RULES]) == 0
    assert capsys.readouterr().out == "72 rules in 2 files, no problems\n"


def test_unwritable_output_folder(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert main(["run", CONTRADICTIONS, "--rules", RULES, "--out", str(blocker / "out")]) == 1
    assert capsys.readouterr().err.startswith(f"error: {blocker}/out: cannot create the output folder")


def test_usage_error_exits_2():
    with pytest.raises(SystemExit) as error:
        build_parser().parse_args(["run", "--jobs", "many"])
    assert error.value.code == 2


def test_a_file_without_rules_is_counted(tmp_path, capsys):
    (tmp_path / "empty.yaml").write_text("rules: []\n", encoding="utf-8")
    assert main(["rules", "check", str(tmp_path)]) == 0
    assert capsys.readouterr().out == "0 rules in 1 file, no problems\n"
