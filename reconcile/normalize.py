"""Claims -> Claims with canonical speakers and the years of year-less dates, across
the whole corpus.

"Gutierrez" in one article and "Gerónimo Gutiérrez" in another are one
speaker. Extraction already gives a surname the full name its own document
uses ("Secretary of State Hillary Clinton ... Clinton asked"); here a surname
the corpus knows one full name for takes it, and every spelling that folds to
the same letters takes the corpus's most frequent form.
"""
import collections
import datetime
import re

import attrs

from .lexicon import fold

# A date without a year that would fall this many days after the document was published
# is taken to be of the year before ("on December 28", written on January 3).
FUTURE_SLACK_DAYS = 31


def canonical_speakers(claims, documents=()):
    """The claims with each speaker replaced by its canonical name (`documents` is not needed)."""
    expanded = list(claims)
    spellings = collections.Counter(c.speaker for c in expanded if c.speaker)
    by_surname = collections.defaultdict(set)
    for name in spellings:
        if len(name.split()) > 1:
            by_surname[fold(name.split()[-1])].add(fold(name))
    canonical = {}
    for name in spellings:
        key = fold(name)
        if len(name.split()) == 1 and len(by_surname.get(key, ())) == 1:
            key = next(iter(by_surname[key]))  # a surname the corpus knows one full name for
        canonical[name] = key
    display = {}
    for name, count in spellings.items():
        key = canonical[name]
        best = display.get(key)
        if best is None or (len(name.split()), count, name) > (len(best[0].split()), best[1], best[0]):
            display[key] = (name, count)
    return [attrs.evolve(c, speaker=display[canonical[c.speaker]][0]) if c.speaker else c for c in expanded]


def speaker_key(name):
    """A name folded for comparison: accents, case and spacing ignored.

    >>> speaker_key("Gerónimo  Gutiérrez") == speaker_key("Geronimo Gutierrez")
    True
    """
    return " ".join(fold(name).split()) if name else None


def infer_years(claims, documents):
    """The claims with each year-less date ("March 3" -> "--03-03") given the year of its
    document's publication in `date_inferred` ("2015-03-03"), when the document's
    metadata gives its date. The claim's own `date` stays as written.

    >>> from reconcile.model import Claim, Document
    >>> claim = Claim(id="a", doc="d", path="d", kind="date", text="March 3", start=0, end=7, line=1,
    ...               column=1, section="body", language="en", sentence="", date="--03-03")
    >>> infer_years([claim], [Document(id="d", path="d", text="", published="2015-09-01")])[0].date_inferred
    '2015-03-03'
    """
    published = {d.id: publication_date(d.published) for d in documents}
    found = []
    for claim in claims:
        when = published.get(claim.doc)
        if claim.kind == "date" and claim.date and claim.date.startswith("--") and when is not None:
            claim = attrs.evolve(claim, date_inferred=_with_year(claim.date, when))
        found.append(claim)
    return found


def publication_date(text):
    """The date of a publication date string ("2015-09-01", "2015-09-01T10:00"), or None."""
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(text or ""))
    if not match:
        return None
    try:
        return datetime.date(*map(int, match.groups()))
    except ValueError:
        return None


def _with_year(partial, published):
    """'--MM' or '--MM-DD' in the year of `published`, or the year before when that would
    put it more than a month after the publication."""
    parts = [int(p) for p in partial[2:].split("-")]
    month, day = parts[0], parts[1] if len(parts) > 1 else 1
    year = published.year
    try:
        if datetime.date(year, month, day) - published > datetime.timedelta(days=FUTURE_SLACK_DAYS):
            year -= 1
    except ValueError:
        return None
    return f"{year:04d}{partial[1:]}"
