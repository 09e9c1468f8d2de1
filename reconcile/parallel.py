"""Run work in worker processes, results in input order: extraction a document at a
time (map_documents), and the later stages' big loops over shared, read-only data
(map_shared). An engine decides where: LocalEngine, processes on this machine through
concurrent.futures; dask_engine.DaskEngine, a Dask cluster. engines.open_engine picks it; a
stage takes `jobs`, a number of local processes or an engine, and passes it on."""
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


def _with_progress(results, total, progress):
    if not progress or not sys.stderr.isatty():
        return results
    from tqdm import tqdm
    tqdm.monitor_interval = 0  # no monitor thread: the later stages fork this process
    return tqdm(results, total=total, unit="doc", delay=PROGRESS_DELAY, file=sys.stderr, leave=False)


def guarded(function, document, *args):
    """function(document, *args), or the message of the exception it raised (a str)."""
    try:
        return function(document, *args)
    except Exception as error:  # one bad document must not stop the run; it is reported as skipped
        return f"{type(error).__name__}: {error}"


# Below this many items, sharing out the work costs more than it saves.
FORK_MIN_ITEMS = 500
# Pieces of work per process, so that one slow piece does not keep the others waiting.
PARTS_PER_JOB = 16


def as_engine(jobs):
    """The engine `jobs` names: an engine itself (see dask_engine.DaskEngine), or a number of
    local processes (0: all cores)."""
    return jobs if hasattr(jobs, "map_shared") else LocalEngine(jobs)


def engine_parts(count, jobs):
    """How many pieces map_shared should split `count` items into for the engine `jobs`
    names: one (no sharing out) for a small task on this machine."""
    return as_engine(jobs).parts(count)


def map_shared(function, shared, parts, *, jobs=1):
    """[function(shared, part) for part in parts] on the engine `jobs` names (a number of local
    processes, or an engine). `shared` is read-only data every part reads (every claim, an
    index): it is sent once to each worker, or not at all where workers are forks; `function`
    is a module-level function; the parts and the results travel, so both should be small."""
    return as_engine(jobs).map_shared(function, shared, parts)


def map_slices(function, items, common, *, jobs=1):
    """[function(common, items[part]) for each part of `items`], flattened, on the engine
    `jobs` names: each part reads its own slice of `items` and the small read-only `common`.
    Forks read the slices in place; a cluster's workers get each slice sent to one of them."""
    engine = as_engine(jobs)
    parts = chunks(len(items), engine.parts(len(items)))
    return [result for found in engine.map_slices(function, items, common, parts) for result in found]


class LocalEngine:
    """Worker processes on this machine, through the standard library's executors."""

    name = "local"
    # Where workers would put large results instead of sending them back (see dask_engine).
    partitions = None

    def __init__(self, jobs=1):
        self.jobs = resolve_jobs(jobs)

    def parts(self, count):
        """Pieces to split `count` items into: one for a small task, else PARTS_PER_JOB per process."""
        return self.jobs * PARTS_PER_JOB if count >= FORK_MIN_ITEMS and self.jobs > 1 else 1

    def map(self, function, items, *args, progress=False):
        """See map_documents."""
        jobs = self.jobs
        if jobs <= 1 or len(items) < 2:
            results = (guarded(function, d, *args) for d in items)
            return list(_with_progress(results, len(items), progress))
        chunk = max(1, min(64, len(items) // (jobs * 8)))
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = pool.map(guarded, [function] * len(items), items,
                               *[[a] * len(items) for a in args], chunksize=chunk)
            return list(_with_progress(results, len(items), progress))

    def map_shared(self, function, shared, parts):
        """See map_shared: forked processes inherit `shared` with the rest of this process's
        memory, copy on write, so it is never pickled. Runs here, in order, with one process,
        one part, or where the system cannot fork safely."""
        if self.jobs <= 1 or len(parts) < 2 or not _can_fork():
            return [function(shared, part) for part in parts]
        # With the fork start method the initializer's arguments are inherited, not pickled.
        with ProcessPoolExecutor(max_workers=min(self.jobs, len(parts)), mp_context=multiprocessing.get_context("fork"),
                                 initializer=_inherit, initargs=(function, shared)) as pool:
            return list(pool.map(_run_inherited, parts))

    def map_slices(self, function, items, common, parts):
        """See map_slices: forks inherit `items`, so only the parts' ranges travel."""
        return self.map_shared(_slice_of, (function, items, common), parts)


def _slice_of(shared, part):
    function, items, common = shared
    return function(common, [items[i] for i in part])


def map_documents(function, documents, *args, jobs=1, progress=False):
    """function(document, *args) for each document, in order, on the engine `jobs` names; an
    exception becomes its message (a str).

    With `progress`, a bar on stderr counts documents, shown only on a terminal
    and only once the run has lasted PROGRESS_DELAY seconds.
    """
    return as_engine(jobs).map(function, documents, *args, progress=progress)


# What a forked worker of LocalEngine.map_shared runs, set once as it starts.
_INHERITED = None


def _inherit(function, shared):
    global _INHERITED
    _INHERITED = (function, shared)


def _run_inherited(part):
    function, shared = _INHERITED
    return function(shared, part)


def _can_fork():
    # macOS has fork, but system libraries may not survive it (Python defaults to spawn there).
    return "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin"


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
