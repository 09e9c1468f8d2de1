"""Claims -> Claims with canonical speakers, across the whole corpus.

"Gutierrez" in one article and "Gerónimo Gutiérrez" in another are one
speaker: a surname alone takes the full name the same document gives it
("Secretary of State Hillary Clinton ... Clinton asked"), then every spelling
that folds to the same letters takes the corpus's most frequent form.
"""
import collections
import re

import attrs

from .extract.speakers import NAME, _not_name_words
from .lexicon import fold


def canonical_speakers(claims, documents):
    """The claims with each speaker replaced by its canonical name."""
    # Only documents that give some speaker by surname alone need their full names read.
    short = {c.doc for c in claims if c.speaker and len(c.speaker.split()) == 1}
    full_names = {d.id: _full_names(d.text) for d in documents if d.id in short}
    expanded = [_expand(c, full_names.get(c.doc, {})) for c in claims]
    spellings = collections.Counter(c.speaker for c in expanded if c.speaker)
    by_surname = collections.defaultdict(set)
    for name in spellings:
        if len(name.split()) > 1:
            by_surname[fold(name.split()[-1])].add(fold(name))
    canonical = {}
    for name in spellings:
        key = fold(name)
        if len(name.split()) == 1 and len(by_surname.get(key, ())) == 1:
            key = next(iter(by_surname[key]))  # a surname the corpus knows one full name for
        canonical[name] = key
    display = {}
    for name, count in spellings.items():
        key = canonical[name]
        best = display.get(key)
        if best is None or (len(name.split()), count, name) > (len(best[0].split()), best[1], best[0]):
            display[key] = (name, count)
    return [attrs.evolve(c, speaker=display[canonical[c.speaker]][0]) if c.speaker else c for c in expanded]


def speaker_key(name):
    """A name folded for comparison: accents, case and spacing ignored.

    >>> speaker_key("Gerónimo  Gutiérrez") == speaker_key("Geronimo Gutierrez")
    True
    """
    return " ".join(fold(name).split()) if name else None


def _full_names(text):
    """Surname (folded) -> the full names of two or more words that the text uses for it."""
    skip = _not_name_words()
    names = collections.defaultdict(collections.Counter)
    for match in NAME.finditer(text):
        words = [w for w in match.group().split() if fold(w).rstrip(".") not in skip]
        if len(words) >= 2 and not any(re.search(r"['’]s$", w) for w in words):
            names[fold(words[-1])][" ".join(words)] += 1
    return names


def _expand(claim, full_names):
    if not claim.speaker or len(claim.speaker.split()) > 1:
        return claim
    candidates = full_names.get(fold(claim.speaker))
    if not candidates:
        return claim
    best = max(sorted(candidates), key=lambda name: (candidates[name], len(name)))
    return attrs.evolve(claim, speaker=best)
