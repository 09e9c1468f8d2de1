"""Report -> JSON: the machine-readable contract (see README, "report.json")."""
import collections
import functools
import json


def render_json(report):
    """The whole report as sorted, indented JSON."""
    return "".join(json_chunks(report))


def json_chunks(report):
    """render_json's text in pieces; claims and groups are encoded one at a time, so a
    report of a million claims is written without building it in memory."""
    data = {
        "documents": json_documents(report),
        "checks": [check.to_json() for check in report.checks],
        "claims": _Lazy(report.claims, lambda c: c.to_json(), flat=True),
        "groups": _Lazy(report.groups, lambda g: g.to_json()),
        "skipped": [{"path": s.path, "reason": s.reason} for s in report.skipped],
        "summary": summary(report),
    }
    yield from _indented(data, 0)
    yield "\n"


def json_documents(report):
    """The report's documents as JSON values: metadata, claim counts and lineage."""
    counts = collections.Counter(c.doc for c in report.claims)
    lineage = {item.doc: item.to_json() for item in report.lineage}
    return [{**d.metadata(), "claims": counts.get(d.id, 0), "lineage": lineage.get(d.id)} for d in report.documents]


class _Lazy:
    """Records that are converted to JSON values only while they are written; `flat`
    says that each is a dict of plain values (a claim), so none needs checking."""

    def __init__(self, records, convert, flat=False):
        self.records, self.convert, self.flat = records, convert, flat

    def __iter__(self):
        return map(self.convert, self.records)

    def __len__(self):
        return len(self.records)


INDENT = "  "
_SCALARS = (str, int, float, bool, type(None))


@functools.lru_cache(maxsize=None)
def _flat_encoder(level):
    """Encodes a dict or list of plain values on one C-encoder call, its members one per
    line at `level` + 1: the separator carries the line break and the indentation."""
    return json.JSONEncoder(sort_keys=True, ensure_ascii=False,
                            separators=(",\n" + INDENT * (level + 1), ": ")).encode


def _indented(value, level):
    """The text json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False) gives, in
    pieces, and about five times faster: a container of plain values is encoded whole by
    json's C encoder (which cannot indent) and only its brackets are moved onto lines."""
    if isinstance(value, _SCALARS):
        yield _flat_encoder(level)(value)
        return
    is_dict = isinstance(value, dict)
    members = sorted(value.items()) if is_dict else value
    if not len(members):
        yield "{}" if is_dict else "[]"
        return
    inner, outer = "\n" + INDENT * (level + 1), "\n" + INDENT * level
    if not isinstance(value, _Lazy) and all(isinstance(m, _SCALARS) for m in (value.values() if is_dict else value)):
        text = _flat_encoder(level)(value)
        yield text[0] + inner + text[1:-1] + outer + text[-1]
        return
    if isinstance(value, _Lazy) and value.flat:
        encode, inner_outer = _flat_encoder(level + 1), inner + INDENT
        yield "["
        separator = inner
        for record in value:
            text = encode(record)
            yield separator + "{" + inner_outer + text[1:-1] + inner + "}"
            separator = "," + inner
        yield outer + "]"
        return
    yield "{" if is_dict else "["
    separator = inner
    for member in members:
        yield separator
        separator = "," + inner
        if is_dict:
            yield _flat_encoder(level)(member[0]) + ": "
            member = member[1]
        if isinstance(member, _Lazy) or isinstance(member, dict) and any(isinstance(m, _Lazy) for m in member.values()):
            yield from _indented(member, level + 1)
        else:  # a record of a _Lazy (a group) or plain data: made in one piece, no generator per value
            pieces = []
            _plain(member, level + 1, pieces.append)
            yield "".join(pieces)
    yield outer + ("}" if is_dict else "]")


def _plain(value, level, write):
    """_indented for a value without _Lazy parts: the same text, passed to `write` piece by piece."""
    if isinstance(value, _SCALARS):
        write(_flat_encoder(level)(value))
        return
    is_dict = isinstance(value, dict)
    members = sorted(value.items()) if is_dict else value
    if not len(members):
        write("{}" if is_dict else "[]")
        return
    inner, outer = "\n" + INDENT * (level + 1), "\n" + INDENT * level
    if all(isinstance(m, _SCALARS) for m in (value.values() if is_dict else value)):
        text = _flat_encoder(level)(value)
        write(text[0] + inner + text[1:-1] + outer + text[-1])
        return
    write("{" if is_dict else "[")
    separator = inner
    for member in members:
        write(separator)
        separator = "," + inner
        if is_dict:
            write(_flat_encoder(level)(member[0]) + ": ")
            member = member[1]
        _plain(member, level + 1, write)
    write(outer + ("}" if is_dict else "]"))


def render_jsonl(claims):
    """One claim per line, keys sorted."""
    return "".join(json.dumps(c.to_json(), sort_keys=True, ensure_ascii=False) + "\n" for c in claims)


def summary(report):
    """Counts of documents, claims by kind and section, and groups by verdict; the rules used."""
    kinds = collections.Counter(c.kind for c in report.claims)
    sections = collections.Counter(c.section for c in report.claims)
    verdicts = collections.Counter(g.verdict for g in report.groups)
    return {
        "documents": len(report.documents),
        "skipped": len(report.skipped),
        "claims": len(report.claims),
        "claims_by_kind": {k: kinds.get(k, 0) for k in ("quantity", "date", "quote")},
        "claims_by_section": {k: sections.get(k, 0) for k in ("body", "comment")},
        "groups_by_verdict": {k: verdicts.get(k, 0) for k in ("contradict", "variant", "agree", "single-source")},
        "cross_source_groups": sum(1 for g in report.groups if len(g.documents) > 1),
        "rules": report.rules_path if report.rules_path is not None else "none",
        "totals_not_adding_up": sum(1 for c in report.checks if not c.holds),
    }
