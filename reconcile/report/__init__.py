"""Report renderers: pure functions from a Report to a string, and the atomic file writer."""
import os
import tempfile

from ..errors import OutputError
from ..parallel import fork_map
from .json_report import json_chunks, render_json, render_jsonl
from .markdown import markdown_lines, render_markdown


# Below this many claims, writing the two reports at once costs more than it saves.
PARALLEL_MIN_CLAIMS = 5000


def write_reports(report, out_dir, jobs=1):
    """Write report.md and report.json into `out_dir` atomically; returns their paths.

    With `jobs` > 1 (0: all cores) a large report's two files are written at once,
    each by a fork of this process."""
    try:
        os.makedirs(out_dir, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{out_dir}: cannot create the output folder ({error.strerror})") from None
    writers = {"report.md": lambda: (line + "\n" for line in markdown_lines(report)),
               "report.json": lambda: json_chunks(report)}

    def write(name):
        path = os.path.join(out_dir, name)
        write_atomically(path, writers[name]())
        return path
    return fork_map(write, list(writers), jobs=jobs if len(report.claims) >= PARALLEL_MIN_CLAIMS else 1)


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
