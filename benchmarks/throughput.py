#!/usr/bin/env python3
"""Throughput of `reconcile run` on synthetic corpora of 1, 10 and 100 MB.

The corpora are built from the built-in articles: their sentences are shuffled
across documents (into article bodies and reader comments) and their numbers
perturbed, so claims differ from document to document and matching has real
work. The stages are wall seconds, except "sections (cpu)" and "claims (cpu)":
processor seconds of the extraction processes, summed, inside "extract"
("read" lists the files; each is read by the process that extracts it). Each size is run in a fresh process (so
peak memory is that run's own), and a single-pass regex scan of the same text
is timed as the floor.

    python benchmarks/throughput.py                 # 1, 10 and 100 MB, all cores
    python benchmarks/throughput.py --sizes 1 10 --jobs 1
    python benchmarks/throughput.py --engine dask --jobs 2 --size 1000   # a 2-worker LocalCluster, 1 GB

Peak memory is sampled every quarter second (less often when a sample is slow: at gigabytes, each
takes a good part of a second) for the run's process (the client, with
--engine dask) and for each process it starts (extraction processes and forks, or
Dask's worker processes), as proportional set size: pages that forks share count once.

This is a script, not a test; the figures go in the README.
"""
import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus"
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def seed_sentences():
    """Every sentence of the built-in articles' paragraphs, in order."""
    sys.path.insert(0, str(ROOT))
    from reconcile.text import sentences
    found = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for paragraph in (p.strip() for p in re.split(r"\n\s*\n", text)):
            if len(paragraph) > 40:
                found += [" ".join(paragraph[s:e].split()) for s, e in sentences(paragraph, 0, len(paragraph), "en")]
    return found


def perturb(text, rng):
    """The text with about half of its numbers changed (years kept, so dates stay dates)."""
    def change(match):
        digits = match.group()
        if rng.random() < 0.5 or re.fullmatch(r"(19|20)\d\d", digits):
            return digits
        return "".join(rng.choice("123456789") if c.isdigit() else c for c in digits)
    return NUMBER.sub(change, text)


# Bump when build_corpus changes, so corpora built by an older recipe are rebuilt.
RECIPE = "sentences-shuffled-2"


def build_corpus(folder, megabytes, seed=13):
    """Write documents of paragraphs of shuffled, perturbed seed sentences (an article body,
    then a comment thread) until `megabytes` are written."""
    folder.mkdir(parents=True, exist_ok=True)
    rng, pool = random.Random(seed), seed_sentences()

    def paragraph(most):
        return " ".join(perturb(rng.choice(pool), rng) for _ in range(rng.randint(1, most)))

    written, number = 0, 0
    while written < megabytes * 1_000_000:
        body = [paragraph(4) for _ in range(rng.randint(6, 20))]
        comments = [f"  {i}. reader{rng.randint(1, 999)} on\n\n    {paragraph(3)}" for i in range(1, rng.randint(1, 6))]
        text = f"Synthetic story {number}\n\n" + "\n\n".join(body)
        if comments:
            text += "\n\nLeave a Reply\n\n" + "\n\n".join(comments)
        path = folder / f"doc{number:06d}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        written += path.stat().st_size
        number += 1
    (folder.parent / f"{folder.name}.recipe").write_text(RECIPE)
    return written


def corpus_of(work, size):
    """The synthetic corpus of `size` MB under `work`, built (again) when missing or stale."""
    folder = work / f"corpus-{size}mb"
    recipe = work / f"{folder.name}.recipe"
    if not folder.exists() or not recipe.exists() or recipe.read_text() != RECIPE:
        shutil.rmtree(folder, ignore_errors=True)
        build_corpus(folder, size)
    return folder


def regex_floor(folder):
    """Seconds for one regex pass over every file (reading included): the floor."""
    start = time.perf_counter()
    count = 0
    for path in sorted(folder.iterdir()):
        count += sum(1 for _ in NUMBER.finditer(path.read_text(encoding="utf-8")))
    return time.perf_counter() - start


CHILD = """
import json, sys, time
from reconcile import run
timings = {}
start = time.perf_counter()
report = run([sys.argv[1]], rules=sys.argv[2], out=sys.argv[3], jobs=int(sys.argv[4]), timings=timings,
             engine=sys.argv[5], cache=None)
print(json.dumps({"seconds": time.perf_counter() - start, "claims": len(report.claims),
                  "documents": len(report.documents), "timings": timings}))
"""


def time_run(folder, out, jobs, engine="local"):
    """Run reconcile in a fresh process: its result, wall seconds, the peak memory of its
    largest process (MB), on Linux the peak of all its processes together (MB), of the
    run's own process (the client) and of each process it started (MB, largest first)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(folder), str(ROOT / "rules"), str(out), str(jobs),
                              engine], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    total, peaks = 0.0, {}
    while child.poll() is None:
        sampling = time.perf_counter()
        each = process_memory_mb(child.pid)
        total = max(total, sum(each.values()))
        for pid, megabytes in each.items():
            peaks[pid] = max(peaks.get(pid, 0.0), megabytes)
        # Reading a process's proportional set size walks its page tables: at gigabytes a
        # sample takes a good part of a second, so the pause grows with it and the sampler
        # keeps to a tenth of a core, not a whole one taken from the run it measures.
        time.sleep(max(0.25, 10 * (time.perf_counter() - sampling)))
    stdout, stderr = child.communicate()
    if child.returncode:
        sys.exit(f"reconcile run failed on {folder}:\n{stderr}")
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    data = json.loads(stdout.strip().splitlines()[-1])
    client = peaks.pop(child.pid, None)
    data.update(wall=wall, peak_mb=max(peak, before) / 1024, total_mb=total or None, client_mb=client,
                worker_mb=sorted((m for m in peaks.values() if m >= 20), reverse=True))
    return data


def process_memory_mb(pid):
    """{pid: proportional set size in MB} of process `pid` and its descendants (Linux): pages
    shared by forks are counted once, as they are in the machine's memory."""
    found, pending = {}, [pid]
    while pending:
        process = pending.pop()
        try:
            with open(f"/proc/{process}/smaps_rollup") as handle:
                kilobytes = next((int(line.split()[1]) for line in handle if line.startswith("Pss:")), 0)
            found[process] = kilobytes / 1024
            for task in os.listdir(f"/proc/{process}/task"):
                with open(f"/proc/{process}/task/{task}/children") as handle:
                    pending += [int(c) for c in handle.read().split()]
        except (OSError, ValueError):
            continue
    return found


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", "--size", type=int, nargs="+", default=[1, 10, 100], metavar="MB")
    parser.add_argument("--jobs", type=int, default=0,
                        help="processes for extraction, or Dask workers (0: all cores)")
    parser.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="reconcile run's engine (dask: a LocalCluster of --jobs workers)")
    parser.add_argument("--work", default="/tmp/reconcile-throughput", help="where corpora are built")
    args = parser.parse_args(argv)
    work = Path(args.work)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, engine={args.engine}, "
          f"jobs={args.jobs or 'all'}")
    header = ("size", "MB", "docs", "claims", "wall s", "MB/s", "claims/s", "peak MB (largest process)",
              "peak MB (all processes)", "peak MB (client)", "peak MB (each worker)", "floor MB/s", "stages (s)")
    print(" | ".join(header))
    for size in args.sizes:
        folder = corpus_of(work, size)
        megabytes = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
        floor = regex_floor(folder)
        result = time_run(folder, work / f"out-{size}mb-{args.engine}", args.jobs, args.engine)
        stages = ", ".join(f"{k} {v:.2f}" for k, v in result["timings"].items())
        print(" | ".join([f"{size} MB", f"{megabytes:.1f}", str(result["documents"]), str(result["claims"]),
                          f"{result['wall']:.1f}", f"{megabytes / result['wall']:.2f}",
                          f"{result['claims'] / result['wall']:.0f}", f"{result['peak_mb']:.0f}",
                          f"{result['total_mb']:.0f}" if result["total_mb"] else "n/a",
                          f"{result['client_mb']:.0f}" if result["client_mb"] else "n/a",
                          ", ".join(f"{m:.0f}" for m in result["worker_mb"]) or "n/a",
                          f"{megabytes / floor:.0f}", stages]), flush=True)


if __name__ == "__main__":
    main()
