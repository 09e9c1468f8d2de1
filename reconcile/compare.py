"""Whether two values can both be true: quantity intervals and dates at any precision.

Used by matching (a pair that would contradict must be more alike to be linked)
and by judging (the verdict)."""

import functools
import re

from .lexicon import fold, languages, lexicon
from .measures import base_interval, half_last_digit, intervals_meet, written_slack


def intervals_overlap(a, b, tolerance):
    """True when two quantities' intervals, widened by the tolerance, overlap.

    >>> from reconcile.model import Claim
    >>> more = Claim(id="a", doc="a", path="a", kind="quantity", text="more than 60", start=0, end=1,
    ...              line=1, column=1, section="body", language="en", sentence="", value=60, low=60, high=None)
    >>> exact = Claim(id="b", doc="b", path="b", kind="quantity", text="61", start=0, end=1,
    ...               line=1, column=1, section="body", language="en", sentence="", value=61, low=61, high=61)
    >>> from reconcile.model import Tolerance
    >>> intervals_overlap(more, exact, Tolerance())
    True
    """
    return intervals_meet(_bounds(a, tolerance), _bounds(b, tolerance))


def _bounds(claim, tolerance, *, base=False):
    """A quantity's (low, high), unbounded ends infinite, widened by the tolerance; with
    `base`, in its measure's base unit and widened by the rounding its writer did."""
    low, high = base_interval(claim, rounded=True) if base else (claim.low, claim.high)
    low = low if low is not None else float("-inf")
    high = high if high is not None else float("inf")
    slack = tolerance.slack(claim.value or 0.0)
    return low - slack, high + slack


def dates_compatible(left, right):
    """True when two ISO dates (any precision, with or without a year) can both be true.

    >>> dates_compatible("2009-01", "2009-01-20"), dates_compatible("2009-10", "2009-11"), dates_compatible("--10", "2009-10")
    (True, False, True)
    """
    def parts(iso):
        if iso.startswith("--"):
            return [None] + iso[2:].split("-")
        return iso.split("-")
    for a, b in zip(parts(left), parts(right)):
        if a is not None and b is not None and a != b:
            return False
    return True


def same_hedge_different_figure(a, b, tolerance):
    """True when two quantities hedge alike but give different figures ("more than 30,000",
    "more than 40,000"): both may hold, yet the sources disagree on what they report. Not
    two approximations of which the finer, rounded, is the rougher ("about 3,000", "unas 2,975")."""
    if a.qualifier is None or a.qualifier != b.qualifier:
        return False
    if rough_count(a) and rough_count(b):
        # "dozens" and "decenas" (at least 24, at least 20) are one rough count; "dozens" and
        # "hundreds" are two.
        return max(a.value, b.value) >= ROUGH_APART * min(a.value, b.value)
    if a.qualifier == "about":
        # "about 3,000" and "unas 2,975": the finer figure rounded is the rougher one.
        rough = max((a, b), key=lambda claim: half_last_digit(claim.value))
        if abs(a.value - b.value) <= half_last_digit(rough.value):
            return False
    return abs(a.value - b.value) > tolerance.slack(max(abs(a.value), abs(b.value)))


# Two rough counts ("dozens", "hundreds") are of different sizes when the least one can mean
# is this many times the least the other can.
ROUGH_APART = 5.0


def rough_count(claim):
    """True for a count written as words that give only its order ("dozens", "decenas",
    "hundreds of thousands"): an open interval from the least the words can mean (the
    language's number_phrases).

    >>> from types import SimpleNamespace as Claim
    >>> rough_count(Claim(text="Decenas", language="es")), rough_count(Claim(text="more than 24", language="en"))
    (True, False)
    """
    return claim.language in languages() and " ".join(fold(claim.text).split()) in _rough_phrases(claim.language)


@functools.lru_cache(maxsize=None)
def _rough_phrases(language):
    phrases = lexicon(language).table("number_phrases")
    return frozenset(" ".join(fold(phrase).split()) for phrase, entry in phrases.items()
                     if entry.get("qualifier") == "at_least" and entry.get("high") is None)


def within_rounding(rough, precise):
    """True when the exact figure `rough`, written to the unit, is `precise` rounded: 22 and
    22.5 hours. Not 300 and 324: a writer who gives a round figure unhedged means it.

    >>> from reconcile.model import Claim
    >>> def q(value): return Claim(id="a", doc="a", path="a", kind="quantity", text="", start=0, end=1, line=1,
    ...     column=1, section="body", language="en", sentence="", value=value, low=value, high=value, unit="hours")
    >>> within_rounding(q(22), q(22.5)), within_rounding(q(69), q(70)), within_rounding(q(300), q(324))
    (True, False, False)
    """
    if rough.unit != precise.unit or rough.qualifier is not None or precise.qualifier is not None:
        return False
    slack = written_slack(rough)
    if _scaled_decimal(rough.text):
        # "$5.7 million" and "5.67 million": a figure written to a tenth of a million is rounded.
        return half_last_digit(precise.value) < slack and abs(rough.value - precise.value) <= slack
    return not float(precise.value).is_integer() and slack <= 0.5 and abs(rough.value - precise.value) <= slack


def _scaled_decimal(text):
    """True when a figure is written as a decimal of a scale word ("5.7 million", "1,2 millones").

    >>> [_scaled_decimal(text) for text in ("$5.7 million", "$5.7m", "2.975", "300 million")]
    [True, True, False, False]
    """
    return bool(_scaled_decimals().search(text or ""))


@functools.lru_cache(maxsize=None)
def _scaled_decimals():
    scales = {form: len(w) > 1 for language in languages() for w, factor in lexicon(language).table("scales").items()
              if factor >= 1000 for form in (w, fold(w))}
    # A scale word after a space; a letter ("5.7m") only glued to the figure.
    spaced = "|".join(sorted((re.escape(w) for w, long in scales.items() if long), key=len, reverse=True))
    glued = "|".join(sorted((re.escape(w) for w, long in scales.items() if not long), key=len, reverse=True))
    return re.compile(rf"\d[.,]\d+(?:\s*(?:{spaced})|(?:{glued}))(?![\w])", re.I)
