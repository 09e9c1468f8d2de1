"""Small text helpers shared by the stages: lines, paragraphs, sentences, words.

Spans are (start, end) character offsets into the text they were found in.
"""
import bisect
import functools
import re

from .lexicon import fold, lexicon

WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*", re.UNICODE)
BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")
# The end of a possessive ("Beirut's", "miners’"): a name's possessive qualifies another noun.
POSSESSIVE = re.compile(r"['’]s?$")
# Closing quotes and brackets that may follow a sentence's final stop.
_CLOSERS = "\"'”’»)]"
# A sentence's final stop and closers, where a sentence starts after them (a space, then
# perhaps opening quotes or brackets, then a letter or digit); or a stop glued to the next
# sentence's first word, as pages whose paragraphs were run together write it
# ("desaparecidas.La alcaldesa"): two letters before it, a capital then a small letter after.
# One stop glued to a word ("desaparecidas.La"), never an ellipsis ("Politically...Calderon").
# A page whose paragraphs were joined without a space ("...un país moderno”.Conte también")
# still ends a sentence where a word, or a closing quote, meets a period and a capitalised word
# (or a quote mark and one: a straight one closes the sentence's quote when the line has an
# odd number of them before it, else opens the next sentence's).
_SENTENCE_END = re.compile(r"[.!?…]+(?:[\"'”’»)\]]*(?=\s+[\"'“‘«(\[¿¡]*[\w\d])"
                           r"|(?<=[^\W\d_](?:[^\W\d_]|[\"”»’])[.!?])[”»’]?(?=[\"“«]?[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]))")
# A word or a number, with inner hyphens and apostrophes ("sixty-one", "army's").
_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# An initial ("J") or dotted letters ("u.s", "ee.uu"), lower case, before a period.
_INITIALS = re.compile(r"[a-z](?:\.[a-z])*")


class LineIndex:
    """1-based line and column of an offset, by binary search over line starts."""

    def __init__(self, text):
        self.starts = [0] + [m.end() for m in re.finditer(r"\n", text)]

    def position(self, offset):
        """(line, column), both 1-based."""
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def lines(text, start=0, end=None):
    """(start, end) of each line of text[start:end], without its line break."""
    end = len(text) if end is None else end
    spans, position = [], start
    while position < end:
        newline = text.find("\n", position, end)
        stop = end if newline == -1 else newline
        line_end = stop - 1 if stop > position and text[stop - 1] == "\r" else stop
        spans.append((position, line_end))
        position = stop + 1
    return spans


def paragraphs(text, start, end):
    """(start, end) of each paragraph of text[start:end]: runs of text between blank lines."""
    spans, position = [], start
    for match in BLANK_LINE.finditer(text, start, end):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, end))
    return [span for span in (_strip(text, s, e) for s, e in spans) if span[0] < span[1]]


def _strip(text, start, end):
    """(start, end) without the whitespace at either end; (end, end) for whitespace only.
    str.strip removes what str.isspace calls whitespace, in C."""
    left = text[start:end].lstrip()
    if not left:
        return end, end
    start = end - len(left)
    return start, start + len(left.rstrip())


def sentences(text, start, end, language, *, paragraph_spans=None):
    """(start, end) of each sentence of text[start:end]; `paragraph_spans` are its
    paragraphs when the caller has them already."""
    abbreviations = _abbreviations(language)
    spans = []
    for p_start, p_end in paragraphs(text, start, end) if paragraph_spans is None else paragraph_spans:
        for l_start, l_end in _logical_lines(text, p_start, p_end):
            spans.extend(_split_line(text, l_start, l_end, abbreviations))
    return spans


@functools.lru_cache(maxsize=None)
def _abbreviations(language):
    return frozenset(lexicon(language).words("abbreviations"))


def _logical_lines(text, start, end):
    """Split a paragraph at line breaks that start a new sentence-like line.

    A hard-wrapped line whose next line starts in lower case is one line; a
    heading followed by a capitalised line is two.
    """
    if text.find("\n", start, end) < 0:  # most paragraphs are one line
        return [_strip(text, start, end)] if text[start:end].strip() else []
    pieces, piece_start = [], start
    for line_start, line_end in lines(text, start, end)[:-1]:
        nxt = line_end + 1
        while nxt < end and text[nxt] in " \t\r\n":
            nxt += 1
        if nxt < end and not text[nxt].islower():
            pieces.append((piece_start, line_end))
            piece_start = nxt
    pieces.append((piece_start, end))
    return [span for span in (_strip(text, s, e) for s, e in pieces) if span[0] < span[1]]


def _split_line(text, start, end, abbreviations):
    spans, position = [], start
    for match in _SENTENCE_END.finditer(text, start, end):
        stop = match.end()
        if match.group().startswith(".") and _is_abbreviation(text, start, match.start(), abbreviations):
            continue
        if text[stop:stop + 1] == '"' and text.count('"', start, stop) % 2:
            stop += 1  # 'dijo "basta."Luego': the straight quote closes the sentence's quote
        spans.append(_strip(text, position, stop))
        position = stop
    spans.append(_strip(text, position, end))
    return [(s, e) for s, e in spans if e > s]


def _is_abbreviation(text, line_start, dot, abbreviations):
    """True when the period at `dot` ends an abbreviation or an initial, not a sentence."""
    word_start = dot
    while word_start > line_start and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    if not word:
        return False
    if word in abbreviations or word.rstrip(".") in abbreviations:
        return True
    # A single capital letter ("J. Smith") or dotted letters ("U.S.", "EE.UU.").
    return bool(_INITIALS.fullmatch(word)) and text[word_start].isupper()


def words(text):
    """The words of `text`, lower case (letters only; numbers are not words here)."""
    return [w.lower() for w in WORD.findall(text)]


# An ellipsis a writer puts in a quote where words are left out: "…", "...", "(…)", "[...]".
ELLIPSIS = re.compile(r"[\[(]?\s*(?:…|\.\.\.)\s*[\])]?")


def clause_around(claim):
    """(the folded words before the claim, the folded words after it) in its clause (else its
    sentence), or None when neither holds the claim's words as written."""
    clause, text = claim.clause or claim.sentence or "", " ".join(claim.text.split())
    position = clause.find(text)
    if position < 0:
        return None
    return folded_words(clause[:position]), folded_words(clause[position + len(text):])


def folded_words(text):
    """Lower-case, accent-free words and numbers of `text`, for comparing wordings.

    >>> folded_words("Gerónimo Gutiérrez's 18 months")
    ['geronimo', "gutierrez's", '18', 'months']
    """
    return _TOKEN.findall(fold(text))
