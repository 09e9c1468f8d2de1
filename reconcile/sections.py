"""Document -> Sections: article body, one section per reader comment, page chrome.

Works on plain text pages as they are captured from the web: the chrome
patterns and comment markers are data (lexicon/common.yaml), the logic is
general: a run of indented numbered items after the article is the comment
thread, lines that are only page furniture are chrome, and each section's
language is the language whose function words it uses most.
"""
import functools
import re

from .lexicon import common, languages, lexicon
from .model import Section
from .text import WORD, lines

EMAIL_OR_URL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\bhttps?://\S+|\bwww\.\S+", re.I)
# Words of a line that is only a date or a timestamp ("Friday, December 3, 2010", "August 24, 2012 20:25").
_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?", re.I)


@functools.lru_cache(maxsize=None)
def _chrome_pattern():
    """All chrome line patterns as one regex: one match attempt per short line."""
    return re.compile("|".join(f"(?:{p})" for p in common()["chrome_lines"]), re.I)


# Page furniture is short; longer lines are article or comment text.
CHROME_MAX_CHARS = 200


@functools.lru_cache(maxsize=None)
def _comment_item():
    return re.compile(common()["comment_item"], re.M)


@functools.lru_cache(maxsize=None)
def _author_patterns():
    return [re.compile(p, re.I) for p in common()["comment_author_lines"]]


def split_sections(document, *, language=None):
    """The sections of `document`, in order, covering every character of it."""
    text = document.text
    line_spans = lines(text)
    labels = [_line_label(text, s, e) for s, e in line_spans]
    if document.header_end:
        labels = [("chrome",) if s < document.header_end else label
                  for (s, _), label in zip(line_spans, labels)]
    comment_start = _comment_thread_start(text, line_spans, labels)
    runs = _runs(text, line_spans, labels, comment_start)
    default = language or document.language or detect_language(text) or "en"
    return tuple(
        Section(doc=document.id, kind=kind, start=start, end=end, author=author, index=index,
                language=language or (detect_language(text[start:end]) if kind != "chrome" else None)
                or default)
        for kind, start, end, author, index in runs)


def _line_label(text, start, end):
    line = text[start:end].strip()
    if not line:
        return ("blank",)
    if len(line) > CHROME_MAX_CHARS:
        return ("text",)
    if _chrome_pattern().fullmatch(line) or is_dateline(line) or EMAIL_OR_URL.search(line):
        return ("chrome",)
    return ("text",)


def is_dateline(line):
    """True for a line that is only a date or a time stamp, like a page's dateline."""
    from .extract.dates import dates_in
    if len(line) > 60 or not any(c.isdigit() for c in line):
        return False
    rest = _TIME.sub(" ", line)
    for language in languages():
        covered = rest
        for span in dates_in(rest, language):
            covered = covered[:span[0]] + " " * (span[1] - span[0]) + covered[span[1]:]
        weekdays = lexicon(language).words("weekdays")
        remaining = [w for w in WORD.findall(covered)
                     if w.lower() not in weekdays and w.lower() not in ("de", "of", "at", "el")]
        if covered != rest and not remaining and not re.search(r"\d", covered):
            return True
    return False


def _comment_thread_start(text, line_spans, labels):
    """Index of the line where the reader comments begin, or None.

    The thread is a run of indented numbered items 1, 2, 3 ... that follows the
    article; a lone item 1 counts when a chrome line (like "4 Comments") is
    right before it.
    """
    item = _comment_item()
    items = [(i, int(m.group(1))) for i, (s, e) in enumerate(line_spans)
             if (m := item.match(text, s, e))]
    body_chars = 0
    seen_text = [0] * len(line_spans)
    for i, (s, e) in enumerate(line_spans):
        seen_text[i] = body_chars
        if labels[i][0] == "text":
            body_chars += e - s
    for position, (line, number) in enumerate(items):
        if number != 1 or seen_text[line] < 200:
            continue
        has_second = any(n == 2 for _, n in items[position + 1:position + 2])
        previous = next((labels[j][0] for j in range(line - 1, -1, -1) if labels[j][0] != "blank"), None)
        if has_second or previous == "chrome":
            return line
    return None


def _runs(text, line_spans, labels, comment_start):
    """(kind, start, end, author, index) runs of consecutive lines of one section."""
    runs, index, author = [], 0, None
    for i, ((start, end), (label,)) in enumerate(zip(line_spans, labels)):
        in_thread = comment_start is not None and i >= comment_start
        match = _comment_item().match(text, start, end) if in_thread else None
        if match:
            index += 1
            author = comment_author(match.group(2))
            _append(runs, ("chrome", start, match.start(2), None, 0))
            start = match.start(2)
            label = "chrome" if author is not None else _line_label(text, start, end)[0]
        if label == "blank":
            if runs:
                runs[-1] = runs[-1][:2] + (end,) + runs[-1][3:]
            continue
        if label == "text":
            _append(runs, ("comment", start, end, author, index) if in_thread else ("body", start, end, None, 0))
        else:
            _append(runs, ("chrome", start, end, None, 0))
    return _cover(text, runs)


def _append(runs, run):
    last = runs[-1] if runs else None
    if last and last[0] == run[0] and last[3:] == run[3:]:
        runs[-1] = last[:2] + (run[2],) + last[3:]
    else:
        runs.append(run)


def _cover(text, runs):
    """Stretch each run to the start of the next, so the sections cover the whole text."""
    runs = [r for r in runs if r[2] > r[1]]
    covered = []
    for position, (kind, start, end, author, index) in enumerate(runs):
        start = 0 if position == 0 else start
        stop = runs[position + 1][1] if position + 1 < len(runs) else len(text)
        covered.append((kind, start, stop, author, index))
    return covered or [("chrome", 0, len(text), None, 0)]


def comment_author(first_line):
    """The author a comment's first line names ("joe on" -> "joe"), or None."""
    for pattern in _author_patterns():
        match = pattern.match(first_line.strip())
        if match:
            return match.group("author").strip()
    return None


LANGUAGE_SAMPLE_CHARS = 1500


@functools.lru_cache(maxsize=None)
def _stopword_votes():
    """Function word -> the languages it belongs to."""
    votes = {}
    for language in languages():
        for word in lexicon(language).stopwords:
            votes.setdefault(word, []).append(language)
    return votes


def detect_language(text):
    """The language whose function words `text` uses most, or None when there are too few.

    >>> detect_language("Los agentes mexicanos eran de los mejor entrenados para la lucha")
    'es'
    """
    votes = _stopword_votes()
    counts = dict.fromkeys(languages(), 0)
    # The first few thousand characters say which language a section is in.
    for token in WORD.findall(text[:LANGUAGE_SAMPLE_CHARS]):
        for language in votes.get(token.lower(), ()):
            counts[language] += 1
    best = max(sorted(counts), key=lambda lang: counts[lang])
    return best if counts[best] >= 3 else None
