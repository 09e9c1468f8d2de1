"""The Dask engine (reconcile/dask_engine.py) against the local one: byte-identical reports
on the built-in corpus and on a generated corpus of a few hundred documents, on a
LocalCluster of two small worker processes that the tests start and stop themselves."""
import logging
import os
import sys

import pytest

from reconcile import build_report, render_json, render_markdown
from reconcile.errors import ReconcileError

from conftest import CORPUS, ROOT, RULES

distributed = pytest.importorskip("distributed", reason="the dask engine needs the 'dask' extra: "
                                                         "pip install '.[dask]'")
pytest.importorskip("pyarrow", reason="the dask engine needs the 'dask' extra: pip install '.[dask]'")

sys.path.insert(0, os.path.join(ROOT, "benchmarks"))
from throughput import build_corpus  # noqa: E402  the benchmark's recipe for a realistic corpus


@pytest.fixture(scope="module")
def scheduler():
    """The address of a LocalCluster of two single-threaded worker processes (which import
    reconcile from this checkout), stopped when the module's tests are done."""
    path = os.pathsep.join(p for p in (ROOT, os.environ.get("PYTHONPATH")) if p)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  silence_logs=logging.ERROR, env={"PYTHONPATH": path}) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """232 documents (1 MB) of the built-in articles' sentences shuffled and perturbed: 3,700
    claims, enough that every stage shares its work out in parts."""
    folder = tmp_path_factory.mktemp("generated") / "corpus"
    build_corpus(folder, 1)
    return str(folder)


def rendered(report):
    return render_markdown(report, base="reports"), render_json(report)


def test_the_built_in_corpus_gives_the_same_report_on_both_engines(scheduler, tmp_path):
    local = build_report([CORPUS], rules=RULES, jobs=1)
    dask = build_report([CORPUS], rules=RULES, engine="dask", scheduler=scheduler, cache=str(tmp_path))
    assert rendered(dask) == rendered(local)
    # The run's Parquet partitions are working files: gone once the report is built.
    assert os.listdir(tmp_path / "partitions") == []


def test_a_generated_corpus_gives_the_same_report_on_both_engines(scheduler, generated, tmp_path):
    timings = {}
    local = build_report([generated], rules=RULES, jobs=2)
    dask = build_report([generated], rules=RULES, engine="dask", scheduler=scheduler, timings=timings)
    assert (len(dask.documents), len(dask.claims)) == (len(local.documents), len(local.claims))
    assert len(local.documents) > 200
    assert len(local.claims) > 3000
    assert rendered(dask) == rendered(local)
    assert {"start engine", "extract", "match", "judge", "lineage"} <= set(timings)


def test_a_second_run_reads_the_claim_cache_the_workers_wrote(scheduler, tmp_path):
    first = build_report([CORPUS], rules=RULES, engine="dask", scheduler=scheduler, cache=str(tmp_path))
    entries = sorted(p for p in os.listdir(tmp_path) if p != "partitions")
    assert len(entries) == 5  # one per document
    second = build_report([CORPUS], rules=RULES, engine="dask", scheduler=scheduler, cache=str(tmp_path))
    assert rendered(second) == rendered(first)


def test_a_file_that_cannot_be_read_is_skipped_on_the_workers_too(scheduler, tmp_path):
    (tmp_path / "a.txt").write_text("The mayor said 26 people died on Monday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    report = build_report([str(tmp_path)], rules=None, engine="dask", scheduler=scheduler)
    assert [(s.path, s.reason) for s in report.skipped] == [(str(tmp_path / "b.txt"), "empty file")]
    assert [(c.kind, c.text, c.value, c.unit) for c in report.claims] == [
        ("quantity", "26", 26.0, "people"), ("date", "on Monday", None, None)]


def test_without_dask_the_engine_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if it were not installed
    with pytest.raises(ReconcileError) as error:
        build_report([CORPUS], rules=RULES, engine="dask")
    assert str(error.value).startswith("the dask engine needs Dask and pyarrow: pip install 'reconcile[dask]' (")


def test_scheduler_without_the_dask_engine_is_a_usage_error(capsys):
    from reconcile.cli import main
    assert main(["run", CORPUS, "--scheduler", "tcp://127.0.0.1:8786", "--no-cache"]) == 2
    assert capsys.readouterr().err == "reconcile run: error: --scheduler needs --engine dask\n"


def test_a_corpus_given_as_a_file_url_is_read_by_the_workers(scheduler):
    url = "file://" + CORPUS
    report = build_report([url], rules=RULES, engine="dask", scheduler=scheduler)
    local = build_report([CORPUS], rules=RULES, jobs=1)
    assert [d.path for d in report.documents] == [url + "/" + os.path.basename(d.path) for d in local.documents]
    assert [d.publisher for d in report.documents] == [d.publisher for d in local.documents]  # manifest read
    assert render_json(report).replace(url, CORPUS) == render_json(local)


def test_a_url_with_nothing_there_is_the_first_error():
    from reconcile.errors import CorpusError
    with pytest.raises(CorpusError) as error:
        build_report(["file:///nonexistent/articles/"], rules=RULES, engine="dask")
    assert str(error.value) == "file:///nonexistent/articles/: no such file or folder"
