"""The Dask engine: the pipeline's work on a Dask cluster (`reconcile run --engine dask`).

The engine runs the same library functions as the local one, only elsewhere:

- reading and extraction, a small batch of documents per task, on the workers; each
  task writes its sections and claims as a Parquet partition (partitions.py) into the
  run's folder under the cache folder, and sends back only the documents' metadata;
- the later stages' big loops (which rule each distinct claim fits, the blocking and
  scoring of match candidates, the judging of each group, the lineage of each
  document), a part per task: the read-only data a part reads (the blocking index, the
  claims) is sent once to each worker (Client.scatter with broadcast), the parts and
  their small results travel.

Without a scheduler address it starts a LocalCluster of `jobs` single-threaded worker
processes (the work is pure Python, so threads would wait on each other) and stops it
at the end. Dask is imported only when the engine is asked for: the default install
does not need it.
"""
import contextlib
import logging
import os
import shutil
import tempfile
import uuid

from .errors import ReconcileError
from .parallel import FORK_MIN_ITEMS, PARTS_PER_JOB, guarded, resolve_jobs

# Documents a reading and extraction task takes at most: few enough that the workers stay
# evenly busy and one task's claims are a small partition, enough that a task's overhead
# (a few milliseconds of scheduling, one Parquet file) is small beside its work.
BATCH_DOCUMENTS = 32
# Seconds to wait for a scheduler given by address before saying it cannot be reached.
CONNECT_TIMEOUT = "20s"


class DaskEngine:
    """An engine (see parallel.LocalEngine for the interface) over a distributed Client."""

    name = "dask"

    def __init__(self, client, *, partitions):
        self.client = client
        # The run's folder of Parquet partitions: on storage every worker and the client can read.
        self.partitions = partitions

    @property
    def workers(self):
        """How many workers the cluster has now."""
        return max(1, len(self.client.scheduler_info(n_workers=-1)["workers"]))

    def parts(self, count):
        """Pieces to split `count` items into: a few per worker on a large task; as many as
        there are workers (at most one per item) on a small one, so that it runs on them too."""
        return self.workers * PARTS_PER_JOB if count >= FORK_MIN_ITEMS else max(1, min(count, self.workers))

    def batches(self, items):
        """`items` in consecutive batches for reading and extraction tasks."""
        size = max(1, min(BATCH_DOCUMENTS, len(items) // (self.workers * 4) or 1))
        return [items[i:i + size] for i in range(0, len(items), size)]

    def map(self, function, items, *args, progress=False):
        """function(item, *args) for each item, in order, a batch of items per task; an
        exception becomes its message (a str), as parallel.map_documents says. The results
        come as their tasks finish, in order, so the caller can work on the first ones while
        the workers go on with the rest."""
        results = self.each(_map_batch, self.batches(list(items)), function, *args)
        return (result for batch in results for result in batch)

    def each(self, function, items, *args):
        """function(item, *args) for each item, a task per item, in order as they finish; an
        exception becomes its message (a str)."""
        if not items:
            return iter(())
        futures = self.client.map(_guarded_call, list(items), function=function, args=args, pure=False)
        return _in_order(futures)

    def map_shared(self, function, shared, parts):
        """[function(shared, part) for part in parts], a part per task; `shared` is sent once
        to every worker (wrapped in a list: a bare tuple would be scattered item by item)."""
        parts = list(parts)
        if not parts:
            return []
        [handle] = self.client.scatter([shared], broadcast=True, hash=False)
        try:
            futures = self.client.map(_call_shared, parts, function=function, shared=handle, pure=False)
            return self.client.gather(futures)
        finally:
            handle.release()


    def map_slices(self, function, items, common, parts):
        """[function(common, items[part]) for part in parts], a part per task: each slice of
        `items` is sent to the one worker that needs it, `common` once to every worker."""
        if not parts:
            return []
        [handle] = self.client.scatter([common], broadcast=True, hash=False)
        try:
            slices = [[items[i] for i in part] for part in parts]
            futures = self.client.map(_call_shared, slices, function=_with_common, shared=(function, handle),
                                      pure=False)
            return self.client.gather(futures)
        finally:
            handle.release()


def _with_common(shared, part):
    function, common = shared
    return function(common, part)


def _in_order(futures):
    """The results of `futures`, one at a time, each let go on the cluster once it is read."""
    futures.reverse()
    while futures:
        yield futures.pop().result()


def _guarded_call(item, *, function, args):
    return guarded(function, item, *args)


def _map_batch(batch, function, *args):
    return [guarded(function, item, *args) for item in batch]


def _call_shared(part, *, function, shared):
    return function(shared, part)


def require():
    """Import what the engine needs, or say in one line how to install it."""
    try:
        import distributed  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError as error:
        raise ReconcileError(f"the dask engine needs Dask and pyarrow: pip install 'reconcile[dask]' "
                             f"({error})") from None


@contextlib.contextmanager
def dask_engine(*, jobs=0, scheduler=None, cache=None):
    """A DaskEngine for the length of the block: on the scheduler at address `scheduler`,
    else on a LocalCluster of `jobs` workers (0: one per core) started and stopped here.
    The run's Parquet partitions go in a folder of its own under `cache` (a temporary
    folder without one), removed at the end."""
    require()
    from distributed import Client, LocalCluster
    parent = os.path.join(cache, "partitions") if cache else None
    if parent:
        os.makedirs(parent, exist_ok=True)
    folder = tempfile.mkdtemp(prefix=f"run-{uuid.uuid4().hex[:8]}-", dir=parent)
    with contextlib.ExitStack() as stack:
        stack.callback(shutil.rmtree, folder, ignore_errors=True)
        if scheduler is None:
            cluster = stack.enter_context(LocalCluster(
                # ":0": any free port for its HTTP endpoints, so two runs on one machine never clash.
                n_workers=resolve_jobs(jobs), threads_per_worker=1, processes=True, dashboard_address=":0",
                silence_logs=logging.ERROR))
            scheduler = cluster.scheduler_address
        try:
            client = stack.enter_context(Client(scheduler, timeout=CONNECT_TIMEOUT))
        except OSError as error:  # no scheduler at that address, or it refused us
            raise ReconcileError(f"dask scheduler {scheduler}: {error}") from None
        yield DaskEngine(client, partitions=folder)
