"""Run a per-document function in worker processes, results in input order."""
import os
import sys
from concurrent.futures import ProcessPoolExecutor

# Seconds a run must last before its progress bar shows.
PROGRESS_DELAY = 2.0


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
    jobs = default_jobs() if not jobs else jobs
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
    return tqdm(results, total=total, unit="doc", delay=PROGRESS_DELAY, file=sys.stderr, leave=False)


def _guarded(function, document, *args):
    try:
        return function(document, *args)
    except Exception as error:  # one bad document must not stop the run; it is reported as skipped
        return f"{type(error).__name__}: {error}"
