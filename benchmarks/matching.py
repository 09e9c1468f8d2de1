#!/usr/bin/env python3
"""Matching: blocked candidates against all pairs, and how matching time grows.

Takes the claims of the synthetic corpus (see throughput.py), times
match_claims on the first 10,000 to 80,000 of them (doubling the
claims must at most double the time), and estimates what comparing all pairs
of the same 20,000 claims' sentences with rapidfuzz's token_set_ratio would
take, from a random sample of pairs.

    python benchmarks/matching.py
    python benchmarks/matching.py --jobs 1 --sample 200000

This is a script, not a test; the figures go in the closing note and README.
"""
import argparse
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from rapidfuzz import fuzz  # noqa: E402

from reconcile import extract_files  # noqa: E402
from reconcile.corpus import list_corpus  # noqa: E402
from reconcile.match import match_claims  # noqa: E402
from reconcile.rules import load_rules  # noqa: E402
from throughput import ROOT, corpus_of  # noqa: E402


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 20_000, 40_000, 80_000], metavar="CLAIMS")
    parser.add_argument("--jobs", type=int, default=0, help="processes for matching (0: all cores)")
    parser.add_argument("--sample", type=int, default=100_000, help="pairs timed to estimate all pairs")
    parser.add_argument("--work", default="/tmp/reconcile-throughput", help="where corpora are built")
    args = parser.parse_args(argv)
    entries, _ = list_corpus([str(corpus_of(Path(args.work), 30))])
    _, _, claims, _ = extract_files(entries, jobs=args.jobs, keep_text=False)
    rules = load_rules(ROOT / "rules")
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, jobs={args.jobs or 'all'}")
    print("claims | match_claims s | per 10,000 claims s")
    for size in args.sizes:
        if size > len(claims):
            print(f"{size} | (the corpus has only {len(claims)} claims)")
            continue
        start = time.perf_counter()
        match_claims(claims[:size], rules, jobs=args.jobs)
        seconds = time.perf_counter() - start
        print(f"{size} | {seconds:.2f} | {seconds / size * 10_000:.2f}", flush=True)
    size = 20_000
    sentences = [c.sentence for c in claims[:size]]
    rng = random.Random(7)
    pairs = [(rng.randrange(size), rng.randrange(size)) for _ in range(args.sample)]
    start = time.perf_counter()
    for a, b in pairs:
        fuzz.token_set_ratio(sentences[a], sentences[b])
    per_pair = (time.perf_counter() - start) / args.sample
    total = per_pair * size * (size - 1) / 2
    print(f"all pairs of {size} sentences with token_set_ratio: {size * (size - 1) // 2:,} pairs x "
          f"{per_pair * 1e6:.1f} us = about {total / 60:.0f} minutes on one core")


if __name__ == "__main__":
    main()
