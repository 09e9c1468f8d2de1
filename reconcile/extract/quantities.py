"""Quantities in a text: a number, what qualifies it, and what it counts.

Digits with either language's separators ("30,000", "30.000", "2.5", "2,5"),
number words ("five million", "sixty-one", "diez", "treinta y dos"), scale
words ("5 million", "1,5 millones"), percentages and money. A qualifier
before the number ("more than", "casi") becomes an interval. Years, times of
day, list numbering, identifiers ("09MEXICO193") and ranks ("No. 2") are
not quantities.
"""
import functools
import re

import attrs
from text_to_num import text2num

from ..lexicon import _alternation, common, fold, lexicon, unit_of_word


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


# Digits, grouped by commas, dots or (non-breaking, thin) spaces, with an optional decimal part.
_DIGITS = r"\d{1,3}(?:(?:,\d{3})+|(?:\.\d{3})+|(?:[\u00a0\u202f\u2009]\d{3})+)(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?"
# Letters glued to digits that are still a quantity ("5m", "2bn", "10k", "2%").
_GLUED = ("m", "bn", "mn", "k")


@functools.lru_cache(maxsize=None)
def _number_pattern(language):
    lex = lexicon(language)
    words = _alternation(lex.words("number_words"))
    joiners = _alternation(lex.words("number_joiners"))
    articles = _alternation(lex.table("number_articles"))
    scales = _alternation(lex.table("scales"))
    word_number = (rf"(?:(?:{articles})\s+(?=(?:{scales})\b))?(?:{words})"
                   rf"(?:(?:\s+|-)(?:(?:{joiners})\s+)?(?:{words}))*")
    digit_number = (rf"(?P<digits>{_DIGITS})(?:(?P<glued>{'|'.join(_GLUED)})(?![\w])|(?:\s*(?P<scale>(?:(?:{scales})\s*)+))?)")
    return re.compile(rf"(?<![\w.,/\-–]){'(?:' + digit_number + '|(?P<words>' + word_number + '))'}(?![\w])"
                      if False else
                      rf"(?:(?<![\w.,/\-–]){digit_number}(?=[^\w]|$)|(?<![\w\-])(?P<words>{word_number})(?![\w\-]))",
                      re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _after_pattern(language):
    """Percent and currency words right after a number ("2 percent", "5 millones de dólares")."""
    lex = lexicon(language)
    percent = _alternation(lex.words("percent_words"))
    currency = _alternation(lex.table("currency_words"))
    return re.compile(rf"\s*(?:(?P<percent>%|{percent})|(?:(?:de|of)\s+)?(?P<currency>{currency}))(?![\w])",
                      re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _before_pattern(language):
    """Qualifier and currency symbol right before a number ("more than $5", "más de 60")."""
    lex = lexicon(language)
    qualifiers = _alternation(lex.table("qualifiers"))
    symbols = _alternation(common()["currency_symbols"])
    return re.compile(rf"(?:(?<![\w])(?P<qualifier>{qualifiers})\s+)?(?P<symbol>{symbols})?\s*$", re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _not_count_before(language):
    words = _alternation(lexicon(language).words("not_count_before"))
    return re.compile(rf"(?<![\w])(?:{words})\s*$", re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _not_count_after(language):
    words = _alternation(lexicon(language).words("not_count_after"))
    return re.compile(rf"\s*(?:{words})(?![\w])", re.IGNORECASE)


_TIME_AROUND = re.compile(r"\d[:h]\d{2}\b|^\s*[:h]\d{2}\b")
_LIST_NUMBER = re.compile(r"(?:^|\n)[ \t]*$")
_WORD_OR_NUMBER = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*|[\"“”'‘’«»]|[^\w\s]")


def quantities_in(text, language, start=0, end=None, *, taken=()):
    """FoundQuantities in text[start:end], skipping the spans in `taken` (dates)."""
    end = len(text) if end is None else end
    found = []
    for match in _number_pattern(language).finditer(text, start, end):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        if found and match.start() < found[-1].end:
            continue  # part of the previous quantity ("2,5 por ciento")
        quantity = _quantity(text, match, language, start, end)
        if quantity is not None:
            found.append(quantity)
    return found


def _quantity(text, match, language, start, end):
    lex = lexicon(language)
    value = _value(match, language)
    if value is None or _is_not_a_count(text, match, language, start):
        return None
    q_start, q_end, unit, qualifier, factors = match.start(), match.end(), None, None, (1.0, 1.0)
    after = _after_pattern(language).match(text, q_end, end)
    if after:
        unit = "percent" if after.group("percent") else lex.table("currency_words")[_key(lex.table("currency_words"), after.group("currency"))]
        q_end = after.end()
    before = _before_pattern(language).search(text, max(start, q_start - 40), q_start)
    if before and before.group("symbol"):
        unit = unit or common()["currency_symbols"][_key(common()["currency_symbols"], before.group("symbol"))]
        q_start = before.start("symbol")
    if before and before.group("qualifier"):
        entry = lex.table("qualifiers")[_key(lex.table("qualifiers"), before.group("qualifier"))]
        qualifier, factors = entry["qualifier"], (entry["low"], entry["high"])
        q_start = before.start("qualifier")
    subject, counted = _counted_phrase(text, q_end, end, language, percent=unit == "percent")
    if unit is None:
        unit = counted
    if match.group("words") and unit is None and subject is None:
        return None  # a bare number word ("two of them") says too little to check
    low = value * factors[0] if factors[0] is not None else None
    high = value * factors[1] if factors[1] is not None else None
    return FoundQuantity(q_start, q_end, value, unit, qualifier, low, high, subject)


def _key(table, surface):
    """The key of `table` that a matched surface form stands for (case, spacing, accents)."""
    wanted = " ".join(fold(surface).split())
    for key in table:
        if " ".join(fold(key).split()) == wanted:
            return key
    raise KeyError(surface)


def _value(match, language):
    """The number a match stands for, or None when it is not one."""
    if match.group("words"):
        return _words_value(match.group("words"), language)
    number = _digits_value(match.group("digits"))
    if number is None:
        return None
    scales = lexicon(language).table("scales")
    if match.group("glued"):
        number *= scales.get(match.group("glued").lower(), 1)
    for scale in (match.group("scale") or "").split():
        number *= scales[_key(scales, scale)]
    return number


def _digits_value(digits):
    """The value of a digit string, reading separators the way either language writes them.

    >>> _digits_value("30,000"), _digits_value("30.000"), _digits_value("2,5"), _digits_value("1,234.5")
    (30000.0, 30000.0, 2.5, 1234.5)
    """
    digits = re.sub(r"[\u00a0\u202f\u2009]", "", digits)
    separators = [c for c in digits if c in ",."]
    if not separators:
        return float(digits)
    last = separators[-1]
    head, _, tail = digits.rpartition(last)
    if len(separators) == 1 and len(tail) == 3 and not head.startswith("0"):
        return float(head + tail)  # one separator before three digits groups thousands
    if separators.count(last) > 1:
        return float(digits.replace(last, ""))
    return float(head.replace(",", "").replace(".", "") + "." + tail)


def _words_value(words, language):
    lex = lexicon(language)
    if fold(words.strip()) in {fold(w) for w in lex.words("lone_number_words_ignored")}:
        return None
    phrase = " ".join(words.lower().split())
    for article in lex.table("number_articles"):
        if phrase.startswith(article + " "):
            phrase = "one " + phrase[len(article) + 1:] if language == "en" else "un " + phrase[len(article) + 1:]
    try:
        return float(text2num(phrase, language))
    except ValueError:
        return None


def _is_not_a_count(text, match, language, start):
    """Times of day, list numbering, ranks and identifiers are numbers but not counts."""
    before = text[max(start, match.start() - 20):match.start()]
    after = text[match.end():match.end() + 8]
    if _TIME_AROUND.search(text[max(0, match.start() - 1):match.end() + 3]):
        return True
    if _not_count_before(language).search(before) or _not_count_after(language).match(after):
        return True
    if _LIST_NUMBER.search(before) and re.match(r"[.)]\s", after):
        return True
    return bool(re.match(r"[.)]?\s*$", before) and before.endswith(("#", "No ", "No. ")))


def _counted_phrase(text, position, end, language, *, percent):
    """(subject, unit) of the words after a number: "Mexican troops have defected" -> troops."""
    lex = lexicon(language)
    stops = {fold(w) for w in lex.words("phrase_stops")}
    of_words = {fold(w) for w in lex.words("of_words")}
    determiners = {fold(w) for w in lex.words("determiners")}
    tokens = []
    for token in _WORD_OR_NUMBER.finditer(text, position, min(end, position + 160)):
        word = token.group()
        if word in "\"“”'‘’«»":
            continue
        if not word[0].isalnum():
            break
        folded = fold(word)
        if tokens and folded in stops and not percent:
            break
        if not tokens and folded in stops and folded not in of_words:
            break
        tokens.append((token.start(), token.end(), folded))
        if len(tokens) >= (14 if percent else 6):
            break
    while tokens and (tokens[-1][2] in of_words or tokens[-1][2] in determiners):
        tokens.pop()
    if not tokens:
        return None, None
    subject = text[tokens[0][0]:tokens[-1][1]]
    return subject, (None if percent else _unit(tokens, lex))


def _unit(tokens, lex):
    units = unit_of_word()
    words = [t[2] for t in tokens]
    for size in (2, 1):
        for i in range(len(words) - size + 1):
            unit = units.get(" ".join(words[i:i + size]))
            if unit:
                return unit
    of_words = {fold(w) for w in lex.words("of_words")}
    determiners = {fold(w) for w in lex.words("determiners")}
    if words[0] in of_words:
        return None
    # The counted noun is before any "of" phrase: "allegations of sexual assault".
    head_phrase = words[:next((i for i, w in enumerate(words) if w in of_words), len(words))]
    content = [w for w in head_phrase if w not in determiners and not w.isdigit()]
    if not content:
        return None
    # An unlisted counted word is reported as written: its head noun.
    return content[-1] if lex.data.get("noun_head") == "last" else content[0]
