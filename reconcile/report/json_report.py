"""Report -> JSON: the machine-readable contract (see README, "report.json")."""
import collections
import json


def render_json(report):
    """The whole report as sorted, indented JSON."""
    counts = collections.Counter(c.doc for c in report.claims)
    data = {
        "documents": [{**d.metadata(), "claims": counts.get(d.id, 0)} for d in report.documents],
        "claims": [c.to_json() for c in report.claims],
        "groups": [g.to_json() for g in report.groups],
        "skipped": [{"path": s.path, "reason": s.reason} for s in report.skipped],
        "summary": summary(report),
    }
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


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
