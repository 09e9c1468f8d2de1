"""Report -> JSON: the machine-readable contract (see README, "report.json")."""
import collections
import json


def render_json(report):
    """The whole report as sorted, indented JSON."""
    return "".join(json_chunks(report))


def json_chunks(report):
    """render_json's text in pieces; claims and groups are encoded one at a time, so a
    report of a million claims is written without building it in memory."""
    counts = collections.Counter(c.doc for c in report.claims)
    data = {
        "documents": [{**d.metadata(), "claims": counts.get(d.id, 0)} for d in report.documents],
        "claims": _Lazy(report.claims, lambda c: c.to_json()),
        "groups": _Lazy(report.groups, lambda g: g.to_json()),
        "skipped": [{"path": s.path, "reason": s.reason} for s in report.skipped],
        "summary": summary(report),
    }
    encoder = json.JSONEncoder(sort_keys=True, indent=2, ensure_ascii=False)
    yield from encoder.iterencode(data)
    yield "\n"


class _Lazy(list):
    """A list to the JSON encoder that converts its items only while they are written.

    With indent set, json encodes lists in Python, iterating them; this class hands
    it each record's dict in turn instead of a list of all of them."""

    def __init__(self, records, convert):
        super().__init__()
        self.records, self.convert = records, convert

    def __iter__(self):
        return (self.convert(record) for record in self.records)

    def __len__(self):
        return len(self.records)

    def __bool__(self):
        return bool(self.records)


def render_jsonl(claims):
    """One claim per line, keys sorted."""
    return "".join(json.dumps(c.to_json(), sort_keys=True, ensure_ascii=False) + "\n" for c in claims)


def summary(report):
    """Counts of documents, claims by kind and section, and groups by verdict."""
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
    }
