"""Sections -> Claims: quantities, dates and quotes with their provenance.

One pass per section for each kind; each claim keeps its sentence, its span
in the file, its line and column, and whom the text attributes it to.
"""
import collections
import functools
import re

import attrs

from ..lexicon import (_alternation, every_language, fold, function_words, names_an_organisation, places, scales,
                       unit_of_word)
from ..measures import measure_of
from ..model import Claim
from ..text import LineIndex
from .annotation import annotate
from .dates import find_dates
from .quantities import SCALE_TOP, quantities_in
from .quotes import quotes_in
from .speakers import (NAME, Attribution, according_pattern, attribute, document_people, full_name, known_names,
                       person_named)

# Commas inside numbers ("34,612") do not end a clause.
_CLAUSE_BREAK = re.compile(r",(?!\d)|[;:()\[\]–—“”\"«»]|\s-\s")


def claims_in_document(document, sections):
    """Every claim in the body and comment sections of `document`, in text order."""
    index, known = LineIndex(document.source or document.text), known_names(document.text)
    people = document_people(document.text)
    surnames = frozenset(name.split()[-1] for names in people.values() for name in names)
    claims, previous, names = [], None, []
    for section in sections:
        if section.kind == "chrome":
            continue
        carried = previous if section.kind == "body" else None
        found, previous = _claims_in_section(document, section, index, carried, names, (known, surnames, people))
        claims.extend(found)
    return claims


def claims_in_text(text, *, language="en", doc="text"):
    """Claims in a bare string, read as one article body in `language` (for scripts and tests)."""
    from ..model import Document, Section
    document = Document(id=doc, path=doc, text=text, language=language)
    section = Section(doc=doc, kind="body", start=0, end=len(text), language=language)
    return claims_in_document(document, [section])


def _claims_in_section(document, section, index, previous, names, people):
    known, surnames, full_names = people
    text, language = document.text, section.language
    # The section is split and scanned once; every extractor below reads this.
    annotation = annotate(text, section.start, section.end, language)
    dates = find_dates(text, language, section.start, section.end, anchors=annotation.date_anchors)
    quantities = quantities_in(text, language, section.start, section.end,
                               taken=[(d.start, d.end) for d in dates], anchors=annotation.number_anchors,
                               sentences=annotation.sentences)
    quotes = quotes_in(text, section.start, section.end, paragraph_spans=annotation.paragraphs)
    claims = []
    sentence_of = annotation.sentence_at
    quantities = _shared_units(text, _ages(text, _names_with_numbers(text, quantities, annotation.sentences),
                                           surnames), sentence_of)

    strings = {}  # one string object for equal sentences, contexts and clauses: claims share them

    def shared(value):
        return strings.setdefault(value, value) if isinstance(value, str) else value

    spaced = {}  # (start, end) -> the words of text[start:end], single-spaced, made once

    def words_between(start, end):
        found = spaced.get((start, end))
        if found is None:
            found = spaced[(start, end)] = shared(" ".join(text[start:end].split()))
        return found

    def make(kind, start, end, **fields):
        fields = {name: shared(value) for name, value in fields.items()}
        line, column = index.position(start)
        s_start, s_end = sentence_of(start)
        prefix = {"quantity": "q", "date": "d", "quote": "t"}[kind]
        return Claim(id=f"{document.id}-{prefix}{start}", doc=document.id, path=document.path,
                     kind=kind, text=(document.source or text)[start:end], start=start, end=end, line=line,
                     column=column, section=section.kind, language=language,
                     sentence=words_between(s_start, max(s_end, end)),
                     comment_author=section.author, **fields)

    quote_claims = []
    for quote in quotes:
        if quote.is_name:
            names.append(quote.words)
            continue
        found = attribute(text, quote, sentence=sentence_of(quote.start), previous=previous,
                          language=language, names_so_far=names, known=known, surnames=surnames,
                          sentence_at=sentence_of)
        if found.speaker or found.phrase:
            previous = (found, quote)
        if found.speaker:
            names.append(found.speaker)
        quote_claims.append(make("quote", quote.start, quote.end, quote=quote.words,
                                 speaker=full_name(found.speaker, full_names, language), attribution=found.phrase,
                                 speaker_explicit=found.explicit and bool(found.speaker),
                                 context=quote.words))
    claims.extend(quote_claims)

    attributions = {}  # sentence -> sentence_attribution, read once per sentence

    def attribution_at(start, sentence):
        inside = next((q for q in quote_claims if q.start <= start < q.end), None)
        if inside is not None:
            return inside.speaker or inside.attribution
        if sentence not in attributions:
            attributions[sentence] = sentence_attribution(text, sentence, language)
        return attributions[sentence]

    dates_by_sentence = {}
    for date in dates:
        if date.iso:
            dates_by_sentence.setdefault(sentence_of(date.start), []).append((date.start, date.iso))

    def sentence_dates(sentence, start):
        return tuple(iso for offset, iso in dates_by_sentence.get(sentence, ()) if offset != start)

    def where(found, kind_count):
        """The sentence, the words the claim is about and its clause: the context is the
        clause only when the sentence holds other claims of the same kind."""
        sentence = sentence_of(found.start)
        clause = _clause(text, sentence, found.start, found.end)
        alone = kind_count[sentence] == 1
        return dict(attribution=attribution_at(found.start, sentence), clause=clause,
                    context=words_between(*sentence) if alone else clause,
                    sentence_dates=sentence_dates(sentence, found.start))

    dates_per_sentence = collections.Counter(sentence_of(d.start) for d in dates)
    for date in dates:
        claims.append(make("date", date.start, date.end, date=date.iso, relative=date.relative,
                           **where(date, dates_per_sentence)))
    quantities_per_sentence = collections.Counter(sentence_of(q.start) for q in quantities)
    for quantity in quantities:
        claims.append(make("quantity", quantity.start, quantity.end, value=quantity.value,
                           unit=quantity.unit, qualifier=quantity.qualifier, low=quantity.low,
                           high=quantity.high, subject=quantity.subject, fraction=quantity.fraction,
                           holder=quantity.holder, **where(quantity, quantities_per_sentence)))
    claims.sort(key=lambda c: (c.start, c.kind))
    return claims, previous


# "Luis Urzua, 54, was the last": a bare number set off by commas after a name is an age.
_AGE_BEFORE = re.compile(r"[A-ZÁÉÍÓÚÑÜ][\w’'\-]+,\s*$")
_AGE_AFTER = re.compile(r"\s*(?:,|\)|$)")
# After a person's full name only, so is one in brackets ("Luis Pérez (45)"), one ending a
# list's line ("• Gloria Machado, 71") or a sentence ("... was Maria Lopez, 80."): a line
# "Chiapas, 41" or "... y Oaxaca, 12." may list places and their counts.
_AGE_ENDING = re.compile(r"[ \t]*(?:[.;](?:\s|$)|[()]|$)", re.M)
OLDEST_AGE = 120
# The person an age belongs to: the name right before it ("Juan Mora Jr., de 32 años").
_HOLDER = re.compile(rf"({NAME.pattern})\.?(?:\s*,\s*(?:de\s+)?|\s*\(\s*)$")
# "Juan Mora, de 32 años;", "Ana Ruiz, 34 years old,": an age's words end the phrase
# ("Evo Morales, 14 años en el poder" gives no age).
_YEARS_OF_AGE = re.compile(r"\s+(?:años|years)(?:\s+(?:de\s+edad|old|of\s+age))?\s*(?:[,;.)]|y\s|and\s|$)", re.M)
# "58-year-old Gary Cohen": the name after an age written as an adjective.
_HOLDER_AFTER = re.compile(rf"years?[- ]old\s+({NAME.pattern})")
_AGE_ADJECTIVE = re.compile(r"[- ]years?[- ]old", re.I)


# "Line 12", "Línea 12", "Fénix 2", "Highway 57", "Apollo 13": a bare number right after a
# capitalised word inside a sentence names a thing, it counts nothing.
_NAME_BEFORE = re.compile(r"(?<![\w’'])([A-ZÁÉÍÓÚÑÜ][\w\-]*)[ \u00a0]$")


def _names_with_numbers(text, quantities, sentences):
    """The quantities less the numbers that belong to a name ("Line 12"): bare digits, with
    no qualifier and no known unit after them ("Line 12 collapsed" counts no collapses),
    after a capitalised word that neither opens its sentence nor is a function word."""
    starts = {start for start, _ in sentences}
    skip = function_words()
    found = []
    for quantity in quantities:
        before = _NAME_BEFORE.search(text, max(0, quantity.start - 40), quantity.start)
        if (before and quantity.unit not in _known_units() and quantity.qualifier is None
                and text[quantity.start:quantity.end].isdigit()
                and before.start(1) not in starts and text[max(0, before.start(1) - 2):before.start(1)].strip() not in (".", "")
                and before.group(1).lower() not in skip):
            continue
        found.append(quantity)
    return found


@functools.lru_cache(maxsize=None)
def _known_units():
    """The canonical units of the unit tables, and percent and currencies."""
    return frozenset(unit_of_word().values()) | {"percent"}


def _ages(text, quantities, surnames):
    """Quantities with the unit 'years' where a bare number follows a name between commas
    (or a person's full name in brackets, or at the end of a line or sentence); an age's
    holder is the person it belongs to when a name stands right before it ("Gary Cohen, 58")
    or right after it ("58-year-old Gary Cohen"), so two sources' ages of one person can be
    compared. A name of one word is a person's only when it is the surname of someone the
    document names in full (`surnames`): "exdirectora del medio Totalvisión, de 52 años" is
    no one's age."""
    found = []
    for quantity in quantities:
        if quantity.qualifier is not None or not 0 < (quantity.value or 0) <= OLDEST_AGE:
            found.append(quantity)
            continue
        holder, looked = None, False  # the name before or after it, looked for once
        if quantity.unit is None and float(quantity.value).is_integer():
            holder, looked = _holder(text, quantity), True
            # "Luis Urzua, 54, was"; after a full name, "• Gloria Machado, 71" or "... Maria Lopez, 80."
            between_commas = (_AGE_BEFORE.search(text, max(0, quantity.start - 60), quantity.start)
                              and _AGE_AFTER.match(text, quantity.end))
            if between_commas or holder and len(holder.split()) >= 2 and _AGE_ENDING.match(text, quantity.end):
                quantity = attrs.evolve(quantity, unit="years")
        if quantity.unit == "years" and (_AGE_AFTER.match(text, quantity.end) or _AGE_ENDING.match(text, quantity.end)
                                         or _YEARS_OF_AGE.match(text, quantity.end) or _named_after(quantity)):
            holder = holder if looked else _holder(text, quantity)
            if holder and (len(holder.split()) > 1 or holder in surnames):
                quantity = attrs.evolve(quantity, holder=holder)
        found.append(quantity)
    return found


def _named_after(quantity):
    """The match of the name after an age written as an adjective ("58-year-old Gary Cohen"),
    read in the quantity's subject, or None."""
    return quantity.subject and _HOLDER_AFTER.match(" ".join(quantity.subject.split()))


def _holder(text, quantity):
    """The name of the person whose age `quantity` is, or None."""
    start = quantity.start
    if text[start - 3:start] == "de ":
        start -= 3  # the quantity is the number; "de" before it belongs to the name's phrase
    if _AGE_ADJECTIVE.match(text, quantity.end):
        # "9-year-old Uziyah Garcia, 10-year-old Amerie Jo Garza": the name after is the holder.
        found = _named_after(quantity)
    else:
        found = _HOLDER.search(text, max(0, start - 80), start)
    if not found:
        return None
    name = found.group(1)
    if fold(name) in places() or names_an_organisation(name):
        return None
    return person_named(name)  # "Interior Minister Ana López": Ana López; "The", no one


# A number joined by a hyphen to the word after it: "a four-year-old child", "a 74-page manifesto".
_COMPOUND = re.compile(r"-[^\W\d_]")

# Units no neighbour borrows: a share or a multiple is said of its own number only
# ("38,400, nearly three times as many": 38,400 is no multiple).
_NOT_LENT = (None, "percent", "times")


def _shared_units(text, quantities, sentence_of):
    """A number with nothing counted after it takes the unit of its neighbour in the
    sentence: "30 recommendations in 2009, up from 14", "between 2,000 and 3,000 soldiers"."""
    shared = list(quantities)
    for position, quantity in enumerate(shared):
        if quantity.unit is not None:
            continue
        sentence = sentence_of(quantity.start)
        # A rank on a scale is lent only to a figure that could be one ("7.7 y 7.6", not "20 mil");
        # a compound's unit describes its noun ("11 are critical, including one four-year-old child").
        neighbours = [q for q in shared[max(0, position - 1):position] + shared[position + 1:position + 2]
                      if q.unit not in _NOT_LENT and sentence_of(q.start) == sentence
                      and not _COMPOUND.match(text, q.end)
                      and not (q.unit in scales() and quantity.value is not None and quantity.value > SCALE_TOP)]
        lent = neighbours[0].unit if neighbours else None
        # "entre 20 y 30 años, y al menos cuatro eran adolescentes": four teenagers, not years;
        # "12 people, of whom 8 were men": people, as the total they are a part of.
        predicate = _predicate_unit(text, quantity.end)
        if predicate is not None and (lent is None or measure_of(predicate)[0] != measure_of(lent)[0]):
            lent = predicate
        if lent is not None:
            shared[position] = attrs.evolve(quantity, unit=lent)
    return shared


_NEXT_WORDS = re.compile(r"\s+(\w+)\s+(\w+)")


def _predicate_unit(text, end):
    """The unit of the counted noun after a form of "to be" right after a number (ending at
    `end`), or None: "cuatro eran adolescentes" counts teenagers, "8 were men" men ("otras 47
    estaban desaparecidas" and "86 mil 161 fueron compradas" count their neighbour's people
    and firearms)."""
    match = _NEXT_WORDS.match(text, end)
    if not match or match.group(1).lower() not in every_language("copulas"):
        return None
    return unit_of_word().get(fold(match.group(2)))


def _clause(text, sentence, start, end):
    """The words between the punctuation marks around a claim, within its sentence."""
    s_start, s_end = sentence
    left = max([m.end() for m in _CLAUSE_BREAK.finditer(text, s_start, start)] or [s_start])
    right_match = _CLAUSE_BREAK.search(text, end, s_end)
    right = right_match.start() if right_match else s_end
    return " ".join(text[left:right].split())


@functools.lru_cache(maxsize=None)
def _closing_attribution():
    """", it says." or ", the cable adds." at a sentence's end, in any language."""
    subjects = [re.escape(w) for w in sorted(every_language("closing_pronouns"))]
    subjects += [re.escape(w) + r" \w+" for w in sorted(every_language("closing_determiners"))]
    verbs = _alternation(every_language("closing_verbs"))
    return re.compile(rf",\s*((?:{'|'.join(subjects)})\s+(?:{verbs}))[.\s]*$", re.I)


def sentence_attribution(text, sentence, language):
    """Whom a sentence attributes what it says to ("according to the cable ...", "..., it says")."""
    words = text[sentence[0]:sentence[1]]
    match = according_pattern(language).search(words)
    if match:
        return " ".join(match.group(0).split())
    match = _closing_attribution().search(words)
    if match:
        return match.group(1)
    return None


__all__ = ["claims_in_document", "claims_in_text", "Attribution"]
