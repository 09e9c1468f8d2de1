"""A section read once: its paragraphs, its sentences and where dates and numbers may
start, in one read-only record that every extractor reads (the way spaCy's components
read a Doc's sentence and token layers instead of tokenising again)."""
import bisect

import attrs

from ..text import paragraphs, sentences
from .anchors import anchors


@attrs.frozen
class Annotation:
    """What the extractors read of one section: spans are (start, end) offsets into the
    document's text, all sorted."""

    start: int
    end: int
    paragraphs: tuple
    sentences: tuple
    sentence_starts: tuple
    date_anchors: tuple
    number_anchors: tuple

    def sentence_at(self, offset):
        """The (start, end) of the sentence holding `offset` (the last one starting at or
        before it), or the whole section when it has no sentence."""
        if not self.sentences:
            return self.start, self.end
        return self.sentences[max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)]


def annotate(text, start, end, language):
    """The Annotation of text[start:end] read as `language`."""
    paragraph_spans = tuple(paragraphs(text, start, end))
    sentence_spans = tuple(sentences(text, start, end, language, paragraph_spans=paragraph_spans))
    date_anchors, number_anchors = anchors(text, language, start, end)
    return Annotation(start=start, end=end, paragraphs=paragraph_spans, sentences=sentence_spans,
                      sentence_starts=tuple(s for s, _ in sentence_spans), date_anchors=tuple(date_anchors),
                      number_anchors=tuple(number_anchors))
