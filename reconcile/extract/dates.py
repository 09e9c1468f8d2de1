"""Dates in a text, at the precision the text gives them.

"Jan. 20, 2009" -> 2009-01-20, "October of 2009" -> 2009-10, "enero de 2009"
-> 2009-01, "since 2007" -> 2007, "on Feb. 3" -> --02-03 (no year), "last
Tuesday" -> relative (kept, marked, left unresolved). The patterns are built
from each language's month and weekday names in the lexicon.
"""
import functools
import re

import attrs

from ..lexicon import _alternation, fold, folded, language_units, lexicon, unit_of_word
from ..measures import PHYSICAL, measure_of
from .anchors import anchors as find_anchors, matches_at


@attrs.frozen
class FoundDate:
    """A date expression: its span in the searched text and its ISO value."""

    start: int
    end: int
    iso: str | None
    relative: bool = False


_YEAR = r"1[5-9]\d{2}|20\d{2}|21\d{2}"
_DAY = r"[0-3]?\d"
_ORDINAL = r"(?:st|nd|rd|th|º|°|ero|ro)?"
# The shapes of a date, most specific first; {M} a month, {D} a day, {Y} a year, {E} the last
# day of a span of days ("March 3-5, 2024", "del 3 al 5 de marzo": read to the month).
_SHAPES = {
    "en": [("mdry", r"{M}\s+{D}{O}\s*[-–]\s*{E}{O},?\s+{Y}"), ("mdr", r"{M}\s+{D}{O}\s*[-–]\s*{E}{O}(?![\d,]*\d)"),
           ("mdy", r"{M}\s+{D}{O},?\s+{Y}"), ("my", r"{M},?\s+(?:of\s+)?{Y}"), ("md", r"{M}\s+{D}{O}(?![\d,]*\d)"),
           ("dmy", r"{D}{O}\s+(?:of\s+)?{M},?\s+{Y}"), ("dm", r"{D}{O}\s+(?:of\s+)?{M}")],
    # "27 de febrero 2010", "febrero 2010": the "de" before the year is often left out.
    "es": [("dmry", r"{D}{O}\s*(?:al|[-–])\s*{E}{O}\s+de\s+{M},?\s+(?:(?:de|del)\s+)?{Y}"),
           ("dmr", r"{D}{O}\s*(?:al|[-–])\s*{E}{O}\s+de\s+{M}"),
           # Wire datelines leave the "de" out: "22 jun (Reuters)", "3 feb 2023".
           ("my", r"{M},?\s+(?:(?:de|del)\s+)?{Y}"), ("dmy", r"{D}{O}\s+(?:de\s+)?{M},?\s+(?:(?:de|del)\s+)?{Y}"),
           ("dm", r"{D}{O}\s+(?:de\s+)?{M}")],
}


@functools.lru_cache(maxsize=None)
def _pattern(language):
    """One regex for every date shape of `language`: one scan of the text finds them all."""
    lex = lexicon(language)
    months = _alternation(lex.table("months"))
    alternatives = []
    for name, shape in _SHAPES.get(language, _SHAPES["en"]):
        alternatives.append(f"(?P<{name}>" + shape.format(
            M=rf"(?P<{name}_month>{months})\.?", D=rf"(?P<{name}_day>{_DAY})", O=_ORDINAL, E=_DAY,
            Y=rf"(?P<{name}_year>{_YEAR})") + ")")
    alternatives += [
        r"(?P<iso>(?P<iso_year>\d{4})-(?P<iso_month>[01]\d)-(?P<iso_day>[0-3]\d))",
        r"(?P<numeric>(?P<numeric_a>[0-3]?\d)(?P<sep>[/.])(?P<numeric_b>[0-3]?\d)(?P=sep)(?P<numeric_year>\d{4}|\d{2}))",
        rf"(?P<year>(?<![$€£.,/])(?P<year_year>{_YEAR})(?![%]|[.,/]\d))",
        rf"(?P<m>(?P<m_month>{months})\.?(?!\s+\d))",
        rf"(?P<relative>{_alternation(lex.words('weekdays') + lex.words('relative_dates'))})",
    ]
    return re.compile(rf"(?<![\w])(?:{'|'.join(alternatives)})(?![\w])", re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _before(language, key):
    """A regex for words of the lexicon list `key` right before a date ("Friday, ", "late ")."""
    words = lexicon(language).words(key)
    if not words:
        return None
    return re.compile(rf"(?<![\w])(?:{_alternation(words)}),?\s+$", re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _after(language):
    words = lexicon(language).words("relative_suffixes")
    return re.compile(rf"\s+(?:{_alternation(words)})(?![\w])", re.IGNORECASE) if words else None


_NAMES = ("mdry", "mdr", "dmry", "dmr", "mdy", "my", "md", "dmy", "dm", "iso", "numeric", "year", "m", "relative")
# Spans of days ("March 3-5, 2024", "del 3 al 5 de marzo"): dates to the month, which each of
# the days is compatible with.
_SPANS = ("mdry", "mdr", "dmry", "dmr")
_WITH_WEEKDAY = ("mdy", "md", "dmy", "dm")
_WITH_MODIFIER = ("my", "year")
# How far back to look for a weekday, a modifier or a preposition before a date.
_LOOK_BACK = 30


def dates_in(text, language, start=0, end=None):
    """(start, end, iso) of each calendar date in text[start:end], without overlaps."""
    return [(d.start, d.end, d.iso) for d in find_dates(text, language, start, end) if not d.relative]


def find_dates(text, language, start=0, end=None, *, relative=True, anchors=None):
    """FoundDates in text[start:end], sorted, without overlaps.

    `anchors` are the offsets where a date may start (see anchors.py); by default
    they are found here.
    """
    end = len(text) if end is None else end
    lex = lexicon(language)
    months, ambiguous = _month_tables(language)
    if anchors is None:
        anchors = find_anchors(text, language, start, end)[0]
    found = []
    for match in matches_at(_pattern(language), text, anchors, end):
        name = match.lastgroup if match.lastgroup in _NAMES else next(
            n for n in _NAMES if n in match.re.groupindex and match.group(n) is not None)
        first, last = match.start(), match.end()
        before = text[max(start, first - _LOOK_BACK):first]
        if name == "relative":
            if relative and _relative_ok(match, language):
                found.append(_relative(text, match, language, before, end))
            continue
        if name == "m" and not _before(language, "month_prepositions").search(before):
            continue  # a month name alone is a date only after "in", "since", "desde" ...
        if name == "dm" and _bare_day_month(match, text, language):
            continue  # "3 mar adentro": without its "de", a day and month only as a dateline gives them
        iso = _iso(name, match, months, ambiguous, lex, text)
        if not iso:
            continue
        if name == "year" and year_in_a_name(text, first, last):
            continue  # "the 1922 Committee": a year inside a name is no date
        prefix = None
        if name in _WITH_WEEKDAY:
            prefix = _before(language, "weekdays").search(before)
        elif name in _WITH_MODIFIER and _before(language, "date_modifiers"):
            prefix = _before(language, "date_modifiers").search(before)
        if prefix:
            first -= len(before) - prefix.start()
        if text.startswith(".", last - 1) and not _abbreviated(match, name, language):
            last -= 1  # "el 16 de julio.": the period ends the sentence, "Sept." is the month's own
        found.append(FoundDate(first, last, iso))
    return _without_overlaps(found)


def _bare_day_month(match, text, language):
    """True for a Spanish day and month without the "de" between them ("22 jun") that no
    dateline's punctuation or line end follows: "22 jun (Reuters)" is a date, "3 mar adentro" none."""
    if language != "es" or re.search(r"\sde\s", match.group(), re.IGNORECASE):
        return False
    return not _DATELINE_END.match(text, match.end())


_DATELINE_END = re.compile(r"\s*(?:[(,;:\n—–-]|$)")


def year_in_a_name(text, start, end):
    """True for a year between "the" and a capitalised word that is no month: "the 1922
    Committee", "the 2010 World Cup" name a thing, not a date."""
    after = _CAPITALISED.match(text, end)
    return bool(after and fold(after.group(1)) not in _all_months()
                and _THE.search(text, max(0, start - 8), start))


_CAPITALISED = re.compile(r"\s+([A-Z][a-z]+)\b")


def _all_months():
    """Month names, folded, in every language."""
    return folded("months")


# "the" right before the year.
_THE = re.compile(r"(?<![\w])(?:the|el|la)\s+$", re.I)


def _abbreviated(match, name, language):
    """True when the month a date match ends with is written short ("Sept.", "ene.")."""
    month = match.group(f"{name}_month") if f"{name}_month" in match.re.groupindex else None
    return bool(month) and fold(month) in _abbreviations(language)


@functools.lru_cache(maxsize=None)
def _abbreviations(language):
    return frozenset(fold(w) for w in lexicon(language).words("abbreviations"))


def _relative(text, match, language, before, end):
    """A relative date with the words around it that belong to it ("last Tuesday", "el jueves pasado")."""
    first, last = match.start(), match.end()
    prefix = _before(language, "relative_prefixes")
    found = prefix.search(before) if prefix else None
    if found and fold(match.group()) in {fold(w) for w in lexicon(language).words("weekdays")}:
        first -= len(before) - found.start()
    suffix = _after(language)
    following = suffix.match(text, last, end) if suffix else None
    if following:
        last = following.end()
    return FoundDate(first, last, None, relative=True)


@functools.lru_cache(maxsize=None)
def _month_tables(language):
    lex = lexicon(language)
    return ({fold(k): v for k, v in lex.table("months").items()},
            frozenset(fold(w) for w in lex.words("ambiguous_months")))


def _relative_ok(match, language):
    # English weekday names are capitalised; a lower-case "sunday" is rarely a date. The
    # relative words ("yesterday", "tonight") are dates in lower case, but where a word
    # before makes one a noun ("por la mañana": the morning, not tomorrow).
    word = match.group()
    before = _WORD_BEFORE.search(match.string, max(0, match.start() - 20), match.start())
    if before and fold(before.group(1)) in _relative_as_noun(language).get(fold(word.strip()), ()):
        return False
    if language != "en" or any(c.isupper() for c in word) or " " in word.strip():
        return True
    return fold(word.strip()) not in {fold(day) for day in lexicon(language).words("weekdays")}


@functools.lru_cache(maxsize=None)
def _relative_as_noun(language):
    """Folded relative word -> the folded words before it that make it a noun (relative_as_noun)."""
    table = lexicon(language).table("relative_as_noun")
    return {fold(word): frozenset(fold(w) for w in before) for word, before in table.items()}


# The word right before a match, spaces between.
_WORD_BEFORE = re.compile(r"(\w+)\s+$")


def _iso(name, match, months, ambiguous, lex, text):
    def group(part):
        key = f"{name}_{part}"
        return match.group(key) if key in match.re.groupindex else None
    month_word, year, day = group("month"), group("year"), group("day")
    if name in _SPANS:
        day = None  # a span of days is read to its month
    month = None
    if name == "iso":
        month = int(month_word)
    elif month_word:
        key = fold(month_word.rstrip("."))
        month = months.get(key)
        # "may", "mar": a month only when capitalised in English, and never alone.
        if key in ambiguous and (name == "m" or lex.language == "en" and not month_word[0].isupper()):
            return None
        if name == "m" and lex.language == "en" and not month_word[0].isupper():
            return None
    if name == "numeric":
        first, second = int(group("a")), int(group("b"))
        month, day = (first, second) if lex.data.get("numeric_date_order") == "mdy" else (second, first)
        year = year if len(year) == 4 else ("20" + year if int(year) < 50 else "19" + year)
    if name == "year":
        return year if _year_is_date(match, text, lex) else None
    if month is None or not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= int(day) <= 31:
        return None
    if year and day:
        return f"{int(year):04d}-{month:02d}-{int(day):02d}"
    if year:
        return f"{int(year):04d}-{month:02d}"
    if day:
        return f"--{month:02d}-{int(day):02d}"
    return f"--{month:02d}"


def _year_is_date(match, text, lex):
    """A four-digit number is a year unless a counted word or a percent follows it, and
    after "in", "since", "en", "desde" ("en 2011 cables del consulado") unless a unit of
    length, mass, area or speed follows it ("a 1600 pies (490 metros)")."""
    following = re.match(r"\s*([^\W\d_]+)", text[match.end():match.end() + 40])
    if following and _physical_unit(fold(following.group(1)), lex):
        return False
    preposition = _before(lex.language, "month_prepositions")
    if preposition and preposition.search(text[max(0, match.start() - _LOOK_BACK):match.start()]):
        return True
    if following:
        word = fold(following.group(1))
        if word in unit_of_word() or word in _percent_words(lex.language):
            return False
    before = text[max(0, match.start() - 12):match.start()].lower()
    if re.search(r"(?:no\.|núm\.|#|us\$|\$|€|£)\s*$", before):
        return False
    return True


def _physical_unit(word, lex):
    """True when the folded `word` is a unit of length, mass, area or speed, in any language
    or in this one's own words ("pies" is feet in Spanish)."""
    unit = language_units(lex.language).get(word) or unit_of_word().get(word)
    return bool(unit) and measure_of(unit)[0] in PHYSICAL


@functools.lru_cache(maxsize=None)
def _percent_words(language):
    return frozenset(fold(w).split()[0] for w in lexicon(language).words("percent_words"))


def _without_overlaps(found):
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept = []
    for date in found:
        if kept and date.start < kept[-1].end:
            if kept[-1].relative and not date.relative:
                kept[-1] = date  # "on Monday, Feb. 27": the calendar date, not the weekday
            continue
        kept.append(date)
    return kept
