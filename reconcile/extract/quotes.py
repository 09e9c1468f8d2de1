"""Quoted words in a text: straight or typographic double quotes, « », ‘ ’ and
straight single quotes used as quote marks.

A quote left open at the end of a paragraph and reopened at the start of the
next is one quote (the newspaper convention for long quotes). Quoted names and
titles ("MX1", "The Global Intelligence Files") are not quotes; they are kept
as names, because a later "who told ..." may point back to them.
"""
import re

import attrs

from ..lexicon import every_language
from ..text import paragraphs

# Opening mark -> the marks that may close it.
_CLOSERS = {"“": "”\"»“", "\"": "\"”", "«": "»”", "‘": "’'", "'": "'’", "„": "“\"”"}
# A mark of the other pair closes a quote ("“...»", as editors leave them) only when no quote of
# that pair opened inside it ("“... «nested» ...”").
_OTHER_PAIR = {("“", "»"): "«", ("«", "”"): "“"}
_MARKS = re.compile(r"[“”\"«»‘’'„]")
# Short words a title may keep in lower case ("Fast and Furious", "Ley de Seguridad").
_TITLE_SMALL_WORDS = every_language("title_small_words")


@attrs.frozen
class FoundQuote:
    """A quote: its span including the marks, and the quoted words without them."""

    start: int
    end: int
    words: str
    paragraph_start: int
    is_name: bool = False


def quotes_in(text, start, end, *, paragraph_spans=None):
    """FoundQuotes (and quoted names, with is_name set) in text[start:end], in order;
    `paragraph_spans` are its paragraphs when the caller has them already."""
    found = []
    spans = paragraphs(text, start, end) if paragraph_spans is None else paragraph_spans
    open_quote = None  # (start, opener, pieces, paragraph_start) carried into the next paragraph
    for p_start, p_end in spans:
        position = p_start
        if open_quote is not None:
            first = _MARKS.match(text, p_start)
            if first and first.group() == open_quote[1]:
                position = first.end()
                open_quote = (open_quote[0], open_quote[1], open_quote[2], open_quote[3], position)
            else:
                found.append(_finish(text, open_quote, None))
                open_quote = None
        while True:
            if open_quote is None:
                opener = _next_opener(text, position, p_end)
                if opener is None:
                    break
                open_quote = (opener.start(), opener.group(), [], p_start, opener.end())
            closer = _next_closer(text, open_quote[4], p_end, open_quote[1])
            if closer is None:
                open_quote[2].append((open_quote[4], p_end))
                break
            open_quote[2].append((open_quote[4], closer.start()))
            found.append(_finish(text, open_quote, closer.end()))
            open_quote, position = None, closer.end()
    if open_quote is not None:
        found.append(_finish(text, open_quote, None))
    return [q for q in found if q is not None]


def _next_opener(text, position, end):
    for mark in _MARKS.finditer(text, position, end):
        char = mark.group()
        if char in "”»":
            continue
        before = text[mark.start() - 1] if mark.start() > 0 else " "
        after = text[mark.end()] if mark.end() < len(text) else " "
        if char in "'’" and (before.isalnum() or not after.isalpha()):
            continue  # an apostrophe: "Mexico's", "'em"
        if char == "‘" and not (after.isalnum() or after in "¿¡"):
            continue
        if char == "\"" and (after.isspace() or after in ",.;:"):
            continue  # a closing mark: '", estamos trabajando" is not the start of a quote
        return mark
    return None


def _next_closer(text, position, end, opener):
    closers = _CLOSERS.get(opener, opener)
    for mark in _MARKS.finditer(text, position, end):
        char = mark.group()
        if char not in closers:
            continue
        after = text[mark.end()] if mark.end() < len(text) else " "
        before = text[mark.start() - 1]
        if char in "'’" and (after.isalpha() or before.isspace()):
            continue  # an apostrophe inside the quote: "agency's", "don't"
        if char == "\"" and before.isspace() and not after.isspace() and after not in ".,;:!?)":
            continue
        if char == "“" == opener and (before.isspace() or not (after.isspace() or after in ".,;:!?)")):
            continue  # an opening mark opens a quote inside; after a word, before a stop, it closes one
        other = _OTHER_PAIR.get((opener, char))
        if other and other in text[position:mark.start()]:
            continue
        return mark
    return None


def _finish(text, open_quote, end):
    start, opener, pieces, paragraph_start, _ = open_quote
    words = " ".join(" ".join(text[s:e].split()) for s, e in pieces if text[s:e].strip())
    if not words.strip(" .,;:-–—…"):
        return None
    if end is None:
        # Never closed: the quote runs to the end of its last paragraph.
        end = pieces[-1][1] if pieces else start + 1
        if opener in "'‘":
            return None  # an unmatched single mark is far more often an apostrophe
    words = words.strip().rstrip(" ,.;:")
    return FoundQuote(start, end, words, paragraph_start, is_name=looks_like_name(words))


def looks_like_name(words):
    """True for quoted text that names something rather than quoting someone.

    >>> looks_like_name("The Global Intelligence Files"), looks_like_name("US714"), looks_like_name("down.")
    (True, True, False)
    """
    tokens = re.findall(r"[^\W_]+(?:[-'’][^\W_]+)*", words)
    if not tokens or len(tokens) > 6 or re.search(r"[.!?,;:]", words.strip()):
        return False
    significant = [t for t in tokens if t.lower() not in _TITLE_SMALL_WORDS]
    return bool(significant) and all(t[0].isupper() or t[0].isdigit() for t in significant)
