"""Document -> Sections: article body, one section per reader comment, page chrome.

Works on plain text pages as they are captured from the web: the chrome
patterns and comment markers are data (lexicon/common.yaml), the logic is
general: a run of indented numbered items after the article is the comment
thread, lines that are only page furniture are chrome, and each section's
language is the language whose function words it uses most.
"""
import collections
import functools
import re

from .lexicon import common, every_language, languages, lexicon
from .model import Section
from .text import WORD, lines

EMAIL_OR_URL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\bhttps?://\S+|\bwww\.\S+", re.I)
# Words of a line that is only a date or a timestamp ("Friday, December 3, 2010", "August 24, 2012 20:25").
_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?", re.I)


@functools.lru_cache(maxsize=None)
def _chrome_pattern():
    """All chrome line patterns as one regex: one match attempt per short line."""
    return re.compile("|".join(f"(?:{p})" for p in common()["chrome_lines"]), re.I)


# An author line ("maria_g on March 20, 2011 at 9:14 am said:") is short.
AUTHOR_LINE_MAX_CHARS = 80
# Page furniture is short; longer lines are article or comment text.
CHROME_MAX_CHARS = 200


@functools.lru_cache(maxsize=None)
def _comment_item():
    return re.compile(common()["comment_item"], re.M)


@functools.lru_cache(maxsize=None)
def _comment_headers():
    return re.compile("|".join(f"(?:{p})" for p in common()["comment_headers"]), re.I)


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
    if document.regions:
        runs = _apply_regions(runs, document.regions)
    default = language or document.language or detect_language(text) or "en"
    return tuple(
        Section(doc=document.id, kind=kind, start=start, end=end, author=author, index=index,
                language=language or (detect_language(text[start:min(end, start + LANGUAGE_SAMPLE_CHARS)])
                                      if kind != "chrome" else None)
                or default)
        for kind, start, end, author, index in runs)


def _line_label(text, start, end):
    line = text[start:end].strip()
    if not line:
        return ("blank",)
    if len(line) > CHROME_MAX_CHARS:
        return ("text",)
    if _is_chrome(line):
        return ("chrome",)
    # "By Laura Brennan | Posted on December 14, 2010": every part page furniture.
    if "|" in line and all(_is_chrome(part.strip()) for part in line.split("|") if part.strip()):
        return ("chrome",)
    return ("text",)


def _is_chrome(line):
    return bool(_chrome_pattern().fullmatch(line) or _comment_headers().fullmatch(line) or is_dateline(line)
                or _has_email_or_url(line))


def _has_email_or_url(line):
    # EMAIL_OR_URL tries a run of word characters at every position: only worth it on a
    # line holding the "@", "://" or "www." that any match needs.
    return ("@" in line or "://" in line or "www." in line.lower()) and EMAIL_OR_URL.search(line) is not None


# Words a dateline or byline may hold beside the date and place names.
_DATELINE_WORDS = every_language("dateline_words")
DATELINE_MAX_CHARS = 80


def _could_hold_a_date(line):
    """A cheap test before the date patterns: a month or weekday name, or digits with / or -."""
    from .extract.anchors import anchor_words
    if re.search(r"\d[/.-]\d", line):
        return True
    words = {w.lower() for w in WORD.findall(line)}
    return any(word in anchor_words(language) and anchor_words(language)[word][0]
               for language in languages() for word in words)


def is_dateline(line):
    """True for a line that is only a date or a time stamp, like a page's dateline."""
    from .extract.dates import dates_in
    if len(line) > DATELINE_MAX_CHARS or not any(map(str.isdigit, line)):
        return False
    if not _could_hold_a_date(line):
        return False
    for language in languages():
        covered = line
        for span in dates_in(line, language):
            covered = covered[:span[0]] + " " * (span[1] - span[0]) + covered[span[1]:]
        # Times after the dates: "14.02.2012" is a date, not the time 14.02 and a year.
        rest, covered = _TIME.sub(" ", line), _TIME.sub(" ", covered)
        weekdays = lexicon(language).words("weekdays")
        # What a dateline says besides the date: a place, "Posted on", a time zone.
        remaining = [w for w in WORD.findall(covered)
                     if w.lower() not in weekdays and w.lower() not in _DATELINE_WORDS and not w[0].isupper()]
        if covered != rest and not remaining and not re.search(r"\d", covered) and len(line) <= DATELINE_MAX_CHARS:
            return True
    return False


def _comment_thread_start(text, line_spans, labels):
    """Index of the line where the reader comments begin, or None.

    The thread is what follows a comment header ("4 Responses to ...",
    "Comentarios (3)") once a numbered item or an author line starts, or,
    without a header, a run of indented numbered items 1, 2 ... after the article.
    """
    item = _comment_item()
    headers = _comment_headers()
    body_chars, seen_text, header_seen = 0, [0] * len(line_spans), False
    for i, (s, e) in enumerate(line_spans):
        seen_text[i] = body_chars
        if labels[i][0] == "text":
            body_chars += e - s
    items = [(i, int(m.group(1))) for i, (s, e) in enumerate(line_spans) if (m := item.match(text, s, e))]
    numbered = dict(items)
    for i, (s, e) in enumerate(line_spans):
        line = text[s:e].strip()
        if seen_text[i] < 200 or not line:
            continue
        if labels[i][0] == "chrome" and headers.fullmatch(line):
            header_seen = True
            continue
        if header_seen and (i in numbered or comment_author(line) is not None):
            return i
    for position, (line, number) in enumerate(items):
        if number != 1 or seen_text[line] < 200 or not text[line_spans[line][0]].isspace():
            continue
        has_second = any(n == 2 for _, n in items[position + 1:position + 2])
        previous = next((labels[j][0] for j in range(line - 1, -1, -1) if labels[j][0] != "blank"), None)
        if has_second or previous == "chrome":
            return line
    return None


def _runs(text, line_spans, labels, comment_start):
    """(kind, start, end, author, index) runs of consecutive lines of one section."""
    runs, index, author = [], 0, None
    # In the thread, furniture after a comment's text ("Comments are moderated ...") runs on as
    # the page footer until the next comment starts; a timestamp under an author line does not.
    footer = has_text = False
    for i, ((start, end), (label,)) in enumerate(zip(line_spans, labels)):
        in_thread = comment_start is not None and i >= comment_start
        match = _comment_item().match(text, start, end) if in_thread else None
        if match:
            footer = has_text = False
            index += 1
            author = comment_author(match.group(2))
            _append(runs, ("chrome", start, match.start(2), None, 0))
            start = match.start(2)
            label = "chrome" if author is not None else _line_label(text, start, end)[0]
        elif in_thread and label != "blank" and (named := comment_author(text[start:end].strip())) is not None:
            index, author, label, footer, has_text = index + 1, named, "chrome", False, False  # a new comment
        elif in_thread and label == "chrome" and has_text:
            footer = True
        elif footer and label == "text":
            label = "chrome"
        if in_thread and label == "text":
            has_text = True
        if label == "blank":
            if runs:
                runs[-1] = runs[-1][:2] + (end,) + runs[-1][3:]
            continue
        if label == "text":
            _append(runs, ("comment", start, end, author, index) if in_thread else ("body", start, end, None, 0))
        else:
            _append(runs, ("chrome", start, end, None, 0))
    return _cover(text, runs)


def _apply_regions(runs, regions):
    """Runs relabelled by an HTML page's own marks: its navigation and forms are chrome,
    and each innermost element marked as a comment is one reader comment."""
    innermost = []
    for start, end, kind in regions:
        inner = [r for r in regions if r != (start, end, kind) and start <= r[0] and r[1] <= end and r[2] == kind]
        if kind == "chrome" or not inner:
            innermost.append((start, end, kind))
    relabelled, comments = [], {}
    for kind, start, end, author, index in runs:
        cut = sorted({start, end} | {p for s, e, _ in innermost for p in (s, e) if start < p < end})
        for piece_start, piece_end in zip(cut, cut[1:]):
            covering = [r for r in innermost if r[0] <= piece_start and piece_end <= r[1]]
            piece_kind, piece_author, piece_index = kind, author, index
            if any(r[2] == "chrome" for r in covering):
                piece_kind, piece_author, piece_index = "chrome", None, 0
            elif covering and kind != "chrome":
                region = min(covering, key=lambda r: r[1] - r[0])
                piece_kind = "comment"
                piece_index = comments.setdefault(region, len(comments) + 1)
            relabelled.append((piece_kind, piece_start, piece_end, piece_author, piece_index))
    merged = []
    for run in relabelled:
        if merged and merged[-1][0] == run[0] and merged[-1][3:] == run[3:]:
            merged[-1] = merged[-1][:2] + (run[2],) + merged[-1][3:]
        else:
            merged.append(run)
    return merged


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
    for position, (kind, start, _, author, index) in enumerate(runs):
        start = 0 if position == 0 else start
        stop = runs[position + 1][1] if position + 1 < len(runs) else len(text)
        covered.append((kind, start, stop, author, index))
    return covered or [("chrome", 0, len(text), None, 0)]


def comment_author(first_line):
    """The author a comment's first line names ("joe on" -> "joe"), or None."""
    line = first_line.strip()
    if len(line) > AUTHOR_LINE_MAX_CHARS:
        return None
    for pattern in _author_patterns():
        match = pattern.match(line)
        if match:
            return match.group("author").strip()
    return None


LANGUAGE_SAMPLE_CHARS = 1000


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
    # The first thousand characters say which language a section is in. An article's body
    # often starts where its page does: the same sample is then read once.
    return _language_of_sample(text[:LANGUAGE_SAMPLE_CHARS])


@functools.lru_cache(maxsize=64)
def _language_of_sample(sample):
    votes = _stopword_votes()
    counts = dict.fromkeys(languages(), 0)
    tokens = collections.Counter(WORD.findall(sample.lower()))
    for token in tokens.keys() & votes.keys():  # the function words present, found in C
        for language in votes[token]:
            counts[language] += tokens[token]
    best = max(sorted(counts), key=lambda lang: counts[lang])
    return best if counts[best] >= 3 else None
