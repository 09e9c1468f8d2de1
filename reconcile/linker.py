"""Whether two claims no rule covers are the same claim, and the evidence that says so.

An explicit linker in the manner of splink and of Fellegi and Sunter's record
linkage: a candidate pair (found through blocking, never all pairs; see
grouping.py) is compared on a few comparisons. Each comparison is an ordered
list of levels, evaluated like a CASE expression: the first level that holds
fires, and contributes its match weight, the log2 of how much likelier that
level is among pairs that are one claim than among pairs that are not. The
weights are set by hand from what the levels mean and checked on the invented
held-out sets; they are documented here, beside the levels.

The pair links when its weights add up to LINK_WEIGHT. A pair whose values
cannot both hold would make a contradiction, the report's loudest statement:
it needs CONTRADICTION_WEIGHT, and evidence from the words around the claims,
not from the story alone; or it dissents from a consensus (Link.may_dissent,
and grouping.py's _dissents: two other sources that agree, each reached by a
pair with nothing but its figure against it).

Every level that fired travels with the link as a Level, so the report can say
why two claims were put together.
"""
import datetime
import functools

import attrs
from rapidfuzz import fuzz

from .compare import dates_compatible, intervals_overlap, rough_count, same_hedge_different_figure, within_rounding
from .lexicon import cognate_form, fold, function_words, languages, lexicon, person_kinds, scales, weekday_numbers
from .measures import DURATION, PERSONS, PHYSICAL, base_interval, intervals_meet, measure_of
from .model import Level, Tolerance
from .normalize import speaker_key
from .text import clause_around, folded_words

LINK_WEIGHT = 4.5
CONTRADICTION_WEIGHT = 5.5
# ... or this much from every comparison but the figures: two claims this alike in all else
# are one claim however far apart their figures (a figure changed in one source).
CONTRADICTION_BESIDES = 7.5
# A pair whose values conflict needs at least this much weight from its context alone.
CONTRADICTION_CONTEXT = 3.0
# Conflicting figures from documents published this many days apart or more may be a
# count that changed (a death toll that rose), not a contradiction.
UPDATE_DAYS = 2
# Two documents this alike as wholes (story similarity) cover one story.
SAME_STORY = 0.25
# Two different figures that fit each other ("at least 60" and 64) of a count that moves are
# likelier counts of two moments, which sources report as two claims, than one figure hedged.
MOVED_WEIGHT = -2.0
# A figure at odds with what this many other sources agree on, each through a pair whose
# evidence besides the figures (its weight without the value level) reaches LINK_WEIGHT,
# contradicts that consensus though no one pair shows it alone.
CONSENSUS_SOURCES = 2

# Stands in a quote's words (grouping._quote_words) where the writer marked a gap with an ellipsis.
ELISION = "…"
# A quote of this many distinct content words or more, this share of them in another quote in
# any order, is that quote reordered.
REORDERED_WORDS = 4
REORDERED_SHARE = 0.8
# Quotes shorter than this many words are compared only when one holds the other whole.
MIN_QUOTE_WORDS = 4
# A quote and its translation are compared when each gives this many concepts and figures.
MIN_TRANSLATED_CONCEPTS = 3
# Cognates across languages: words this long or longer (with their concept mark), this alike.
COGNATE_LENGTH = 5
COGNATE_SIMILARITY = 75.0
# Two counted nouns no list knows are one in two languages at this similarity or more.
COGNATE_UNIT_SIMILARITY = 80.0
# "More than X" covers up to this many times X when deciding whether two claims are one.
OPEN_INTERVAL_REACH = 2.0
# An exact figure above this many times a source's "more than X" is not X rounded down.
BOUND_REACH = 1.25


@attrs.frozen
class Link:
    """A decision on a candidate pair: its summed weight, the levels that fired, and
    whether the two values conflict (the group it makes will be judged a contradiction)."""

    weight: float
    levels: tuple
    conflict: bool = False

    @property
    def linked(self):
        """True when the weight reaches what the pair needs."""
        return self.strong_enough_to_contradict if self.conflict else self.weight >= LINK_WEIGHT

    @property
    def may_dissent(self):
        """True for a conflicting pair short of a contradiction whose evidence besides the
        figures reaches LINK_WEIGHT: with another such pair into a second source that agrees
        with the first, the claim dissents from a consensus (grouping.py). Never for counts
        that may be of two moments, for two figures of other nouns ("32 workers" may be a
        part of "33 miners"), nor when any level besides the figures says they are two claims."""
        if not self.conflict:
            return False
        besides = [level for level in self.levels if level.comparison != "value"]
        # Clauses worded apart are no sign of two claims: sources give one figure in sentences
        # of their own, and the weight besides the figures already counts them.
        against = [level for level in besides if level.weight < 0 and level.comparison != "context"
                   or level.comparison == "published" or level.comparison == "measure" and level.weight <= 0]
        return not against and sum(level.weight for level in besides) >= LINK_WEIGHT

    @property
    def may_dissent_alone(self):
        """True for a pair that may dissent (may_dissent) whose evidence would make a
        contradiction if its figures said nothing against it: CONTRADICTION_WEIGHT besides the
        figures, and clauses alike enough to give CONTRADICTION_CONTEXT on their own (not names
        and a story shared: two dates of one story's events share those). Such a pair into one
        source of a group that several sources agree on suffices for a dissent, and so does one
        into a group of one other source (grouping.py)."""
        if not self.may_dissent:
            return False
        besides = [level for level in self.levels if level.comparison != "value"]
        return (sum(level.weight for level in besides) >= CONTRADICTION_WEIGHT
                and sum(level.weight for level in besides if level.comparison == "context") >= CONTRADICTION_CONTEXT)

    @property
    def strong_enough_to_contradict(self):
        """True when the link has the evidence a contradiction needs: a weight of at least
        CONTRADICTION_WEIGHT, CONTRADICTION_CONTEXT of it from the clauses and names, and no
        sign that the two figures are counts of two moments."""
        if any(level.comparison == "published" for level in self.levels):
            return False  # counts of two moments (a toll that rose) are no contradiction
        if any(level.comparison == "consensus" for level in self.levels):
            return True  # at odds with several sources that agree (grouping.py checked them)
        besides = sum(level.weight for level in self.levels if level.comparison != "value")
        return ((self.weight >= CONTRADICTION_WEIGHT or besides >= CONTRADICTION_BESIDES)
                and _context_weight(self.levels) >= CONTRADICTION_CONTEXT)


def _context_weight(levels):
    """The weight of `levels` from evidence beyond the story: the words around the claims, the
    names they give, each document's only figure of the measure, and figures written all but
    alike (a misprint)."""
    return sum(level.weight for level in levels if level.comparison in ("context", "entities", "sole", "holder")
               or level.comparison == "value" and level.weight > 0)


def level(comparison, label, weight):
    """A Level (a small helper that keeps the tables below readable)."""
    return Level(comparison=comparison, label=label, weight=weight)


# --- comparisons shared by every kind --------------------------------------------------

def event_level(left, right):
    """What happens to what is counted, from the concepts of each clause ("died", "muertos"
    -> kill; "injured", "heridos" -> wounded): the same event is evidence, two different
    events with none in common say the figures count different things."""
    if not left or not right:
        return None
    shared = left & right
    if shared:
        return level("event", "same event (" + ", ".join(sorted(shared)) + ")", 1.0)
    return level("event", f"different events ({', '.join(sorted(left))}; {', '.join(sorted(right))})", -3.0)


def context_level(similarity, *, cross_language):
    """The level of two claims' contexts: the weighted share (0-100) of the concepts of
    their clauses that they have in common. Across languages the concept list covers
    fewer words, so the same share says more.

    >>> context_level(72, cross_language=False).weight, context_level(10, cross_language=False).weight
    (4.0, -1.0)
    """
    bonus = 15.0 if cross_language else 0.0
    for floor, label, weight in ((90, "clauses the same", 6.0), (80, "clauses nearly the same", 5.0),
                                 (70, "clauses alike", 4.0), (50, "clauses similar", 3.0),
                                 (35, "clauses share key words", 2.0), (20, "clauses share a few words", 0.5)):
        if similarity + bonus >= floor:
            return level("context", f"{label} ({similarity:.0f}%)", weight)
    # Sources report one figure in sentences of their own ("33 miners" in the lead of one
    # article, "los 33" deep in another): differing clauses say less than alike ones do.
    return level("context", f"clauses differ ({similarity:.0f}%)", -1.0)


def entities_level(left, right):
    """Names, acronyms and uncommon figures both sentences give: language-independent.

    >>> entities_level(frozenset({"sheinbaum", "olivos"}), frozenset({"olivos", "sheinbaum", "tlahuac"})).weight
    1.5
    """
    shared = left & right
    if len(shared) >= 2:
        return level("entities", "sentences name " + ", ".join(sorted(shared)[:3]), 1.5)
    if shared:
        return level("entities", f"sentences name {next(iter(shared))}", 0.75)
    return None


def sentence_dates_level(left, right):
    """The dates the two sentences give besides the claim: the same period is evidence,
    two different periods evidence against."""
    if not left or not right:
        return None
    if set(left) & set(right):
        return level("dates", "sentences give the same date", 1.5)
    if any(dates_compatible(a, b) for a in left for b in right):
        return None
    return level("dates", "sentences give different dates", -1.0)


def increment_level(left, right):
    """Whether each figure is a change since an earlier count ("two more dams", "catorce
    nuevos fallecidos") or a count of its own: the two are likelier two claims, though their
    figures and nouns agree ("two dams collapsed" and "two more dams overwhelmed"); the
    clauses may still say they are one ("14 bodies were recovered overnight").

    >>> increment_level(True, False).weight, increment_level(True, True)
    (-1.0, None)
    """
    if left == right:
        return None
    return level("increment", "one figure adds to an earlier count, the other is a count", -1.0)


def story_level(similarity):
    """How alike the two documents are as wholes (the weighted share of the names, places,
    acronyms and uncommon figures of one that the other gives too): two claims in coverage
    of one story are far likelier one claim than the same two in unrelated documents.

    >>> story_level(0.5).label, story_level(0.01).weight
    ('same story (0.50)', -4.0)
    """
    if similarity is None:
        return None
    if similarity >= SAME_STORY:
        return level("story", f"same story ({similarity:.2f})", 2.0)
    if similarity >= 0.1:
        return level("story", f"related documents ({similarity:.2f})", 0.5)
    if similarity < 0.02:
        return level("story", f"unrelated documents ({similarity:.2f})", -4.0)
    return None


# --- quantities -------------------------------------------------------------------------

def _base(claim):
    return claim.value * measure_of(claim.unit)[1]


def sole_level(sole, measure):
    """Whether each document gives one figure only of the measure (one magnitude, one depth
    in metres): two such figures in coverage of one story are likely the story's figure,
    though they differ (for two equal figures, the value level says it)."""
    if sole:
        return level("sole", f"each document's only figure of its measure ({measure})", 1.5)
    return None


def measure_level(left, right):
    """What the two figures count. None of the levels below holds for two measures, nor for
    people of two kinds (measures.yaml person_kinds): the pair is not one claim whatever else
    it shares."""
    if left.unit == right.unit:
        return level("measure", f"same unit ({left.unit})" if left.unit else "no unit on either side", 1.0)
    if "percent" in (left.unit, right.unit):
        return None
    if left.unit is None or right.unit is None:
        if left.value == right.value:
            return level("measure", "one figure has no unit", 0.0)
        return level("measure", "one figure has no unit", -1.5)
    measure = measure_of(left.unit)[0]
    if measure == measure_of(right.unit)[0] == PERSONS and _offspring(left) != _offspring(right):
        return None  # "has six children" are someone's offspring, not the story's six missing workers
    if measure != measure_of(right.unit)[0]:
        if _cognate_nouns(left.unit, right.unit):
            # "12 apprentices" and "12 aprendices": a noun no list knows, and its cognate.
            return level("measure", f"cognate nouns ({left.unit}, {right.unit})", 0.5)
        return None
    if measure == "persons":
        kinds = person_kinds()
        left_kind, right_kind = kinds.get(fold(left.unit)), kinds.get(fold(right.unit))
        if left_kind and right_kind and left_kind != right_kind:
            return None  # "19 officers waited" and "killed 19 children": people of two kinds, two counts
        if left_kind and left_kind == right_kind:
            return level("measure", f"people of one kind ({left.unit}, {right.unit})", 0.0)  # children, students
        # "45 agents" and "45 muertos" can be one toll, but only when the predicate says so:
        # two different nouns for people need the clauses to agree.
        return level("measure", f"people counted by other nouns ({left.unit}, {right.unit})", -0.5)
    return level("measure", f"same measure ({measure}: {left.unit}, {right.unit})", 0.5)


def _offspring(claim):
    """True for a count of someone's children: the words right before the figure, in its
    clause, are a lexicon `kinship_before` phrase ("has six children", "padre de tres hijos")."""
    around = clause_around(claim)
    if around is None or claim.language not in languages():
        return False
    return (" " + " ".join(around[0])).endswith(_kinship_before(claim.language))


@functools.lru_cache(maxsize=None)
def _kinship_before(language):
    return tuple(" " + " ".join(folded_words(str(w))) for w in lexicon(language).words("kinship_before"))


def _cognate_nouns(left, right):
    """True for two counted nouns that no measure lists, alike enough to be one word in two
    languages ("apprentices", "aprendices").

    >>> _cognate_nouns("apprentices", "aprendices"), _cognate_nouns("apprentices", "engineers")
    (True, False)
    """
    left, right = fold(left), fold(right)
    if measure_of(left)[0] != left or measure_of(right)[0] != right:
        return False  # a listed unit is compared through its measure
    left, right = cognate_form(left), cognate_form(right)
    return (min(len(left), len(right)) >= COGNATE_LENGTH and left[:2] == right[:2]
            and fuzz.ratio(left, right) >= COGNATE_UNIT_SIMILARITY)


def value_level(left, right):
    """The figures themselves, in the measure's base unit: (Level, conflict)."""
    (_, left_factor), (_, right_factor) = measure_of(left.unit), measure_of(right.unit)
    if left.value * left_factor == right.value * right_factor and left.qualifier == right.qualifier:
        if left.unit != right.unit and left.unit and right.unit:
            # "45 agents" and "45 muertos": one figure only when the clauses say so.
            return level("value", f"same figure ({_figure(left.value)}), counted by other nouns", 2.0), False
        other_units = " in other words" if left.unit != right.unit else ""
        if left.unit in scales() and left.unit == right.unit:
            # "Category 5" and "categoría 5": a rank on a scale names the story's storm or quake.
            return level("value", f"same rank on a scale ({left.unit} {_figure(left.value)})", 3.5), False
        if distinctive(left.value):
            # Three digits or more of one unit ("the 850-year-old cathedral", "the 850-year-old
            # structure") seldom meet by chance, whatever words surround them.
            weight = 4.0 if not other_units and abs(left.value) >= 100 else 3.5
            return level("value", f"same uncommon figure ({_figure(left.value)}){other_units}", weight), False
        if abs(left.value) >= 10:
            return level("value", f"same round figure ({_figure(left.value)}){other_units}", 2.5), False
        if left.qualifier is not None:
            # "more than six hours" and "over six hours": a small figure hedged alike says more.
            return level("value", f"same figure, hedged alike ({_figure(left.value)}){other_units}", 2.0), False
        return level("value", f"same figure ({_figure(left.value)}){other_units}", 1.5), False
    if left_factor != right_factor and left.unit and right.unit:
        # "4 km" against "2.5 miles": each as precise as its writer rounded it.
        if left.qualifier is None and right.qualifier is None:
            if intervals_meet(base_interval(left, rounded=True), base_interval(right, rounded=True)):
                if max(_significant(left.value), _significant(right.value)) >= 3:
                    # "984 feet" and "300 metros": a figure of three digits or more that the
                    # other rounds, converted, seldom meets it by chance.
                    return level("value", "the same uncommon figure in other units", 3.0), False
                return level("value", "the same figure in other units", 2.0), False
            return level("value", "figures in other units differ", -1.0 if _close(
            left.value * left_factor, right.value * right_factor) else -3.0), True
        if intervals_meet(base_interval(left, rounded=True), base_interval(right, rounded=True)):
            if _far_below_bound(left, right) or _far_below_bound(right, left):
                # "less than 12 hours later" and "unos 10 minutos después": two intervals.
                return level("value", "hedged figures in other units, one far below the other's bound", -1.0), False
            return level("value", "hedged figures in other units", 0.0), False
        # "about 33 feet" against "7.6 meters" (25 feet): no hedge covers the distance, and the
        # judge, reading the same intervals, would find the two figures cannot both hold.
        return level("value", "figures in other units differ, beyond their hedges", -1.0 if _close(
            left.value * left_factor, right.value * right_factor) else -3.0), True
    if quantities_compatible(left, right):
        if left.value * left_factor == right.value * right_factor and not (rough_count(left) or rough_count(right)):
            # "unos 20 millones" and "20 million": one figure, hedged by one writer; "at least
            # 2,200 buildings" and "más de 2.200 estructuras", one figure hedged by both (not
            # "hundreds", whose 200 is the least the word can mean, against "more than 200").
            weight = 2.5 if distinctive(left.value) else 2.0 if abs(left.value) >= 10 else 1.0
            return level("value", f"the same figure, hedged ({_figure(left.value)})", weight), False
        if left.unit != right.unit and left.unit and right.unit:
            # "more than 34,000 people" and "about 45,000 troops": a figure that merely fits,
            # counted by another noun, says little.
            return level("value", "compatible figures, counted by other nouns", -1.0), False
        if _hedged_rounding(left, right) or _hedged_rounding(right, left):
            # "casi 3 mil 300 hogares" and "3.299 hogares": the figure, rounded by one writer.
            exact = left if left.qualifier is None else right
            weight = 2.5 if distinctive(exact.value) else 2.0
            return level("value", f"the same figure, rounded and hedged ({_figure(exact.value)})", weight), False
        if _far_above_bound(left, right) or _far_above_bound(right, left):
            # "more than 200" and 273: a writer rounds a figure down to a bound near it; a
            # figure well above the bound is more likely a later count than the same one.
            return level("value", "compatible figures, one well above the other's bound", -1.0), False
        if _far_below_bound(left, right) or _far_below_bound(right, left):
            # "fewer than 300" and 100: a writer who means 100 does not write "fewer than 300".
            return level("value", "compatible figures, one far below the other's bound", -1.0), False
        return level("value", "compatible figures", 0.5), False
    if within_rounding(left, right) or within_rounding(right, left):
        # "22 hours" and "twenty-two and a half hours": the one figure, to the unit and to the half.
        return level("value", "the same figure, rounded", 2.0), False
    if _misprint(left.value, right.value):
        # 2,995 against 2,975: an uncommon figure written all but alike is one figure misprinted
        # or misread far more often than two counts of one measure that happen to look alike.
        return level("value", "figures one digit apart (a misprint?)", 2.5), True
    if _rescaled(left.value * left_factor, right.value * right_factor):
        # "$90 billion" against "90 millones de dólares": millions written for billions.
        return level("value", "the same figure at another scale (millions for billions?)", 1.0), True
    if _tenfold(left.value * left_factor, right.value * right_factor):
        # "550 millones de dólares" against "5.500 millones": the same digits, a zero dropped.
        return level("value", "the same digits, ten times apart (a zero dropped?)", 1.0), True
    if _close(left.value, right.value):
        # A misprint or a rounding: 68,161 against 86,161; about 5,000 against about 7,000.
        return level("value", "figures conflict, of one magnitude", -0.5), True
    return level("value", "figures conflict, far apart", -3.0), True


def _hedged_rounding(hedged, exact):
    """True when `hedged` is a round figure hedged as "about" ("casi 3 mil 300", "nearly 3,300")
    and `exact` an unhedged uncommon figure that rounds to it at its last non-zero digit (3,299,
    not 3,240)."""
    if hedged.qualifier != "about" or exact.qualifier is not None or not distinctive(exact.value):
        return False
    value = hedged.value
    if not float(value).is_integer() or value == 0 or not float(exact.value).is_integer():
        return False
    zeros = len(_digits(value)) - len(_digits(value).rstrip("0"))
    return zeros >= 1 and round(exact.value, -zeros) == value


def _far_below_bound(bound, other):
    """True when `bound` is an upper bound ("less than 12 hours", "fewer than 300") and
    `other` a figure, exact or approximate, under half of it in the measure's base unit: a
    writer who means ten minutes does not write "less than 12 hours"."""
    if bound.qualifier not in ("less_than", "at_most") or other.qualifier not in (None, "about"):
        return False
    _, high = base_interval(bound)
    _, most = base_interval(other)
    most = most if most is not None else _base(other)
    return high is not None and most is not None and most < high / OPEN_INTERVAL_REACH


def _far_above_bound(bound, other):
    """True when `bound` is an open lower bound ("more than 200") and `other` a figure,
    exact or approximate, whose least is more than BOUND_REACH times it ("about 300")."""
    least = other.low if other.low is not None else other.value
    return (bound.high is None and bound.low is not None and other.qualifier in (None, "about")
            and least > max(bound.low, 0) * BOUND_REACH)


def _misprint(a, b):
    """True for two whole figures whose digits, three or more of them besides trailing
    zeros, differ in one place or by two swapped: 2,995 and 2,975; 68,161 and 86,161; not
    5,000 and 7,000 (round figures) nor 69 and 70.

    >>> _misprint(2995, 2975), _misprint(68161, 86161), _misprint(5000, 7000), _misprint(69, 70)
    (True, True, False, False)
    """
    if not (float(a).is_integer() and float(b).is_integer()):
        return False
    a, b = _digits(a), _digits(b)
    if len(a) != len(b) or len(a.rstrip("0")) < 3 or len(b.rstrip("0")) < 3:
        return False
    differing = _differing(a, b)
    return len(differing) == 1 or (len(differing) == 2 and differing[1] == differing[0] + 1
                                   and a[differing[0]] == b[differing[1]] and a[differing[1]] == b[differing[0]])


def _digits(value):
    """A figure's digits as written, without its sign: 68161 -> '68161', 2.5 -> '2.5'."""
    return f"{abs(value):.0f}" if float(value).is_integer() else f"{abs(value):g}"


def _differing(left, right):
    """The places where two strings of digits of one length differ."""
    return [i for i, (x, y) in enumerate(zip(left, right)) if x != y]


def _rescaled(a, b):
    """True when two figures are the same digits a thousand or a million times apart.

    >>> _rescaled(90e9, 90e6), _rescaled(1.6e9, 1.6e6), _rescaled(300, 300000), _rescaled(90e9, 80e6)
    (True, True, False, False)
    """
    low, high = sorted((abs(a), abs(b)))
    if low < 1e6:
        return False  # "300" and "300,000": a figure and a thousands count are seldom one misprint
    ratio = high / low
    return any(abs(ratio - scale) < 1e-6 * scale for scale in (1e3, 1e6))


def _tenfold(a, b):
    """True when two figures are the same digits, two or more of them, ten times apart.

    >>> _tenfold(550e6, 5500e6), _tenfold(2, 20), _tenfold(64, 640), _tenfold(550, 5600)
    (True, False, True, False)
    """
    low, high = sorted((abs(a), abs(b)))
    if low <= 0 or abs(high / low - 10) > 1e-9:
        return False
    return _significant(low) >= 2 and _digits(low).replace(".", "").strip("0") == _digits(high).replace(".", "").strip("0")


def _close(a, b):
    """True when two figures differ as a misprint or a rounding does: within 15%, or
    written with as many digits and differing in at most two of them (68,161 and 86,161;
    5,000 and 7,000), not as a count that grew (217 and 324).

    >>> _close(68161, 86161), _close(5000, 7000), _close(9, 10), _close(217, 324), _close(12, 45)
    (True, True, True, False, False)
    """
    low, high = sorted((abs(a), abs(b)))
    if low <= 0:
        return False
    if high / low <= 1.15:
        return True
    left, right = _digits(a), _digits(b)
    if len(left) != len(right):
        return False
    if sorted(left) == sorted(right):
        return True  # digits transposed
    differing = len(_differing(left, right))
    return high / low <= 1.5 and (differing == 1 or differing == 2 and left[0] == right[0])


def _significant(value):
    """How many significant digits a figure is written with: 984 -> 3, 300 -> 1, 2.5 -> 2.

    >>> _significant(984), _significant(300), _significant(2.5), _significant(0.75)
    (3, 1, 2, 2)
    """
    return len(_digits(value).replace(".", "").strip("0"))


def distinctive(value):
    """True for a figure unlikely to match by chance: 34,612 or 19, not 2 or 1,000.

    >>> distinctive(34612), distinctive(19), distinctive(2), distinctive(1000)
    (True, True, False, False)
    """
    if value is None:
        return False
    digits = f"{abs(value):.6f}".rstrip("0").rstrip(".").replace(".", "").strip("0")
    return len(digits) >= 2


def quantities_compatible(left, right):
    """Whether two figures of one unit are close enough to be one claim: for linking,
    "more than 15,000" is not taken to cover 34,612 (a writer rounds down, not to half),
    though it does not contradict it either."""
    if same_hedge_different_figure(left, right, Tolerance()):
        return False
    return intervals_overlap(_plausible(left), _plausible(right), Tolerance())


def _plausible(claim):
    if claim.high is None and claim.low is not None:
        return attrs.evolve(claim, high=max(claim.low, 0) * OPEN_INTERVAL_REACH)
    return claim


def _figure(value):
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.6g}"


def clause_entities_level(left, right):
    """The names and places of the claims' own clauses, where a sentence lists figures
    ("86 en Ciudad de México, 71 en Morelos"): two different places, two different counts."""
    if left and right and not left & right:
        return level("subject", f"clauses name different places or people ({', '.join(sorted(left)[:2])}; "
                                f"{', '.join(sorted(right)[:2])})", -3.0)
    return None


def holder_level(left, right):
    """Whom two figures are said of, when the text names a person for each (an age: "Gary
    Cohen, 58", "Gary Cohen, de 58 años"): a person has one age, so one person's age in two
    sources is one claim however far apart the figures (a misprint, a slip); two people's
    ages are two claims.

    >>> holder_level("Gary Cohen", "Cohen").weight, holder_level("Gary Cohen", "Ana Ruiz").weight
    (6.0, -4.0)
    """
    if not left or not right:
        return None
    if same_person(left, right):
        return level("holder", f"said of one person ({right})", 6.0)
    return level("holder", f"said of two people ({left}; {right})", -4.0)


def consensus_level(sources):
    """A figure at odds with what `sources` other documents agree on, each compared with it
    through a pair whose evidence besides the figures would link it (Link.may_dissent); or,
    when `sources` is 1, the one other source's figure, in clauses alike enough to carry a
    contradiction on their own (Link.may_dissent_alone)."""
    if sources == 1:
        return level("consensus", "at odds with the one other source, in clauses alike but for the figures", 0.0)
    return level("consensus", f"at odds with what {sources} other sources agree on", 0.0)


def update_level(updating, conflict, moved=False):
    """For two conflicting figures, one reported as a count as it stands ("rose to",
    "hasta el momento"): the two may be counts of different moments, not a contradiction.
    Two different figures that do not conflict ("at least 60" and 64) get a level of the same
    comparison weighing MOVED_WEIGHT: likelier two moments' counts than one figure hedged, and
    a link they make may not bring a new conflict into a group."""
    if conflict and updating:
        return level("published", "a count reported as it stands: another figure may be another moment's", -6.0)
    if updating and moved:
        return level("published", "a count reported as it stands: two figures, perhaps of two moments", MOVED_WEIGHT)
    return None


def published_level(days_apart, conflict):
    """For two claims whose figures conflict: documents published days apart may report a
    count that changed since (a toll that rose), not a contradiction."""
    if conflict and days_apart is not None and days_apart >= UPDATE_DAYS:
        # Not a contradiction to report: the later source may give the newer count.
        return level("published", f"published {days_apart} days apart: the figure may have changed", -6.0)
    return None


def compare_quantities(left, right, *, context, entities, dates, story, event=None, days_apart=None,
                       subject=None, updating=False, sole=None, increment=None):
    """The Link of two quantities, or None when they measure different things."""
    measure = measure_level(left, right)
    if measure is None:
        return None
    value, conflict = value_level(left, right)
    if sole is not None and _base(left) == _base(right):
        sole = None  # the same figure says so itself; the same figure twice says nothing of a measure's uniqueness
    holder = holder_level(left.holder, right.holder)
    return _link([measure, value, event, increment, context, entities, subject, holder, dates, sole, story,
                  published_level(days_apart, conflict and _time_may_change(left, right, days_apart))
                  or update_level(updating and _may_move(left) and not _slip(left, right), conflict,
                                  _base(left) != _base(right))],
                 conflict)


def _may_move(claim):
    """False for a figure that no later count revises: a length, a weight, a speed, a rank on
    a scale (the quake's magnitude in a sentence that gives its toll "so far" is no count of
    the moment)."""
    return measure_of(claim.unit)[0] not in PHYSICAL and claim.unit not in scales()


def _time_may_change(left, right, days_apart):
    """True when the days between two documents' publication may explain their two figures:
    a count may rise in a day, but a bridge's length, a ship's tonnage or an area does not
    change between editions, and a duration grows no faster than time passes (a cathedral
    850 years old is not 800 two days earlier; 17 days trapped may be 69 days seven weeks on).
    """
    measure = measure_of(left.unit)[0]
    if measure in PHYSICAL:
        return False
    if measure == DURATION and days_apart is not None:
        return abs(_base(left) - _base(right)) <= days_apart
    return True


def _slip(left, right):
    """True when two figures differ as a slip of the pen does (one digit, or millions for
    billions), not as a count that moved: 2,995 and 2,975 are no two moments of a toll; but
    153 and 154, apart in the last digit only, may well be (a toll that rose by one).

    >>> from types import SimpleNamespace as Figure
    >>> [_slip(Figure(value=a, unit=None), Figure(value=b, unit=None)) for a, b in ((2995, 2975), (153, 154), (632, 623))]
    [True, False, True]
    """
    if _misprint(left.value, right.value):
        return not _last_digit_apart(left.value, right.value)
    return _rescaled(_base(left), _base(right))


def _last_digit_apart(a, b):
    """True for two whole figures that differ in their last digit only."""
    return float(a).is_integer() and float(b).is_integer() and int(a) // 10 == int(b) // 10


# --- dates ------------------------------------------------------------------------------

def date_level(left, right):
    """The two dates: (Level, conflict). A year inferred from the publication date is
    evidence for a link, never a conflict on its own."""
    a, b = left.date, right.date
    if a == b:
        precision = date_precision(a)
        weight = {"day": 4.5, "month": 2.0, "year": 0.5}[precision]
        return level("value", f"same date ({a}, to the {precision})", weight), False
    if dates_compatible(a, b):
        inferred = (left.date_inferred or a, right.date_inferred or b)
        if inferred[0] == inferred[1]:
            return level("value", f"same date, year inferred ({inferred[0]})", 4.0), False
        if min(len(a), len(b)) == 4:
            return level("value", f"only the year in common ({a}, {b})", -2.0), False
        if a.startswith("--") != b.startswith("--") and a[-5:] == b[-5:] and date_precision(a) == "day":
            # "Sept. 19" and "19 September 2017": the same day, one without its year; "Tuesday,
            # Sept. 19" names the weekday that 19 September 2017 fell on.
            partial, full = (left, right) if a.startswith("--") else (right, left)
            named = weekday_named(partial.text, partial.language)
            if named is not None and named == _weekday(full.date):
                return level("value", f"the same day and weekday, one without its year ({a}, {b})", 4.0), False
            if named is not None:
                return level("value", f"the same day, another weekday ({a}, {b})", -1.0), False
            return level("value", f"the same day, one without its year ({a}, {b})", 2.5), False
        return level("value", f"compatible dates ({a}, {b})", 1.0), False
    if a[:7] == b[:7]:
        return level("value", f"dates differ, in one month ({a}, {b})", -0.5), True
    if _year_off(a, b):
        # "febrero de 2019" against "February 2018": the same month or day with a year one off
        # is one date misprinted far more often than two events that fall alike.
        return level("value", f"the same {date_precision(a)}, a year off ({a}, {b})", 0.5), True
    return level("value", f"dates differ ({a}, {b})", -1.0), True


def _year_off(a, b):
    """True for two full dates of one precision, month or day, that differ only in a year one apart.

    >>> _year_off("2018-02", "2019-02"), _year_off("2017-09-19", "2016-09-19"), _year_off("2018", "2019")
    (True, True, False)
    """
    if a.startswith("--") or b.startswith("--") or len(a) != len(b) or len(a) < 7:
        return False
    return a[4:] == b[4:] and abs(int(a[:4]) - int(b[:4])) == 1


def _weekday(iso):
    """The weekday (0 = Monday) of a full ISO date, or None."""
    try:
        return datetime.date.fromisoformat(iso).weekday()
    except ValueError:
        return None


@functools.lru_cache(maxsize=4096)
def weekday_named(text, language):
    """The weekday (0 = Monday) a date's words name ("Tuesday, Sept. 19", "el martes 19"), or None.

    >>> weekday_named("Tuesday, Sept. 19", "en"), weekday_named("el miércoles 20", "es"), weekday_named("Sept. 19", "en")
    (1, 2, None)
    """
    numbers = weekday_numbers(language)
    return next((numbers[word] for word in fold(text).replace(",", " ").split() if word in numbers), None)


def date_precision(iso):
    """'day', 'month' or 'year' of an ISO date at any precision.

    >>> [date_precision(iso) for iso in ("2021-05-03", "--08-05", "2021-05", "--05")]
    ['day', 'day', 'month', 'month']
    """
    parts = iso[2:].split("-") if iso.startswith("--") else iso.split("-")
    if iso.startswith("--"):
        return "day" if len(parts) == 2 else "month"
    return {3: "day", 2: "month"}.get(len(parts), "year")


def compare_dates(left, right, *, context, entities, dates, story, subject=None):
    """The Link of two dates, or None when either is relative ("last Tuesday")."""
    if left.relative or right.relative or not left.date or not right.date:
        return None
    value, conflict = date_level(left, right)
    return _link([value, context, entities, subject, dates, story], conflict)


# --- quotes -----------------------------------------------------------------------------

def wording_level(left_words, right_words):
    """Two quotes in one language, as normalised word lists: the same words, one held in
    the other (a fragment quoted by another source), or nearly the same words. None when
    they are not one quote."""
    left_parts, right_parts = _parts(left_words), _parts(right_words)
    left_words, right_words = _whole(left_parts), _whole(right_parts)
    if not left_words or not right_words:
        return None
    if left_words == right_words:
        return level("wording", "same words", 7.0 if len(left_words) >= 3 else 4.0)
    (short, short_parts), (long, _) = sorted(((left_words, left_parts), (right_words, right_parts)),
                                            key=lambda x: len(x[0]))
    if _contains(long, short) and len(short) >= 2:
        weight = 6.0 if len(short) >= MIN_QUOTE_WORDS else 4.0
        return level("wording", f"one quotes a part of the other ({len(short)} words)", weight)
    if len(short_parts) > 1 and len(short) >= MIN_QUOTE_WORDS and _contains_in_order(long, short_parts):
        # "Fue muy desastroso… no tiene precedentes": the writer marked what it left out.
        return level("wording", f"one quotes parts of the other, its gaps marked ({len(short)} words)", 6.0)
    if len(short) < MIN_QUOTE_WORDS:
        return None
    shared = len(set(short) & set(long))
    if shared * 2 < len(set(short)):
        return None  # fewer than half the shorter quote's words: no fuzzy score reaches a level
    # Below 80 no level holds: rapidfuzz may stop early.
    score = fuzz.partial_ratio(" ".join(left_words), " ".join(right_words), score_cutoff=80)
    if score >= 95:
        return level("wording", f"nearly the same words ({score:.0f})", 6.0)
    if score >= 88:
        return level("wording", f"similar words ({score:.0f})", 4.5)
    own = set(short) - _function_words()
    common = len(own & set(long))
    if len(own) >= REORDERED_WORDS and common >= REORDERED_SHARE * len(own):
        # "Aquí el mar devuelve cadáveres constantemente" and "el mar devuelve constantemente
        # decenas de cadáveres": the content words of one, nearly all, in another order.
        return level("wording", f"the same words, reordered ({common} of {len(own)})", 4.5)
    if score >= 80 and len(short) >= 8:
        return level("wording", f"reworded ({score:.0f})", 2.5)
    return None


@functools.lru_cache(maxsize=None)
def _function_words():
    """The lexicon's function words, folded as a quote's words are."""
    return frozenset(fold(word) for word in function_words())


def _parts(words):
    """The runs of words between the ELISION marks of a quote's words."""
    parts, run = [], []
    for word in words:
        if word == ELISION:
            parts.append(tuple(run))
            run = []
        else:
            run.append(word)
    parts.append(tuple(run))
    return [part for part in parts if part]


def _whole(parts):
    return tuple(word for part in parts for word in part)


def _contains_in_order(long, parts):
    """True when each run of `parts` stands in `long` as a run of words, one after another.

    >>> _contains_in_order(("fue", "muy", "desastroso", "lo", "que", "no", "tiene", "precedentes"),
    ...                    [("fue", "muy", "desastroso"), ("no", "tiene", "precedentes")])
    True
    """
    text, at = f" {' '.join(long)} ", 0
    for part in parts:
        found = text.find(f" {' '.join(part)} ", at)
        if found < 0:
            return False
        at = found + len(" ".join(part)) + 1
    return True


def _contains(long, short):
    """True when the word list `short` appears in `long` as a run of words.

    >>> _contains(("a", "deep", "culture", "of", "impunity"), ("culture", "of", "impunity"))
    True
    >>> _contains(("cultures", "of", "impunity"), ("culture", "of", "impunity"))
    False
    """
    return f" {' '.join(short)} " in f" {' '.join(long)} "


def translation_level(left_concepts, right_concepts):
    """A quote and its translation: the share of concepts they have in common, a word
    meeting its cognate ("refuge", "refugio") and a figure the same figure.

    >>> translation_level(frozenset({"~fine", "~refuge", "#33"}), frozenset({"~estamo", "~bien", "~refugio", "#33"})).label
    'a translation: concepts similar (57%)'
    """
    if not left_concepts or not right_concepts:
        return None
    shared = len(left_concepts & right_concepts) + _cognates(left_concepts - right_concepts,
                                                             right_concepts - left_concepts)
    if min(len(left_concepts), len(right_concepts)) < MIN_TRANSLATED_CONCEPTS:
        # A word or two quoted ("reluctant" / "reacio", "very significantly" / "muy
        # significativamente"): one quote when every concept of each is the other's, as a
        # short quote in one language is when its words are the same.
        if shared == len(left_concepts) == len(right_concepts):
            return level("wording", f"a translation of a short quote: the same concepts ({shared})", 3.0)
        return None
    share = 100.0 * 2 * shared / (len(left_concepts) + len(right_concepts))
    if share >= 70:
        return level("wording", f"a translation: concepts alike ({share:.0f}%)", 5.5)
    if share >= 55:
        return level("wording", f"a translation: concepts similar ({share:.0f}%)", 4.0)
    if share >= 40 or share >= 25 and (shared > MIN_TRANSLATED_CONCEPTS
                                       or shared == min(len(left_concepts), len(right_concepts))):
        # Of a long statement, a looser translation shares less ("We are working around the
        # clock to recover victims..." / "Trabajamos las 24 horas del día para encontrar
        # víctimas..."): too little to link with the story alone, enough with the speaker. But
        # more than three concepts, or all of the shorter quote's: two statements of one
        # speaker on one subject share three ("number", "different", "review").
        return level("wording", f"a translation: some concepts shared ({share:.0f}%)", 2.0)
    return None


def rewording_level(left_concepts, right_concepts):
    """Two quotes in one language whose words differ but whose concepts are alike: two
    outlets' translations of one statement ("After analyzing the conflicted domestic
    situation, we ask..." and "After analysing the situation of internal conflict, we
    suggest..."). Stricter than a translation: in one language, alike words are expected."""
    found = translation_level(left_concepts, right_concepts)
    if found is None or found.weight < 5.5:
        return None
    if min(len(left_concepts), len(right_concepts)) < 2 * MIN_TRANSLATED_CONCEPTS:
        return None
    return level("wording", found.label.replace("a translation", "reworded"), 4.5)


def _cognates(left, right):
    """How many words of `left` meet a cognate in `right`, each used once: words of
    COGNATE_LENGTH letters or more, alike (rapidfuzz ratio) and with the same first three."""
    found, others = 0, sorted(w for w in right if len(w) > COGNATE_LENGTH and w[0] == "~")
    for word in sorted(w for w in left if len(w) > COGNATE_LENGTH and w[0] == "~"):
        form = cognate_form(word)
        match = next((o for o in others if cognate_form(o)[:4] == form[:4]
                      and fuzz.ratio(form, cognate_form(o)) >= COGNATE_SIMILARITY), None)
        if match:
            found += 1
            others.remove(match)
    return found


def speaker_level(left, right):
    """Whom the two sources give the words to."""
    if not left.speaker or not right.speaker:
        return None
    if same_person(left.speaker, right.speaker):
        return level("speaker", f"same speaker ({right.speaker})", 2.0)
    return level("speaker", f"different speakers ({left.speaker}, {right.speaker})", -2.0)


def same_person(left, right):
    """True for one person: the same name, or one name giving only the other's surname, or
    the other's name less a middle name ("Dorlian Castillo Cabrera", "Dorlian Ronial Castillo
    Cabrera").

    >>> same_person("Ana Lopez Ruiz", "López"), same_person("Ana López", "Carlos López"), same_person("Musk", "Elon Musk")
    (True, False, True)
    >>> same_person("Dorlian Castillo Cabrera", "Dorlian Ronial Castillo Cabrera"), same_person("Ana Ruiz", "Ana Gil Ruiz")
    (True, True)
    """
    a, b = speaker_key(left).split(), speaker_key(right).split()
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) == 1:
        return short[0] in long[1:]
    # "Ana López" and "Ana López Ruiz": a first name and a first surname in common.
    return (short[0] == long[0] and (short[1] == long[1] or short[-1] == long[-1] and _in_order(short, long))
            or fuzz.ratio(" ".join(a), " ".join(b)) >= 92)


def _in_order(short, long):
    """True when the words of `short` all stand in `long`, in the same order."""
    rest = iter(long)
    return all(word in rest for word in short)


def compare_quotes(left, right, *, wording, story):
    """The Link of two quotes whose wording level is `wording` (None: not one quote)."""
    if wording is None:
        return None
    return _link([wording, speaker_level(left, right), story], False)


def _link(levels, conflict):
    fired = tuple(lv for lv in levels if lv is not None)
    return Link(weight=sum(lv.weight for lv in fired), levels=fired, conflict=conflict)


def overlap(left, right, totals=None):
    """The weighted share of the smaller of two term sets ({term: weight}, a term weighing
    the same in both) that the other holds too (the overlap coefficient, weighted); `totals`,
    the sets' summed weights when the caller keeps them.

    >>> overlap({"a": 1.0, "b": 1.0}, {"a": 1.0}), overlap({"a": 1.0, "b": 3.0}, {"b": 3.0, "c": 1.0})
    (1.0, 0.75)
    """
    small, large = (left, right) if len(left) <= len(right) else (right, left)
    shared = sum(weight for term, weight in small.items() if term in large)
    smaller = min(totals) if totals else min(sum(left.values()), sum(right.values()))
    return shared / smaller if smaller else 0.0
