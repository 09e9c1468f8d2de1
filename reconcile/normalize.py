"""Claims -> Claims with canonical speakers, across the whole corpus.

"Gutierrez" in one article and "Gerónimo Gutiérrez" in another are one
speaker. Extraction already gives a surname the full name its own document
uses ("Secretary of State Hillary Clinton ... Clinton asked"); here a surname
the corpus knows one full name for takes it, and every spelling that folds to
the same letters takes the corpus's most frequent form.
"""
import collections

import attrs

from .lexicon import fold


def canonical_speakers(claims, documents=()):
    """The claims with each speaker replaced by its canonical name (`documents` is not needed)."""
    expanded = list(claims)
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
