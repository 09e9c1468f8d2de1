"""Run work in worker processes, results in input order: extraction a document at a
time (map_documents), and the later stages' big loops in forks (fork_map)."""
import contextlib
import gc
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor

# Seconds a run must last before its progress bar shows.
PROGRESS_DELAY = 2.0


def resolve_jobs(jobs):
    """The number of processes `jobs` asks for: itself, or all cores for 0."""
    return jobs or default_jobs()


def default_jobs():
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return os.cpu_count() or 1


def map_documents(function, documents, *args, jobs=1, progress=False):
    """function(document, *args) for each document, in order; an exception becomes its message (a str).

    With `progress`, a bar on stderr counts documents, shown only on a terminal
    and only once the run has lasted PROGRESS_DELAY seconds.
    """
    jobs = resolve_jobs(jobs)
    if jobs <= 1 or len(documents) < 2:
        results = (_guarded(function, d, *args) for d in documents)
        return list(_with_progress(results, len(documents), progress))
    chunk = max(1, min(64, len(documents) // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        results = pool.map(_guarded, [function] * len(documents), documents,
                           *[[a] * len(documents) for a in args], chunksize=chunk)
        return list(_with_progress(results, len(documents), progress))


def _with_progress(results, total, progress):
    if not progress or not sys.stderr.isatty():
        return results
    from tqdm import tqdm
    tqdm.monitor_interval = 0  # no monitor thread: the later stages fork this process
    return tqdm(results, total=total, unit="doc", delay=PROGRESS_DELAY, file=sys.stderr, leave=False)


def _guarded(function, document, *args):
    try:
        return function(document, *args)
    except Exception as error:  # one bad document must not stop the run; it is reported as skipped
        return f"{type(error).__name__}: {error}"


# Below this many items, forking costs more than it saves.
FORK_MIN_ITEMS = 500
# Pieces of work per process, so that one slow piece does not keep the others waiting.
PARTS_PER_JOB = 16


def fork_parts(count, jobs):
    """How many pieces fork_map should split `count` items into for `jobs` processes:
    one (no fork) for a small task."""
    return resolve_jobs(jobs) * PARTS_PER_JOB if count >= FORK_MIN_ITEMS else 1


# The function fork_map's workers run: they inherit it with the rest of the parent's
# memory, so it is never pickled (nor is what it reads).
_FORKED = None


def fork_map(function, items, *, jobs=1):
    """[function(item) for item in items], spread over `jobs` forked processes.

    A fork sees this process's memory as it stands, copy on write, so `function` may
    read large data (every claim, an index) that is never pickled; only the items and
    the results travel, so both should be small. Runs here, in order, when `jobs` is
    1, when there is one item, or where the system cannot fork safely.
    """
    global _FORKED
    jobs = resolve_jobs(jobs)
    if jobs <= 1 or len(items) < 2 or not _can_fork():
        return [function(item) for item in items]
    _FORKED = function
    try:
        with ProcessPoolExecutor(max_workers=min(jobs, len(items)),
                                 mp_context=multiprocessing.get_context("fork")) as pool:
            return list(pool.map(_run_forked, items))
    finally:
        _FORKED = None


def _can_fork():
    # macOS has fork, but system libraries may not survive it (Python defaults to spawn there).
    return "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin"


def _run_forked(item):
    return _FORKED(item)


def chunks(count, parts):
    """`parts` contiguous ranges covering range(count), as even as can be: none empty,
    except the one range of an empty count."""
    parts = max(1, min(parts, count))
    bounds = [count * i // parts for i in range(parts + 1)]
    return [range(a, b) for a, b in zip(bounds, bounds[1:])]


@contextlib.contextmanager
def settled_heap():
    """The objects alive now (every claim, once extracted) kept out of the garbage
    collector's way until the block ends: it stops walking hundreds of thousands of
    them again and again, and forks do not copy the pages it would touch."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
