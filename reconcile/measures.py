"""What a quantity measures, and its value in the measure's base unit.

"45 agents" and "45 muertos" both count people; "4 km" and "2.5 miles" are one
length. The measures and their units are data (lexicon/measures.yaml); a unit
listed nowhere is a measure of its own, so "12 cables" meets only cables (and "12 cables"
in Spanish: a noun of the concept list is its concept, in any language).
"""
import functools
import math
import re

from .lexicon import concept_table, fold, measures, singular


@functools.lru_cache(maxsize=4096)
def measure_of(unit):
    """(measure, factor to its base unit) of a claim's unit; (None, 1.0) without a unit.

    >>> measure_of("officials"), measure_of("muertos"), measure_of("km"), measure_of("cables"), measure_of("grúas")
    (('persons', 1.0), ('persons', 1.0), ('length', 1000.0), ('cable', 1.0), ('gruas', 1.0))
    >>> measure_of("nombres") == measure_of("names")
    True
    """
    if not unit:
        return None, 1.0
    key = fold(unit)
    for name, units in measures().items():
        if key in units:
            return name, units[key]
    # A counted noun no measure lists is its own measure, in any language: "nombres" and
    # "names" are one through the concept list ("12 islas" meets "12 islands").
    concepts = concept_table()
    return concepts.get(key) or concepts.get(singular(key)) or key, 1.0


# The measures of people, of durations, and of what does not change from one day's edition to
# the next and a four-digit figure of which is never a year ("1600 pies", "2000 metros").
PERSONS = measure_of("people")[0]
DURATION = measure_of("days")[0]
PHYSICAL = frozenset(measure_of(unit)[0] for unit in ("meters", "kilograms", "square meters", "km/h"))


def base_interval(claim, *, rounded=False):
    """(low, high) of a quantity in its measure's base unit (None for unbounded).

    With `rounded`, each end is widened by half the last digit the figure was written
    to ("2.5 miles" covers 2.45 to 2.55 miles), for comparing figures that one source
    gives in other units, converted and rounded by the writer.

    >>> from reconcile.model import Claim
    >>> miles = Claim(id="a", doc="a", path="a", kind="quantity", text="2.5 miles", start=0, end=1, line=1,
    ...               column=1, section="body", language="en", sentence="", value=2.5, low=2.5, high=2.5,
    ...               unit="miles")
    >>> [round(x) for x in base_interval(miles, rounded=True)]
    [3943, 4104]
    """
    _, factor = measure_of(claim.unit)
    slack = half_last_digit(claim.value) if rounded and claim.value is not None else 0.0
    low = None if claim.low is None else (claim.low - slack) * factor
    high = None if claim.high is None else (claim.high + slack) * factor
    return low, high


def written_slack(claim):
    """Half the place value of the last digit a quantity was written to: half_last_digit of
    its value, finer when the text writes decimal zeros ("magnitud 6.0": 0.05, not 0.5).

    >>> from reconcile.model import Claim
    >>> def q(text, value): return Claim(id="a", doc="a", path="a", kind="quantity", text=text, start=0, end=1,
    ...     line=1, column=1, section="body", language="en", sentence="", value=value, low=value, high=value)
    >>> written_slack(q("6.0", 6.0)), written_slack(q("6", 6.0)), written_slack(q("2.000", 2000.0))
    (0.05, 0.5, 500.0)
    """
    zeros = _DECIMAL_ZEROS.search(claim.text or "")
    if zeros and claim.value is not None and float(zeros.group(1)) == abs(claim.value):
        return 0.5 * 10 ** -len(zeros.group(2))
    return half_last_digit(claim.value)


# A whole number written with decimal zeros: "6.0", "7,00".
_DECIMAL_ZEROS = re.compile(r"(?<![\d.,])(\d+)[.,](0+)(?![\d.,]\d)")


def half_last_digit(value):
    """Half the place value of a figure's last significant digit: 2.5 -> 0.05, 1200 -> 50.

    >>> half_last_digit(2.5), half_last_digit(1200), half_last_digit(7)
    (0.05, 50.0, 0.5)
    """
    value = abs(value)
    if value == 0:
        return 0.5
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    if "." in text:
        return 0.5 * 10 ** -len(text.split(".")[1])
    digits = text.rstrip("0")
    return 0.5 * 10 ** (len(text) - len(digits)) if digits else 0.5


def intervals_meet(left, right):
    """True when two (low, high) intervals (None = unbounded) overlap.

    >>> intervals_meet((1, 2), (2, None)), intervals_meet((1, 2), (3, 4))
    (True, False)
    """
    low = max(-math.inf if left[0] is None else left[0], -math.inf if right[0] is None else right[0])
    high = min(math.inf if left[1] is None else left[1], math.inf if right[1] is None else right[1])
    return low <= high
