"""Corpus paths that are URLs (`s3://bucket/articles/`, `gs://...`, `file:///shared/articles/`),
read through fsspec, so a cluster's workers read the corpus where it lives.

A plain path is a local file and never comes here. fsspec (installed with the 'dask'
extra, and the package that provides each storage's protocol: s3fs for s3://, gcsfs for
gs://) is imported only when a URL is given.
"""
import posixpath

from .errors import CorpusError


def is_url(path):
    """True when `path` names a file through a protocol.

    >>> is_url("s3://bucket/articles/a.txt"), is_url("corpus/a.txt")
    (True, False)
    """
    return "://" in str(path)


def _filesystem(url):
    try:
        import fsspec
    except ImportError:
        raise CorpusError(f"{url}: reading a URL needs fsspec: pip install 'reconcile[dask]'") from None
    try:
        return fsspec.core.url_to_fs(url)
    except (ImportError, ValueError) as error:  # an unknown protocol, or its package is missing
        raise CorpusError(f"{url}: {error}") from None


def list_files(url, skip):
    """The URLs of the files under `url` (a folder: recursively, sorted; or one file), leaving
    out hidden files and folders and names in `skip`."""
    fs, root = _filesystem(url)
    protocol = url.split("://", 1)[0]
    if fs.isdir(root):
        found = []
        for path in fs.find(root):
            relative = posixpath.relpath(path, root).split("/")
            if any(part.startswith(".") for part in relative) or relative[-1] in skip:
                continue
            found.append(f"{protocol}://{path}" if protocol != "file" else f"file://{path}")
        return sorted(found)
    if fs.exists(root):
        return [url]
    raise CorpusError(f"{url}: no such file or folder")


def exists(url):
    """True when the file at `url` exists."""
    fs, root = _filesystem(url)
    return fs.exists(root)


def read_bytes(url):
    """The bytes of the file at `url` (OSError when it cannot be read)."""
    fs, root = _filesystem(url)
    with fs.open(root, "rb") as handle:
        return handle.read()
