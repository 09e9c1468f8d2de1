#!/usr/bin/env python3
"""How many contradictions injected into real articles `reconcile` reports.

For each gold group of figures or dates that several documents agree on, one
document's copy of the claim is changed (its first run of digits: 26 -> 34,
2009 -> 2010) in a scratch copy of the corpus, the corpus is reconciled, and the
changed claim counts as found when the group holding it is judged `contradict`
together with a claim of another document of the gold group. Each change is run
on its own, so the figure is the share of single injected contradictions found.

    python benchmarks/injected.py tests/dev/miners/gold tests/dev/miners/corpus --no-rules
    python benchmarks/injected.py tests/heldout/gold tests/heldout/corpus --rules rules

This is a script, not a test; the figures go in the README and the closing note.
"""
import argparse
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reconcile import build_report  # noqa: E402
from reconcile.evaluate import load_gold  # noqa: E402

DIGITS = re.compile(r"\d+")


def changed(digits):
    """Another figure of the same digits' length or one more: 26 -> 34, 7 -> 9, 2009 -> 2010."""
    value = int(digits)
    if len(digits) == 4 and digits.startswith(("19", "20")):
        return str(value + 1)  # a year: a year off
    return str(value + max(1, value // 3))


def injections(gold, corpus):
    """(gold group, gold claim, file name, new file text) for each group agreed by several documents."""
    files = {p.stem: p for p in Path(corpus).iterdir() if p.is_file()}
    by_id = {c.id: c for c in gold.claims}
    for group in gold.groups:
        claims = [by_id[c] for c in group.claims if c in by_id]
        documents = sorted({c.document for c in claims})
        if group.verdict != "agree" or group.kind not in ("quantity", "date") or len(documents) < 2:
            continue
        target = next((c for c in claims if c.document == documents[-1] and DIGITS.search(c.text)), None)
        path = files.get(target.document) if target else None
        if path is None:
            continue
        text = path.read_text(encoding="utf-8")
        if text[target.start:target.end] != target.text:
            continue
        digits = DIGITS.search(target.text)
        start, end = target.start + digits.start(), target.start + digits.end()
        yield group, target, path.name, text[:start] + changed(digits.group()) + text[end:]


def found(report, group, target, gold):
    """True when the changed claim stands in a `contradict` group with another gold document's claim."""
    documents = {d.id: Path(d.path).stem for d in report.documents}
    claim = next((c for c in report.claims if documents[c.doc] == target.document and c.kind == target.kind
                  and c.start <= target.start < c.end), None)
    if claim is None:
        return False
    others = {c.document for c in gold.claims if c.id in group.claims} - {target.document}
    for verdict_group in report.groups:
        if claim.id in verdict_group.claims and verdict_group.verdict == "contradict":
            return bool({documents[d] for d in verdict_group.documents} & others)
    return False


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("corpus")
    parser.add_argument("--rules", default=None)
    parser.add_argument("--no-rules", action="store_true")
    args = parser.parse_args(argv)
    gold = load_gold(args.gold)
    rules = None if args.no_rules else args.rules
    results = []
    for group, target, name, text in injections(gold, args.corpus):
        with tempfile.TemporaryDirectory() as scratch:
            copy = Path(scratch) / "corpus"
            shutil.copytree(args.corpus, copy)
            (copy / name).write_text(text, encoding="utf-8")
            report = build_report([str(copy)], rules=rules, jobs=1, cache=None)
            hit = found(report, group, target, gold)
        results.append(hit)
        print(f"{'found' if hit else 'MISSED'}  {group.id}  {target.document}: {target.text!r}")
    share = sum(results) / len(results) if results else 0.0
    print(f"\ninjected contradictions reported: {sum(results)}/{len(results)} ({share:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
