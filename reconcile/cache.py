"""A cache of extracted claims, so a re-run over a grown corpus extracts only the
new or changed documents.

An entry is keyed by the document's content, id, path and forced language, and
by a fingerprint of the extraction code and word lists: any change to those
makes every old entry a miss, never a wrong answer. Entries are written
atomically; an unreadable entry is a miss.
"""
import functools
import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from .version import __version__

# The modules and data whose change changes what extraction returns.
_EXTRACTION_SOURCES = ("extract", "lexicon", "sections.py", "text.py", "model.py", "corpus.py", "html.py",
                       "lineage.py")


@functools.lru_cache(maxsize=None)
def fingerprint():
    """A hash of the tool version and of every file that decides what extraction returns."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).parent
    for name in _EXTRACTION_SOURCES:
        path = package / name
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for file in files:
            if file.suffix in (".py", ".yaml") and file.is_file():
                digest.update(file.name.encode())
                digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


class ClaimCache:
    """Extraction results on disk under `folder`, one file per document version."""

    def __init__(self, folder):
        self.folder = Path(folder)

    def key(self, document, language):
        """The entry name for `document` extracted with `language` forced (or None)."""
        digest = hashlib.sha256()
        for part in (fingerprint(), document.id, document.path, language or "", document.text):
            digest.update(part.encode("utf-8", "surrogatepass"))
            digest.update(b"\0")
        return digest.hexdigest()

    def get(self, document, language):
        """The cached (sections, claims, lineage Trace) of `document`, or None."""
        path = self.folder / self.key(document, language)
        try:
            with open(path, "rb") as handle:
                result = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
            return None
        return result if isinstance(result, tuple) and len(result) == 3 else None

    def put(self, document, language, result):
        """Store `result` for `document`; a cache that cannot be written is skipped silently
        because it only costs time, never correctness."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self.folder, delete=False, prefix=".tmp-") as handle:
                pickle.dump(result, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(handle.name, self.folder / self.key(document, language))
        except OSError:
            pass
