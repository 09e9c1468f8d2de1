"""The built-in corpus's report, compared whole with the committed reports/report.md and
reports/report.json. After an intended change, regenerate them explicitly:

    RECONCILE_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py
"""
import os

import pytest

from reconcile import build_report, render_json, render_markdown

from conftest import ROOT


@pytest.fixture(scope="module")
def rendered():
    here = os.getcwd()
    os.chdir(ROOT)  # paths in the report are relative, as `reconcile run` writes them
    try:
        report = build_report(["corpus"], rules="rules", jobs=1)
    finally:
        os.chdir(here)
    # Links to source lines are relative to reports/, where `reconcile run` writes the report.
    return {"report.md": render_markdown(report, base="reports"), "report.json": render_json(report)}


@pytest.mark.parametrize("name", ["report.md", "report.json"])
def test_report_matches_the_committed_one(rendered, name):
    path = os.path.join(ROOT, "reports", name)
    if os.environ.get("RECONCILE_UPDATE_GOLDEN"):
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(rendered[name])
    with open(path, encoding="utf-8") as handle:
        assert handle.read() == rendered[name]
