"""Validate gold annotations (this folder by default).

Usage: python tests/gold/validate.py [CORPUS_DIR [GOLD_DIR]]

CORPUS_DIR holds the documents, any extension (.txt, .md, .html; default:
corpus/ at the repository root); GOLD_DIR the annotations (default: this
folder). For .html documents offsets are into the raw HTML and the `quote`
field is compared after decoding HTML entities. Exits non-zero on any error.
Checks: text == file[start:end]; ids unique, well-formed and numbered in
document order; required fields and allowed values per kind; every digit and
every double/typographic quote mark in a document lies inside some claim or
not_claim span; groups reference existing claims of the group's kind, and the
verdict single-source is used exactly when all claims come from one document.
"""
import html
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
KINDS = {"quantity": "q", "date": "d", "quote": "t"}
QUALIFIERS = {None, "more_than", "less_than", "at_least", "at_most", "about"}
REASONS = {"identifier", "list-numbering", "time", "rank", "chrome", "ordinal", "other"}
VERDICTS = {"agree", "contradict", "variant", "single-source"}
DATE_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$")
MARKS = '"“”‘«»'  # straight single quotes are ambiguous with apostrophes: not checked


def main():
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent.parent / "corpus"
    gold = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE
    errors = []
    claims_by_id = {}
    for path in sorted(gold.glob("*.yaml")):
        if path.name == "groups.yaml":
            continue
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        name = doc["document"]
        if path.stem != name:
            errors.append(f"{path.name}: document {name} does not match file name")
        files = [p for p in corpus.iterdir() if p.stem == name]
        if len(files) != 1:
            errors.append(f"{path.name}: {len(files)} corpus files named {name}.*")
            continue
        is_html = files[0].suffix in (".html", ".htm")
        text = files[0].read_bytes().decode("utf-8")
        prefix = name.split("_")[0]
        covered = [False] * len(text)
        last_start = {}
        counters = {}
        for c in doc["claims"]:
            cid = c["id"]
            where = f"{path.name}:{cid}"
            if cid in claims_by_id:
                errors.append(f"{where}: duplicate id")
            claims_by_id[cid] = (name, c)
            kind = c.get("kind")
            if kind not in KINDS:
                errors.append(f"{where}: bad kind {kind}")
                continue
            letter = KINDS[kind]
            counters[letter] = counters.get(letter, 0) + 1
            if cid != f"{prefix}-{letter}{counters[letter]:02d}":
                errors.append(f"{where}: id out of sequence (expected {prefix}-{letter}{counters[letter]:02d})")
            if c["start"] < last_start.get(letter, -1):
                errors.append(f"{where}: not in document order")
            last_start[letter] = c["start"]
            if text[c["start"]:c["end"]] != c["text"]:
                errors.append(f"{where}: text {c['text']!r} != file slice {text[c['start']:c['end']]!r}")
            for i in range(c["start"], c["end"]):
                covered[i] = True
            if c.get("section") not in ("body", "comment"):
                errors.append(f"{where}: bad section")
            if c.get("language") not in ("en", "es"):
                errors.append(f"{where}: bad language")
            if kind == "quantity":
                for k in ("value", "unit", "qualifier", "subject"):
                    if k not in c:
                        errors.append(f"{where}: missing {k}")
                if not isinstance(c.get("value"), (int, float)):
                    errors.append(f"{where}: value not a number")
                if c.get("qualifier") not in QUALIFIERS:
                    errors.append(f"{where}: bad qualifier")
            elif kind == "date":
                if "date" not in c:
                    errors.append(f"{where}: missing date")
                elif c["date"] is None:
                    if c.get("relative") is not True:
                        errors.append(f"{where}: date null without relative: true")
                elif not DATE_RE.match(str(c["date"])) or not isinstance(c["date"], str):
                    errors.append(f"{where}: bad date {c['date']!r}")
            else:
                for k in ("quote", "speaker"):
                    if k not in c:
                        errors.append(f"{where}: missing {k}")
                shown = html.unescape(c["text"]) if is_html else c["text"]
                if c.get("quote") and c["quote"] not in re.sub(r"\s+", " ", shown):
                    errors.append(f"{where}: quote words not found in span")
        for n in doc.get("not_claims") or []:
            where = f"{path.name}:not_claim {n.get('text')!r}@{n.get('start')}"
            if text[n["start"]:n["end"]] != n["text"]:
                errors.append(f"{where}: text != file slice {text[n['start']:n['end']]!r}")
            if n.get("reason") not in REASONS:
                errors.append(f"{where}: bad reason {n.get('reason')}")
            for i in range(n["start"], n["end"]):
                covered[i] = True
        for i, ch in enumerate(text):
            if (ch.isdigit() or ch in MARKS) and not covered[i]:
                errors.append(f"{path.name}: {ch!r} at {i} not covered: {text[max(0, i - 30):i + 30]!r}")

    groups = yaml.safe_load((gold / "groups.yaml").read_text(encoding="utf-8"))["groups"]
    seen_groups, seen_claims = set(), {}
    for g in groups:
        where = f"groups.yaml:{g['id']}"
        if g["id"] in seen_groups:
            errors.append(f"{where}: duplicate group id")
        seen_groups.add(g["id"])
        if g.get("verdict") not in VERDICTS:
            errors.append(f"{where}: bad verdict")
        if len(g["claims"]) < 2:
            errors.append(f"{where}: fewer than two claims")
        docs = set()
        for cid in g["claims"]:
            if cid not in claims_by_id:
                errors.append(f"{where}: unknown claim {cid}")
                continue
            if cid in seen_claims:
                errors.append(f"{where}: {cid} already in {seen_claims[cid]}")
            seen_claims[cid] = g["id"]
            docs.add(claims_by_id[cid][0])
            if claims_by_id[cid][1]["kind"] != g["kind"]:
                errors.append(f"{where}: {cid} is not a {g['kind']}")
        if (len(docs) == 1) != (g.get("verdict") == "single-source"):
            errors.append(f"{where}: verdict {g.get('verdict')} but documents {sorted(docs)}")

    for e in errors:
        print(e)
    kinds = {}
    for name, c in claims_by_id.values():
        kinds.setdefault(name, {}).setdefault(c["kind"], 0)
        kinds[name][c["kind"]] += 1
    for name in sorted(kinds):
        print(name, kinds[name])
    print(f"{len(claims_by_id)} claims, {len(groups)} groups, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
