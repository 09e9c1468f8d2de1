"""Frozen records passed between the pipeline stages.

Every record that comes from a source carries its provenance: the document id,
the section and the character span in the decoded file, so a verdict can always
point at its evidence.
"""
import collections
import itertools
import operator

import attrs

KINDS = ("quantity", "date", "quote")
SECTION_KINDS = ("body", "comment", "chrome")
# The title of the reports reconcile writes: a corpus folder that holds an earlier run's
# report.md or report.html does not read it as an article (corpus.read_document).
REPORT_TITLE = "Reconciliation report"
QUALIFIERS = (None, "more_than", "less_than", "at_least", "at_most", "about")
VERDICTS = ("contradict", "variant", "agree", "single-source")


@attrs.frozen
class Document:
    """One source file, decoded, with the metadata the corpus gives it."""

    id: str
    path: str
    text: str
    publisher: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None
    republishes: str | None = None
    encoding: str = "utf-8"
    author: str | None = None
    # Characters at the top that are metadata (Markdown front matter), not article text.
    header_end: int = 0
    # (start, end, kind) spans an HTML page marks as 'chrome' or 'comment'.
    regions: tuple = ()
    # 'text', 'markdown' or 'html' (markup blanked out, offsets kept).
    format: str = "text"
    # The decoded file when `text` is a blanked copy of it (HTML), else None.
    source: str | None = attrs.field(default=None, repr=False)

    def metadata(self):
        """The document's metadata as a plain dict (no text)."""
        fields = ("id", "path", "publisher", "title", "published", "url",
                  "language", "republishes", "author", "encoding", "format")
        return {name: getattr(self, name) for name in fields}


@attrs.frozen
class Skipped:
    """An input that was not read, and why."""

    path: str
    reason: str


def _quick_pickling(cls):
    """Pickle an attrs class as the tuple of its values, read and set in C.

    Worker processes send every section and claim back to the main process;
    attrs' own state functions loop over the fields in Python, which made
    pickling and unpickling a noticeable share of a large run.
    """
    names = tuple(field.name for field in attrs.fields(cls))
    values_of = operator.attrgetter(*names)
    setter = object.__setattr__  # the classes are frozen

    def __getstate__(self):
        return values_of(self)

    def __setstate__(self, state):
        collections.deque(map(setter, itertools.repeat(self, len(names)), names, state), maxlen=0)

    cls.__getstate__, cls.__setstate__ = __getstate__, __setstate__
    return cls


@_quick_pickling
@attrs.frozen
class Section:
    """A contiguous span of a document: article body, one reader comment, or page chrome."""

    doc: str
    kind: str = attrs.field(validator=attrs.validators.in_(SECTION_KINDS))
    start: int
    end: int
    language: str
    author: str | None = None
    index: int = 0


@_quick_pickling
@attrs.frozen
class Claim:
    """One checkable statement found in a section, with its provenance."""

    id: str
    doc: str
    path: str
    kind: str = attrs.field(validator=attrs.validators.in_(KINDS))
    text: str
    start: int
    end: int
    line: int
    column: int
    section: str
    language: str
    sentence: str
    context: str = ""
    clause: str = ""
    # The dates the same sentence gives (ISO), for matching: "between December 2006 and
    # December 2010" ties a death toll to its period in any language. Not in the JSON.
    sentence_dates: tuple = ()
    subject: str | None = None
    attribution: str | None = None
    comment_author: str | None = None
    # quantity
    value: float | None = None
    unit: str | None = None
    qualifier: str | None = attrs.field(default=None, validator=attrs.validators.in_(QUALIFIERS))
    low: float | None = None
    high: float | None = None
    # The fraction or ratio as the text gave it ("2/3" for "two-thirds", "1/5" for "one in
    # five"), so a report can say "two-thirds" rather than "66.67%"; None otherwise.
    fraction: str | None = None
    # The person the figure is said of: an age's ("Gary Cohen, 58", "58-year-old Gary
    # Cohen", "Juan Mora, de 32 años"), else None. Two sources' ages of one person are one
    # claim; of two people, two claims.
    holder: str | None = None
    # date
    date: str | None = None
    relative: bool = False
    # A date given without its year, with the year of the document's publication; a
    # relative day ("yesterday") with its day, from the publication date.
    date_inferred: str | None = None
    # quote
    quote: str | None = None
    speaker: str | None = None
    # True when the quote's own sentence names the speaker with a speech verb or "according
    # to"; False when the speaker was inferred (a pronoun, a continuation, a name nearby).
    speaker_explicit: bool = False

    def to_json(self):
        """The claim as the JSON contract names it (kind-specific fields only for that kind)."""
        data = {
            "id": self.id, "doc": self.doc, "path": self.path, "kind": self.kind,
            "text": self.text, "start": self.start, "end": self.end,
            "line": self.line, "column": self.column, "section": self.section,
            "language": self.language, "sentence": self.sentence,
            "subject": self.subject, "attribution": self.attribution,
        }
        if self.comment_author is not None:
            data["comment_author"] = self.comment_author
        if self.kind == "quantity":
            data.update(value=_plain_number(self.value), unit=self.unit, qualifier=self.qualifier,
                        low=_plain_number(self.low), high=_plain_number(self.high))
            if self.fraction is not None:
                data["fraction"] = self.fraction
            if self.holder is not None:
                data["holder"] = self.holder
        elif self.kind == "date":
            data.update(date=self.date, relative=self.relative, date_inferred=self.date_inferred)
        else:
            data.update(quote=self.quote, speaker=self.speaker, speaker_explicit=self.speaker_explicit)
        return data


def _plain_number(value):
    """Integral floats as ints so JSON reads 61, not 61.0."""
    if value is None or value != value or value in (float("inf"), float("-inf")):
        return None
    return int(value) if float(value).is_integer() else value


@attrs.frozen
class Tolerance:
    """How far apart two values may be and still agree."""

    absolute: float = 0.0
    relative: float = 0.0

    def slack(self, value):
        """The allowed distance around `value`."""
        return max(self.absolute, abs(value) * self.relative)


@attrs.frozen
class Rule:
    """A user's description of one claim to reconcile across sources."""

    id: str
    title: str
    kind: str
    file: str
    line: int
    all_of: tuple = ()
    any_of: tuple = ()
    none_of: tuple = ()
    unit: str | None = None
    speaker: str | None = None
    anchors: tuple = ()
    threshold: float = 90.0
    quote_threshold: float = 80.0
    tolerance: Tolerance = Tolerance()
    sum_of: tuple = ()
    description: str | None = None


@attrs.frozen
class Level:
    """One comparison level that fired when two claims were linked, as splink labels them:
    the comparison ('value'), the level's label ('equal values') and its match weight."""

    comparison: str
    label: str
    weight: float

    def to_json(self):
        return {"comparison": self.comparison, "label": self.label, "weight": round(self.weight, 2)}


@attrs.frozen
class Group:
    """Claims judged to be the same claim, and the verdict on them.

    `evidence` holds the comparison levels of the weakest link that holds a group found
    without a rule, and `weight` their summed match weight; for a group a rule formed,
    each rule item's best term with its score (0-100) on the weakest member, and the
    rule's score. `reason` is the verdict's reason in a few words.
    """

    id: str
    rule: str | None
    title: str
    kind: str
    verdict: str = attrs.field(validator=attrs.validators.in_(VERDICTS))
    claims: tuple
    documents: tuple
    differences: tuple = ()
    evidence: tuple = ()
    weight: float | None = None
    reason: str = ""
    # One name per independent origin among the documents (see lineage.py), and the chains
    # from an origin to the primary document its claims are attributed to.
    origins: tuple = ()
    chains: tuple = ()

    def to_json(self):
        """The group as the JSON contract names it."""
        return {"id": self.id, "rule": self.rule, "title": self.title, "kind": self.kind,
                "verdict": self.verdict, "claims": list(self.claims),
                "documents": list(self.documents), "differences": list(self.differences),
                "reason": self.reason, "origins": list(self.origins), "chains": list(self.chains),
                "evidence": {"weight": None if self.weight is None else round(self.weight, 2),
                             "levels": [level.to_json() for level in self.evidence]}}


@attrs.frozen
class Report:
    """Everything a run found: the input of the renderers."""

    documents: tuple
    sections: tuple
    claims: tuple
    groups: tuple
    skipped: tuple
    rules: tuple = ()
    # The rules file or folder the run used; None when it ran without rules.
    rules_path: str | None = None
    # Lineage records, one per document (lineage.py), and parts-and-total checks (consistency.py).
    lineage: tuple = ()
    checks: tuple = ()
