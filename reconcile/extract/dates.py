"""Dates in a text, at the precision the text gives them.

"Jan. 20, 2009" -> 2009-01-20, "October of 2009" -> 2009-10, "enero de 2009"
-> 2009-01, "since 2007" -> 2007, "on Feb. 3" -> --02-03 (no year), "last
Tuesday" -> relative (kept, marked, left unresolved). The patterns are built
from each language's month and weekday names in the lexicon.
"""
import functools
import re

import attrs

from ..lexicon import _alternation, fold, lexicon, unit_of_word


@attrs.frozen
class FoundDate:
    """A date expression: its span in the searched text and its ISO value."""

    start: int
    end: int
    iso: str | None
    relative: bool = False


_YEAR = r"(?P<year>1[5-9]\d{2}|20\d{2}|21\d{2})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|º|°)?"


@functools.lru_cache(maxsize=None)
def _patterns(language):
    """(name, compiled pattern) pairs, most specific first."""
    lex = lexicon(language)
    month = rf"(?P<month>{_alternation(lex.table('months'))})\.?"
    weekday = rf"(?:(?:{_alternation(lex.words('weekdays'))}),?\s+)?"
    modifier = rf"(?:(?:{_alternation(lex.words('date_modifiers'))})\s+)?"
    flags = re.IGNORECASE
    if language == "es" or lex.data.get("numeric_date_order") == "dmy" and "de" in lex.words("of_words"):
        full = [
            ("dmy", rf"{weekday}{_DAY}\s+de\s+{month}\s+(?:de|del)\s+{_YEAR}"),
            ("my", rf"{modifier}{month}\s+(?:de|del)\s+{_YEAR}"),
            ("dm", rf"{weekday}{_DAY}\s+de\s+{month}"),
        ]
    else:
        full = [
            ("mdy", rf"{weekday}{month}\s+{_DAY},?\s+{_YEAR}"),
            ("dmy", rf"{weekday}{_DAY}\s+(?:of\s+)?{month},?\s+{_YEAR}"),
            ("my", rf"{modifier}{month},?\s+(?:of\s+)?{_YEAR}"),
            ("md", rf"{weekday}{month}\s+{_DAY}(?![\d,]*\d)"),
            ("dm", rf"{weekday}{_DAY}\s+(?:of\s+)?{month}"),
        ]
    prepositions = r"in|since|from|until|till|by|during|through|before|after|last|next|this|early|late|mid|of|en|desde|hasta|durante|para|antes\s+de|después\s+de|a\s+partir\s+de|de|el\s+pasado|el\s+próximo"
    full += [
        ("iso", r"(?P<year>\d{4})-(?P<month_n>[01]\d)-(?P<day>[0-3]\d)"),
        ("numeric", r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>\d{4}|\d{2})"),
        ("m", rf"(?:{prepositions})\s+{month}(?!\s+\d)"),
        ("year", rf"{modifier}(?<![\w$€£.,/]){_YEAR}(?![\w%]|[.,/]\d)"),
    ]
    return [(name, re.compile(rf"(?<![\w]){body}(?![\w])", flags)) for name, body in full]


@functools.lru_cache(maxsize=None)
def _relative_pattern(language):
    lex = lexicon(language)
    weekdays = _alternation(lex.words("weekdays"))
    phrases = _alternation(lex.words("relative_dates"))
    if language == "es":
        body = rf"(?:el\s+)?(?:{weekdays})(?:\s+pasad[oó]|\s+próximo)?|{phrases}"
    else:
        body = rf"(?:(?:last|next|this|on|on\s+the)\s+)?(?:{weekdays})|{phrases}"
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.IGNORECASE)


def dates_in(text, language, start=0, end=None):
    """(start, end, iso) of each calendar date in text[start:end], without overlaps."""
    return [(d.start, d.end, d.iso) for d in find_dates(text, language, start, end) if not d.relative]


def find_dates(text, language, start=0, end=None, *, relative=True):
    """FoundDates in text[start:end], sorted, longest match first where they overlap."""
    end = len(text) if end is None else end
    lex = lexicon(language)
    months, ambiguous = _month_tables(language)
    found = []
    for name, pattern in _patterns(language):
        for match in pattern.finditer(text, start, end):
            iso = _iso(name, match, months, ambiguous, lex, text)
            if iso:
                # "in March": the preposition locates the month but is not part of the date.
                first = match.start("month") if name == "m" else match.start()
                found.append(FoundDate(first, match.end(), iso))
    if relative:
        for match in _relative_pattern(language).finditer(text, start, end):
            if _relative_ok(match, language):
                found.append(FoundDate(match.start(), match.end(), None, relative=True))
    return _without_overlaps(found)


@functools.lru_cache(maxsize=None)
def _month_tables(language):
    lex = lexicon(language)
    return ({fold(k): v for k, v in lex.table("months").items()},
            frozenset(fold(w) for w in lex.words("ambiguous_months")))


def _relative_ok(match, language):
    # English weekday names are capitalised; a lower-case "sunday" is rarely a date.
    word = match.group()
    return language != "en" or any(c.isupper() for c in word) or " " in word.strip()


def _iso(name, match, months, ambiguous, lex, text):
    groups = match.groupdict()
    month_word = groups.get("month")
    month = months.get(fold(month_word.rstrip("."))) if month_word else None
    if month_word and fold(month_word.rstrip(".")) in ambiguous:
        # "may", "mar": a month only when capitalised in English, with a day or a year.
        if lex.language == "en" and not month_word[0].isupper():
            return None
        if name == "m":
            return None
    year = groups.get("year")
    day = groups.get("day")
    if name == "iso":
        month = int(groups["month_n"])
    if name == "numeric":
        first, second = int(groups["a"]), int(groups["b"])
        month, day = (first, second) if lex.data.get("numeric_date_order") == "mdy" else (second, first)
        year = year if len(year) == 4 else ("20" + year if int(year) < 50 else "19" + year)
    if name == "year":
        if not _year_is_date(match, text, lex):
            return None
        return year
    if name == "m" and not month_word[0].isupper() and lex.language == "en":
        return None
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
    """A four-digit number is a year unless a counted word or a percent follows it."""
    following = re.match(r"\s*([^\W\d_]+)", text[match.end():match.end() + 40])
    if following:
        word = fold(following.group(1))
        if word in unit_of_word() or word in _percent_words(lex.language):
            return False
    before = text[max(0, match.start() - 12):match.start()].lower()
    if re.search(r"(?:no\.|núm\.|#|us\$|\$|€|£)\s*$", before):
        return False
    return True


@functools.lru_cache(maxsize=None)
def _percent_words(language):
    return frozenset(fold(w).split()[0] for w in lexicon(language).words("percent_words"))


def _without_overlaps(found):
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept = []
    for date in found:
        if kept and date.start < kept[-1].end:
            continue
        kept.append(date)
    return kept
