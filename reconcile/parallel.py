"""Run a per-document function in worker processes, results in input order."""
import os
from concurrent.futures import ProcessPoolExecutor


def default_jobs():
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return os.cpu_count() or 1


def map_documents(function, documents, *args, jobs=1):
    """function(document, *args) for each document; an exception becomes its message (a str)."""
    jobs = default_jobs() if not jobs else jobs
    if jobs <= 1 or len(documents) < 2:
        return [_guarded(function, d, *args) for d in documents]
    chunk = max(1, len(documents) // (jobs * 4))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(_guarded, [function] * len(documents), documents,
                             *[[a] * len(documents) for a in args], chunksize=chunk))


def _guarded(function, document, *args):
    try:
        return function(document, *args)
    except Exception as error:  # one bad document must not stop the run; it is reported as skipped
        return f"{type(error).__name__}: {error}"
