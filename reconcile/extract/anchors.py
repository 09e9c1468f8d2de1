"""Where dates and numbers can start: one pass over a section's words.

Python's regex engine tries a large case-insensitive alternation at every
position of the text, which costs far more than the matching itself. So the
lower-cased text is scanned once for the listed words, spelled as a trie, and
the full date and number patterns are tried only where a digit or a listed
word stands.
"""
import functools
import re

from ..lexicon import _alternation, fold, lexicon
from .number_forms import VULGAR

# Digits, and the vulgar fractions ("½") that start a number as digits do.
_DIGITS = re.compile(rf"\d+|[{VULGAR}]")


@functools.lru_cache(maxsize=None)
def anchor_words(language):
    """Lower-case word -> (may start a date, may start a number), accented and folded forms alike."""
    lex = lexicon(language)
    first = lambda phrases: {p.split()[0].lower() for p in phrases}  # noqa: E731
    dates = first(lex.table("months")) | first(lex.words("weekdays")) | first(lex.words("relative_dates"))
    numbers = (first(lex.words("number_words")) | first(lex.table("number_articles"))
               | first(lex.words("negative_words")) | first(lex.table("number_phrases")))
    table = {}
    for word in dates | numbers:
        for form in (word, fold(word)):
            table[form] = (word in dates, word in numbers)
    return table


@functools.lru_cache(maxsize=None)
def _listed_word(language):
    """A whole word (a run of letters) that anchor_words lists, in lower-case text; the
    words are a trie (see lexicon._alternation), so other words are dismissed in C."""
    return re.compile(rf"(?<![^\W\d_])(?:{_alternation(anchor_words(language))})(?![^\W\d_])")


def anchors(text, language, start=0, end=None):
    """(date anchors, number anchors): sorted offsets where a date or a number may start."""
    end = len(text) if end is None else end
    table = anchor_words(language)
    lowered = text[start:end].lower()
    hits = [(m.start() + start, table[m.group()]) for m in _listed_word(language).finditer(lowered)]
    digits = [m.start() for m in _DIGITS.finditer(text, start, end)]
    dates = sorted([p for p, (is_date, _) in hits if is_date] + digits)
    # A sign or a leading decimal point belongs to the number ("-5", ".08", ",08").
    numbers = sorted({p for p, (_, is_number) in hits if is_number}
                     | set(digits) | {p - 1 for p in digits if p > start and text[p - 1] in "-−.,"})
    return dates, numbers


def matches_at(pattern, text, anchors, end):
    """The matches of `pattern` that start at one of the sorted `anchors`, without overlaps."""
    reached = 0
    for position in anchors:
        if position < reached:
            continue
        match = pattern.match(text, position, end)
        if match is not None:
            reached = match.end()
            yield match
