"""Report renderers: pure functions from a Report to a string, and the atomic file writer."""
import os
import tempfile

from ..errors import OutputError
from .json_report import json_chunks, render_json, render_jsonl
from .markdown import markdown_lines, render_markdown


def write_reports(report, out_dir):
    """Write report.md and report.json into `out_dir` atomically; returns their paths."""
    try:
        os.makedirs(out_dir, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{out_dir}: cannot create the output folder ({error.strerror})") from None
    markdown = (line + "\n" for line in markdown_lines(report))
    paths = []
    for name, chunks in (("report.md", markdown), ("report.json", json_chunks(report))):
        path = os.path.join(out_dir, name)
        write_atomically(path, chunks)
        paths.append(path)
    return paths


def write_atomically(path, text):
    """Write `text` (a string, or pieces of one) to `path` so that a reader sees the old
    file or the new one, never half."""
    folder = os.path.dirname(path) or "."
    try:
        # backslashreplace: a file name that is not valid Unicode still gets into the report.
        handle = tempfile.NamedTemporaryFile("w", encoding="utf-8", errors="backslashreplace", dir=folder,
                                             prefix=".tmp-", suffix=os.path.basename(path), delete=False,
                                             newline="\n")
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


__all__ = ["render_json", "render_jsonl", "render_markdown", "write_reports", "write_atomically"]
