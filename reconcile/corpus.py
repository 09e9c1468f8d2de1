"""Files in, Documents out: the only stage that reads article files.

A folder is read recursively in sorted order. Metadata comes from a
`manifest.yaml` beside the files or from Markdown front matter; a file without
either is still read. Every path given is either a Document or a Skipped with
the reason, never silently dropped.
"""
import codecs
import os
import re

import attrs
import yaml

from . import storage
from .errors import CorpusError, yaml_error_line
from .html import blank_markup, looks_like_html, page_metadata
from .model import REPORT_TITLE, Document, Skipped

MANIFEST = "manifest.yaml"
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown", "")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
METADATA_KEYS = ("id", "title", "publisher", "published", "url", "language", "republishes", "author")
REPUBLISHES_KEYS = ("publisher", "title", "url", "published", "author")
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


def read_corpus(paths):
    """Read every file under `paths`; returns (documents, skipped), both sorted by path."""
    entries, skipped = list_corpus(paths)
    documents = []
    for path, metadata in entries:
        result = read_document(path, metadata)
        (skipped if isinstance(result, Skipped) else documents).append(result)
    return unique_ids(documents), skipped


def list_corpus(paths):
    """(entries, skipped) for the files under `paths`, not yet read: each entry is a path and
    the metadata its folder's manifest gives the file (read_document's arguments), sorted
    by path; `skipped` holds folders that could not be listed."""
    entries, manifests = [], {}
    files, unreadable = _expand(paths)
    for path in files:
        folder = os.path.dirname(path)
        if folder not in manifests:
            manifests[folder] = read_manifest(os.path.join(folder, MANIFEST))
        entries.append((path, manifests[folder].get(os.path.basename(path), {})))
    return entries, unreadable


def _expand(paths):
    """(files under `paths`, Skipped for folders that could not be listed)."""
    files, unreadable = [], []

    def refused(error):
        unreadable.append(Skipped(error.filename, f"unreadable folder: {error.strerror}"))

    urls = []
    for path in paths:
        if storage.is_url(path):
            urls.extend(storage.list_files(str(path), skip={MANIFEST}))
        elif os.path.isdir(path):
            for folder, dirs, names in os.walk(path, onerror=refused):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files.extend(os.path.join(folder, n) for n in names
                             if n != MANIFEST and not n.startswith("."))
        elif os.path.exists(path):
            files.append(path)
        else:
            raise CorpusError(f"{path}: no such file or folder")
    return sorted(dict.fromkeys([os.path.normpath(f) for f in files] + urls)), unreadable


def _own_report(text):
    """True for a report.md or report.html that reconcile wrote (an earlier run's output left
    in the corpus folder), by the title it opens with."""
    head = text[:2000]
    return head.startswith(f"# {REPORT_TITLE}\n") or (f"<title>{REPORT_TITLE}</title>" in head
                                                     and "Content-Security-Policy" in head)


def read_document(path, metadata=None):
    """One file as a Document, or a Skipped saying why it could not be read."""
    suffix = os.path.splitext(path)[1].lower()
    if suffix not in TEXT_SUFFIXES + HTML_SUFFIXES:
        return Skipped(path, f"unsupported file type '{suffix}' (reads .txt, .md and .html)")
    try:
        if storage.is_url(path):
            raw = storage.read_bytes(path)
        else:
            with open(path, "rb") as handle:
                raw = handle.read()
    except OSError as error:
        return Skipped(path, f"unreadable: {error.strerror or error}")
    if not raw.strip():
        return Skipped(path, "empty file")
    decoded = decode(raw)
    if decoded is None:
        return Skipped(path, "binary file (not text)")
    text, encoding = decoded
    if not text.strip():
        return Skipped(path, "empty file")
    if _own_report(text):
        return Skipped(path, "a report reconcile wrote, not an article")
    fields, header_end, regions, form, source = dict(metadata or {}), 0, (), "text", None
    if suffix in (".md", ".markdown"):
        try:
            front, header_end = front_matter(text, path)
        except CorpusError as error:
            # One article's broken header costs that article, not the run; the reason names the line.
            line, _, problem = str(error)[len(path) + 1:].partition(": ")
            return Skipped(path, f"{problem} (line {line})")
        fields, form = {**front, **fields}, "markdown"
    elif suffix in HTML_SUFFIXES or looks_like_html(text):
        source = text
        text, regions = blank_markup(text)
        form = "html"
        fields = {**page_metadata(source), **fields}  # the manifest says more than the page
        if not text.strip():
            return Skipped(path, "HTML page without text")
    stem = os.path.splitext(os.path.basename(path))[0]
    return Document(
        id=str(fields.get("id") or stem), path=path, text=text, encoding=encoding, format=form,
        header_end=header_end, regions=regions, source=source,
        **{k: _text_or_none(fields.get(k)) for k in METADATA_KEYS if k != "id"})


def decode(raw):
    """(text, encoding) for bytes that are text, or None for binary data."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                          (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding
            except UnicodeDecodeError:
                return None
    if b"\x00" in raw:
        return _utf16_without_bom(raw)
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _detected(raw)


def _utf16_without_bom(raw):
    # UTF-16 text without a BOM has NUL in every other byte; binary data does not.
    zeros_even = raw[0::2].count(0) / max(1, len(raw[0::2]))
    zeros_odd = raw[1::2].count(0) / max(1, len(raw[1::2]))
    # Latin-script text in UTF-16 has a NUL in nearly every other byte and none between.
    encoding = ("utf-16-le" if zeros_odd > 0.7 and zeros_even < 0.1 else
                "utf-16-be" if zeros_even > 0.7 and zeros_odd < 0.1 else None)
    if encoding is None:
        return None
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        return None
    return (text, encoding) if _looks_like_text(text) else None


def _detected(raw):
    from charset_normalizer import from_bytes
    best = from_bytes(raw, cp_isolation=["cp1252", "latin_1", "iso8859_15", "utf_16", "cp850", "mac_roman"]).best()
    encoding = best.encoding if best is not None else "cp1252"
    try:
        text = raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        text, encoding = raw.decode("latin-1"), "latin-1"
    return (text, encoding) if _looks_like_text(text) else None


def _looks_like_text(text):
    """True for decoded bytes that read as text: few control characters, mostly letters and spaces."""
    sample = text[:65536]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f\v")
    wordlike = sum(1 for c in sample if c.isalnum() or c.isspace())
    return controls <= len(sample) * 0.01 and wordlike >= len(sample) * 0.5


def front_matter(text, path):
    """(metadata, end offset) of a Markdown file's YAML front matter, or ({}, 0)."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    try:
        data = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as error:
        # The YAML starts on the file's second line, after the opening '---'.
        raise CorpusError(f"{path}:{yaml_error_line(error) + 1}: front matter is not valid YAML") from None
    if not isinstance(data, dict):
        raise CorpusError(f"{path}:2: front matter must be a mapping of key: value")
    return {k: v for k, v in data.items() if k in METADATA_KEYS}, match.end()


def read_manifest(path):
    """File name -> metadata dict from a manifest.yaml, validated; {} when there is none."""
    if not (storage.exists(path) if storage.is_url(path) else os.path.exists(path)):
        return {}
    try:
        if storage.is_url(path):
            node = yaml.compose(storage.read_bytes(path).decode("utf-8"))
        else:
            with open(path, encoding="utf-8") as handle:
                node = yaml.compose(handle)
    except yaml.YAMLError as error:
        raise CorpusError(f"{path}:{yaml_error_line(error)}: not valid YAML") from None
    except (OSError, UnicodeDecodeError) as error:
        raise CorpusError(f"{path}: cannot be read ({error})") from None
    if node is None:
        return {}
    problems, entries = [], {}
    documents = _mapping_value(node, "documents") if isinstance(node, yaml.MappingNode) else None
    if not isinstance(documents, yaml.MappingNode):
        raise CorpusError(f"{path}:{node.start_mark.line + 1}: a manifest is a mapping "
                          "'documents:' of file name -> metadata")
    for key_node, value_node in documents.value:
        name, line = key_node.value, key_node.start_mark.line + 1
        if not isinstance(value_node, yaml.MappingNode):
            problems.append(f"{path}:{line}: document '{name}': metadata must be a mapping")
            continue
        entries[name] = _metadata(path, name, value_node, problems)
    if problems:
        raise CorpusError("\n".join(problems))
    return entries


def _metadata(path, name, node, problems):
    fields = {}
    for key_node, value_node in node.value:
        key, line = key_node.value, key_node.start_mark.line + 1
        if key not in METADATA_KEYS:
            problems.append(f"{path}:{line}: document '{name}': unknown key '{key}' "
                            f"(expected one of: {', '.join(METADATA_KEYS)})")
        elif key == "republishes" and isinstance(value_node, yaml.MappingNode):
            parts = {k.value: v.value for k, v in value_node.value}
            unknown = sorted(set(parts) - set(REPUBLISHES_KEYS))
            if unknown:
                problems.append(f"{path}:{line}: document '{name}': unknown key "
                                f"'{unknown[0]}' under republishes")
            fields[key] = _describe_original(parts)
        elif isinstance(value_node, yaml.ScalarNode):
            if key == "published" and not _PUBLISHED.fullmatch(value_node.value.strip()):
                problems.append(f"{path}:{line}: document '{name}': published '{value_node.value}' is not a "
                                "date (write it 2021-05-04, 2021-05 or 2021)")
            fields[key] = value_node.value
        else:
            problems.append(f"{path}:{line}: document '{name}': '{key}' must be text")
    return fields


# A publication date as the manifest takes it: a year, a month or a day, a time after it allowed.
_PUBLISHED = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?(?:[T ].*)?")


def _describe_original(parts):
    """'Business Insider, "Title", 2011-02-23, http://...' from a republishes mapping."""
    title = f'"{parts["title"]}"' if parts.get("title") else None
    pieces = [parts.get("publisher"), title, parts.get("author"), parts.get("published"), parts.get("url")]
    return ", ".join(p for p in pieces if p)


def _mapping_value(node, key):
    for key_node, value_node in node.value:
        if key_node.value == key:
            return value_node
    return None


def _text_or_none(value):
    return None if value is None or value == "" else str(value)


def unique_ids(documents):
    """Documents sorted by path, ids made unique by their folder where two share a name."""
    counts = {}
    for doc in documents:
        counts[doc.id] = counts.get(doc.id, 0) + 1
    unique = []
    for doc in sorted(documents, key=lambda d: d.path):
        if counts[doc.id] > 1:
            doc = attrs.evolve(doc, id=os.path.splitext(doc.path)[0].replace(os.sep, "/"))
        unique.append(doc)
    return unique
