"""Where a run's work goes: the one place an engine is chosen (`reconcile run --engine`).

'local' is processes on this machine (parallel.py); 'dask' a Dask cluster
(dask_engine.py), imported only when asked for, so the default install needs no Dask.
"""
import contextlib

from .errors import ReconcileError

ENGINES = ("local", "dask")


@contextlib.contextmanager
def open_engine(engine="local", *, jobs=0, scheduler=None, cache=None):
    """What the stages' `jobs` argument should be for a run on `engine`: for 'local', `jobs`
    itself (processes on this machine); for 'dask', a DaskEngine on the scheduler at address
    `scheduler` or on a LocalCluster of `jobs` workers, closed when the block ends. The one
    place where a run's engine is chosen."""
    if engine == "local":
        if scheduler is not None:
            raise ReconcileError("--scheduler is for the dask engine: add --engine dask")
        yield jobs
        return
    if engine != "dask":
        raise ReconcileError(f"unknown engine '{engine}' (one of: {', '.join(ENGINES)})")
    from .dask_engine import dask_engine, require
    require()  # before the block: a missing package is said in one line, not as a traceback
    with dask_engine(jobs=jobs, scheduler=scheduler, cache=cache) as workers:
        yield workers
