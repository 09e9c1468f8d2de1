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
import functools
import re

import attrs

from .lexicon import fold, languages, lexicon, weekday_numbers
from .text import clause_around

# A date without a year that would fall this many days after the document was published
# is taken to be of the year before ("on December 28", written on January 3).
FUTURE_SLACK_DAYS = 31


def canonical_speakers(claims, documents=()):
    """The claims with each speaker replaced by its canonical name (`documents` is not needed).

    A shorter form of a name takes the one fuller name the corpus gives it: a surname
    ("López"), a first name and first surname ("Ana López" for "Ana López Ruiz"); every
    spelling that folds to the same letters takes the corpus's most frequent form.
    """
    expanded = list(claims)
    spellings = collections.Counter(c.speaker for c in expanded if c.speaker)
    fuller = collections.defaultdict(set)
    for name in spellings:
        for alias in _aliases(_folded(name)):
            fuller[alias].add(_folded(name))
    # For misspellings: every folded name and alias -> the full names it stands for, found by
    # _slip_keys, and how many claims give each name.
    names = {**{_folded(n): {_folded(n)} for n in spellings}, **fuller}
    by_key = collections.defaultdict(list)
    for alias in names:
        for slip_key in _slip_keys(alias):
            by_key[slip_key].append(alias)
    given = collections.Counter()
    for name, count in spellings.items():
        given[_folded(name)] += count
    canonical = {}
    for name in spellings:
        key = _folded(name)
        longer = {full for full in fuller.get(key, ()) if len(full.split()) > len(key.split())}
        if not longer and key not in fuller:
            # "Edogan" where the corpus names "Recep Tayyip Erdogan", "Roland Bulter" where it
            # names "Roland Butler": a name misspelt, of the one person it spells right.
            nearby = {alias for slip_key in _slip_keys(key) for alias in by_key.get(slip_key, ())}
            meant = {full for alias in _misspelt(key, nearby) for full in names[alias]}
            if len(meant) == 1 and sum(given[full] for full in meant) > given[key]:
                longer = meant
        if longer:
            fullest = max(longer, key=lambda n: (len(n.split()), n))
            if all(_covers(fullest, other) for other in longer):
                key = fullest  # one person the corpus names more fully; else ambiguous, kept
        canonical[name] = key
    display = {}
    for name, count in spellings.items():
        key = canonical[name]
        best = display.get(key)
        # The form the sources use most for the person, of the forms with a first name:
        # "Claudia Sheinbaum" twenty times over "Claudia Sheinbaum Pardo" once.
        if best is None or _preference(name, count) > _preference(*best):
            display[key] = (name, count)
    return [attrs.evolve(c, speaker=display[canonical[c.speaker]][0]) if c.speaker else c for c in expanded]


def _folded(name):
    """A name folded for telling people apart: no case, accents or hyphens ("Yoon Suk-yeol"
    and "Yoon Suk Yeol" are one spelling)."""
    return " ".join(fold(name).replace("-", " ").split())


# A name's words this long or longer may be misspelt by one letter and still name one person.
MISSPELT_LENGTH = 6


def _slip_keys(name):
    """Two keys a name shares with any name it misspells by one letter in one word of
    MISSPELT_LENGTH letters or more: the first two letters of each word, or the last two (one
    slip cannot reach both ends of such a word).

    >>> bool(set(_slip_keys("edogan")) & set(_slip_keys("erdogan"))), bool(set(_slip_keys("edogan")) & set(_slip_keys("garcia")))
    (True, False)
    """
    words = name.split()
    return ("^", tuple(w[:2] for w in words)), ("$", tuple(w[-2:] for w in words))


def _misspelt(key, aliases):
    """The aliases (shorter forms of the corpus's full names) that `key` misspells by one letter
    left out, added, changed or two swapped, each of its words MISSPELT_LENGTH letters or more
    where they differ: "edogan" for "erdogan", "roland bulter" for "roland butler".

    >>> sorted(_misspelt("edogan", {"erdogan": 1, "dogan": 1})), _misspelt("lopez", {"lopes": 1})
    (['erdogan'], [])
    >>> _misspelt("roland bulter", {"roland butler": 1})
    ['roland butler']
    """
    words = key.split()
    found = []
    for alias in aliases:
        other = alias.split()
        if len(other) != len(words) or alias == key:
            continue
        differing = [(a, b) for a, b in zip(words, other) if a != b]
        if len(differing) == 1 and min(map(len, differing[0])) >= MISSPELT_LENGTH and _one_slip(*differing[0]):
            found.append(alias)
    return found


def _one_slip(a, b):
    """True when two words differ by one letter left out, added or changed, or two swapped."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        places = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(places) == 1 or (len(places) == 2 and places[1] == places[0] + 1
                                    and a[places[0]] == b[places[1]] and a[places[1]] == b[places[0]])
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _preference(name, count):
    """How fit a spelling is to name a person in the report: a full name before a surname
    alone, then the most used, then the longer, then the first in order."""
    return len(name.split()) > 1, count, len(name.split()), name


def _aliases(name):
    """The shorter forms a folded full name goes by: its surname, and the name without its
    first names ("lopez obrador"); with two surnames ("ana lopez ruiz"), also the first
    surname and the first name with it.

    >>> sorted(_aliases("ana lopez ruiz"))
    ['ana lopez', 'lopez', 'lopez ruiz', 'ruiz']
    >>> sorted(_aliases("andres manuel lopez obrador"))
    ['andres manuel', 'lopez', 'lopez obrador', 'manuel', 'manuel lopez obrador', 'obrador']
    """
    words = name.split()
    if len(words) < 2:
        return set()
    found = {" ".join(words[i:]) for i in range(1, len(words))}
    if len(words) >= 3:
        found.update({words[1], f"{words[0]} {words[1]}", words[-2]})
    return found


def _covers(full, other):
    """True when `other` is `full` or a shorter form of it."""
    return other == full or other in _aliases(full)


def speaker_key(name):
    """A name folded for comparison: accents, case and spacing ignored.

    >>> speaker_key("Gerónimo  Gutiérrez") == speaker_key("Geronimo Gutierrez")
    True
    """
    return " ".join(fold(name).split()) if name else None


def infer_years(claims, documents):
    """The claims with each year-less date ("March 3" -> "--03-03") given a year in
    `date_inferred` ("2015-03-03"): the year of its document's publication when the
    metadata gives it, else of the latest full date the document's own body gives (a date
    line, or the latest event it dates: an article is written after what it reports).
    A relative day of the article's body ("yesterday", "anoche", "on Tuesday", "el martes
    pasado") gets its day from the publication date the metadata gives, and only from it. The
    claim's own `date` stays as written.

    >>> from reconcile.model import Claim, Document
    >>> claim = Claim(id="a", doc="d", path="d", kind="date", text="March 3", start=0, end=7, line=1,
    ...               column=1, section="body", language="en", sentence="", date="--03-03")
    >>> infer_years([claim], [Document(id="d", path="d", text="", published="2015-09-01")])[0].date_inferred
    '2015-03-03'
    >>> dated = attrs.evolve(claim, id="b", date="2017-09-19", text="Sept. 19, 2017")
    >>> infer_years([claim, dated], [Document(id="d", path="d", text="")])[0].date_inferred
    '2017-03-03'
    """
    published = {d.id: publication_date(d.published) for d in documents}
    latest = {}
    for claim in claims:
        if (claim.kind == "date" and claim.section == "body" and not claim.relative and claim.date
                and published.get(claim.doc) is None):
            when = publication_date(claim.date)
            if when is not None and (claim.doc not in latest or when > latest[claim.doc]):
                latest[claim.doc] = when
    found = []
    for claim in claims:
        when = published.get(claim.doc) or latest.get(claim.doc)
        if claim.kind == "date" and claim.date and claim.date.startswith("--") and when is not None:
            claim = attrs.evolve(claim, date_inferred=_with_year(claim.date, when))
        elif (claim.kind == "date" and claim.relative and claim.section == "body"
              and published.get(claim.doc) is not None):
            # A reader's comment is written after the article: its "yesterday" is not the article's.
            days = _relative_days(claim.language).get(fold(claim.text))
            day = (published[claim.doc] + datetime.timedelta(days) if days is not None
                   else weekday_date(_with_neighbours(claim), claim.language, published[claim.doc]))
            if day is not None:
                claim = attrs.evolve(claim, date_inferred=day.isoformat())
        found.append(claim)
    return found


def _with_neighbours(claim):
    """A claim's words with the two before and the one after it in its clause ("el próximo
    lunes" for the claim "lunes"), or its own words when the clause does not hold them."""
    around = clause_around(claim)
    if around is None:
        return claim.text
    return " ".join(around[0][-2:] + [claim.text] + around[1][:1])


def weekday_date(text, language, published):
    """The day a weekday names ("on Wednesday", "el martes pasado") in an article published on
    `published`: the latest such day on or before it; "last Tuesday", the one before it;
    "next Monday", the one after it. None when the words name no weekday.

    >>> wednesday = datetime.date(2016, 8, 24)
    >>> [weekday_date(t, "en", wednesday).isoformat() for t in ("on Wednesday", "Tuesday", "last Wednesday")]
    ['2016-08-24', '2016-08-23', '2016-08-17']
    >>> weekday_date("el próximo lunes", "es", wednesday).isoformat(), weekday_date("la semana pasada", "es", wednesday)
    ('2016-08-29', None)
    """
    if language not in languages():
        return None
    lex, numbers = lexicon(language), weekday_numbers(language)
    words = fold(text).replace(",", " ").split()
    named = [numbers[word] for word in words if word in numbers]
    if len(named) != 1 or len(numbers) != 7:
        return None
    back = (published.weekday() - named[0]) % 7
    if set(words) & {fold(w) for w in lex.words("weekday_next")}:
        return published + datetime.timedelta((named[0] - published.weekday()) % 7 or 7)
    if set(words) & {fold(w) for w in lex.words("weekday_past")}:
        back = back or 7
    return published - datetime.timedelta(back)


@functools.lru_cache(maxsize=None)
def _relative_days(language):
    """Folded relative day words ("yesterday", "anoche") -> days from the day of publication."""
    if language not in languages():
        return {}
    return {fold(words): days for words, days in lexicon(language).table("relative_days").items()}


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
