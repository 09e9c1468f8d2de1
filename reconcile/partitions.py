"""Sections and claims as Parquet partitions (pyarrow), so a cluster's workers write what
they extract to shared storage instead of sending it through the scheduler.

One partition holds the sections and the claims of a batch of documents, as two row
groups' worth of columns in two files (`part-NNNNN.sections.parquet` and
`part-NNNNN.claims.parquet`). The columns are the records' own fields with their
types, so a claim read back is equal, field for field and type for type, to the one
written: a number that is an int is kept exact in an int64 column beside the float
one (`value_int` beside `value`) and comes back an int, because the report prints 61
and 61.0 differently.

pyarrow is imported here only, when a partition is first written or read: the
default install does not need it.
"""
import functools
import os

import attrs

from .model import Claim, Section

# Float fields of a claim that may hold an int (a count) or a float (a share).
_NUMBERS = ("value", "low", "high")


@functools.lru_cache(maxsize=None)
def _schema(cls):
    """The Parquet schema of the records of attrs class `cls`."""
    import pyarrow as pa
    types = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), tuple: pa.list_(pa.string())}
    fields = []
    for field in attrs.fields(cls):
        kind = field.type if isinstance(field.type, type) else _optional(field.type)
        if field.name in _NUMBERS:
            fields += [pa.field(field.name, pa.float64()), pa.field(field.name + "_int", pa.int64())]
        else:
            fields.append(pa.field(field.name, types[kind]))
    return pa.schema(fields)


def _optional(annotation):
    """The type of `X | None` (as attrs keeps it: a types.UnionType or a string)."""
    args = [a for a in getattr(annotation, "__args__", ()) if a is not type(None)]
    if len(args) == 1:
        return args[0]
    raise TypeError(f"no Parquet column type for the annotation {annotation!r}")


def write_partition(folder, number, sections, claims):
    """Write `sections` and `claims` as partition `number` under `folder`; returns its name."""
    os.makedirs(folder, exist_ok=True)
    name = f"part-{number:05d}"
    _write(os.path.join(folder, name + ".sections.parquet"), _schema(Section), [attrs.astuple(s, recurse=False) for s in sections])
    rows = []
    for claim in claims:
        row = []
        for field, value in zip(attrs.fields(Claim), attrs.astuple(claim, recurse=False)):
            if field.name in _NUMBERS:
                whole = isinstance(value, int) and not isinstance(value, bool)
                row += [None, value] if whole else [value, None]
            else:
                row.append(value)
        rows.append(row)
    _write(os.path.join(folder, name + ".claims.parquet"), _schema(Claim), rows)
    return name


def _write(path, schema, rows):
    import pyarrow as pa
    import pyarrow.parquet as pq
    columns = list(zip(*rows)) if rows else [[] for _ in schema]
    table = pa.table([pa.array(list(c), type=f.type) for c, f in zip(columns, schema)], schema=schema)
    temporary = path + ".tmp"
    pq.write_table(table, temporary)
    os.replace(temporary, path)  # a partition is whole or absent


def read_partition(folder, name):
    """(sections, claims) of partition `name` under `folder`, as written."""
    sections = [_record(Section, row) for row in _rows(os.path.join(folder, name + ".sections.parquet"))]
    claims = []
    names = [f.name for f in attrs.fields(Claim)]
    for row in _rows(os.path.join(folder, name + ".claims.parquet")):
        values, i = [], 0
        for field in names:
            value = row[i]
            if field in _NUMBERS:
                value = value if row[i + 1] is None else row[i + 1]
                i += 1
            elif field == "sentence_dates":
                value = tuple(value)
            values.append(value)
            i += 1
        claims.append(_record(Claim, values))
    return sections, claims


def _record(cls, values):
    """A record of `cls` with `values`, made as unpickling makes it (model._quick_pickling):
    the values were validated when the record was made on the worker."""
    record = object.__new__(cls)
    record.__setstate__(tuple(values))
    return record


def _rows(path):
    """The rows of a Parquet file as tuples. Equal strings come back as one object, as they
    were written (the claims of one sentence share it): memory stays as the extraction
    left it, and the caches keyed by sentence hash each once."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    table = pq.read_table(path)
    if not table.num_rows:
        return iter(())
    memo = {}
    columns = []
    for column in table.columns:
        values = column.to_pylist()
        if pa.types.is_string(column.type):
            values = [memo.setdefault(v, v) if v is not None else None for v in values]
        columns.append(values)
    return zip(*columns)
