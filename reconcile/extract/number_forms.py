"""Numbers that are more than one number: fractions, mixed numbers, ratios, dozens and
the phrases news uses for a rough count.

"two-thirds", "3/4", "½", "two and a half", "ciento tres con dos tercios", "one in
five", "uno de cada cinco", "three dozen", "media docena", "hundreds of", "miles de",
"one twenty-fifth", "a hundredth", "tres dosmilésimos", "veintidós treintavos".
quantities.py tries `form_at` where a number may start, before its plain number
pattern, and reads what follows a plain number with `after_number`. The words come
from the lexicon (fraction_words, number_phrases, ratio_words, ...); only the
arithmetic is here.
"""
import functools
import re
import unicodedata

import attrs

from ..lexicon import _alternation, fold, lexicon


@attrs.frozen
class Form:
    """What a form says: its span, value, the fraction as written ("2/3", "2 1/2") and,
    for a rough count, its qualifier and interval. `proper` marks a fraction of a whole
    with nothing before it ("two thirds", "one in five"): a share when nothing is counted."""

    start: int
    end: int
    value: float
    fraction: str | None = None
    proper: bool = False
    qualifier: str | None = None
    low: float | None = None
    high: float | None = None
    bounded: bool = False  # the form gives its own interval (low/high)


VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒"


@functools.lru_cache(maxsize=None)
def number_word_parts(language):
    """(number words, joiners, decimal points, articles, scales) of `language` as regex
    alternations: what the readers of number words here and in quantities.py are made of."""
    lex = lexicon(language)
    return (_alternation(lex.words("number_words")), _alternation(lex.words("number_joiners")),
            _alternation(lex.words("decimal_points")), _alternation(lex.table("number_articles")),
            _alternation(w for w in lex.table("scales") if len(w) > 2))


@functools.lru_cache(maxsize=None)
def _patterns(language):
    lex = lexicon(language)
    words, joiners, points, articles, scales = number_word_parts(language)
    fractions = _alternation(list(lex.table("fraction_words")) + list(lex.table("ordinal_units")))
    fraction_joiners = _alternation(lex.words("fraction_joiners"))
    phrases = _alternation(lex.table("number_phrases"))
    of_words = _alternation(lex.words("of_words"))
    word = rf"(?:{words})(?![\w])"
    run = rf"{word}(?:(?:\s*-\s*|\s+)(?:(?:{joiners}|{points})\s+)?{word})*"
    digits = r"\d+(?:[.,]\d+)?"
    # Denominators made of a number glued to "avo(s)" ("treintavos", "treintaicincoavos") or
    # to a scale ordinal ("dosmilésimos"): see glued_ordinals in the lexicon.
    glued = _alternation({form for k in lex.table("glued_ordinals") for form in (k, fold(k))})
    glued = rf"|[^\W\d_]{{3,}}?(?:{glued})" if glued else ""
    denominator = rf"(?:{fractions}{glued})(?![\w])"
    # "a hundredth", "a twenty-first", "a hundred trillionths": an article may stand for one.
    head = rf"(?:(?:(?:{articles})\s+)?{run}|{digits}(?:\s+(?:{scales}))?|(?:{articles})(?=\s))"
    form = (
        rf"(?P<head>{head})"
        rf"(?:\s+(?P<join>{fraction_joiners})\s+(?:(?P<article>{articles}|{words})\s*(?:-\s*)?)??|\s*-\s*|\s+)"
        rf"(?P<den>{denominator})"
        rf"(?:\s+(?:(?:{of_words})\s+(?:{articles})\s+)?(?P<scale>{scales})(?![\w]))?"
        rf"|(?P<dsign>(?<![\w\d])[-−]\s*)?(?:(?P<dwhole>\d+)\s+)?(?<![\w/.,])(?P<dnum>\d+)/(?P<dden>\d+)(?![\d/]|[.,]\d)"
        rf"|(?:(?P<vwhole>\d+)\s*)?(?P<vulgar>[{VULGAR}])"
    )
    # Phrases are tried first, so "a half dozen" is not read as "a half".
    phrase = rf"(?<![\w\-])(?P<phrase>{phrases})(?![\w\-])"
    of_after = rf"\s+(?:{of_words})(?![\w])"
    return (re.compile(form, re.IGNORECASE), re.compile(of_after, re.IGNORECASE),
            re.compile(phrase, re.IGNORECASE))


def form_at(text, position, end, language, words_value):
    """The Form that starts at `position`, or None. `words_value` reads number words."""
    pattern, of_after, phrase = _patterns(language)
    match = phrase.match(text, position, end)
    if match is not None:
        form = _phrase(text, match, language, of_after, end)
        if form is not None:
            return form
    match = pattern.match(text, position, end)
    if match is None:
        return None
    if match.group("vulgar"):
        numerator, denominator = _vulgar(match.group("vulgar"))
        whole = float(match.group("vwhole")) if match.group("vwhole") else None
        return _fraction(match, whole, numerator, denominator, None, text)
    if match.group("dnum"):
        numerator, denominator = int(match.group("dnum")), int(match.group("dden"))
        whole = int(match.group("dwhole")) if match.group("dwhole") else None
        if denominator == 0 or (whole is None and numerator >= denominator and denominator <= 12 and numerator <= 31):
            return None  # "24/7", "11/9": not written as fractions; a date is taken before this
        if (whole is None and numerator <= 12 and 10 < denominator <= 31
                and not _OF_AFTER.match(text, match.end())):
            return None  # "after 9/11", "el 3/15": a month and a day; "5/16 of an inch" stays a fraction
        form = _fraction(match, whole, numerator, denominator, None, text)
        if match.group("dsign"):  # "-4/5": a negative number, never a share
            form = attrs.evolve(form, value=-form.value, fraction="-" + form.fraction, proper=False)
        return form
    return _worded(text, match, language, words_value)


_OF_AFTER = re.compile(r"\s+(?:of|de|del)\b", re.I)


def _vulgar(char):
    """'⅔' -> (2, 3)."""
    value = unicodedata.numeric(char)
    for denominator in range(2, 11):
        if abs(value * denominator - round(value * denominator)) < 1e-9:
            return round(value * denominator), denominator
    return None


def _fraction(match, whole, numerator, denominator, scale, text):
    value = numerator / denominator
    if whole is not None:
        written = f"{_plain(whole)} {numerator}/{denominator}"
        return Form(match.start(), match.end(), whole + value, fraction=written)
    return Form(match.start(), match.end(), value, fraction=f"{numerator}/{denominator}",
                proper=numerator < denominator)


def _plain(number):
    return str(int(number)) if float(number).is_integer() else str(number)


def _phrase(text, match, language, of_after, end):
    lex = lexicon(language)
    table = lex.table("number_phrases")
    key = _key(table, match.group("phrase"))
    entry = table[key]
    if entry.get("before_of") and not of_after.match(text, match.end(), end):
        return None
    if _after_ordinal(text, match.start(), language):
        return None  # "the second half of 2009", "la primera mitad"
    fraction = entry.get("fraction")
    form = Form(match.start(), match.end(), float(entry["value"]), fraction=fraction,
                proper=bool(fraction))
    if "qualifier" in entry:
        form = attrs.evolve(form, qualifier=entry["qualifier"], low=entry.get("low"),
                            high=entry.get("high"), bounded=True)
    return form


@functools.lru_cache(maxsize=None)
def _ordinal_before(language):
    words = _alternation(lexicon(language).words("fraction_not_after"))
    return re.compile(rf"(?<![\w])(?:{words})\s+$", re.IGNORECASE)


def _after_ordinal(text, start, language):
    return bool(_ordinal_before(language).search(text, max(0, start - 20), start))


def _key(table, surface):
    wanted = " ".join(fold(surface).split())
    for key in table:
        if " ".join(fold(key).split()) == wanted:
            return key
    raise KeyError(surface)


def _worded(text, match, language, words_value):
    """A fraction in words: "two thirds", "one hundred and three quarters", "five and a half",
    "cien con tres cuartos", "tres quintos", "dos terceras partes", "two thirds of a million"."""
    lex = lexicon(language)
    plural = _plural(match.group("den"), language)
    head = match.group("head")
    if not match.group("join"):
        # The last number words may belong to the denominator: "three twenty-firsts", "one one
        # hundred fifth" ("one hundred and thirty fifths" keeps its whole numerator: 130/5).
        compound = _compound(head, match.group("den"), language, words_value)
        if compound is not None and _is_article(head.split()[0], language) and not _is_number_word(head.split()[0], language) \
                and not _stands_as_fraction(text, match.end(), language):
            compound = None  # "a twenty-first century business": a rank
        if compound is not None and (plural or compound[0] == 1):
            numerator, denominator = compound
            return Form(match.start(), match.end(), numerator / denominator, fraction=f"{numerator}/{denominator}",
                        proper=numerator < denominator)
    denominator = _denominator(match.group("den"), language, words_value)
    if not denominator:
        return None
    lone_article = _is_article(head, language) and not _is_number_word(head, language)
    head_value = 1.0 if lone_article else _head_value(head, language, words_value)
    scale = scale_value(match.group("scale"), language)
    if match.group("join"):
        # "five and a half", "cinco y medio", "diez con un cuarto", "ciento tres con dos tercios"
        if head_value is None:
            return None
        article = match.group("article")
        articles = {fold(k): v for k, v in lex.table("number_articles").items()}
        numerator = 1 if article is None else articles.get(fold(article)) or words_value(article, language)
        if numerator is None or numerator >= denominator or (numerator > 1 and not plural):
            return None
        return _mixed(match, head, head_value, numerator, denominator, scale, language)
    # The number words may have taken the whole part: "one hundred and three quarters".
    split = _split_whole(head, language, words_value)
    if split is not None:
        whole_words, whole, numerator = split
        if numerator < denominator and (plural or numerator == 1):
            return _mixed(match, whole_words, whole, numerator, denominator, scale, language)
    if lone_article and (plural or not _stands_as_fraction(text, match.end(), language)):
        return None  # "a fifth term"; but "a fifth of voters", "... a fifth."
    if head_value is None or head_value <= 0 or (head_value != 1 and not plural):
        return None
    if _ambiguous(match.group("den"), language) and not scale and not fraction_context(text, match.end(), language):
        return None  # "dos medios de comunicación", "two quarters of growth"
    if not float(head_value).is_integer():
        return None
    numerator = int(head_value)
    value = numerator / denominator
    if scale:
        return Form(match.start(), match.end(), value * scale)
    return Form(match.start(), match.end(), value, fraction=f"{numerator}/{denominator}",
                proper=numerator < denominator)


def _compound(head, den, language, words_value):
    """(numerator, denominator) when the last number words of `head` join the ordinal `den`
    ("three twenty firsts" is 3/21, "one hundred one thousand fifths" 100/1005), the longest
    such denominator first; None when none does."""
    lex = lexicon(language)
    if not lex.table("ordinal_units"):
        return None  # Spanish glues its compound denominators ("treintaicincoavos"): "ciento treinta quintos" is 130/5
    # An ordinal unit ("fifth", "first") or a round ordinal ("thirtieth", "hundredth") ends a
    # compound; "half" and "quarter" never do.
    ordinals = {fold(k): v for k, v in lex.table("fraction_words").items() if v % 10 == 0}
    ordinals.update((fold(k), v) for k, v in lex.table("ordinal_units").items())
    unit = ordinals.get(fold(den))
    if not unit:
        return None
    tokens = re.sub(r"\s*-\s*", "-", head).split()
    scales = {fold(k) for k in lex.table("scales")}
    joiners = {fold(w) for w in lex.words("number_joiners")}
    for k in range(1, len(tokens)):
        left, right = tokens[:k], tokens[k:]
        if fold(right[0]) in scales | joiners or fold(left[-1]) in joiners:
            continue
        numerator = 1.0 if _is_article(" ".join(left), language) else words_value(" ".join(left), language)
        tens = words_value(" ".join(right), language)
        if not numerator or not tens or not float(numerator).is_integer() or not float(tens).is_integer():
            continue
        if tens % (10 ** len(str(unit))) != 0:
            continue  # "seventy five hundredths" is 75/100, not 70/105
        return int(numerator), int(tens) + int(unit)
    return None


def _stands_as_fraction(text, position, language):
    """Where a fraction with an article for its numerator can stand: before "of", a percent
    word or the end of a clause ("a fifth of voters", "... was a fifth.")."""
    return bool(fraction_context(text, position, language) or _of_pattern(language).match(text, position))


def _is_article(words, language):
    return fold(words) in {fold(k) for k in lexicon(language).table("number_articles")}


def _is_number_word(words, language):
    return fold(words) in {fold(w) for w in lexicon(language).words("number_words")}


@functools.lru_cache(maxsize=None)
def _of_pattern(language):
    return re.compile(rf"\s+(?:{_alternation(lexicon(language).words('of_words'))})(?![\w])", re.IGNORECASE)


def _ambiguous(word, language):
    return fold(word) in {fold(w) for w in lexicon(language).words("ambiguous_fraction_words")}


@functools.lru_cache(maxsize=None)
def _context_pattern(language):
    of_words = _alternation(lexicon(language).words("of_words"))
    lex = lexicon(language)
    determiners, percent = _alternation(lex.words("determiners")), _alternation(lex.words("percent_words"))
    after = _alternation(lex.table("qualifiers_after")) or r"(?!x)x"
    return re.compile(rf"\s*(?:$|[.,;:!?)\]%]|(?:{percent}|{after})(?![\w])|(?:{of_words})\s+(?:{determiners})(?![\w]))",
                      re.IGNORECASE)


def fraction_context(text, position, language):
    """True at the end of a clause or before "of the" / "de los": where a fraction word is a fraction."""
    return bool(_context_pattern(language).match(text, position, min(len(text), position + 40)))


def _mixed(match, whole_words, whole, numerator, denominator, scale, language):
    last_scale = _trailing_scale(whole_words, language)
    if scale and whole >= scale:  # "one billion and three quarters million"
        return Form(match.start(), match.end(), whole + scale * numerator / denominator)
    if scale:  # "five and a half million"
        return Form(match.start(), match.end(), (whole + numerator / denominator) * scale)
    if last_scale and last_scale >= 1e6:  # "one million and a half": half a million
        return Form(match.start(), match.end(), whole + last_scale * numerator / denominator)
    value = whole + numerator / denominator
    return Form(match.start(), match.end(), value, fraction=f"{_plain(whole)} {numerator}/{denominator}")


def _split_whole(head, language, words_value):
    """("one hundred", 100, 3) for "one hundred and three": a whole and a numerator that the
    number words joined; None when the head has no joiner."""
    lex = lexicon(language)
    joiners = {fold(w) for w in lex.words("split_joiners")}
    tokens = head.split()
    for position in range(len(tokens) - 2, 0, -1):
        if fold(tokens[position]) in joiners:
            left, right = " ".join(tokens[:position]), " ".join(tokens[position + 1:])
            whole, numerator = _head_value(left, language, words_value), words_value(right, language)
            if whole is not None and numerator is not None and float(numerator).is_integer() and numerator > 0:
                return left, whole, int(numerator)
            return None
    return None


def _head_value(head, language, words_value):
    if head[0].isdigit():
        number, _, scale = head.partition(" ")
        try:
            value = float(number.replace(",", "."))
        except ValueError:
            return None
        return value * (scale_value(scale.strip(), language) or 1)
    return words_value(head, language)


def _trailing_scale(words, language):
    last = fold(words.split()[-1])
    return scale_value(last, language)


@functools.lru_cache(maxsize=4096)
def scale_value(word, language):
    """The value of a scale word of three letters or more ("million": 1e6, "millones"), or None."""
    if not word:
        return None
    scales = lexicon(language).table("scales")
    for key, value in scales.items():
        if fold(key) == fold(word) and len(key) > 2:
            return float(value)
    return None


def _plural(word, language):
    folded = fold(word)
    return folded.endswith("s") and not folded.endswith("ss")


def _denominator(word, language, words_value):
    table = lexicon(language).table("fraction_words")
    for key, value in table.items():
        if " ".join(fold(key).split()) == " ".join(fold(word).split()):
            return int(value)
    folded = fold(word)
    for suffix, scale in sorted(lexicon(language).table("glued_ordinals").items(), key=lambda kv: -len(kv[0])):
        suffix = fold(suffix)
        if not folded.endswith(suffix) or len(folded) == len(suffix):
            continue
        stem = folded[:-len(suffix)]
        # "treintavos" is "treinta" + "avos"; "treintaicincoavos", "dosmilesimos" are glued words
        for candidate in (stem + "a", stem, stem.rstrip("e"), stem + "e", _glued_words(stem, language)):
            value = candidate and words_value(candidate, language)
            if value and value * scale > 2 and float(value).is_integer():
                return int(value * scale)
        return None
    return None


def _glued_words(stem, language):
    """The number words a glued stem is made of, spaced ("treintaicinco" -> "treinta y cinco",
    "cientocinco" -> "ciento cinco"), or None."""
    lex = lexicon(language)
    words = sorted({fold(w) for w in lex.words("number_words")}, key=len, reverse=True)
    joiners = [fold(j) for j in lex.words("number_joiners")]
    found, position = [], 0
    while position < len(stem):
        if found and found[-1] not in joiners:
            joiner = next((j for j in joiners + ["i"] if stem.startswith(j, position)
                           and any(stem.startswith(w, position + len(j)) for w in words)), None)
            if joiner:
                found.append(joiners[0] if joiners else joiner)
                position += len(joiner)
                continue
        word = next((w for w in words if stem.startswith(w, position)), None)
        if word is None:
            return None
        found.append(word)
        position += len(word)
    return " ".join(found)


def share(numerator, denominator):
    """A ratio as a percent and its fraction: (20.0, '1/5').

    >>> share(2, 3)
    (66.66666666666667, '2/3')
    """
    return 100 * numerator / denominator, f"{_plain(numerator)}/{_plain(denominator)}"


__all__ = ["Form", "form_at", "fraction_context", "share", "VULGAR"]
