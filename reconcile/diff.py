"""What changed between two runs' report.json (`reconcile diff OLD NEW`).

Claim and group ids are local to a run, so claims are matched by stable keys: the
document, the kind, the span text and the value. A claim whose key is gone but whose
sentence is still there, nearly the same, in the same document, is one claim whose
value changed (an outlet edited its article). Groups are matched by their rule, or
else by the claims they hold; a matched group whose verdict differs has changed.
"""
import collections
import json

import attrs
from rapidfuzz import fuzz
from tabulate import tabulate

from .errors import ReconcileError

# How alike (rapidfuzz ratio, 0-100) the sentences of an old and a new claim must be for
# the new one to be the old one edited rather than a different claim.
SAME_SENTENCE = 80.0
# Fields a claim shows, by kind: a difference in any of them is a change.
SHOWN = {"quantity": ("text", "value", "unit", "qualifier", "low", "high"),
         "date": ("text", "date", "relative"),
         "quote": ("text", "quote", "speaker")}
VALUE = {"quantity": "value", "date": "date", "quote": "quote"}
# The fields diff reads, with the JSON types a report gives them.
CLAIM_FIELDS = {"id": str, "doc": str, "kind": str, "text": str, "sentence": str}
GROUP_FIELDS = {"id": str, "rule": (str, type(None)), "verdict": str, "claims": list}


class ReportFileError(ReconcileError):
    """A file given to diff is not a report.json of reconcile."""


@attrs.frozen
class ReportDiff:
    """Claims and groups that appeared, disappeared or changed between two reports."""

    old_path: str
    new_path: str
    claims_appeared: tuple = ()
    claims_disappeared: tuple = ()
    claims_changed: tuple = ()      # (old claim, new claim)
    groups_appeared: tuple = ()
    groups_disappeared: tuple = ()
    verdicts_changed: tuple = ()    # (old group, new group)

    def changed(self):
        """True when anything differs."""
        return any((self.claims_appeared, self.claims_disappeared, self.claims_changed,
                    self.groups_appeared, self.groups_disappeared, self.verdicts_changed))


def load_report_file(path):
    """The JSON of a report.json, checked to be one; ReportFileError naming the file otherwise."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError:
        raise ReportFileError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ReportFileError(f"{path}: is a folder, not a report.json") from None
    except OSError as error:
        raise ReportFileError(f"{path}: cannot be read ({error.strerror})") from None
    except UnicodeDecodeError:
        raise ReportFileError(f"{path}:1: not a report.json (not UTF-8 text)") from None
    except json.JSONDecodeError as error:
        raise ReportFileError(f"{path}:{error.lineno}: not a report.json (not JSON: {error.msg})") from None
    if not isinstance(data, dict) or not isinstance(data.get("claims"), list) or not isinstance(
            data.get("groups"), list):
        raise ReportFileError(f"{path}:1: not a report.json of reconcile (no 'claims' and 'groups' lists)")
    for name, required in (("claims", CLAIM_FIELDS), ("groups", GROUP_FIELDS)):
        for index, item in enumerate(data[name]):
            if not isinstance(item, dict):
                raise ReportFileError(f"{path}: not a report.json of reconcile ({name}[{index}] is not an object)")
            for key, types in required.items():
                if key not in item:
                    raise ReportFileError(f"{path}: not a report.json of reconcile ({name}[{index}] has no '{key}')")
                if not isinstance(item[key], types) or (key == "claims" and not all(
                        isinstance(c, str) for c in item[key])):
                    raise ReportFileError(f"{path}: not a report.json of reconcile ({name}[{index}].{key} "
                                          f"is {json.dumps(item[key])[:40]})")
    return data


def diff_reports(old, new, *, old_path="OLD", new_path="NEW"):
    """The ReportDiff between two loaded reports (dicts as load_report_file gives them)."""
    pairs, gone, added = _pair_claims(old["claims"], new["claims"])
    changed = tuple((a, b) for a, b in pairs if any(a.get(f) != b.get(f) for f in SHOWN.get(a["kind"], ("text",))))
    new_id_of = {a["id"]: b["id"] for a, b in pairs}
    old_groups, new_groups = old["groups"], new["groups"]
    group_pairs, groups_gone, groups_added = _pair_groups(old_groups, new_groups, new_id_of)
    order = _claim_order
    return ReportDiff(
        old_path=old_path, new_path=new_path,
        claims_appeared=tuple(sorted(added, key=order)), claims_disappeared=tuple(sorted(gone, key=order)),
        claims_changed=tuple(sorted(changed, key=lambda p: order(p[1]))),
        groups_appeared=tuple(groups_added), groups_disappeared=tuple(groups_gone),
        verdicts_changed=tuple((a, b) for a, b in group_pairs if a["verdict"] != b["verdict"]))


def _claim_order(claim):
    return claim["doc"], _whole(claim.get("line")), _whole(claim.get("column")), claim["kind"], claim["text"]


def _whole(value):
    return value if isinstance(value, int) else 0


def _documents(group):
    documents = group.get("documents")
    return [str(d) for d in documents] if isinstance(documents, list) else []


def _pair_claims(old, new):
    """(pairs, old claims left, new claims left): first by stable key, in document order;
    then what is left in a document, by the most alike sentences."""
    def key(claim):
        return claim["doc"], claim["kind"], claim["text"], json.dumps(claim.get(VALUE.get(claim["kind"])))
    waiting = collections.defaultdict(collections.deque)
    for claim in sorted(new, key=_claim_order):
        waiting[key(claim)].append(claim)
    pairs, old_left = [], []
    for claim in sorted(old, key=_claim_order):
        queue = waiting.get(key(claim))
        (pairs.append((claim, queue.popleft())) if queue else old_left.append(claim))
    new_left = [claim for queue in waiting.values() for claim in queue]
    by_doc = collections.defaultdict(list)
    for j, claim in enumerate(new_left):
        by_doc[claim["doc"], claim["kind"]].append(j)
    scored = []
    for i, claim in enumerate(old_left):
        for j in by_doc.get((claim["doc"], claim["kind"]), ()):
            score = fuzz.ratio(claim["sentence"], new_left[j]["sentence"], score_cutoff=SAME_SENTENCE)
            if score:
                scored.append((-score, i, j))
    used_old, used_new = set(), set()
    for _, i, j in sorted(scored):
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            pairs.append((old_left[i], new_left[j]))
    gone = [claim for i, claim in enumerate(old_left) if i not in used_old]
    added = [claim for j, claim in enumerate(new_left) if j not in used_new]
    return pairs, gone, added


def _pair_groups(old, new, new_id_of):
    """(pairs, old groups left, new groups left): by rule, else by the claims they hold
    (old claims seen through their new ids), when at least half of the larger group is shared."""
    new_by_rule = {g["rule"]: g for g in new if g["rule"]}
    pairs, old_left, used = [], [], set()
    for group in old:
        match = new_by_rule.get(group["rule"]) if group["rule"] else None
        if match is not None:
            pairs.append((group, match))
            used.add(id(match))
        else:
            old_left.append(group)
    # A group a new rule now forms is still the group it was: any new group left may match.
    holder = {claim: index for index, g in enumerate(new) if id(g) not in used for claim in g["claims"]}
    old_unmatched = []
    for group in old_left:
        members = [new_id_of.get(c) for c in group["claims"]]
        counts = collections.Counter(holder[m] for m in members if m in holder)
        best = max(sorted(counts), key=lambda index: counts[index], default=None)
        if best is not None and id(new[best]) not in used and \
                counts[best] * 2 >= max(len(members), len(new[best]["claims"])):
            pairs.append((group, new[best]))
            used.add(id(new[best]))
        else:
            old_unmatched.append(group)
    return pairs, old_unmatched, [g for g in new if id(g) not in used]


def diff_json(diff):
    """The ReportDiff as sorted, indented JSON for tools."""
    def group(g):
        return {"rule": g["rule"], "title": g.get("title"), "kind": g.get("kind"), "verdict": g["verdict"],
                "documents": _documents(g), "claims": len(g["claims"])}

    def claim(c):
        return {f: c.get(f) for f in ("doc", "kind", "line", "column", "sentence") + SHOWN.get(c["kind"], ("text",))}

    data = {
        "old": diff.old_path, "new": diff.new_path, "changed": diff.changed(),
        "claims": {"appeared": [claim(c) for c in diff.claims_appeared],
                   "disappeared": [claim(c) for c in diff.claims_disappeared],
                   "changed": [{"old": claim(a), "new": claim(b)} for a, b in diff.claims_changed]},
        "groups": {"appeared": [group(g) for g in diff.groups_appeared],
                   "disappeared": [group(g) for g in diff.groups_disappeared],
                   "verdict_changed": [{"old": group(a), "new": group(b)} for a, b in diff.verdicts_changed]},
    }
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def diff_markdown(diff):
    """The ReportDiff as Markdown for people."""
    from .report.markdown import escape
    lines = [f"# Changes from {escape(diff.old_path)} to {escape(diff.new_path)}", ""]
    if not diff.changed():
        return "\n".join(lines + ["No changes: the same claims, groups and verdicts."]) + "\n"
    counts = [(len(diff.claims_changed), "claim changed its value", "claims changed their values"),
              (len(diff.claims_appeared), "claim appeared", "claims appeared"),
              (len(diff.claims_disappeared), "claim disappeared", "claims disappeared"),
              (len(diff.verdicts_changed), "verdict changed", "verdicts changed"),
              (len(diff.groups_appeared), "group appeared", "groups appeared"),
              (len(diff.groups_disappeared), "group disappeared", "groups disappeared")]
    lines += [", ".join(f"{n} {one if n == 1 else many}" for n, one, many in counts) + ".", ""]

    def section(title, headers, rows):
        if rows:
            lines.extend([f"## {title}", "", tabulate(rows, headers, tablefmt="github"), ""])

    def where(c):
        return f"{escape(c['doc'])} {c.get('line')}:{c.get('column')}"

    section("Verdicts changed", ["Group", "Rule", "Was", "Now", "Documents"],
            [[escape(b.get("title")), escape(b["rule"] or ""), a["verdict"], b["verdict"],
              escape(", ".join(_documents(b)))] for a, b in diff.verdicts_changed])
    section("Values changed in a source", ["Document", "Kind", "Was", "Now"],
            [[where(b), b["kind"], *_around_change(_shown(a, escape), _shown(b, escape))]
             for a, b in diff.claims_changed])
    for title, claims in (("Claims that appeared", diff.claims_appeared),
                          ("Claims that disappeared", diff.claims_disappeared)):
        section(title, ["Document", "Kind", "Says"], [[where(c), c["kind"], _shown(c, escape)] for c in claims])
    for title, groups in (("Groups that appeared", diff.groups_appeared),
                          ("Groups that disappeared", diff.groups_disappeared)):
        section(title, ["Group", "Rule", "Verdict", "Documents"],
                [[escape(g.get("title")), escape(g["rule"] or ""), g["verdict"],
                  escape(", ".join(_documents(g)))] for g in groups])
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + "\n"


def _around_change(old, new, *, before=30, width=90):
    """Two long shown values cut to the words around where they first differ, so a changed
    figure inside a long quote is what the table shows.

    >>> _around_change("so " * 40 + "2 percent of all", "so " * 40 + "3 percent of all", before=6, width=20)
    ('…so so 2 percent of…', '…so so 3 percent of…')
    """
    if len(old) <= width and len(new) <= width:
        return old, new
    first = next((i for i, (x, y) in enumerate(zip(old, new)) if x != y), min(len(old), len(new)))
    start = max(0, first - before)
    if start and old[start - 1] != " ":
        space = old.find(" ", start, first)  # begin at a word
        start = space + 1 if space != -1 else start

    def cut(text):
        piece = ("…" if start else "") + text[start:]
        return piece if len(piece) <= width else piece[:width - 1] + "…"
    return cut(old), cut(new)


def _shown(claim, escape):
    kind = claim["kind"]
    if kind == "quote":
        return escape(f"“{claim.get('quote')}”" + (f" ({claim['speaker']})" if claim.get("speaker") else ""))
    if kind == "date":
        return escape(f"{claim['text']} = {claim.get('date') or 'relative'}")
    unit = f" {claim['unit']}" if claim.get("unit") else ""
    return escape(f"{claim['text']} = {claim.get('value')}{unit}")
