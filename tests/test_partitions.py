"""Parquet partitions (reconcile/partitions.py): claims and sections come back equal, field
for field and type for type, so a report from them is byte-identical."""
import math

import attrs
import pytest

pytest.importorskip("pyarrow", reason="partitions need the 'dask' extra: pip install '.[dask]'")

from reconcile.partitions import read_partition, write_partition  # noqa: E402


def typed(record):
    return [(type(v), v) for v in attrs.astuple(record, recurse=False)]


def test_the_seed_corpus_claims_come_back_as_written(seed_report, tmp_path):
    name = write_partition(str(tmp_path), 7, seed_report.sections, seed_report.claims)
    assert name == "part-00007"
    sections, claims = read_partition(str(tmp_path), name)
    assert [typed(s) for s in sections] == [typed(s) for s in seed_report.sections]
    assert [typed(c) for c in claims] == [typed(c) for c in seed_report.claims]


def test_ints_floats_infinity_and_dates_keep_their_types(seed_report, tmp_path):
    claim = next(c for c in seed_report.claims if c.kind == "quantity")
    odd = [attrs.evolve(claim, value=61, low=60.5, high=math.inf, sentence_dates=("2009-10", "--02")),
           attrs.evolve(claim, value=2_174_000_000_123, low=None, high=None, sentence_dates=())]
    _, claims = read_partition(str(tmp_path), write_partition(str(tmp_path), 0, [], odd))
    assert [typed(c) for c in claims] == [typed(c) for c in odd]


def test_an_empty_batch_is_an_empty_partition(tmp_path):
    assert read_partition(str(tmp_path), write_partition(str(tmp_path), 1, [], [])) == ([], [])
