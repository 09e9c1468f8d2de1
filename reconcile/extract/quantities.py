"""Quantities in a text: a number, what qualifies it, and what it counts.

Digits with either language's separators ("30,000", "30.000", "2.5", "2,5"),
number words ("five million", "sixty-one", "diez", "treinta y dos"), scale
words ("5 million", "1,5 millones"), percentages and money. A qualifier
before or after the number ("more than", "casi", "or more") becomes an interval;
two numbers of a range ("between 20 and 30", "10-15", "44 mg to 50 mg") one
quantity. Division ("one over three") and the forms of number_forms.py are
fractions. Years, times of
day, list numbering, identifiers ("09MEXICO193") and ranks ("No. 2") are
not quantities.
"""
import bisect
import functools
import re

import attrs
from text_to_num import text2num

from ..lexicon import (_alternation, common, count_nouns_before, demonym, event_auxiliaries, every_language, fold, folded,
                       increment_words, language_units, languages, lexicon, people_events, scales, unit_joiners,
                       unit_of_word, units_before, units_in_context)
from ..measures import measure_of
from ..text import BLANK_LINE, POSSESSIVE, folded_words, sentences as split_sentences
from .anchors import anchors as find_anchors
from .dates import year_in_a_name
from .number_forms import form_at, fraction_context, number_word_parts, scale_value, share


@attrs.frozen
class FoundQuantity:
    """A quantity expression: its span in the searched text and what it says."""

    start: int
    end: int
    value: float
    unit: str | None
    qualifier: str | None
    low: float | None
    high: float | None
    subject: str | None
    # The fraction or ratio as the text gave it ("2/3", "1/5", "2 1/2"), else None.
    fraction: str | None = None
    # The person the figure is said of: an age's ("Gary Cohen, 58"), else None.
    holder: str | None = None


# Digits, grouped by commas, dots or spaces, with an optional decimal part.
_DIGITS = (r"\d{1,3}(?:(?:,\d{3})+|(?:\.\d{3})+|(?:[ \u00a0\u202f\u2009]\d{3})+)(?:[.,]\d+)?(?!\d)"
           r"|\d+(?:[.,]\d+)?")
# Scale letters glued to digits ("5m", "2bn", "10k"); "m" is a million only for money or a count.
_GLUED_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mm": 1e6, "b": 1e9, "bn": 1e9, "t": 1e12, "tn": 1e12}
# Glued letters that are a scale only in capitals, after a currency sign or before a counted
# word ("$2.174T", "US$ 1MM", "$5b"; but "2t" of steel, "5mm" of rain, a "1500b" packet).
_AMBIGUOUS_GLUED = {"m", "t", "mm", "b"}


@functools.lru_cache(maxsize=None)
def _number_pattern(language):
    lex = lexicon(language)
    words, joiners, points, articles, scales = number_word_parts(language)
    negative = _alternation(lex.words("negative_words"))
    glued = _alternation(list(_GLUED_SCALES) + common()["glued_measures"])
    leading = r"[.,]\d+" if lex.data.get("numeric_date_order") == "dmy" else r"\.\d+"
    # "-10ºC": the ordinal mark "º" is a letter to the regex engine, yet before a scale it is a degree.
    degrees = "".join(common()["temperature_scales"])
    word = rf"(?:{words})(?![\w])"
    word_number = (rf"(?:(?:{articles})\s+(?=(?:{scales})\b))?{word}"
                   rf"(?:(?:\s*-\s*|\s+)(?:(?:{joiners})\s+)?{word})*"
                   rf"(?:\s+(?:{points})\s+{word}(?:(?:\s*-\s*|\s+)(?:(?:{joiners})\s+)?{word})*)?")
    digit_number = (rf"(?P<sign>(?<![\w\d])[-−])?(?P<digits>{_DIGITS}|(?<![\w\d.,]){leading})"
                    rf"(?:(?P<glued>{glued})(?![\w])|\s*(?P<scale>(?:{scales})(?:\s+(?:{scales}))*)(?![\w]))?")
    # Mexican press writes "15 mil 273" and "mil 500" for 15,273 and 1,500.
    thousands = _alternation(lex.words("thousand_words"))
    split_thousands = (rf"(?P<split>(?<![\w.,])(?:(?P<split_head>\d{{1,3}})\s+)?(?:{thousands})\s+(?P<split_tail>\d{{1,3}})"
                       rf"(?![\d]|[.,]\d)(?:\s+(?P<split_scale>(?:{scales})(?:\s+(?:{scales}))*)(?![\w]))?)|"
                       if thousands else "")
    return re.compile(
        rf"(?:(?P<negative>(?<![\w])(?:{negative})\s+)(?!de\b|of\b))?"
        rf"(?:{split_thousands}(?<![\w.,/\-–]){digit_number}(?!(?!º ?[{degrees}](?![\w]))[\w]|[.,]\d)"
        rf"|(?<![\w\-])(?P<words>{word_number})(?![\w])(?!-(?![^\W\d_])))",
        re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _after_pattern(language):
    """Percent and currency words right after a number ("2 percent", "5 millones de dólares")."""
    lex = lexicon(language)
    percent = _alternation(lex.words("percent_words"))
    currency = _alternation(lex.table("currency_words"))
    temperature = _alternation(lex.table("temperature_words"))
    temperature = rf"{_temperature_mark().pattern}|{temperature}(?![\w])" if temperature else _temperature_mark().pattern
    return re.compile(rf"(?:\s*(?P<temperature>{temperature})"
                      rf"|(?:\s*|-)(?:(?P<percent>%|{percent})|(?:(?:de|of)\s+)?(?P<currency>{currency}))(?![\w]))",
                      re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _temperature_mark():
    """A temperature mark after a number: "°C", "ºF", "° C" (a scale of common.yaml's
    temperature_scales), or the degree sign alone; not the ordinal mark "º" alone ("21º
    aniversario")."""
    scales = "".join(common()["temperature_scales"])
    return re.compile(rf"[°º] ?(?P<scale>[{scales}])(?![\w])|°(?![\w])", re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _before_pattern(language):
    """Qualifier and currency symbol right before a number ("more than $5", "más de 60")."""
    lex = lexicon(language)
    qualifiers = _alternation(lex.table("qualifiers"))
    symbols = _alternation(common()["currency_symbols"])
    return re.compile(rf"(?:(?<![\w])(?P<qualifier>{qualifiers})\s+)?(?P<symbol>{symbols})?\s*$", re.IGNORECASE)


_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def _governed(text, start, qualifier, language):
    """True when the word before a qualifier (at `start`) makes it a preposition ("say about
    19 children"): lexicon `qualifier_not_after`."""
    words = _not_after(language).get(qualifier.lower())
    if not words:
        return False
    match = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return bool(match) and match.group(1).lower() in words


@functools.lru_cache(maxsize=None)
def _not_after(language):
    """Qualifier -> the words after which it is a preposition."""
    table = lexicon(language).data.get("qualifier_not_after") or {}
    return {qualifier.lower(): frozenset(str(w).lower() for w in words) for qualifier, words in table.items()}


@functools.lru_cache(maxsize=None)
def _after_qualifier(language):
    """A qualifier after a number ("500 or more", "100 como máximo"), unless it compares
    with a number of its own ("5000 or less than 6000", "5000 o menor que 4500")."""
    lex = lexicon(language)
    words = _alternation(lex.table("qualifiers_after"))
    comparing = _alternation(lex.words("comparison_words")) or r"(?!x)x"
    return re.compile(rf"\s+(?P<qualifier>{words})(?![\w])(?!\s+(?:{comparing})(?![\w]))" if words else r"(?!x)x",
                      re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _not_count_before(language):
    # A number right after a weekday is its day of the month: "este lunes 13".
    lex = lexicon(language)
    words = _alternation(lex.words("not_count_before") + lex.words("weekdays"))
    return re.compile(rf"(?<![\w])(?:{words})\s*$", re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _not_count_after(language):
    lex = lexicon(language)
    words = _alternation(lex.words("not_count_after"))
    glued = _alternation(lex.words("not_count_glued_after"))
    glued = rf"|(?:{glued})(?![\w])" if glued else ""
    return re.compile(rf"\s*(?:{words})(?![\w]){glued}", re.IGNORECASE)


# A telephone number: "(915) 555-0142", "202-224-3121", "+52 55 5080 2000", "1-800-283-4867".
_PHONE = re.compile(r"(?<![\d\w])(?:\+\d{1,3}[\s.-]?|1[\s.-])?(?:\(\d{2,3}\)\s?|\d{2,3}[\s.-])\d{3,4}[\s.-]\d{4}(?!\d)")
_YEAR_LIKE = re.compile(r"1[89]\d\d|20\d\d")
_TIME_AROUND = re.compile(r"\d[:h]\d{2}\b|^\s*[:h]\d{2}\b")
_LIST_NUMBER = re.compile(r"(?:^|\n)[ \t]*$")
_WORD_OR_NUMBER = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*|[\"“”'‘’«»]|[^\w\s]")


def quantities_in(text, language, start=0, end=None, *, taken=(), anchors=None, sentences=None):
    """FoundQuantities in text[start:end], skipping the spans in `taken` (dates).

    `anchors` are the offsets where a number may start (see anchors.py) and
    `sentences` the (start, end) of its sentences, sorted (annotation.py); by
    default they are found here.
    """
    end = len(text) if end is None else end
    if anchors is None:
        anchors = find_anchors(text, language, start, end)[1]
    if sentences is None:
        sentences = split_sentences(text, start, end, language)
    starts = [s for s, _ in sentences]
    found, taken = [], sorted(taken)
    for number in _numbers_at(text, language, anchors, end, taken):
        if _overlaps(number.start, number.end, taken):
            continue
        if found and number.start < found[-1].end:
            continue  # part of the previous quantity ("2,5 por ciento")
        at = bisect.bisect_right(starts, number.start) - 1
        sentence = sentences[at] if at >= 0 else (start, end)
        quantity = _quantity(text, number, language, start, end, sentence)
        if quantity is not None:
            found.append(quantity)
    found = _scaled_pairs(text, _joined_ranges(text, found, language), language)
    return _marked_ranges(text, _coordinated(text, found, language), language)


def _scaled_pairs(text, found, language):
    """A bare number joined by "and"/"y" to a number with a scale word takes that scale and
    unit: "200 y 100 millones de euros" are 200 and 100 million euros."""
    joiners = lexicon(language).words("scale_joiners")
    for position in range(len(found) - 1):
        a, b = found[position], found[position + 1]
        between = " ".join(text[a.end:b.start].split()).lower()
        if not (between in joiners and a.unit is None and a.qualifier is None and a.subject is None
                and a.value is not None and b.value is not None):
            continue
        scale = _shared_scale(text, a, b, language)
        # "200 y 100 millones", "2.500 o 4.200 millones de euros": figures of one order of magnitude.
        if scale and 0 < a.value < 10000 and b.value / 1000 <= a.value * scale <= b.value * 1000:
            found[position] = attrs.evolve(a, value=a.value * scale, unit=b.unit,
                                           low=a.low * scale if a.low is not None else None,
                                           high=a.high * scale if a.high is not None else None)
    return found


def _numbers_at(text, language, anchors, end, taken):
    """The numbers that start at the anchors, in text order: a fraction, ratio or number
    phrase where one starts (number_forms.py), else a plain number and what extends it."""
    pattern, reached = _number_pattern(language), 0
    for position in anchors:
        if position < reached:
            continue
        form, sign = form_at(text, position, end, language, words_value), 1
        negative = form is None and _negative_word(language).match(text, position, end)
        if negative:  # "minus one hundred thirty fifths"
            form, sign = form_at(text, negative.end(), end, language, words_value), -1
        if form is not None and not (sign < 0 and form.bounded):
            reached = form.end
            fraction = form.fraction and ("-" + form.fraction if sign < 0 else form.fraction)
            yield _Number(position, form.end, sign * form.value, None, True, fraction=fraction,
                          proper=form.proper and sign > 0, qualifier=form.qualifier, low=form.low,
                          high=form.high, bounded=form.bounded)
            continue
        match = pattern.match(text, position, end)
        if match is None:
            continue
        reached = match.end()
        if _overlaps(match.start(), match.end(), taken):
            continue
        for number in _numbers(match, language, text):
            for extended in _extended(text, number, language, end, taken):
                reached = max(reached, extended.end)
                yield extended


@functools.lru_cache(maxsize=None)
def _negative_word(language):
    words = _alternation(lexicon(language).words("negative_words"))
    return re.compile(rf"(?:{words})\s+(?=\w)" if words else r"(?!x)x", re.IGNORECASE)


def _extended(text, number, language, end, taken):
    """A number with what follows it: "three dozen" (36), "one in five" (a share), and the
    second number of "20-30", which matches nothing on its own after the dash."""
    following = _following(language).match(text, number.end, end)
    if following is None:
        return [number]
    if following.group("vague"):
        return []  # "dos decenas de cables" is not two cables
    if following.group("dozen"):
        dozens = lexicon(language).table("dozen_words")
        return [attrs.evolve(number, end=following.end(),
                             value=number.value * dozens[_key(dozens, following.group("dozen"))])]
    if following.group("ratio") and number.value > 0:
        second = _plain_number_at(text, following.end(), end, language)
        if second is not None and number.value <= second.value and not _overlaps(second.start, second.end, taken):
            fraction = share(number.value, second.value)[1]
            return [_Number(number.start, second.end, number.value / second.value, None, number.in_words,
                            fraction=fraction, proper=True, ratio=True)]
    if following.group("over"):
        # "one over three", "1 sobre 3": division, read only as a proper fraction where a
        # fraction can end ("2000 over 3 years" is a total over a period, not 666.7)
        second = _plain_number_at(text, following.end(), end, language)
        if (second is not None and abs(number.value) < second.value and float(number.value).is_integer()
                and float(second.value).is_integer() and not _overlaps(second.start, second.end, taken)
                and fraction_context(text, second.end, language)):
            fraction = share(abs(number.value), second.value)[1]
            sign = "-" if number.value < 0 else ""
            return [_Number(number.start, second.end, number.value / second.value, None, number.in_words,
                            fraction=sign + fraction, proper=number.value > 0)]
    if following.group("dash") and not number.in_words:
        second = _plain_number_at(text, following.end(), end, language)
        if second is not None and second.value > number.value and not _overlaps(second.start, second.end, taken):
            return [number, second]
    return [number]


@functools.lru_cache(maxsize=None)
def _range_follows(language):
    """A range joiner and a number after a number ("one to two days"): "one" is then a count."""
    lex = lexicon(language)
    joiners = set(lex.words("range_joiners")) | {w for ws in lex.table("range_openers").values() for w in ws}
    words = _alternation(lex.words("number_words"))
    return re.compile(rf"\s*(?:{_alternation(joiners)})\s*(?=\d|(?:{words})(?![\w]))", re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _following(language):
    """What may extend a number, in one pattern: a vague multiplier ("dos decenas"), a dozen
    ("three dozen"), a ratio's "in" ("one in five") or the dash of "20-30"."""
    lex = lexicon(language)
    vague = _alternation(lex.words("vague_multipliers")) or r"(?!x)x"
    dozen = _alternation(lex.table("dozen_words")) or r"(?!x)x"
    ratio = _alternation(lex.words("ratio_words")) or r"(?!x)x"
    over = _alternation(lex.words("over_words")) or r"(?!x)x"
    return re.compile(rf"(?:\s+(?:(?P<vague>{vague})(?![\w])|(?P<dozen>{dozen})(?![\w])|(?P<ratio>{ratio})\s+(?=\w)"
                      rf"|(?P<over>{over})\s+(?=\w))"
                      rf"|(?P<dash>[ \t]*[-–][ \t]*(?=\d)))", re.IGNORECASE)


def _plain_number_at(text, position, end, language):
    """The plain number that starts at `position`, read as if nothing came before it."""
    window = text[position:min(end, position + 120)]
    match = _number_pattern(language).match(window)
    if match is None:
        return None
    numbers = _numbers(match, language, window)
    if not numbers or numbers[0].start != 0:
        return None
    first = numbers[0]
    return attrs.evolve(first, start=position + first.start, end=position + first.end)


def _joined_ranges(text, found, language):
    """Two quantities that make a range ("between 20 and 30", "de 20 a 30", "20-30"): one
    quantity from the opener to the second number, at least the first and at most the second."""
    lex = lexicon(language)
    openers, joiners = lex.table("range_openers"), lex.words("range_joiners")
    joined, skip = [], False
    for position, a in enumerate(found):
        if skip:
            skip = False
            continue
        b = found[position + 1] if position + 1 < len(found) else None
        bounds = _bounds(text, a, b, language) if b is not None else None
        if bounds is not None:
            joined.append(bounds)
            skip = True
            continue
        opener = re.search(r"(\w+)\s+$", text[max(0, a.start - 12):a.start]) if b is not None else None
        opener_word = opener.group(1).lower() if opener else None
        if b is not None and b.qualifier and opener_word in openers and not text[a.end:b.start].strip():
            # "desde 20 hasta 100": the second number's own qualifier is the opener's joiner
            head = text[b.start:b.end].split()[0].lower()
            if head in openers[opener_word]:
                b = attrs.evolve(b, qualifier=None, high=b.value)
        if b is not None and a.qualifier == "about" and not b.qualifier and text[a.end:b.start].strip() in joiners:
            a = attrs.evolve(a, qualifier=None)  # "around 10-15 exabytes": the range says more than "around"
        if b is None or a.qualifier or b.qualifier or a.fraction or b.fraction or a.value >= b.value:
            joined.append(a)
            continue
        gap, unit = text[a.end:b.start], b.unit
        if unit is None and a.unit == "percent" and _changed_by(text, a.start, language):
            joined.append(a)  # "arrests rose 40% to 1,200": by how much, then to what
            continue
        if unit is None and a.unit is not None and a.subject is None:
            unit = a.unit  # "aged 11 to 16": the word before the range gave the first its unit
        if a.subject and a.unit and _repeats(text, gap, b.end, a.subject):
            gap, unit = gap.lstrip()[len(a.subject):], a.unit  # "44 mg to 50 mg": the unit said twice
        # "8- to 16-meter": a hyphen left hanging before the joiner belongs to the second unit
        between = " ".join(gap.split()).lower()
        between = between.lstrip("-").strip() or between
        if not between and b.start < b.end and text[b.start:b.end].split()[0].lower() in openers.get(opener_word, ()):
            between = text[b.start:b.end].split()[0].lower()
        if opener_word in openers and between in openers[opener_word]:
            start = a.start - len(opener.group(0))
            if _changes(text, start, language):
                joined.append(a)  # "raised its toll from 64 to 2,975": the old figure and the new
                continue
        elif between in joiners:
            start = a.start
        else:
            joined.append(a)
            continue
        if a.unit not in (None, unit):
            joined.append(a)
            continue
        b = attrs.evolve(b, unit=unit)
        low = a.value
        scale = _shared_scale(text, a, b, language)
        if scale and a.value * scale <= b.value:  # "between 2.5 and 4.2 billion dollars"
            low = a.value * scale
        joined.append(FoundQuantity(start, b.end, low, b.unit, "at_least", low, b.high if b.high is not None else b.value,
                                    b.subject))
        skip = True
    return joined


# A verb of change this many words or fewer before "from 64 to 2,975" makes it a change.
CHANGE_VERB_WORDS = 14


def _changes(text, opener_start, language):
    """True when a verb of change stands in the words just before a range's opener ("raised
    its official death toll from Hurricane Maria from 64 to 2,975", "elevó de 64 a 2.975")."""
    lex = lexicon(language)
    verbs = lex.words("change_verbs")
    window = text[max(0, opener_start - 100):opener_start].split("\n")[-1]  # its own line
    words = _TOKENS.findall(window.lower())[-CHANGE_VERB_WORDS:]
    if any(w in lex.words("range_nouns") for w in words):
        return False  # "subió los tipos hasta un rango del 4,75 % al 5 %": the new figure is a range
    return bool(verbs) and any(w in verbs for w in words)


def _changed_by(text, position, language):
    """True when a verb of change (or its "by") stands right before `position`: the figure
    there is by how much a count changed ("rose 40%", "rose by 40%", "cayó un 5%")."""
    lex = lexicon(language)
    words = _TOKENS.findall(fold(text[max(0, position - 30):position]))[-3:]
    while words and words[-1] in lex.folded_list("change_amount_words"):
        words.pop()
    return bool(words) and (words[-1] in lex.folded_list("subject_count_verbs")
                            or words[-1] in lex.folded_list("change_verbs"))


def _marked_ranges(text, found, language):
    """Two numbers that make a range but stay two quantities (each counts its own noun): the
    first becomes "at least", the second "at most", both with the range as their interval."""
    lex = lexicon(language)
    openers, joiners = lex.table("range_openers"), lex.words("range_joiners")
    found = list(found)
    for position in range(len(found) - 1):
        a, b = found[position], found[position + 1]
        between = " ".join(text[a.end:b.start].split()).lower()
        opener = _opener_before(text, a)
        joined = (opener in openers and between in openers[opener]) or (between in joiners and opener not in openers)
        if not joined or a.value > b.value or a.qualifier or b.qualifier:
            continue
        if opener in openers and _changes(text, a.start - len(opener) - 1, language):
            continue  # "raised its toll from 64 to 2,975": the old figure and the new
        if a.unit == "percent" and b.unit != "percent" and _changed_by(text, a.start, language):
            continue  # "arrests rose 40% to 1,200": by how much, then to what
        found[position] = attrs.evolve(a, qualifier="at_least", low=a.value, high=b.value)
        found[position + 1] = attrs.evolve(b, qualifier="at_most", low=a.value, high=b.value)
    return found


def _opener_before(text, quantity):
    """The lower-case word right before a quantity, where a range's opener stands ("between"), or None."""
    before = text[max(0, quantity.start - 12):quantity.start].lower().split()
    return before[-1] if before else None


def _repeats(text, gap, b_end, subject):
    """True when the words after both numbers start with `subject` ("44 mg to 50 mg")."""
    wanted = subject.lower()
    return gap.lstrip().lower().startswith(wanted) and text[b_end:b_end + len(subject) + 4].lstrip().lower().startswith(wanted)


_LOWER_BOUNDS, _UPPER_BOUNDS = ("more_than", "at_least"), ("less_than", "at_most")


def _bounds(text, a, b, language):
    """A lower and an upper bound said together ("more than 10 and less than 40", "at most
    100 and at least 20", "mayor que 100 y menor que 300"): one quantity, or None."""
    pair = {a.qualifier, b.qualifier}
    if not (pair & set(_LOWER_BOUNDS) and pair & set(_UPPER_BOUNDS)) or a.unit not in (None, b.unit):
        return None
    between = " ".join(text[a.end:b.start].split()).lower()
    if between not in lexicon(language).words("bound_joiners"):
        return None
    low, high = (a, b) if a.qualifier in _LOWER_BOUNDS else (b, a)
    if low.value >= high.value:
        return None  # "more than 40 and less than 10": two statements, not a range
    return FoundQuantity(a.start, b.end, low.value, b.unit or a.unit, low.qualifier, low.low, high.high,
                         b.subject or a.subject)


def _shared_scale(text, a, b, language):
    """The scale that the figure `b` writes out and the bare figure `a` before it shares
    ("5 to 10 million", "2.500 o 4.200 millones de euros", "mil millones": 1e9), or None when
    `b` has no scale word or `a` has one of its own."""
    if a.unit not in (None, b.unit) or _written_scale(text[a.start:a.end], language):
        return None
    return _written_scale(text[b.start:b.end], language)


def _written_scale(words, language):
    """The product of the scale words right after a figure's first word, or None."""
    product = 1
    for word in words.split()[1:]:
        value = scale_value(word, language)
        if value is None:
            break
        product *= value
    return product if product > 1 else None


def _overlaps(start, end, spans):
    """True when [start, end) overlaps one of the sorted spans."""
    position = bisect.bisect_left(spans, (end,))
    return any(s < end and start < e for s, e in spans[max(0, position - 2):position])


@attrs.frozen
class _Number:
    """A number as written, before its qualifier, unit and counted phrase are read."""

    start: int
    end: int
    value: float
    unit: str | None
    in_words: bool
    fraction: str | None = None
    proper: bool = False          # a part of a whole with nothing before it: a share
    ratio: bool = False           # "one in five": a share whatever follows
    qualifier: str | None = None  # a phrase's own hedge ("hundreds of": at least 200)
    low: float | None = None
    high: float | None = None
    bounded: bool = False
    listed: bool = False          # one of several numbers said in a row ("one two three")


def _numbers(match, language, text):
    """The numbers a match holds: one, or several for a run of number words that is
    not one number ("one two three", "un veinticinco")."""
    if not match.group("words"):
        found = _value(match, language, text)
        if not found:
            return []
        number = _Number(match.start(), match.end(), found[0], found[1], False)
        return [_scaled_on(text, number, match.group("scale"), language)]
    value = words_value(match.group("words"), language)
    sign = -1 if match.group("negative") else 1
    if value is not None:
        return [_Number(match.start(), match.end(), sign * value, None, True)]
    numbers = _segments(match.start("words"), match.group("words"), language)
    if numbers and sign < 0 and numbers[0].start == match.start("words"):  # "negative ten and fifteen"
        numbers[0] = attrs.evolve(numbers[0], start=match.start(), value=-numbers[0].value)
    if text.startswith("-", match.end()):  # "one two-hour meeting": the last number is joined to a word
        numbers = [attrs.evolve(n, listed=False) for n in numbers]
    return numbers


@functools.lru_cache(maxsize=None)
def _scaled_part(language):
    """What may follow "4 thousand" inside one number: "3 hundred", "and 21", "and one"."""
    lex = lexicon(language)
    joiners = _alternation(lex.words("number_joiners"))
    small = _alternation(w for w, v in lex.table("scales").items() if 1 < v <= 1000 and len(w) > 2)
    words = _alternation(lex.words("number_words"))
    return re.compile(rf"\s+(?:(?:{joiners})\s+)?(?:(?P<digits>\d{{1,3}})(?![\d.,:])(?:\s+(?P<scale>{small}))?"
                      rf"|(?P<words>(?:{words})(?:[\s-]+(?:{words}))*))(?![\w])", re.IGNORECASE)


def _scaled_on(text, number, scale_words, language):
    """"4 thousand 3 hundred and 21" as one number (4321): digits with a scale word of a
    thousand or less go on while each part is smaller than the scale before it."""
    scales = lexicon(language).table("scales")
    if not scale_words or not number.value.is_integer():
        return number
    last = scales[_key(scales, scale_words.split()[-1])]
    value, end = number.value, number.end
    while True:
        part = _scaled_part(language).match(text, end)
        if part is None:
            return attrs.evolve(number, end=end, value=value)
        if last > 1000 and not (part.group("digits") and part.group("scale")
                                and not text[end:part.start("digits")].strip()):
            # "$5 million and 300 jobs" are two numbers; "13 millones 16 mil" is one (13,016,000).
            return attrs.evolve(number, end=end, value=value)
        if part.group("digits"):
            amount = float(part.group("digits"))
            amount *= scales[_key(scales, part.group("scale"))] if part.group("scale") else 1
        else:
            amount = words_value(part.group("words"), language)
        if amount is None or amount >= last or amount <= 0:
            return attrs.evolve(number, end=end, value=value)
        value, end = value + amount, part.end()
        last = scales[_key(scales, part.group("scale"))] if part.group("digits") and part.group("scale") else 1


def _segments(offset, words, language):
    """Split a run of number words into the longest pieces that are numbers, left to right."""
    tokens = list(re.finditer(r"[^\s\-]+", words))  # "three-nought-four" is three numbers
    numbers, i = [], 0
    while i < len(tokens):
        for j in range(len(tokens), i, -1):
            piece = words[tokens[i].start():tokens[j - 1].end()]
            value = words_value(piece, language)
            if value is not None and j - i > 1 and words_value(words[tokens[i].start():tokens[i].end()], language) == 0:
                value = None  # "nought four" is two numbers, never 4
            if value is not None:
                numbers.append(_Number(offset + tokens[i].start(), offset + tokens[j - 1].end(), value, None, True))
                i = j
                break
        else:
            i += 1
    if len(numbers) > 1:  # "one two three four": counting aloud, where "one" is a number too
        articles = {fold(a) for a in lexicon(language).table("number_articles")}
        numbers = [attrs.evolve(n, listed=not (fold(words[n.start - offset:n.end - offset]) in articles
                                               and k + 1 < len(numbers) and numbers[k + 1].value >= 20))
                   for k, n in enumerate(numbers)]  # but "un veinticinco por ciento" has an article
    return numbers


_GLUED_UNIT = re.compile(r"\d[^\W\d_]+$")


def _coordinated(text, found, language):
    """A number with no counted noun of its own, joined by "and"/"or" to a number that has
    one, counts what the second counts: "3 or 4 buildings", "dos hombres de 26 y 35 años"
    (not the men a word before lent it); so does each number of a list that ends so ("niños
    de 8, 12 y 13 años"). A list of bare numbers after a word that names their unit counts
    it in each ("aged 8, 12 and 13 died": ages, not the dead)."""
    joiners = lexicon(language).words("scale_joiners")
    between = [" ".join(text[a.end:b.start].split()).lower() for a, b in zip(found, found[1:])]
    lent = set()  # positions whose unit a later number of their list gave
    for position in range(len(found) - 2, -1, -1):
        a, b = found[position], found[position + 1]
        # A comma joins a list only where the next number took its unit from its list's end.
        if not (between[position] in joiners or between[position] == "," and position + 1 in lent):
            continue
        if a.subject is not None or b.unit in (None, a.unit) or a.unit in _MONEY_AND_MEASURES:
            continue
        if b.subject is None and position + 1 not in lent:
            continue
        if _GLUED_UNIT.search(text, a.start, a.end):
            continue  # "165mph and 270 km/h": the first gives its own unit
        if a.unit is not None and _unit_before(text, a.start, max(0, a.start - 80)) == a.unit:
            continue  # "magnitud 7.7 y 7.6 superan": the word before names the first's unit
        found[position] = attrs.evolve(a, unit=b.unit)
        lent.add(position)
    return _listed_after_unit_word(text, found, between, joiners)


def _listed_after_unit_word(text, found, between, joiners):
    """`found` with each bare number of a list ("8, 12 and 13") that follows a word naming the
    first one's unit ("aged") counting that unit; `between` holds the words between neighbours."""
    position = 0
    while position < len(found):
        last = position
        while last + 1 < len(found) and between[last] in (",", *joiners):
            last += 1
        first = found[position]
        if (last > position and between[last - 1] in joiners and first.unit is not None
                and all(q.subject is None for q in found[position:last + 1])
                and _unit_before(text, first.start, max(0, first.start - 80)) == first.unit):
            found[position + 1:last + 1] = [attrs.evolve(q, unit=first.unit) for q in found[position + 1:last + 1]]
        position = last + 1
    return found


def _quantity(text, number, language, start, end, sentence):
    lex = lexicon(language)
    if _is_not_a_count(text, number, language, start):
        return None
    value, unit, q_start, q_end = number.value, number.unit, number.start, number.end
    qualifier, factors = None, (1.0, 1.0)
    after = _after_pattern(language).match(text, q_end, end)
    if after and after.group("temperature"):
        mark = _temperature_mark().fullmatch(after.group("temperature"))
        if mark:
            unit = common()["temperature_scales"][mark.group("scale").upper()] if mark.group("scale") else "degrees"
        else:
            words = lex.table("temperature_words")
            unit = words[_key(words, after.group("temperature"))]
        q_end = after.end()
    elif after:
        currency = lex.table("currency_words")
        unit = "percent" if after.group("percent") else currency[_key(currency, after.group("currency"))]
        q_end = after.end()
    before = _before_pattern(language).search(text, max(start, q_start - 40), q_start)
    if before and before.group("symbol"):
        symbols = common()["currency_symbols"]
        unit = unit or symbols[_key(symbols, before.group("symbol"))]
        q_start = before.start("symbol")
    if before and before.group("qualifier") and not _governed(text, before.start("qualifier"), before.group("qualifier"),
                                                               language):
        entry = lex.table("qualifiers")[_key(lex.table("qualifiers"), before.group("qualifier"))]
        qualifier, factors = entry["qualifier"], (entry["low"], entry["high"])
        q_start = before.start("qualifier")
    if qualifier in (None, "about"):  # "about 500 or more": the bound after says more than "about"
        following = _after_qualifier(language).match(text, q_end, end)
        if following:
            table = lex.table("qualifiers_after")
            entry = table[_key(table, following.group("qualifier"))]
            qualifier, factors = entry["qualifier"], (entry["low"], entry["high"])
            q_end = following.end()
    if number.bounded and qualifier is None:
        qualifier = number.qualifier
        factors = (None if number.low is None else number.low / value, None if number.high is None else number.high / value)
    if number.proper and unit is None and (number.ratio or _of_after(text, q_end, end, language)
                                            or _counted_phrase(text, q_end, end, language, percent=False)[1] is None):
        value, unit = value * 100, "percent"  # "two-thirds of the officers": 66.7 percent of them
    counted_from = q_end
    if number.bounded:  # "hundreds of cables": the rough count counts what follows its "of"
        of = _of_pattern(language).match(text, q_end, end)
        counted_from = of.end() if of else q_end
    subject, counted = _counted_phrase(text, counted_from, end, language, percent=unit == "percent")
    if unit is None:
        counted = (_unit_of_several_words(text, q_end, end) or counted  # "215 km/h", "kilómetros por hora"
                   or _unit_named_after(text, number.start, q_end, start, end, language))
    if unit is None:
        # A listed counted noun, else a word before the number ("death toll ... 217"), else
        # what happened ("26 died"), else the counted word as written.
        listed = counted if counted in _UNITS() else None
        unit = (listed or _unit_before(text, q_start, start) or _event_after(text, q_end, end)
                or _event_before(text, q_start, start)
                or _demonym(text, q_end, end, counted, language) or counted or _count_noun_before(text, q_start, sentence[0])
                or _subject_of_change(text, q_start, sentence[0], language))
    if unit in units_in_context():
        unit = _unit_in_context(text, unit, max(sentence[0], q_start - CONTEXT_CHARS),
                                min(sentence[1], q_end + CONTEXT_CHARS))
    if unit in scales() and value > SCALE_TOP:
        unit = None  # "20 mil" beside "magnitud 7.7": no rank on a scale runs so high
    if number.in_words and _ordinal_after(language).match(text, number.end, end):
        return None  # "the twenty-first century", "its one hundred fifth anniversary": a rank
    if (text.startswith("-", q_end) and text[q_end + 1:q_end + 2].isalpha() and not number.listed
            and unit not in _MONEY_AND_MEASURES and counted not in _UNITS()):
        return None  # "two-card monty": a number joined to a word counts only a listed unit ("two-year")
    if number.in_words and not number.listed and fold(text[number.start:number.end]) in _article_words(language) and (
            unit not in _MONEY_AND_MEASURES) and not _range_follows(language).match(text, number.end, end):
        return None  # "one of the reasons", "un funcionario": an article, not a claimed count
    low = value * factors[0] if factors[0] is not None else None
    high = value * factors[1] if factors[1] is not None else None
    return FoundQuantity(q_start, q_end, value, unit, qualifier, low, high, subject, number.fraction)


_LETTERS = re.compile(r"[^\W\d_]+")


def _unit_named_after(text, q_start, position, start, end, language):
    """The listed unit a determiner and its noun name right after a number that a word such as
    Spanish "en" introduces: "estimó en 7,1 la magnitud", "se eleva a 78 la cifra de
    fallecidos" put the figure before what it measures (not "267 the year before")."""
    introducers = lexicon(language).words("figure_before_noun")
    before = text[max(start, q_start - 12):q_start].split()
    if not introducers or not before or fold(before[-1]) not in introducers:
        return None
    match = _DETERMINER_NOUN.match(text, position, end)
    if not match or fold(match.group(1)) not in _phrase_words(language)[2]:
        return None
    noun = fold(match.group(2))
    if noun in lexicon(language).words("figure_nouns") and match.group(3):
        # "en 4.645 el número de personas", "a 106 el balance oficial de fallecidos": the number of people
        noun = fold(match.group(3))
    unit = unit_of_word().get(noun)
    # "llegó a 10 la semana pasada": a time after the figure says when, not what is counted.
    return None if measure_of(unit)[0] == "duration" else unit


_DETERMINER_NOUN = re.compile(r"\s+(\w+)\s+(\w+)(?:\s+(?:\w+\s+)?(?:de|of)\s+(\w+))?")


def _unit_of_several_words(text, position, end):
    """The unit of a listed phrase of several words, or with a slash, right after a number
    ("215 km/h", "215 kilómetros por hora"), which the counted phrase would cut; or None."""
    match = _several_words().match(fold(text[position:min(end, position + 40)]))
    return unit_of_word()[match.group(1)] if match else None


@functools.lru_cache(maxsize=None)
def _several_words():
    phrases = sorted((w for w in unit_of_word() if " " in w or "/" in w), key=len, reverse=True)
    return re.compile(r"\s*(" + "|".join(re.escape(p) for p in phrases) + r")(?![\w/])")
# The highest rank of the scales a story gives (a magnitude, a hurricane's category).
SCALE_TOP = 10

# How far around a number the words that tell its unit's meaning are looked for.
CONTEXT_CHARS = 120
# A word of units_before stands at most this many words before the number it gives a unit.
UNIT_BEFORE_WORDS = 4
_WORDS_BEFORE = re.compile(r"([^\W\d_]+(?:\s+[^\W\d_]+){0,%d})\s*$" % (UNIT_BEFORE_WORDS + 1))


def _unit_before(text, q_start, start):
    """The unit a word just before a bare number names ("the death toll rose to 217":
    people; "de magnitud 7,1": magnitude), with only joining words between them ("rose
    to", "de"; not "the 7.1-magnitude earthquake struck 76 miles"); None when there is none."""
    match = _WORDS_BEFORE.search(text, max(start, q_start - 80), q_start)
    if not match:
        return None
    words = fold(match.group(1)).split()
    table, joiners = units_before(), unit_joiners()
    for end in range(len(words), 0, -1):
        for size in (3, 2, 1):
            unit = table.get(" ".join(words[max(0, end - size):end])) if end >= size else None
            if unit:
                return unit
        if words[end - 1] not in joiners:
            return None
    return None


_TOKENS = re.compile(r"[^\W_]+")


def _count_noun_before(text, q_start, sentence_start):
    """The unit of a bare number that a count's noun introduces further back in its sentence,
    the number right after a joining word: people for a toll ("the death toll from Hurricane
    Maria rises to 2,975", "estimó las muertes en al menos 1,130"), or what "the number of"
    counts ("el número de edificios que ha colapsado ... subió de 27 a 38"); else None."""
    words = _TOKENS.findall(fold(text[max(sentence_start, q_start - 240):q_start]))
    if words and words[-1] in _range_openers():
        words.pop()  # "could reach between 18,000 and 20,000": the range's first word aside
    if not words or words[-1] not in unit_joiners():
        return None
    nouns, reach = count_nouns_before()
    figures, units = every_language("figure_nouns"), unit_of_word()
    for last in range(len(words), max(0, len(words) - reach), -1):
        for size in (3, 2, 1):
            unit = nouns.get(" ".join(words[last - size:last])) if last >= size else None
            if unit:
                return unit
        if last + 2 <= len(words) and words[last - 1] in figures and words[last] in ("of", "de"):
            unit = units.get(words[last + 1])
            if unit:
                return unit  # "el número de edificios ... subió de 27": buildings
    return None


# The words of a clause as _subject_of_change reads them: words, figures, and each mark apart.
_CLAUSE_TOKENS = re.compile(r"\d[\d.,]*\d|\d|[^\W\d_]+|[^\w\s]")
# How many words before its verb a subject (with the phrase that qualifies it) may stand.
SUBJECT_WORDS = 8


def _subject_of_change(text, q_start, sentence_start, language):
    """The unit of a bare number that a verb of change gives its subject, the number right
    after the verb's preposition: "drug-related killings in the state rose to 620" (people),
    "the number of missing people fell from 41 to 31", "la cifra de los desaparecidos bajó de
    41 a 31" (people: what the figure noun's 'of' phrase counts); else None."""
    lex = lexicon(language)
    tokens = _CLAUSE_TOKENS.findall(fold(text[max(sentence_start, q_start - 200):q_start]))
    prepositions = lex.folded_list("subject_count_prepositions")
    if not tokens or tokens[-1] not in prepositions:
        return None
    tokens.pop()
    if len(tokens) >= 2 and tokens[-1][0].isdigit() and tokens[-2] in prepositions:
        del tokens[-2:]  # "fell from 41 to 31": the figure it fell from aside
    for mark in [("%",)] + [tuple(fold(w).split()) for w in lex.words("percent_words")]:
        if len(tokens) > len(mark) and tuple(tokens[-len(mark):]) == mark and tokens[-len(mark) - 1][0].isdigit():
            # "rose 40% to 1,200", "subió un 40 por ciento a 1.200": by how much it changed aside
            del tokens[-len(mark) - 1:]
            while tokens and tokens[-1] in lex.folded_list("change_amount_words"):
                tokens.pop()
            break
    adverbs = lex.folded_list("subject_count_adverbs")
    while tokens and (tokens[-1] in adverbs or len(tokens[-1]) > 7 and tokens[-1].endswith(_adverb_endings(language))):
        tokens.pop()
    if not tokens or tokens[-1] not in lex.folded_list("subject_count_verbs"):
        return None
    tokens.pop()
    while tokens and tokens[-1] in event_auxiliaries():
        tokens.pop()  # "has risen", "se situó"
    phrase = []
    for token in reversed(tokens[-SUBJECT_WORDS:]):
        if not token[0].isalpha():
            break  # a mark or a figure ends the clause the subject stands in
        phrase.insert(0, token)
    # The head is the last word before the phrase's first preposition ("killings in the state",
    # "number of missing people"), or its last word; a figure noun counts what its 'of' phrase names.
    of_words, places = folded("of_words"), folded("place_prepositions")
    cut = next((i for i, token in enumerate(phrase) if i and token in places | of_words), len(phrase))
    head = phrase[cut - 1] if cut else None
    if head in folded("figure_nouns") and cut < len(phrase) and phrase[cut] in of_words:
        return next(filter(None, map(_counted_unit, phrase[cut + 1:])), None)
    return _counted_unit(head) if head else None


def _counted_unit(word):
    """The unit a counted word names: a listed unit's, or people for what happens to people
    ("desaparecidos", "missing"); None for any other word."""
    return unit_of_word().get(word) or ("people" if word in people_events() else None)


def _demonym(text, q_end, end, counted, language):
    """'people' when the counted word no list knows names a people: written with a capital
    ("almost 5,000 Puerto Ricans died", "two Chileans"), or, in a language that writes them
    in lower case, a country's name with a demonym's ending ("dos guatemaltecos", "seis
    hondureños", "tres estadounidenses"); else None."""
    if counted is None or counted in _UNITS():
        return None
    for word in _TOKENS.findall(text, q_end, min(end, q_end + 60)):
        if fold(word) == counted:
            # "two Chileans", and a people whose name is its own plural ("8 Chinese", "3 Lebanese")
            capitalised_plural = (word[0].isupper() and word[1:].islower() and len(word) > 3
                                  and word.endswith(("s", "ese")))
            return "people" if capitalised_plural or demonym(counted, language) else None
    return None


# "26 died", "45 were killed", "400 were initially reported missing": at most this many words between.
EVENT_AUXILIARY_WORDS = 3
_NEXT_WORDS = re.compile(r"(?:\s+[^\W\d_]+){1,%d}" % (EVENT_AUXILIARY_WORDS + 1))


def _event_after(text, q_end, end):
    """'people' when the words right after a number say something happened to people
    ("26 died", "45 were killed", "12 fueron rescatados"), or the unit the word names when it
    names one ("40 resultaron heridas": injured, as "40 heridos"; "14 were arrested": arrests);
    else None."""
    match = _NEXT_WORDS.match(text, q_end, end)
    for word in fold(match.group()).split() if match else ():
        if word in people_events():
            return unit_of_word().get(word) or "people"
        if word not in event_auxiliaries():
            return None
    return None


def _event_before(text, q_start, start):
    """'people' when the word right before a number that counts nothing named says something
    was done to people ("the Camp fire killed 86", "rescataron a 12"), else None."""
    match = _VERB_BEFORE.search(fold(text[max(start, q_start - 40):q_start]))
    word = match.group(1) if match else None  # no punctuation between: not "asesinados, siete de los cuales"
    return "people" if word in people_events() and word not in folded("event_descriptors") else None


# The word right before a number, past an "a" or "to" ("rescataron a 12"), nothing else between.
_VERB_BEFORE = re.compile(r"([^\W\d_]+)\s+(?:(?:a|to)\s+)?$")


def _unit_in_context(text, unit, start, end):
    """`unit`, or the unit it means among the words around the number ("7.1 grados" near
    "sismo" is a magnitude)."""
    words, meant = units_in_context()[unit]
    return meant if words & set(_LETTERS.findall(fold(text[start:end]))) else unit


@functools.lru_cache(maxsize=None)
def _ordinal_after(language):
    """An ordinal word joined to number words ("twenty-first", "hundred fifth")."""
    lex = lexicon(language)
    ordinals = [w for w in list(lex.table("ordinal_units")) + list(lex.table("fraction_words"))
                if not w.endswith("s") and " " not in w]
    return re.compile(rf"(?:\s*-\s*|\s+)(?:{_alternation(ordinals)})(?![\w])" if ordinals else r"(?!x)x", re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _of_pattern(language):
    return re.compile(rf"\s+(?:{_alternation(lexicon(language).words('of_words'))})(?![\w])", re.IGNORECASE)


def _of_after(text, position, end, language):
    return bool(_of_pattern(language).match(text, position, end))


@functools.lru_cache(maxsize=None)
def _UNITS():
    """The canonical units the unit table names ("years", "troops", ...)."""
    return frozenset(unit_of_word().values())


_MONEY_AND_MEASURES = {"percent", "dollars", "pesos", "euros", "pounds", "yen", "cents", "pence"}


@functools.lru_cache(maxsize=None)
def _article_words(language):
    return frozenset(fold(w) for w in lexicon(language).words("lone_number_words_ignored"))


def _key(table, surface):
    """The key of `table` that a matched surface form stands for (case, spacing, accents)."""
    wanted = " ".join(fold(surface).split())
    for key in table:
        if " ".join(fold(key).split()) == wanted:
            return key
    raise KeyError(surface)


def _value(match, language, text):
    """(value, unit from a glued measure or None) of a digit match, or None when it is not a number."""
    if "split" in match.re.groupindex and match.group("split"):
        number = float(match.group("split_head") or 1) * 1000 + float(match.group("split_tail"))
        scales = lexicon(language).table("scales")
        for scale in (match.group("split_scale") or "").split():
            number *= scales[_key(scales, scale)]  # "3 mil 200 millones": 3,200 million
        return number, None
    number = _digits_value(match.group("digits"), language)
    if number is None:
        return None
    if match.group("sign") or match.group("negative"):
        number = -number
    unit = None
    glued = (match.group("glued") or "").lower()
    if glued in _GLUED_SCALES and (glued not in _AMBIGUOUS_GLUED or match.group("glued").isupper()
                                   or _counts_or_money(text, match)):
        number *= _GLUED_SCALES[glued]
    elif glued:
        unit = unit_of_word().get(glued, glued)  # "624m": meters, as "624 metres" would be
    lex = lexicon(language)
    scales, currency_scales = lex.table("scales"), lex.table("currency_scales")
    for scale in (match.group("scale") or "").split():
        number *= scales[_key(scales, scale)]
        unit = currency_scales.get(scale.lower(), unit)  # "300 mdp": 300 million pesos
    return number, unit


def _counts_or_money(text, match):
    """True when a glued "m" means million: after a currency sign or before a counted word."""
    before = text[max(0, match.start() - 4):match.start()]
    if any(symbol in before for symbol in common()["currency_symbols"]):
        return True
    following = re.match(r"\s+([^\W\d_]+)", text[match.end():match.end() + 40])
    return bool(following) and fold(following.group(1)) in unit_of_word()


def _digits_value(digits, language="es"):
    """The value of a digit string, reading separators the way the language writes them.

    English groups thousands with commas and never with a dot; Spanish writes both
    "30.000" (Spain) and "30,000" (Mexico), so one separator before exactly three
    digits is read as grouping there.

    >>> _digits_value("30,000"), _digits_value("30.000", "es"), _digits_value("2,5"), _digits_value("1,234.5")
    (30000.0, 30000.0, 2.5, 1234.5)
    >>> _digits_value("4.800", "en")
    4.8
    """
    digits = re.sub(r"[ \u00a0\u202f\u2009]", "", digits)
    separators = [c for c in digits if c in ",."]
    if not separators:
        return float(digits)
    last = separators[-1]
    head, _, tail = digits.rpartition(last)
    if len(separators) == 1 and last == "." and language == "en":
        return float(digits)
    if len(separators) == 1 and len(tail) == 3 and head and not head.startswith("0"):
        return float(head + tail)  # one separator before three digits groups thousands
    if separators.count(last) > 1:
        return float(digits.replace(last, ""))
    return float(head.replace(",", "").replace(".", "") + "." + tail)


def words_value(words, language):
    """The value of a number written in words, or None.

    >>> words_value("twenty-one trillion three hundred", "en"), words_value("cuarenta y siete coma veintiocho", "es")
    (21000000000300.0, 47.28)
    """
    lex = lexicon(language)
    spellings = lex.table("word_spellings")
    phrase = " ".join(spellings.get(w, w) for w in re.sub(r"\s*-\s*", "-", words.lower()).split())
    for point in lex.words("decimal_points"):
        whole, found, decimals = phrase.partition(f" {point} ")
        if found:
            return _decimal(whole, decimals, language)
    return _integer(phrase, language)


def _integer(phrase, language):
    lex = lexicon(language)
    if phrase in _SINGULAR_SCALES:
        return None  # "thousands of documents": a rough count, not a thousand
    # "seventy-five thousands": text2num wants the singular scale.
    phrase = " ".join(_SINGULAR_SCALES.get(t, t) for t in phrase.split()) if language == "en" else phrase
    for article in lex.table("number_articles"):
        if phrase.startswith(article + " "):
            phrase = ("one " if language == "en" else "un ") + phrase[len(article) + 1:]
    try:
        return float(text2num(phrase, language))
    except ValueError:
        pass
    big = lex.table("big_scales")
    tokens = phrase.split()
    for position in range(len(tokens) - 1, -1, -1):
        if tokens[position] in big:
            left = " ".join(tokens[:position]) or "one"
            right = " ".join(t for t in tokens[position + 1:] if t not in lex.words("number_joiners"))
            head = _integer(left, language) if left not in ("un", "one") else 1.0
            tail = _integer(right, language) if right else 0.0
            if head is None or tail is None:
                return None
            return head * big[tokens[position]] + tail
    return None


_SINGULAR_SCALES = {"thousands": "thousand", "millions": "million", "billions": "billion", "hundreds": "hundred"}


def _decimal(whole, decimals, language):
    integer = _integer(whole, language)
    if integer is None:
        return None
    zeros = 0
    tokens = decimals.split()
    while tokens and _integer(tokens[0], language) == 0:
        zeros, tokens = zeros + 1, tokens[1:]
    fraction = _integer(" ".join(tokens), language) if tokens else 0.0
    if fraction is None:
        return None
    return float(f"{int(integer)}.{'0' * zeros}{int(fraction)}")


@functools.lru_cache(maxsize=None)
def _address():
    """A house number's street: capitalised words and a kind of street (lexicon: street_kinds)."""
    kinds = _alternation([w for language in languages() for w in lexicon(language).words("street_kinds")])
    return re.compile(rf"\s+(?:[A-Z][\w'’-]+\s+){{1,3}}(?:{kinds})\b")


def _is_not_a_count(text, number, language, start):
    """True for times of day, list numbering, ranks and identifiers: numbers, not counts."""
    before = text[max(start, number.start - 20):number.start]
    after = text[number.end:number.end + 16]
    if _CLOCK.fullmatch(text, number.start, number.end) and _AT_THE_HOUR.search(before):
        return True  # "a las 18.00", "at 18.30": a time of day written with a dot
    if _temperature_mark().match(after):
        return False  # "45 °C", "-10ºC": a temperature, whatever else the marks may mean
    if _not_count_before(language).search(before) or _not_count_after(language).match(after):
        return True
    if number.in_words:
        if _in_a_name(text, number, start):
            return True  # "she told Nine News": a capitalised number word inside a name
    elif _digits_name_something(text, number, language, before, after):
        return True
    return bool(_LIST_NUMBER.search(before) and re.match(r"[.)]\s", after))


def _digits_name_something(text, number, language, before, after):
    """True for digits that are a time, a telephone or emergency number, a date or score
    written with a slash or a dash, a house number, a year inside a name or part of code."""
    if _TIME_AROUND.search(text[max(0, number.start - 1):number.end + 3]):
        return True
    for phone in _PHONE.finditer(text, max(0, number.start - 8), min(len(text), number.end + 16)):
        if phone.start() <= number.start < phone.end():
            return True
    return bool(
        _dialled(text, number, language, before, after)  # "called 911", "llamadas al 911"
        # "after 9/11", "24/7": figures a slash joins that no fraction reads
        or _SLASH_AFTER.match(text, number.end) or _SLASH_BEFORE.search(text, max(0, number.start - 2), number.start)
        or _in_score(text, number, language)  # "beat France 4-2", "un empate 3-3", "empató 0 a 0"
        or _address().match(text, number.end)  # "10 Downing Street": a house number
        # "the 1922 Committee": a year inside a name
        or _YEAR_LIKE.fullmatch(text, number.start, number.end) and year_in_a_name(text, number.start, number.end)
        or number.start > 0 and text[number.start - 1] in _CODE_MARKS and _in_code(text, number))


# A figure joined by a slash to another ("9/11", "24/7", "3/15"); a fraction is read before this.
_SLASH_AFTER = re.compile(r"/\d")
_SLASH_BEFORE = re.compile(r"\d/$")

# Two figures of up to three digits joined by a dash, the first no smaller: a score or a vote
# ("4-2", "3-3", "216-210"),
# never a range (whose first figure is the smaller) nor a count.
_SCORE = re.compile(r"(?<![\w.,\-−–])(\d{1,3})[-–](\d{1,3})(?![\w%°]|[.,]\d|[-–]\d)")


def _in_score(text, number, language):
    """True when the number is one side of a score ("4-2"; in words of the language's
    score_joiners, "empató 0 a 0", "ganó 2 a 1", unless a range opens it: "de 2 a 1")."""
    for match in _SCORE.finditer(text, max(0, number.start - 4), min(len(text), number.end + 4)):
        if match.start() <= number.start < match.end() and int(match.group(1)) >= int(match.group(2)):
            return True
    pattern = _score_in_words(language)
    if pattern is None:
        return False
    for match in pattern.finditer(text, max(0, number.start - 6), min(len(text), number.end + 6)):
        if (match.start() <= number.start < match.end() and int(match.group(1)) >= int(match.group(2))
                and not _range_opened(language).search(text, max(0, match.start() - 12), match.start())):
            return True
    return False


@functools.lru_cache(maxsize=None)
def _score_in_words(language):
    """Two figures of up to two digits joined by a word of a score ("0 a 0"), or None."""
    joiners = lexicon(language).words("score_joiners")
    if not joiners:
        return None
    return re.compile(rf"(?<![\w.,\-−–])(\d{{1,2}})\s+(?:{_alternation(joiners)})\s+(\d{{1,2}})(?![\w%°]|[.,]\d)")


@functools.lru_cache(maxsize=None)
def _range_openers():
    """Folded words that open a range in any language ("between", "entre")."""
    return frozenset(fold(word) for language in languages() for word in lexicon(language).table("range_openers"))


@functools.lru_cache(maxsize=None)
def _range_opened(language):
    """The word that opens a range or a change right before a figure: "de", "entre", "from"."""
    openers = list(lexicon(language).table("range_openers"))
    return re.compile(rf"(?<![\w])(?:{_alternation(openers)})\s+$", re.IGNORECASE)


# A capitalised word right after a number word: "Nine News", "Channel Four Films".
_CAPITALISED_AFTER = re.compile(r"[ \u00a0]+([A-ZÁÉÍÓÚÑÜ][\w’'\-]*)")


def _in_a_name(text, number, start):
    """True when a number word written with a capital, inside a sentence, is followed by a
    capitalised word that counts nothing: part of a name ("told Nine News on Sunday"), not a
    count ("Quake Kills Nine People" keeps its count: "people" is a counted noun)."""
    written = text[number.start:number.end]
    if not written[:1].isupper() or written.isupper():
        return False  # lower case, or capitals throughout ("FIFTEEN ONE TEN"): no name's capital
    before = text[start:number.start].rstrip(" \u00a0")
    if not before or before[-1] in ".!?:;\n\"“«(¿¡—–-":
        return False  # the word opens its sentence or line: the capital says nothing
    after = _CAPITALISED_AFTER.match(text, number.end)
    return bool(after) and fold(after.group(1)) not in unit_of_word() and fold(after.group(1)) not in people_events()


def _dialled(text, number, language, before, after):
    """True for an emergency number with a word of calling right before or after it."""
    if text[number.start:number.end] not in _emergency_numbers():
        return False
    calls = _call_words(language)
    preceding, following = folded_words(before)[-1:], folded_words(after)[:1]
    return bool(set(preceding) & calls or set(following) & calls)


@functools.lru_cache(maxsize=None)
def _emergency_numbers():
    return frozenset(str(n) for n in common()["emergency_numbers"])


@functools.lru_cache(maxsize=None)
def _call_words(language):
    return frozenset(fold(w) for w in lexicon(language).words("call_words"))


# An hour and minutes with a dot ("18.00") after words that introduce a time of day.
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
_AT_THE_HOUR = re.compile(r"(?:(?<![\w])(?:a|hasta|desde|entre|de|sobre|hacia|pasadas)\s+las?"
                          r"|(?<![\w])(?:at|until|from|by|around))\s+$", re.I)


# A character right before a number that may put it inside a URL, an address or code.
_CODE_MARKS = frozenset("/%=?&@:._#(+[")
_CODE_TOKEN = re.compile(r"://|^www\.|@[\w-]+\.|%[0-9A-Fa-f]{2}|[\w\]]\(\S*$|^[\w.]+\(|[=&]|\.(?:com|org|net|html?|php)\b")


def _in_code(text, number):
    """True when the number sits in a URL, an e-mail address, a percent-escape or a code call
    ("alert(1)"): the whitespace-delimited token around it looks like one."""
    left = max(text.rfind(" ", 0, number.start), text.rfind("\n", 0, number.start)) + 1
    right = len(text)
    for stop in (" ", "\n"):
        found = text.find(stop, number.end)
        if found != -1:
            right = min(right, found)
    token = text[left:right]
    if text[number.start - 1] == "(":
        return bool(re.search(r"[\w\]]\($", text[left:number.start]))
    return bool(_CODE_TOKEN.search(token))


# A line break before a capitalised word: a new line, as sections.py reads a paragraph's lines.
_NEW_CAPITALISED_LINE = re.compile(r"[ \t]*\r?\n\s*(?=[A-ZÁÉÍÓÚÑÜ])")


def _counted_phrase(text, position, end, language, *, percent):
    """(subject, unit) of the words after a number: "Mexican troops have defected" -> troops."""
    stops, of_words, determiners = _phrase_words(language)
    tokens = []
    if text.startswith("-", position) and text[position + 1:position + 2].isalpha():
        position += 1  # "a two-year program": the number is joined to what it counts
    limit = min(end, position + 160)
    paragraph_break = BLANK_LINE.search(text, position, limit)
    if paragraph_break:
        limit = paragraph_break.start()  # a headline's figure counts nothing of the next line
    line_break = _NEW_CAPITALISED_LINE.search(text, position, limit)
    if line_break:
        limit = line_break.start()  # "Chiapas, 41\nOaxaca, 12": a line that starts anew is no wrapped phrase
    skip_to = position
    for token in _WORD_OR_NUMBER.finditer(text, position, limit):
        if token.start() < skip_to:
            continue
        word = token.group()
        if word in "\"“”'‘’«»":
            continue
        initialism = _INITIALISM.match(text, token.start())
        if initialism and not percent:
            skip_to = initialism.end()  # "11 U.S. Marines": the initials qualify what is counted
            continue
        if not word[0].isalnum() or word[0].isdigit():
            break  # punctuation or the next number ends the phrase
        folded = fold(word)
        if tokens and folded in stops and not percent:
            if folded in _compound_joiners(language) and (
                    _compound_continues(text, token.end(), limit, tokens, language)
                    or _names_joined(text, tokens[-1], token.end(), limit)):
                tokens.append((token.start(), token.end(), folded))
                continue  # "470 search and rescue workers", "36 Iguala and Cocula police officers": one noun
            break
        if not tokens and folded in determiners and not percent:
            break  # "267 the year before": the number does not count "the year"
        if tokens and folded in determiners and tokens[-1][2] not in of_words and not percent:
            break  # "42 reported a day earlier": a determiner opens another noun phrase
        if tokens and word[0].isupper() and POSSESSIVE.search(word) and not percent:
            break  # "Two explosions devastated Beirut's port": a name's possessive opens another
        if not tokens and folded in lexicon(language).folded_list("count_comparatives"):
            continue  # "ten more bodies": the number counts the bodies
        if not tokens and folded in stops and folded not in of_words:
            break
        if not percent and word.lower().endswith(_verb_endings(language)) and folded not in unit_of_word():
            break  # "el sismo de 7,1 ocurrió": a verb (verb_endings) ends what is counted
        if not percent and len(word) > 7 and word.lower().endswith(_adverb_endings(language)):
            break  # "100 millones, respectivamente": an adverb is nothing counted
        tokens.append((token.start(), token.end(), folded))
        if len(tokens) >= (14 if percent else 6):
            break
    while tokens and (tokens[-1][2] in of_words or tokens[-1][2] in determiners):
        tokens.pop()
    if not tokens:
        return None, None
    subject = text[tokens[0][0]:tokens[-1][1]]
    return subject, (None if percent else _unit(tokens, lexicon(language)))


def _names_joined(text, last, position, limit):
    """True when the word `last` (start, end, folded) of a counted phrase and the word after
    the joiner at `position` are both capitalised: two names that qualify one noun ("36 Iguala
    and Cocula police officers"), whose head ends the phrase."""
    after = _CAPITALISED_AFTER.match(text, position, limit)
    return text[last[0]].isupper() and after is not None


# Initials with their full stops: "U.S.", "U.N.", "EE.UU.".
_INITIALISM = re.compile(r"(?:[A-Z]{1,2}\.){2,}")


def _figure_words():
    """Folded nouns of a figure itself, in any language ("number", "figure", "cifra")."""
    return folded("figure_nouns")


@functools.lru_cache(maxsize=None)
def _pronoun_words(language):
    """Folded pronouns of `language`, and the object forms a partitive takes ("of them")."""
    return frozenset(fold(w) for w in lexicon(language).words("pronouns")) | folded("object_pronouns")


@functools.lru_cache(maxsize=None)
def _compound_joiners(language):
    """'and'/'or' inside a compound counted noun ("search and rescue workers"), in a language
    whose counted noun ends its phrase (noun_head: last)."""
    lex = lexicon(language)
    return frozenset(fold(w) for w in lex.words("scale_joiners")) if lex.data.get("noun_head") == "last" else frozenset()


def _compound_continues(text, position, limit, tokens, language):
    """True when no word of the phrase so far ends as a plural does, and one of the next two
    words does, with no number or mark between: the joined words make one noun."""
    plural = tuple(lexicon(language).words("plural_endings"))
    if not plural or any(t[2].endswith(plural) for t in tokens):
        return False
    following = re.match(r"\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?", text[position:limit])
    return bool(following) and any(w and fold(w).endswith(plural) for w in following.groups())


@functools.lru_cache(maxsize=None)
def _participle_endings(language):
    """Endings of participles that may follow a counted noun ("engines deployed")."""
    return tuple(lexicon(language).words("participle_endings"))


@functools.lru_cache(maxsize=None)
def _verb_endings(language):
    """Endings only verbs have in `language`, as written (Spanish preterites: "ocurrió", "murieron")."""
    return tuple(lexicon(language).words("verb_endings"))


@functools.lru_cache(maxsize=None)
def _adverb_endings(language):
    """Endings only adverbs have in `language` (Spanish "-mente")."""
    return tuple(lexicon(language).words("adverb_endings"))


@functools.lru_cache(maxsize=None)
def _phrase_words(language):
    """(phrase stops, 'of' words, determiners) of `language`, folded. A weekday, a month and an
    adverb of time end the counted phrase too: "18 recovered Wednesday", "35 ya fueron identificados"."""
    lex = lexicon(language)
    stops, of, determiners = (frozenset(fold(w) for w in lex.words(key))
                              for key in ("phrase_stops", "of_words", "determiners"))
    time_words = {fold(w) for key in ("weekdays", "subject_adverbs") for w in lex.words(key)}
    time_words.update(fold(w) for w in lex.table("months") if w not in lex.words("ambiguous_months"))
    return stops | time_words, of, determiners


@functools.lru_cache(maxsize=None)
def _prenominal_adjectives(language):
    """Adjectives of `language` that stand before a counted noun without being it, folded; the
    words that make a figure an increment too ("6 adicionales", "10 more bodies")."""
    return frozenset(fold(w) for w in lexicon(language).words("prenominal_adjectives")) | increment_words()[0]


def _unit(tokens, lex):
    units, own = unit_of_word(), language_units(lex.language)
    words = [t[2] for t in tokens]
    _, of_words, determiners = _phrase_words(lex.language)
    # The counted noun is before any "of" phrase: "allegations of sexual assault", "dos
    # terremotos de magnitud 7,8" (earthquakes, not magnitudes); a listed unit of several
    # words may run past it ("miles of road").
    head = next((i for i, w in enumerate(words) if w in of_words and i > 0), len(words))
    for size in (3, 2, 1):  # "kilómetros por hora" before "kilómetros"
        for i in range(min(head, len(words) - size + 1)):
            phrase = " ".join(words[i:i + size])
            unit = own.get(phrase) or units.get(phrase)
            if unit:
                return unit
    if words[0] in of_words:
        # "12.740.742 de sufragios": a bare noun after "de" is what is counted; "61 of them",
        # "2 de los 6" take part of a whole, and count nothing named here.
        rest = words[1:2]
        if not rest or rest[0] in determiners or rest[0] in _pronoun_words(lex.language) or rest[0][0].isdigit():
            return None
        return _unit(tokens[1:], lex)
    head_phrase = words[:head]
    adjectives = _prenominal_adjectives(lex.language)  # "seis presuntos fallecidos"
    content = [w for w in head_phrase if w not in determiners and w not in adjectives and not w.isdigit()]
    if not content or content[0] in _figure_words():
        return None  # "the 8.7 million figure": the word names the figure itself, not what it counts
    if content[0] in people_events():
        return "people"  # "26 died", "33 rescued": what happened to them says they are people
    # An unlisted counted word is reported as written: its head noun.
    if lex.data.get("noun_head") != "last":
        # Spanish: not a participle ("3.688 contabilizadas") nor a word no plural ends so
        # ("7,6 superan"): those say what happened, not what is counted.
        plural = tuple(lex.words("plural_endings"))
        if content[0].endswith(_participle_endings(lex.language)) or plural and not content[0].endswith(plural):
            return None
        return content[0]
    # The head is the last noun: "Mexican troops"; not a participle after it ("25 fire
    # engines deployed"), and a participle alone is nothing counted ("another 500 damaged").
    nouns = [w for w in content if not w.endswith(_participle_endings(lex.language))]
    if not nouns:
        return None
    # Nor a verb after the noun ("40 cadaver dogs continue"): the last word that ends as a
    # plural does, when one does.
    plural = tuple(lex.words("plural_endings"))
    plurals = [w for w in nouns if plural and w.endswith(plural)]
    return (plurals or nouns)[-1]
