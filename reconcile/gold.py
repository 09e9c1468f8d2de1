"""Gold annotations (tests/gold/README.md) -> validated records, every problem reported
with its file and line."""
import datetime
import math
import os
import re

import attrs
import yaml

from .errors import ReconcileError, yaml_problem
from .model import KINDS, QUALIFIERS, SECTION_KINDS, VERDICTS

GROUPS_FILE = "groups.yaml"
DOCUMENT_KEYS = ("document", "claims", "not_claims")
CLAIM_KEYS = ("id", "kind", "text", "start", "end", "section", "language", "note", "subject",
              "attribution", "value", "unit", "qualifier", "date", "relative", "quote", "speaker")
NOT_CLAIM_KEYS = ("text", "start", "end", "reason", "note")
GROUP_KEYS = ("id", "kind", "verdict", "claims", "note")
# ISO 8601 at the precision stated: 2009, 2009-10, 2009-10-05, --10, --10-05 (tests/gold/README.md).
ISO_DATE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$")


@attrs.frozen
class GoldClaim:
    """One hand-checked claim in a gold document."""

    id: str
    document: str
    kind: str
    text: str
    start: int
    end: int
    section: str
    language: str
    value: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    date: str | None = None
    relative: bool = False
    speaker: str | None = None

    @classmethod
    def from_yaml(cls, document, fields, problem):
        """The claim of one `claims:` entry (key -> (line, value)), or None after reporting its problems."""
        get = _Fields(fields, problem)
        kind = get("kind", lambda v: v in KINDS, f"one of {', '.join(KINDS)}")
        common = dict(
            id=get("id", _is_name, "a non-empty string"), text=get("text", _is_str, "a string"),
            start=get("start", _is_offset, "a whole number >= 0"),
            end=get("end", _is_offset, "a whole number >= 0"),
            section=get("section", lambda v: v in SECTION_KINDS, f"one of {', '.join(SECTION_KINDS)}"),
            language=get("language", _is_name, "a language code such as en"))
        specific = {}
        if kind == "quantity":
            specific = dict(value=get("value", _is_number, "a number"),
                            unit=get("unit", _is_optional_name, "a string or null"),
                            qualifier=get("qualifier", lambda v: v in QUALIFIERS,
                                          f"null or one of {', '.join(q for q in QUALIFIERS if q)}"))
        elif kind == "date":
            specific = dict(date=get("date", lambda v: v is None or (isinstance(v, str) and bool(ISO_DATE.match(v))),
                                     "an ISO 8601 date such as 2009-10 or null", convert=_date_text),
                            relative=get("relative", lambda v: isinstance(v, bool), "true or false",
                                         required=False, default=False))
        elif kind == "quote":
            specific = dict(speaker=get("speaker", _is_optional_name, "a name or null"))
        if get.failed:
            return None
        if common["end"] - common["start"] != len(common["text"]):
            get.report("end", f"'text' is {len(common['text'])} characters but start..end spans "
                              f"{common['end'] - common['start']} (got {common['start']}..{common['end']})")
            return None
        if kind == "date" and specific["date"] is None and not specific["relative"]:
            get.report("date", "'date' may be null only with relative: true")
            return None
        return cls(document=document, kind=kind, id=common["id"], text=common["text"],
                   start=common["start"], end=common["end"], section=common["section"],
                   language=common["language"], **specific)


@attrs.frozen
class NotClaim:
    """A number-, date- or quote-like span the gold says is not a claim."""

    document: str
    text: str
    start: int
    end: int
    reason: str

    @classmethod
    def from_yaml(cls, document, fields, problem):
        """The span of one `not_claims:` entry, or None after reporting its problems."""
        get = _Fields(fields, problem)
        start = get("start", _is_offset, "a whole number >= 0")
        end = get("end", _is_offset, "a whole number >= 0")
        text = get("text", _is_str, "a string")
        reason = get("reason", _is_name, "a non-empty string")
        return None if get.failed else cls(document=document, text=text, start=start, end=end, reason=reason)


@attrs.frozen
class GoldGroup:
    """One claim stated in several places, and the verdict it deserves."""

    id: str
    kind: str
    verdict: str
    claims: tuple

    @classmethod
    def from_yaml(cls, fields, problem):
        """The group of one `groups:` entry, or None after reporting its problems."""
        get = _Fields(fields, problem)
        group = dict(id=get("id", _is_name, "a non-empty string"),
                     kind=get("kind", lambda v: v in KINDS, f"one of {', '.join(KINDS)}"),
                     verdict=get("verdict", lambda v: v in VERDICTS, f"one of {', '.join(VERDICTS)}"),
                     claims=get("claims", lambda v: isinstance(v, list) and all(map(_is_name, v)),
                                "a list of claim ids"))
        if get.failed:
            return None
        return cls(id=group["id"], kind=group["kind"], verdict=group["verdict"], claims=tuple(group["claims"]))


@attrs.frozen
class Gold:
    """All gold annotations: documents (file stems), claims, not-claims and groups."""

    documents: tuple
    claims: tuple
    not_claims: tuple
    groups: tuple


class _Fields:
    """Typed access to one YAML mapping's values, reporting each bad or missing key once."""

    def __init__(self, fields, problem):
        self.fields, self.problem, self.failed = fields, problem, False

    def __call__(self, key, check, expected, *, required=True, default=None, convert=None):
        if key not in self.fields:
            if required:
                self.report(None, f"missing required key '{key}'")
            return default
        value = self.fields[key][1]
        value = convert(value) if convert else value
        if not check(value):
            self.report(key, f"'{key}' must be {expected} (got {value!r})")
        return value

    def report(self, key, message):
        """Report a problem at the line of `key` (the entry's line when None)."""
        self.failed = True
        self.problem(self.fields[key][0] if key in self.fields else None, message)


def _is_str(value):
    return isinstance(value, str)


def _is_name(value):
    return isinstance(value, str) and value.strip() != ""


def _is_optional_name(value):
    return value is None or _is_name(value)


def _is_offset(value):
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _date_text(value):
    # Unquoted YAML dates load as date objects and bare years as ints; the gold means the text.
    return str(value) if isinstance(value, (datetime.date, int)) and not isinstance(value, bool) else value


def load_gold(gold_dir):
    """The gold annotations in `gold_dir`; raises ReconcileError listing every problem as file:line."""
    if not os.path.isdir(gold_dir):
        raise ReconcileError(f"{gold_dir}: no such gold folder")
    problems, claims, not_claims, documents, seen = [], [], [], [], {}
    names = sorted(n for n in os.listdir(gold_dir)
                   if n.endswith((".yaml", ".yml")) and not n.startswith(".") and n != GROUPS_FILE)
    for name in names:
        document = _gold_document(os.path.join(gold_dir, name), seen, problems)
        if document is not None:
            documents.append(document[0])
            claims.extend(document[1])
            not_claims.extend(document[2])
    groups_path = os.path.join(gold_dir, GROUPS_FILE)
    groups = _gold_groups(groups_path, seen, problems) if os.path.exists(groups_path) else ()
    if problems:
        raise ReconcileError("\n".join(problems))
    return Gold(documents=tuple(documents), claims=tuple(claims), not_claims=tuple(not_claims),
                groups=tuple(groups))


def _gold_document(file, seen, problems):
    root = _compose(file, problems)
    top = _mapping(file, root, DOCUMENT_KEYS, "gold document", problems) if root is not None else None
    if top is None:
        return None
    stem = os.path.splitext(os.path.basename(file))[0]
    line, node = top.get("document", (root.start_mark.line + 1, None))
    name = _construct(node, file, problems) if node is not None else None
    if name != stem:
        problems.append(f"{file}:{line}: 'document' must be the file name without extension "
                        f"(expected '{stem}', got {name!r})")
        return None
    claims = []
    for fields, problem in _entries(file, top, "claims", CLAIM_KEYS, problems):
        claim = GoldClaim.from_yaml(stem, fields, problem)
        line, claim_id = fields.get("id", (None, None))
        if isinstance(claim_id, str) and claim_id in seen:
            problem(line, f"duplicate id (first at {seen[claim_id][0]})")
            continue
        if isinstance(claim_id, str):
            # Invalid claims are declared too, so groups naming them raise no second error.
            seen[claim_id] = (f"{file}:{line}", fields.get("kind", (None, None))[1])
        if claim is not None:
            claims.append(claim)
    not_claims = [n for fields, problem in _entries(file, top, "not_claims", NOT_CLAIM_KEYS, problems)
                  if (n := NotClaim.from_yaml(stem, fields, problem)) is not None]
    return stem, claims, not_claims


def _gold_groups(file, declared, problems):
    root = _compose(file, problems)
    top = _mapping(file, root, ("groups",), "groups file", problems) if root is not None else None
    if top is None:
        return ()
    kinds = {claim_id: kind for claim_id, (_, kind) in declared.items()}
    groups, member_of = [], {}
    for fields, problem in _entries(file, top, "groups", GROUP_KEYS, problems):
        group = GoldGroup.from_yaml(fields, problem)
        if group is None:
            continue
        for claim in group.claims:
            if claim not in kinds:
                problem(fields["claims"][0], f"no gold claim '{claim}'")
            elif kinds[claim] in KINDS and kinds[claim] != group.kind:
                problem(fields["claims"][0], f"claim '{claim}' is a {kinds[claim]}, not a {group.kind}")
            elif claim in member_of:
                problem(fields["claims"][0], f"claim '{claim}' is already in group '{member_of[claim]}'")
            member_of.setdefault(claim, group.id)
        groups.append(group)
    return groups


def _compose(file, problems):
    try:
        with open(file, encoding="utf-8") as handle:
            root = yaml.compose(handle.read(), Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError) as error:
        problems.append(f"{file}:1: cannot be read ({error})")
        return None
    except yaml.YAMLError as error:
        problems.append(yaml_problem(file, error))
        return None
    if root is None:
        problems.append(f"{file}:1: the file is empty")
    return root


def _mapping(file, node, keys, what, problems):
    """{key: (line, value node)} of a mapping node, reporting unknown keys; None when not a mapping."""
    if not isinstance(node, yaml.MappingNode):
        problems.append(f"{file}:{node.start_mark.line + 1}: each {what} must be a mapping of key: value")
        return None
    fields = {}
    for key, value in node.value:
        line = key.start_mark.line + 1
        if key.value in keys:
            fields[key.value] = (line, value)
        else:
            problems.append(f"{file}:{line}: {what}: unknown key '{key.value}' (known: {', '.join(keys)})")
    return fields


def _construct(node, file, problems):
    """The Python value of a node (None, after reporting, when it cannot be built)."""
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_document(node)
    except yaml.YAMLError as error:
        problems.append(f"{file}:{node.start_mark.line + 1}: cannot be read ({error})")
        return None
    finally:
        loader.dispose()


def _entries(file, top, key, keys, problems):
    """(fields, problem) for each entry of the list under `key`: fields maps key -> (line, value)."""
    if key not in top:
        return
    line, node = top[key]
    if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null":
        return
    if not isinstance(node, yaml.SequenceNode):
        problems.append(f"{file}:{line}: '{key}' must be a list")
        return
    what = key[:-1].replace("_", "-")
    for item in node.value:
        nodes = _mapping(file, item, keys, f"{what} entry", problems)
        if nodes is None:
            continue
        fields = {k: (at, _construct(v, file, problems)) for k, (at, v) in nodes.items()}
        name = fields.get("id", (None, None))[1] or fields.get("text", (None, None))[1]
        yield fields, _problem_at(file, item.start_mark.line + 1, f"{what} {name!r}", problems)


def _problem_at(file, entry_line, what, problems):
    def problem(line, message):
        problems.append(f"{file}:{line or entry_line}: {what}: {message}")
    return problem
