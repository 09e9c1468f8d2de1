#!/usr/bin/env python3
"""What each linker level is worth on annotated sets, beside the weight the linker gives it.

For every candidate pair that blocking proposes (quantities and dates, no rules), the
levels that fire are counted among the pairs the gold puts in one group ("match") and
among the others ("non"). A level's Fellegi-Sunter match weight is
log2(P(level | match) / P(level | non)), with half a pair added to each count so that a
level never seen on one side gets a finite weight. Levels are named without the details in
their labels ("same uncommon figure (34,612)" counts as "same uncommon figure"); the
context levels are counted apart for pairs in one language and in two.

    python benchmarks/link_levels.py tests/dev/miners tests/dev/quake

Each argument is a set folder holding gold/ and corpus/. Use development sets only: the
weights of linker.py must not be fitted to a held-out set. The weights are each level's
alone (levels are not independent), so read them as a check on the linker's hand-set
weights, not as a replacement: see the README's "Linking" section for what was tried.
"""
import argparse
import collections
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reconcile import build_report, grouping  # noqa: E402
from reconcile.evaluate import load_gold, match_spans  # noqa: E402

COMPARISONS = ("measure", "value", "event", "context", "entities", "subject", "dates", "story", "published")


def level_counts(folder):
    """{(comparison, bucket, label): [matches, non-matches]} over the candidate pairs of one set."""
    gold = load_gold(str(Path(folder) / "gold"))
    report = build_report([str(Path(folder) / "corpus")], rules=None, jobs=1)
    to_gold = {claim.id: gold_claim.id for gold_claim, claim in match_spans(gold.claims, report.claims)}
    group_of = {claim: group.id for group in gold.groups for claim in group.claims}
    counts = collections.defaultdict(lambda: [0, 0])
    stories = grouping._Stories(report.claims, {})
    for kind in ("quantity", "date"):
        claims = [c for c in report.claims if c.kind == kind and c.id in to_gold]
        scoring = grouping.Scoring(kind, [(c, grouping._profile(kind, c)) for c in claims], stories)
        for position in range(len(claims)):
            for other in grouping._candidates(position, scoring.profiles[position], scoring.index, scoring.claims,
                                              scoring.limit):
                link = scoring.compare(position, other) if other > position else None
                if link is None:
                    continue
                left, right = to_gold[claims[position].id], to_gold[claims[other].id]
                same = left in group_of and group_of[left] == group_of.get(right)
                two_languages = claims[position].language != claims[other].language
                fired = {level.comparison: re.sub(r"\s*\(.*", "", level.label) for level in link.levels}
                for comparison in COMPARISONS:
                    bucket = kind if comparison == "value" else "two languages" if (
                        comparison == "context" and two_languages) else ""
                    counts[comparison, bucket, fired.get(comparison, "(none)")][0 if same else 1] += 1
    return counts


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", help="set folders, each with gold/ and corpus/")
    args = parser.parse_args(argv)
    counts = collections.defaultdict(lambda: [0, 0])
    for folder in args.sets:
        for key, (matches, others) in level_counts(folder).items():
            counts[key][0] += matches
            counts[key][1] += others
    totals = collections.defaultdict(lambda: [0, 0])
    for (comparison, bucket, _), (matches, others) in counts.items():
        totals[comparison, bucket][0] += matches
        totals[comparison, bucket][1] += others
    print(f"{'comparison':10} {'bucket':14} {'level':50} {'match':>6} {'non':>6} {'weight':>7}")
    for (comparison, bucket, label), (matches, others) in sorted(counts.items()):
        if comparison == "entities" and label != "(none)":
            continue  # named by the names themselves: too many labels to read; see the entities level
        all_matches, all_others = totals[comparison, bucket]
        weight = math.log2(((matches + 0.5) / (all_matches + 1)) / ((others + 0.5) / (all_others + 1)))
        print(f"{comparison:10} {bucket:14} {label[:50]:50} {matches:6d} {others:6d} {weight:+7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
