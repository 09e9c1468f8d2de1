"""Engines (reconcile/parallel.py): results in input order whatever the number of processes,
an exception as its message, and the engine chosen in one place."""
import pytest

from reconcile.errors import ReconcileError
from reconcile.engines import open_engine
from reconcile.parallel import LocalEngine, chunks, map_documents, map_shared


def _squares(shared, part):
    return [shared[i] ** 2 for i in part]


def _inverse(value):
    return 1 / value


@pytest.mark.parametrize("jobs", [1, 2], ids=["here", "forked"])
def test_map_shared_gives_the_parts_results_in_order(jobs):
    numbers = list(range(1000))
    found = map_shared(_squares, numbers, chunks(len(numbers), 16), jobs=jobs)
    assert [x for part in found for x in part] == [n * n for n in numbers]


@pytest.mark.parametrize("jobs", [1, 2], ids=["here", "in processes"])
def test_map_documents_turns_an_exception_into_its_message(jobs):
    assert map_documents(_inverse, [1, 0, 4], jobs=jobs) == [1.0, "ZeroDivisionError: division by zero", 0.25]


def test_the_local_engine_shares_out_only_large_tasks():
    engine = LocalEngine(2)
    assert (engine.parts(499), engine.parts(500), LocalEngine(1).parts(10_000)) == (1, 32, 1)


def test_the_local_engine_is_the_number_of_processes():
    with open_engine("local", jobs=3) as jobs:
        assert jobs == 3


@pytest.mark.parametrize("engine, scheduler, message", [
    ("spark", None, "unknown engine 'spark' (one of: local, dask)"),
    ("local", "tcp://127.0.0.1:8786", "--scheduler is for the dask engine: add --engine dask"),
], ids=["unknown engine", "scheduler without dask"])
def test_open_engine_errors(engine, scheduler, message):
    with pytest.raises(ReconcileError) as error:
        with open_engine(engine, jobs=1, scheduler=scheduler):
            pass
    assert str(error.value) == message
