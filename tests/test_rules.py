import glob
import json
import os
import textwrap

import jsonschema
import pytest
import yaml

from reconcile.errors import RuleError
from reconcile.model import KINDS
from reconcile.rules import FIELDS, ID, MAX_TERM, REQUIRED, TOLERANCE_FIELDS, load_rules

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


# --- rules/schema.json, for YAML editors, kept in step with the loader ---

SCHEMA_PATH = os.path.join(RULES, "schema.json")


@pytest.fixture(scope="module")
def schema():
    with open(SCHEMA_PATH, encoding="utf-8") as handle:
        data = json.load(handle)
    jsonschema.Draft202012Validator.check_schema(data)
    return data


def schema_errors(schema, text):
    validator = jsonschema.Draft202012Validator(schema)
    return sorted(error.message for error in validator.iter_errors(yaml.safe_load(text)))


def test_the_schema_names_the_keys_the_loader_knows(schema):
    rule = schema["$defs"]["rule"]
    assert tuple(rule["properties"]) == FIELDS
    assert tuple(rule["required"]) == REQUIRED
    assert tuple(rule["properties"]["tolerance"]["properties"]) == TOLERANCE_FIELDS
    assert tuple(rule["properties"]["kind"]["enum"]) == KINDS
    assert rule["properties"]["id"]["pattern"] == ID.pattern
    assert schema["$defs"]["text"]["maxLength"] == MAX_TERM
    assert rule["additionalProperties"] is False
    # Every key has a description and an example, for the editor's completion.
    for key, spec in list(rule["properties"].items()) + list(rule["properties"]["tolerance"]["properties"].items()):
        assert spec["description"] and spec["examples"], key


def test_every_shipped_rule_file_is_valid_and_names_the_schema(schema):
    files = sorted(glob.glob(os.path.join(RULES, "*.yaml")))
    assert files
    for file in files:
        with open(file, encoding="utf-8") as handle:
            text = handle.read()
        assert text.startswith("# yaml-language-server: $schema=schema.json\n"), file
        assert schema_errors(schema, text) == [], file
        assert load_rules(file)


QUOTE = "rules:\n  - id: q\n    title: t\n    kind: quote\n    anchors: [We have 18 months]\n"


@pytest.mark.parametrize("text", [
    GOOD.replace("    tolerance:", "    treshold: 80\n    tolerance:"),
    GOOD.replace("kind: quantity", "kind: number"),
    GOOD.replace("    title: Share charged\n", ""),
    GOOD.replace("{absolute: 0.5}", "{relative: 2}"),
    GOOD.replace("{absolute: 0.5}", "{absolute: -1}"),
    GOOD.replace("{absolute: 0.5}", "{percent: 5}"),
    GOOD + "    threshold: 150\n",
    GOOD + "    threshold: high\n",
    GOOD.replace("id: juarez", "id: Juarez Share"),
    GOOD.replace("    all_of:\n      - [arrested, detenidos]\n", ""),
    GOOD.replace("      - [arrested, detenidos]", "      - []"),
    QUOTE.replace("    anchors: [We have 18 months]\n", ""),
    QUOTE + "    sum_of: [juarez]\n",
    QUOTE.replace("title: t", "title: ' '"),
    "rules:\n  - just a string\n",
    "rulez: []\n",
], ids=["unknown key", "unknown kind", "missing title", "relative above 1", "negative tolerance",
        "unknown tolerance key", "threshold out of range", "threshold not a number", "bad id",
        "quantity without terms", "empty alternatives", "quote without anchors", "sum_of on a quote",
        "blank title", "rule not a mapping", "unknown top-level key"])
def test_the_schema_and_the_loader_reject_the_same_files(schema, tmp_path, text):
    assert schema_errors(schema, text) != []
    (tmp_path / "r.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(RuleError):
        load_rules(str(tmp_path))


@pytest.mark.parametrize("text", [GOOD, QUOTE, GOOD.replace("      - [arrested, detenidos]", "      - arrested"),
                                  QUOTE.replace("[We have 18 months]", "We have 18 months"),
                                  "rules:\n" + GOOD.split("rules:\n")[1].replace("\n  ", "\n").lstrip()],
                         ids=["quantity", "quote", "one-word item", "one anchor as text", "a bare list"])
def test_the_schema_and_the_loader_accept_the_same_files(schema, tmp_path, text):
    assert schema_errors(schema, text) == []
    (tmp_path / "r.yaml").write_text(text, encoding="utf-8")
    assert load_rules(str(tmp_path))


def test_an_unknown_key_fails_both_with_its_name(schema, tmp_path):
    text = GOOD.replace("    tolerance:", "    treshold: 80\n    tolerance:")
    assert schema_errors(schema, text) == ["Additional properties are not allowed ('treshold' was unexpected)"]
    assert problems(tmp_path, text) == ["r.yaml:8: rule 'juarez': unknown key 'treshold' (did you mean 'threshold'?)"]


def test_a_rule_names_a_unit_the_way_a_writer_would(tmp_path):
    # "unit: millas por hora" and "unit: muertos" mean the units claims carry: mph, people.
    (tmp_path / "r.yaml").write_text(textwrap.dedent("""\
        rules:
          - id: otis-winds
            title: Otis's winds at landfall
            kind: quantity
            unit: millas por hora
            all_of:
              - [winds, vientos]
          - id: toll
            title: The toll
            kind: quantity
            unit: Muertos
            all_of:
              - [toll, balance]
          - id: cables
            title: Cables
            kind: quantity
            unit: cables
            all_of:
              - [cables]
        """), encoding="utf-8")
    assert [r.unit for r in load_rules(str(tmp_path))] == ["mph", "people", "cables"]
