"""Report renderers: pure functions from a Report to a string, and the atomic file writer."""
import datetime
import os
import tempfile

from ..errors import OutputError
from .claimreview import render_claimreview
from .html_report import html_chunks, render_html
from .json_report import json_chunks, render_json, render_jsonl
from .markdown import markdown_lines, render_markdown
from .tables import fill_sqlite, render_csv

# Formats `run --format` adds to report.md and report.json, and the file each writes.
FORMATS = {"md": "report.md", "json": "report.json", "html": "report.html", "csv": "claims.csv",
           "claimreview": "claimreview.jsonld", "sqlite": "claims.sqlite"}


def write_reports(report, out_dir, formats=(), *, publisher=None, today=None):
    """Write report.md, report.json and the files of `formats` (keys of FORMATS) into
    `out_dir`, each atomically; returns their paths. `publisher` names the reviewing
    organisation in ClaimReview objects, `today` (ISO) their date (default: today)."""
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise ValueError(f"unknown format '{unknown[0]}' (known: {', '.join(FORMATS)})")
    try:
        os.makedirs(out_dir, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{out_dir}: cannot create the output folder ({error.strerror})") from None
    writers = {
        "md": lambda: (line + "\n" for line in markdown_lines(report, base=out_dir)),
        "json": lambda: json_chunks(report),
        "html": lambda: html_chunks(report, base=out_dir),
        "csv": lambda: render_csv(report),
        "claimreview": lambda: render_claimreview(report, publisher=publisher,
                                                  date_published=today or datetime.date.today().isoformat()),
    }
    paths = []
    for name in [f for f in FORMATS if f in ("md", "json") or f in formats]:
        path = os.path.join(out_dir, FORMATS[name])
        if name == "sqlite":
            write_sqlite(report, path)
        else:
            write_atomically(path, writers[name](), newline="" if name == "csv" else "\n")
        paths.append(path)
    return paths


def write_sqlite(report, path):
    """Write claims.sqlite beside its final place, then rename it into place."""
    folder = os.path.dirname(path) or "."
    temporary = os.path.join(folder, f".tmp-{os.getpid()}-{os.path.basename(path)}")
    try:
        if os.path.exists(temporary):
            os.unlink(temporary)
        fill_sqlite(report, temporary)
        os.replace(temporary, path)
    except OSError as error:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise OutputError(f"{path}: cannot write the report ({error.strerror})") from None


def write_atomically(path, text, newline="\n"):
    """Write `text` (a string, or pieces of one) to `path` so that a reader sees the old
    file or the new one, never half."""
    folder = os.path.dirname(path) or "."
    try:
        # backslashreplace: a file name that is not valid Unicode still gets into the report.
        handle = tempfile.NamedTemporaryFile("w", encoding="utf-8", errors="backslashreplace", dir=folder,
                                             prefix=".tmp-", suffix=os.path.basename(path), delete=False,
                                             newline=newline)
    except OSError as error:
        raise OutputError(f"{folder}: cannot write the report here ({error.strerror})") from None
    try:
        with handle:
            if isinstance(text, str):
                handle.write(text)
            else:
                handle.writelines(text)
        os.replace(handle.name, path)
    except OSError as error:
        os.unlink(handle.name)
        raise OutputError(f"{path}: cannot write the report ({error.strerror})") from None


__all__ = ["render_json", "render_jsonl", "render_markdown", "render_html", "render_csv", "render_claimreview",
           "write_reports", "write_atomically", "write_sqlite", "FORMATS"]
