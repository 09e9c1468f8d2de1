"""Documents and groups -> where each document's text comes from, and how many
independent origins stand behind each group.

A document republishes another outlet's text when its metadata says so
(`republishes` in the manifest), when a credit line says so ("Article from
Business Insider", "(AP)", "con información de EFE"), or when it is a
near-verbatim copy of another document of the corpus. It cites an outlet when
it credits a fact to it ("The BBC's correspondent says", "the Associated Press
reported"). Copies are found with one-permutation MinHash sketches of word
shingles and locality-sensitive hashing (Li, Owen and Zhang, "One Permutation
Hashing", NIPS 2012; Broder, "On the resemblance and containment of documents",
1997): time grows with the text, never with the pairs of documents.

Documents that republish one another, directly or through a copy, form one
origin; an agreement is as strong as its independent origins, not its documents.
"""
import collections
import functools
import itertools
import re
import zlib

import attrs

from .corpus import read_document
from .grouping import text_names
from .lexicon import _alternation, _load, fold
from .model import Skipped
from .parallel import map_documents
from .text import LineIndex, folded_words

# Words per shingle: long enough that two independent reports of one event rarely share
# many, short enough that a copy with a few edits keeps most (Broder 1997 used 4 to 10).
SHINGLE_WORDS = 5
# One-permutation MinHash bins, and the LSH bands they are cut into (16 bands of 4 rows:
# pairs resembling each other by 0.5 or more become candidates with probability > 0.6,
# by 0.8 or more with probability > 0.99).
BINS = 64
BANDS = 16
# A copy: at least this share of the sketch's bins agree (the estimated Jaccard
# resemblance of the two shingle sets).
COPY_RESEMBLANCE = 0.5
# Bodies with fewer shingles than this give too noisy a sketch to call a copy.
MIN_SHINGLES = 40
# Documents in one LSH bucket compared pairwise at most; a larger bucket (many copies of
# one wire story) is linked as a chain of neighbours, which unites them all the same.
BUCKET_PAIRS = 32


@attrs.frozen
class Link:
    """One thing a document republishes or cites: an outlet's name or another document,
    how it was found ('declared', 'credit line', 'near-verbatim copy', 'mention') and where."""

    relation: str  # 'republishes' or 'cites'
    name: str
    how: str
    document: str | None = None  # the corpus document, when the link points at one
    line: int | None = None
    evidence: str = ""

    @property
    def declared(self):
        return self.how == "declared"

    def to_json(self):
        return {"name": self.name, "how": self.how, "declared": self.declared, "document": self.document,
                "line": self.line, "evidence": self.evidence}


@attrs.frozen
class Lineage:
    """What one document republishes and cites, and the origin it counts as."""

    doc: str
    origin: str
    republishes: tuple = ()
    cites: tuple = ()

    def to_json(self):
        return {"origin": self.origin, "republishes": [link.to_json() for link in self.republishes],
                "cites": [link.to_json() for link in self.cites]}


@attrs.frozen
class Trace:
    """What the text of one document shows: its credit lines and mentions, its sketch, and
    the names, places and acronyms its body gives (grouping.text_names: its story)."""

    doc: str
    links: tuple
    sketch: tuple | None
    names: frozenset = frozenset()


@functools.lru_cache(maxsize=None)
def _data():
    return _load("lineage.yaml")


@functools.lru_cache(maxsize=None)
def _outlet_names():
    """Every name a text may use for a listed outlet -> the outlet's name for the report."""
    names = {}
    for outlet, aliases in _data()["outlets"].items():
        for alias in [outlet, *aliases]:
            names[fold(alias)] = outlet
    return names


# A capitalised name of up to five words, joined by the small words names carry.
_NAME = (r"(?P<name>(?-i:(?:[Tt]he |[Ee]l |[Ll]a )?[A-ZÁÉÍÓÚÑ][\w&.'’-]*"
         r"(?:\s(?:(?:of|de|del|la|y|and|en) )?[A-ZÁÉÍÓÚÑ][\w&'’-]*){0,4}))")


@functools.lru_cache(maxsize=None)
def _patterns():
    """[(relation, compiled pattern)] from the data file."""
    aliases = sorted({a for names in _data()["outlets"].values() for a in names} | set(_data()["outlets"]),
                     key=len, reverse=True)
    outlet = r"(?P<name>(?-i:" + "|".join(re.escape(a) for a in aliases) + r"))(?![\w])"
    compiled = []
    for relation in ("republishes", "cites"):
        for pattern in _data()[relation]:
            body = pattern.replace("{name}", _NAME).replace("{outlet}", outlet)
            compiled.append((relation, re.compile(r"(?<![\w])(?:" + body + ")", re.IGNORECASE)))
    return compiled


@functools.lru_cache(maxsize=None)
def _needs_outlet():
    """For each of _patterns(), whether it names a listed outlet: it can match only on a line
    where an outlet's name stands (with its case, before a non-word character)."""
    return [("{outlet}" in pattern) for relation in ("republishes", "cites") for pattern in _data()[relation]]


@functools.lru_cache(maxsize=None)
def _outlet_anywhere():
    """Where a listed outlet's name stands, as the patterns' {outlet} finds it (spaces as any
    run of spaces: a wider net, which only ever keeps a line to read)."""
    aliases = {a for names in _data()["outlets"].values() for a in names} | set(_data()["outlets"])
    return re.compile("(?:" + _alternation(sorted(aliases)) + r")(?![\w])")


def _trigger_words():
    aliases = {a for names in _data()["outlets"].values() for a in names} | set(_data()["outlets"])
    return aliases | set(_data()["triggers"])


@functools.lru_cache(maxsize=None)
def _trigger():
    """One trie-shaped pattern finding the lines worth reading with every pattern: a few
    lines of an article hold a credit, and running all patterns over all text took seconds."""
    return re.compile(r"(?<![\w])(?:" + _alternation(sorted(_trigger_words())) + r")(?![\w])", re.IGNORECASE)


# Letters that re.IGNORECASE matches otherwise than by their lower case (see _lower_trigger).
_CASE_EXCEPTIONS = "ıſµμ"
_CASE_EXCEPTION = re.compile(f"[{_CASE_EXCEPTIONS}]")


@functools.lru_cache(maxsize=None)
def _lower_trigger():
    """_trigger for lower-cased text, or None: its words in lower case, matched with case,
    three times faster than ignoring case. The matches are the same where each character
    of the text lowers to one (str.lower() may lengthen a text: "İ") and none is a dotless
    i, long s or Greek mu: for letters of Latin-1 and Latin Extended-A, which the words
    must be written in, ignoring case is comparing lower cases but for the pairs i/ı, s/ſ
    and µ/μ (CPython's re/_casefix.py lists every such pair)."""
    words = {w.lower() for w in _trigger_words()}
    if any(c > "\u017f" or c in _CASE_EXCEPTIONS for w in words for c in w):
        return None
    return re.compile(r"(?<![\w])(?:" + _alternation(sorted(words)) + r")(?![\w])")


def _trigger_finder(text):
    """A function (start, end) -> the trigger words' matches in text[start:end]."""
    lowered = text.lower()
    if _lower_trigger() is not None and len(lowered) == len(text) and _CASE_EXCEPTION.search(text) is None:
        return lambda start, end: _lower_trigger().finditer(lowered, start, end)
    return lambda start, end: _trigger().finditer(text, start, end)


def _lines_with_triggers(text, start, end, find=None):
    """(start, end) of each line of text[start:end] holding a trigger word, in order;
    `find` is text's _trigger_finder when the caller made it."""
    spans, last = [], -1
    for match in (find or _trigger_finder(text))(start, end):
        if match.start() <= last:
            continue
        line_start = max(start, text.rfind("\n", 0, match.start()) + 1)
        line_end = text.find("\n", match.end())
        line_end = end if line_end < 0 or line_end > end else line_end
        spans.append((line_start, line_end))
        last = line_end
    return spans


def outlet_name(name):
    """The report's name for an outlet: a listed outlet's own name, else the name as
    written without a leading article or trailing punctuation.

    >>> outlet_name("the BBC"), outlet_name("AP"), outlet_name("The Dallas Morning News.")
    ('BBC News', 'Associated Press', 'Dallas Morning News')
    """
    name = " ".join(name.split()).strip(" .,;:")
    listed = _outlet_names().get(fold(name))
    if listed:
        return listed
    return re.sub(r"^(?:the|el|la|los|las)\s+", "", name, flags=re.IGNORECASE)


def credit_links(text, spans=None):
    """Links that the credit lines and mentions of `text` (within `spans`, (start, end)
    pairs; default the whole text) show, in order of position.

    >>> [(l.relation, l.name, l.line) for l in credit_links("Troops left.\\n– Article from Business Insider.")]
    [('republishes', 'Business Insider', 2)]
    """
    spans = spans or [(0, len(text))]
    find, lines = _trigger_finder(text), None
    found = {}
    for start, end in (line for span in spans for line in _lines_with_triggers(text, *span, find)):
        outlet = _outlet_anywhere().search(text, start, end) is not None
        for (relation, pattern), needs_outlet in zip(_patterns(), _needs_outlet()):
            if needs_outlet and not outlet:
                continue
            for match in pattern.finditer(text, start, end):
                name = outlet_name(match.group("name"))
                if not name:
                    continue
                lines = lines or LineIndex(text)  # made only for a text that has a credit
                line = lines.position(match.start())[0]
                key = (relation, name)
                if key not in found or found[key].line > line:
                    how = "credit line" if relation == "republishes" else "mention"
                    found[key] = Link(relation, name, how, line=line, evidence=" ".join(match.group(0).split()))
    return tuple(sorted(found.values(), key=lambda link: (link.line, link.relation, link.name)))


def shingle_sketch(words):
    """The one-permutation MinHash sketch of the word shingles of `words`: for each of
    BINS bins the smallest shingle hash falling in it (None for an empty bin), or None
    when there are too few shingles to judge.

    >>> sketch = shingle_sketch(("word%d" % i for i in range(100)))
    >>> len(sketch), sketch == shingle_sketch(("word%d" % i for i in range(100)))
    (64, True)
    """
    words = list(words)
    count = len(words) - SHINGLE_WORDS + 1
    if count < MIN_SHINGLES:
        return None
    # Each shingle is a slice of the words joined once (the same bytes as joining its five
    # words), cut at the words' offsets, all in C through map: no Python step per shingle.
    text = " ".join(words)
    joined = text.encode()
    sizes = map(len, words) if len(joined) == len(text) else (len(w.encode()) for w in words)  # ASCII: chars are bytes
    starts = list(itertools.accumulate(map((1).__add__, sizes), initial=0))
    grams = map(joined.__getitem__, map(slice, starts[:count], [e - 1 for e in starts[SHINGLE_WORDS:]]))
    # crc32 is the same in every process and run, unlike hash(). The smallest hash of each
    # bin is the first of that bin in sorted order, so one sort in C fills the sketch.
    sketch, missing = [None] * BINS, BINS
    for value in sorted(set(map(zlib.crc32, grams))):
        slot = value % BINS
        if sketch[slot] is None:
            sketch[slot] = value
            missing -= 1
            if not missing:
                break
    return tuple(sketch)


def resemblance(left, right):
    """The share of bins two sketches both fill that hold the same hash: an estimate of
    the Jaccard resemblance of the two shingle sets.

    >>> resemblance((1, 2, 3, None), (1, 2, 4, 5))
    0.6666666666666666
    """
    both = [(a, b) for a, b in zip(left, right) if a is not None and b is not None]
    return sum(a == b for a, b in both) / len(both) if both else 0.0


def trace_sections(document, sections):
    """The Trace of `document` (with its text) from its own sections: what the extraction
    worker computes while it holds the text, so lineage never reads the file again."""
    body = [(s.start, s.end) for s in sections if s.kind == "body"]
    chrome = [(s.start, s.end) for s in sections if s.kind == "chrome"]
    return trace_document(document, body, chrome)


def trace_document(item, body_spans, chrome_spans=()):
    """The Trace of one document (a Document with its text, or a (path, metadata) pair to
    read it from), from the spans of its body and page chrome that its sections give.

    Credit lines are looked for in both (a credit under the article is often set apart
    like chrome); the sketch covers the body only, since two sites' chrome differs."""
    document = read_document(*item) if isinstance(item, tuple) else item
    if isinstance(document, Skipped):
        return None
    text = document.text
    spans = list(body_spans) or [(document.header_end, len(text))]
    words = [w for start, end in spans for w in folded_words(text[start:end])]
    credit_spans = sorted(spans + list(chrome_spans))
    return Trace(doc=document.id, links=credit_links(text, credit_spans), sketch=shingle_sketch(words),
                 names=frozenset().union(*(text_names(text[start:end]) for start, end in spans)))


def trace_documents(documents, sections, *, jobs=1, known=None):
    """The Traces of `documents` ({doc id: Trace}): those in `known` ({doc id: Trace}, as
    extraction computes them) as they are, the others traced here; a document whose text
    was let go is read again, a document at a time, so memory stays with one text per process."""
    traces = {d.id: known[d.id] for d in documents if known and d.id in known}
    documents = [d for d in documents if d.id not in traces]
    if not documents:
        return traces
    spans = collections.defaultdict(list)
    for section in sections:
        if section.kind != "comment":
            spans[section.doc, section.kind].append((section.start, section.end))
    work = [(d if d.text else (d.path, None), tuple(spans[d.id, "body"]), tuple(spans[d.id, "chrome"]))
            for d in documents]
    results = map_documents(_trace_with_spans, work, jobs=jobs)
    for document, trace in zip(documents, results):
        if isinstance(trace, str):  # the file was read and extracted a moment ago: a bug, said loudly
            raise RuntimeError(f"{document.path}: tracing lineage failed: {trace}")
        if trace is not None:
            traces[document.id] = attrs.evolve(trace, doc=document.id)
    return traces


def _trace_with_spans(work):
    return trace_document(*work)


def near_copies(sketches):
    """Pairs (a, b, resemblance) of documents whose sketches resemble each other by
    COPY_RESEMBLANCE or more, a < b, found through LSH buckets rather than all pairs."""
    rows = BINS // BANDS
    buckets = collections.defaultdict(list)
    for doc, sketch in sorted(sketches.items()):
        if sketch is None:
            continue
        for band in range(BANDS):
            key = sketch[band * rows:(band + 1) * rows]
            if None not in key:
                buckets[(band, key)].append(doc)
    candidates = set()
    for members in buckets.values():
        if len(members) <= BUCKET_PAIRS:
            candidates.update((a, b) for i, a in enumerate(members) for b in members[i + 1:])
        else:
            candidates.update(zip(members, members[1:]))
    pairs = []
    for a, b in sorted(candidates):
        score = resemblance(sketches[a], sketches[b])
        if score >= COPY_RESEMBLANCE:
            pairs.append((a, b, score))
    return pairs


def document_lineage(documents, traces):
    """{doc id: Lineage} from the documents' metadata and their Traces."""
    by_publisher = collections.defaultdict(list)
    for document in documents:
        if document.publisher:
            by_publisher[outlet_name(document.publisher)].append(document.id)
    links = collections.defaultdict(list)
    for document in documents:
        if document.republishes:
            name = outlet_name(_declared_name(document.republishes))
            links[document.id].append(Link("republishes", name, "declared", evidence=document.republishes))
        trace = traces.get(document.id)
        own = outlet_name(document.publisher) if document.publisher else None
        for link in (trace.links if trace else ()):
            if link.name != own:  # a site's own name in its footer is no credit
                links[document.id].append(link)
    docs = {d.id: d for d in documents}
    copies = near_copies({doc: trace.sketch for doc, trace in traces.items()})
    for a, b, score in copies:
        for copy, original in _copy_direction(docs[a], docs[b]):
            links[copy.id].append(Link("republishes", _display(original), "near-verbatim copy",
                                       document=original.id, evidence=f"shares text, resemblance {score:.2f}"))
    # Point links at corpus documents where an outlet named is the publisher of one.
    for doc, found in links.items():
        links[doc] = [attrs.evolve(link, document=link.document or _only_other(by_publisher.get(link.name), doc))
                      for link in found]
    origins = _origins(documents, links)
    return {d.id: Lineage(doc=d.id, origin=origins[d.id],
                          republishes=tuple(_sorted(l for l in links[d.id] if l.relation == "republishes")),
                          cites=tuple(_sorted(l for l in links[d.id] if l.relation == "cites")))
            for d in documents}


def _sorted(links):
    order = {"declared": 0, "credit line": 1, "near-verbatim copy": 2, "mention": 3}
    return sorted(links, key=lambda l: (order[l.how], l.name, l.line or 0))


def _declared_name(republishes):
    """The outlet a manifest's `republishes` names: the text before the first comma (the
    corpus reader writes the publisher first)."""
    return republishes.split(",")[0].strip().strip('"')


def _display(document):
    return document.publisher or document.id


def _only_other(docs, doc):
    others = [d for d in docs or () if d != doc]
    return others[0] if len(others) == 1 else None


def _copy_direction(a, b):
    """[(copy, original)]: the later document copies the earlier; when the dates cannot
    tell, each is recorded as sharing the other's text."""
    left, right = a.published or "", b.published or ""
    if left and right and not (left.startswith(right) or right.startswith(left)):
        return [(b, a)] if left < right else [(a, b)]
    return [(a, b), (b, a)]


def _origins(documents, links):
    """{doc id: origin name}: documents joined by republishing links between them form one
    origin, named by the outlets they credit outside the corpus, else by its earliest member."""
    parent = {d.id: d.id for d in documents}

    def root(doc):
        while parent[doc] != doc:
            parent[doc] = parent[parent[doc]]
            doc = parent[doc]
        return doc
    for doc, found in sorted(links.items()):
        for link in found:
            if link.relation == "republishes" and link.document in parent:
                a, b = sorted((root(doc), root(link.document)))
                parent[b] = a
    members = collections.defaultdict(list)
    for document in documents:
        members[root(document.id)].append(document)
    names = {}
    for group in members.values():
        outside = sorted({l.name for d in group for l in links.get(d.id, ())
                          if l.relation == "republishes" and l.document is None})
        if outside:
            name = " + ".join(outside)
        else:
            first = min(group, key=lambda d: (d.published or "9999", d.id))
            name = _display(first)
        for document in group:
            names[document.id] = name
    return names


def primary_source(claim):
    """The primary document a claim is attributed to, as 'cable of 2010-01-29', or None.

    >>> import types
    >>> primary_source(types.SimpleNamespace(attribution="According to the cable dated 29 January 2010",
    ...                                      sentence_dates=("2010-01-29",)))
    'cable of 2010-01-29'
    """
    words = folded_words(claim.attribution or "")
    nouns = [w for w in words if w in _primaries()]
    if not nouns:
        return None
    noun = nouns[0]
    dates = getattr(claim, "sentence_dates", ()) or (
        (claim.date,) if getattr(claim, "date", None) and not getattr(claim, "relative", False) else ())
    return f"{noun} of {dates[0]}" if dates else noun


@functools.lru_cache(maxsize=None)
def _primaries():
    return frozenset(fold(w) for w in _data()["primaries"])


def group_origins(groups, claims, lineage):
    """Groups with their `origins` (one name per independent origin among their documents)
    and `chains` ('BBC News → cable of 2010-01-29') filled."""
    by_id = {c.id: c for c in claims}
    updated = []
    for group in groups:
        origins = sorted({lineage[d].origin for d in group.documents if d in lineage})
        chains = set()
        for claim_id in group.claims:
            claim = by_id.get(claim_id)
            primary = primary_source(claim) if claim else None
            if primary and claim.doc in lineage:
                chains.add(f"{lineage[claim.doc].origin} → {primary}")
        updated.append(attrs.evolve(group, origins=tuple(origins), chains=tuple(sorted(chains))))
    return tuple(updated)


def trace_lineage(documents, sections, claims, groups, *, jobs=1, traces=None):
    """(groups with origins, {doc id: Lineage}): the lineage stage of the pipeline.
    `traces` ({doc id: Trace}) are the documents' Traces extraction already made."""
    traces = trace_documents(documents, sections, jobs=jobs, known=traces)
    lineage = document_lineage(documents, traces)
    return group_origins(groups, claims, lineage), lineage


__all__ = ["Lineage", "Link", "trace_lineage", "document_lineage", "credit_links", "shingle_sketch",
           "resemblance", "near_copies", "outlet_name", "primary_source"]
