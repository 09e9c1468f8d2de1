import textwrap

import pytest

from reconcile.errors import RuleError
from reconcile.rules import load_rules

from conftest import RULES

GOOD = """\
rules:
  - id: juarez
    title: Share charged
    kind: quantity
    unit: percent
    all_of:
      - [arrested, detenidos]
    tolerance: {absolute: 0.5}
"""


def problems(tmp_path, text, name="r.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    with pytest.raises(RuleError) as error:
        load_rules(str(tmp_path))
    return [line.replace(f"{tmp_path}/", "") for line in error.value.problems]


def test_built_in_rules_load():
    ids = [r.id for r in load_rules(RULES)]
    assert {"juarez-charged-share", "detainees-tried-share", "gutierrez-18-months",
            "officials-killed-total"} <= set(ids)


def test_a_good_rule(tmp_path):
    (tmp_path / "r.yaml").write_text(GOOD, encoding="utf-8")
    (rule,) = load_rules(str(tmp_path))
    assert (rule.id, rule.kind, rule.unit, rule.all_of, rule.tolerance.absolute, rule.line) == (
        "juarez", "quantity", "percent", (("arrested", "detenidos"),), 0.5, 2)


def test_yaml_syntax_error_names_the_line(tmp_path):
    assert problems(tmp_path, "rules:\n  - id: a\n    title: [unclosed\n") == [
        "r.yaml:4: not valid YAML: expected ',' or ']', but got '<stream end>'"]


def test_every_problem_at_once_with_line_and_rule_id(tmp_path):
    text = GOOD.replace("tolerance: {absolute: 0.5}", "tolerance: {absolute: -1}\n    treshold: 150") + """\
  - id: gutierrez
    title: 18 months
    kind: quote
    threshold: 150
"""
    assert problems(tmp_path, text) == [
        "r.yaml:9: rule 'juarez': unknown key 'treshold' (did you mean 'threshold'?)",
        "r.yaml:8: rule 'juarez': 'tolerance.absolute' must be >= 0 (got -1)",
        "r.yaml:13: rule 'gutierrez': 'threshold' must be between 0 and 100 (got 150)",
        "r.yaml:10: rule 'gutierrez': a quote rule needs 'anchors': the wording(s) of the quote to look for",
    ]


def test_wrong_type_and_missing_key(tmp_path):
    assert problems(tmp_path, "rules:\n  - id: a\n    kind: quantity\n    all_of: [x]\n    threshold: high\n") == [
        "r.yaml:2: rule 'a': missing required key 'title'",
        "r.yaml:5: rule 'a': 'threshold' must be a number (got 'high')",
    ]


def test_empty_file(tmp_path):
    assert problems(tmp_path, "") == ["r.yaml:1: the file is empty (expected 'rules:' and a list of rules)"]


def test_duplicate_ids_across_files(tmp_path):
    (tmp_path / "a.yaml").write_text(GOOD, encoding="utf-8")
    assert problems(tmp_path, GOOD, name="b.yaml") == [
        "b.yaml:2: rule 'juarez': duplicate id (first defined at a.yaml:2)"]


def test_sum_of_must_name_quantity_rules(tmp_path):
    text = GOOD + "    sum_of: [nowhere]\n"
    assert problems(tmp_path, text) == [
        "r.yaml:2: rule 'juarez': 'sum_of' names unknown rule 'nowhere' (expected one of: juarez)"]


def test_infinite_threshold_is_a_clear_error(tmp_path):
    # Found by the property test: YAML reads '.inf' as a float.
    assert problems(tmp_path, "rules:\n  - id: a\n    title: t\n    kind: date\n    any_of: [x]\n    threshold: .inf\n") == [
        "r.yaml:6: rule 'a': 'threshold' must be a number (got '.inf')"]
