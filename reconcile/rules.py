"""YAML rule files -> Rules, validated when loaded, every problem reported at once.

A rule names one claim to reconcile across sources. Each problem is one line
`file:line: rule 'id': message`, with the line of the offending key taken from
PyYAML's node marks, so the user can go straight to it.
"""
import difflib
import math
import os
import re

import yaml

from .errors import RuleError, yaml_problem
from .lexicon import fold, unit_of_word
from .model import KINDS, Rule, Tolerance

FIELDS = ("id", "title", "kind", "description", "unit", "all_of", "any_of", "none_of",
          "speaker", "anchors", "threshold", "quote_threshold", "tolerance", "sum_of")
REQUIRED = ("id", "title", "kind")
TOLERANCE_FIELDS = ("absolute", "relative")
ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
# Longest term or anchor a rule may hold: rules are matched fuzzily, never as regexes,
# so a long string costs time, not catastrophe; this keeps a typo from costing minutes.
MAX_TERM = 500


def load_rules(path):
    """Rules from a folder of .yaml/.yml files (or one file); raises RuleError listing every problem."""
    files = rule_files(path)
    rules, problems, seen = [], [], {}
    for file in files:
        for rule in _rules_in_file(file, problems):
            if rule.id in seen:
                problems.append(f"{file}:{rule.line}: rule '{rule.id}': duplicate id "
                                f"(first defined at {seen[rule.id]})")
                continue
            seen[rule.id] = f"{file}:{rule.line}"
            rules.append(rule)
    problems.extend(_check_references(rules))
    if problems:
        raise RuleError(problems)
    return tuple(rules)


def default_rules_path(folder="."):
    """The `rules` folder in `folder` when there is one, else None (a run goes on without rules)."""
    path = os.path.join(folder, "rules") if folder != "." else "rules"
    return path if os.path.isdir(path) else None


def rule_files(path):
    """The rule files at `path`: the .yaml/.yml files of a folder, sorted, or the one file."""
    if os.path.isdir(path):
        return [os.path.join(path, n) for n in sorted(os.listdir(path))
                if n.endswith((".yaml", ".yml")) and not n.startswith(".")]
    if os.path.isfile(path):
        return [path]
    raise RuleError([f"{path}: no such rules file or folder"])


def _rules_in_file(file, problems):
    try:
        with open(file, encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as error:
        problems.append(f"{file}:1: cannot be read ({error})")
        return []
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        problems.append(yaml_problem(file, error))
        return []
    if root is None:
        problems.append(f"{file}:1: the file is empty (expected 'rules:' and a list of rules)")
        return []
    if isinstance(root, yaml.MappingNode):
        keys = {k.value: (k, v) for k, v in root.value}
        unknown = [k for k in keys if k != "rules"]
        for key in unknown:
            problems.append(f"{file}:{keys[key][0].start_mark.line + 1}: unknown top-level key "
                            f"'{key}'{_did_you_mean(key, ('rules',))}")
        if "rules" not in keys:
            problems.append(f"{file}:{root.start_mark.line + 1}: expected 'rules:' and a list of rules")
            return []
        root = keys["rules"][1]
    if not isinstance(root, yaml.SequenceNode):
        problems.append(f"{file}:{root.start_mark.line + 1}: 'rules' must be a list of rules")
        return []
    return [r for node in root.value if (r := _rule(file, node, problems)) is not None]


def _rule(file, node, problems):
    line = node.start_mark.line + 1
    if not isinstance(node, yaml.MappingNode):
        problems.append(f"{file}:{line}: each rule must be a mapping of key: value")
        return None
    fields = {key.value: (key, value) for key, value in node.value}
    rule_id = fields["id"][1].value if "id" in fields and isinstance(fields["id"][1], yaml.ScalarNode) else "?"
    before = len(problems)

    def problem(key_node, message):
        at = key_node.start_mark.line + 1 if key_node is not None else line
        problems.append(f"{file}:{at}: rule '{rule_id}': {message}")

    for key, (key_node, _) in fields.items():
        if key not in FIELDS:
            problem(key_node, f"unknown key '{key}'{_did_you_mean(key, FIELDS)}")
    for key in REQUIRED:
        if key not in fields:
            problem(None, f"missing required key '{key}'")
    values = {}
    for key, (key_node, value_node) in fields.items():
        if key in FIELDS:
            values[key] = _value(key, key_node, value_node, problem)
    if len(problems) > before:
        return None
    if not ID.match(values["id"]):
        problem(fields["id"][0], f"'id' must be lower-case letters, digits, '.', '_' or '-' (got '{values['id']}')")
    kind = values["kind"]
    if kind not in KINDS:
        problem(fields["kind"][0], f"'kind' must be one of {', '.join(KINDS)} (got '{kind}')")
    for key, low, high in (("threshold", 0, 100), ("quote_threshold", 0, 100)):
        if key in values and not low <= values[key] <= high:
            problem(fields[key][0], f"'{key}' must be between {low} and {high} (got {_plain(values[key])})")
    if kind == "quote" and not values.get("anchors"):
        problem(None, "a quote rule needs 'anchors': the wording(s) of the quote to look for")
    if kind in ("quantity", "date") and not values.get("all_of") and not values.get("any_of"):
        problem(None, f"a {kind} rule needs 'all_of' or 'any_of': the words that mark the claim")
    if values.get("sum_of") and kind != "quantity":
        problem(fields["sum_of"][0], "'sum_of' is only for quantity rules")
    if len(problems) > before:
        return None
    return _build(values, file, line)


def _build(values, file, line):
    tolerance = values.get("tolerance") or {}
    return Rule(
        id=values["id"], title=values["title"], kind=values["kind"], file=file, line=line,
        description=values.get("description"), unit=canonical_unit(values.get("unit")),
        all_of=tuple(tuple(group) for group in values.get("all_of", ())),
        any_of=tuple(values.get("any_of", ())), none_of=tuple(values.get("none_of", ())),
        speaker=values.get("speaker"), anchors=tuple(values.get("anchors", ())),
        threshold=float(values.get("threshold", 90)), quote_threshold=float(values.get("quote_threshold", 80)),
        tolerance=Tolerance(**tolerance), sum_of=tuple(values.get("sum_of", ())))


def canonical_unit(unit):
    """The unit claims carry for the unit a rule names: "millas por hora" and "miles per hour"
    are "mph", "muertos" people; a unit no list knows stays as written."""
    return unit_of_word().get(fold(unit), unit) if unit else unit


def _value(key, key_node, node, problem):
    """The Python value of one rule field, checked against the field's expected type."""
    if key in ("id", "title", "kind", "description", "unit", "speaker"):
        return _text(key, key_node, node, problem)
    if key in ("threshold", "quote_threshold"):
        return _number(key, key_node, node, problem)
    if key in ("any_of", "none_of", "anchors", "sum_of"):
        return _texts(key, key_node, node, problem)
    if key == "all_of":
        if not isinstance(node, yaml.SequenceNode) or not node.value:
            problem(key_node, "'all_of' must be a non-empty list; each item a word or a list of alternatives")
            return ()
        groups = []
        for item in node.value:
            groups.append(_texts(key, key_node, item, problem) if isinstance(item, yaml.SequenceNode)
                          else [_text(key, key_node, item, problem)])
        return groups
    if key == "tolerance":
        if not isinstance(node, yaml.MappingNode):
            problem(key_node, "'tolerance' must be a mapping like {absolute: 0.5} or {relative: 0.05}")
            return {}
        tolerance = {}
        for sub_key, sub_value in node.value:
            name = sub_key.value
            if name not in TOLERANCE_FIELDS:
                problem(sub_key, f"unknown key 'tolerance.{name}'{_did_you_mean(name, TOLERANCE_FIELDS)}")
                continue
            number = _number(f"tolerance.{name}", sub_key, sub_value, problem)
            if number is not None and number < 0:
                problem(sub_key, f"'tolerance.{name}' must be >= 0 (got {_plain(number)})")
            elif number is not None and name == "relative" and number > 1:
                problem(sub_key, f"'tolerance.relative' is a fraction and must be <= 1 (got {_plain(number)})")
            tolerance[name] = number
        return tolerance
    return None


def _text(key, key_node, node, problem):
    if not isinstance(node, yaml.ScalarNode) or node.tag != "tag:yaml.org,2002:str" or not node.value.strip():
        problem(key_node, f"'{key}' must be non-empty text (got {_shown(node)})")
        return ""
    if len(node.value) > MAX_TERM:
        problem(key_node, f"'{key}' is longer than {MAX_TERM} characters")
    return node.value


def _texts(key, key_node, node, problem):
    if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:str":
        return [_text(key, key_node, node, problem)]
    if not isinstance(node, yaml.SequenceNode) or not node.value:
        problem(key_node, f"'{key}' must be a list of text (got {_shown(node)})")
        return []
    return [_text(key, key_node, item, problem) for item in node.value]


def _number(key, key_node, node, problem):
    if isinstance(node, yaml.ScalarNode) and node.tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float"):
        try:
            value = yaml.safe_load(node.value)  # YAML's own reading: 1_000, 0x1F, .inf, 1e3
        except yaml.YAMLError:
            value = None
        if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
            return float(value)
    problem(key_node, f"'{key}' must be a number (got {_shown(node)})")
    return None


def _shown(node):
    if isinstance(node, yaml.ScalarNode):
        return repr(node.value) if node.value else "nothing"
    return "a list" if isinstance(node, yaml.SequenceNode) else "a mapping"


def _plain(number):
    return int(number) if float(number).is_integer() else number


def _did_you_mean(key, choices):
    close = difflib.get_close_matches(str(key), choices, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else f" (expected one of: {', '.join(choices)})"


def _check_references(rules):
    by_id = {r.id: r for r in rules}
    problems = []
    for rule in rules:
        for part in rule.sum_of:
            if part not in by_id:
                problems.append(f"{rule.file}:{rule.line}: rule '{rule.id}': 'sum_of' names "
                                f"unknown rule '{part}'{_did_you_mean(part, sorted(by_id))}")
            elif by_id[part].kind != "quantity" or part == rule.id:
                problems.append(f"{rule.file}:{rule.line}: rule '{rule.id}': 'sum_of' must name "
                                f"other quantity rules ('{part}' is not one)")
    return problems
