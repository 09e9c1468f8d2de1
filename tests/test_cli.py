import json

import pytest

from reconcile.cli import COMMANDS, build_parser, main

from conftest import CONTRADICTIONS, CORPUS, RULES


def test_every_command_has_help_with_an_example(capsys):
    for name in COMMANDS:
        with pytest.raises(SystemExit):
            main([name, "--help"])
        out = capsys.readouterr().out
        assert "Example:\n  reconcile " + name in out


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


def test_bad_rules_exit_1_with_every_problem(tmp_path, capsys):
    (tmp_path / "r.yaml").write_text("rules:\n  - id: a\n    titel: x\n    kind: date\n", encoding="utf-8")
    assert main(["check-rules", str(tmp_path)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"error: {tmp_path}/r.yaml:3: rule 'a': unknown key 'titel' (did you mean 'title'?)",
        f"error: {tmp_path}/r.yaml:2: rule 'a': missing required key 'title'",
    ]


def test_unwritable_output_folder(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert main(["run", CONTRADICTIONS, "--rules", RULES, "--out", str(blocker / "out")]) == 1
    assert capsys.readouterr().err.startswith(f"error: {blocker}/out: cannot create the output folder")


def test_usage_error_exits_2():
    with pytest.raises(SystemExit) as error:
        build_parser().parse_args(["run", "--jobs", "many"])
    assert error.value.code == 2
