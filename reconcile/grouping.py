"""Claims no rule covers -> groups of the claims that state the same thing, with the
evidence that linked them.

Never all pairs: claims with the same words around them share one profile, and
each distinct claim is compared with at most a few dozen candidates from other
documents, proposed by blocking keys (the rarest words and concepts of its
clause, an uncommon figure with its measure, a full date). Each candidate pair
is compared by the linker (linker.py: comparison levels with match weights);
each claim keeps its best link into each other document, and linked claims
form groups (union-find), two claims of one sentence never joining. Last, a
claim at odds with a group that two other sources agree on, or with one other source's
claim in a clause alike but for the figure, joins it (_dissents).
"""
import collections
import functools
import heapq
import math
import re

import attrs
import snowballstemmer
from rapidfuzz import fuzz, process

from .compare import intervals_overlap
from .lexicon import (cognate_form, concept_table, concepts, events, every_language, fold, folded, increment_words,
                      languages, lexicon, singular, update_markers)
from .linker import (CONSENSUS_SOURCES, ELISION, SAME_STORY, clause_entities_level, compare_dates,
                     compare_quantities, compare_quotes, consensus_level, context_level, date_level, date_precision,
                     distinctive, entities_level, event_level, increment_level, measure_level, overlap,
                     rewording_level, sentence_dates_level, sole_level, story_level, translation_level, value_level,
                     wording_level)
from .measures import PERSONS, base_interval, intervals_meet, measure_of
from .model import Tolerance
from .parallel import chunks, engine_parts, map_shared
from .text import ELLIPSIS, clause_around, folded_words

# Weight of the word right before a number: it tells "between 10 and 20" apart, softly.
POSITION_WEIGHT = 0.5
# Weight of a sentence's words outside the clause that holds the claim.
OUTSIDE_CLAUSE = 0.2
# ... or of a clause with fewer than SHORT_CLAUSE_WORDS content words.
OUTSIDE_SHORT_CLAUSE = 0.6
SHORT_CLAUSE_WORDS = 5
# Marks a concept in a quote's profile, apart from its words.
CONCEPT = "~"
# Marks a date of the claim's sentence in its profile; a shared period weighs more than a word.
DATE_MARK = "@"
SENTENCE_DATE_WEIGHT = 1.5
# Cognates across languages: words this long or longer, this alike (rapidfuzz ratio), with
# the same first three letters ("ocasiones"/"occasions", "informacion"/"information").
COGNATE_LENGTH = 5
COGNATE_SIMILARITY = 78.0
# Documents whose whole texts are this alike are not unrelated, whatever their claims' sentences say.
RELATED_STORY = 0.1
# A document naming fewer people, places and acronyms than this says nothing of its story.
MIN_STORY_TERMS = 1
# The sources reporting a count as it stands that are asked whether they cover a pair's story.
MOVING_SOURCES = 20
# Marks blocking keys that are not words: an uncommon figure with its measure, a full date.
VALUE_MARK = "#"
# The rarest words of a claim's clause that propose its candidates.
RARE_WORDS = 6
# A word in more claims than this is too common to propose candidates.
MAX_POSTINGS = 200
# A clause of at most this many words next to others in one sentence is an item of a list.
LIST_ITEM_WORDS = 6
# Distinct values a group keeps for the conflict check; a larger group is not checked.
MAX_VALUES = 64
# Candidates scored for one claim at most: those sharing the most blocking keys. Fewer for
# a quote, whose fuzzy comparison costs ten times more; the quotes of a family of variants
# still end up in one group, each linked to its closest.
MAX_CANDIDATES = 20
MAX_QUOTE_CANDIDATES = 20


def group_unruled(claims, jobs=1, *, published=None, names=None):
    """(claims, Link or None) for each group of claims that state the same thing,
    singletons included; the Link is the weakest that holds the group together.

    Claims with the very same profile (kind, unit and words around them) are one
    claim at once, so a corpus that repeats a sentence a thousand times costs one
    comparison, not a million; the distinct profiles are then linked. `published` maps
    a document id to its publication date (a datetime.date), where the metadata gives one;
    `names` a document id to the names its whole text gives (text_names).
    """
    # Claims are known by their position in `claims`: a list of parents, and the places of
    # a group made only once it holds two claims, keep memory small on a large corpus.
    parent = list(range(len(claims)))
    # Where each group's claims stand: two claims of one sentence are never the same claim
    # ("between December 2006 and December 2010").
    places = {}
    # The weakest link of each group of two or more (the one the group stands or falls by).
    weakest = {}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def places_of(root):
        return places.get(root) or {(claims[root].doc, claims[root].sentence): claims[root].start}

    # Groups found to hold two claims of one sentence stay apart as they grow: the pair of
    # groups is not compared again (two large groups linked by many pairs would be).
    apart = set()

    conflict = _Conflicts()
    # The distinct values each group gives: a link must not join two groups whose values
    # conflict unless a pair of claims showed the evidence for it (see _unsupported_conflict).
    values = {}

    def values_of(root):
        return values.get(root) or {_value_key(claims[root]): claims[root]}

    def union(a, b, link=None):
        left, right = find(a), find(b)
        if left == right or (left, right) in apart:
            return
        left_places, right_places = places_of(left), places_of(right)
        if any(_one_sentence(left_places[key], right_places[key], key[1])
               for key in left_places.keys() & right_places.keys()):
            apart.update([(left, right), (right, left)])
            return
        left_values, right_values = values_of(left), values_of(right)
        if link is not None and _unsupported_conflict(left_values, right_values, claims[a], claims[b],
                                                      strong=link.strong_enough_to_contradict, conflict=conflict):
            apart.update([(left, right), (right, left)])
            return
        if link is not None and claims[a].kind == "date" and _two_precisions(left_values, right_values,
                                                                              left_places, right_places):
            apart.update([(left, right), (right, left)])
            return
        merged = {**left_values, **right_values} if len(left_values) + len(right_values) <= MAX_VALUES else {}
        if len(left_places) > len(right_places):
            # The smaller group's places move: no group is copied twice as often.
            left, right, left_places, right_places = right, left, right_places, left_places
        parent[left] = right
        places.pop(left, None)
        right_places.update(left_places)
        places[right] = right_places
        values.pop(left, None)
        values[right] = merged
        links = [x for x in (weakest.pop(left, None), weakest.get(right), link) if x is not None]
        if links:
            weakest[right] = min(links, key=lambda x: (x.weight, [(lv.comparison, lv.label) for lv in x.levels]))

    stories = _Stories(claims, published or {}, names)
    by_kind = collections.defaultdict(list)
    for position, claim in enumerate(claims):
        by_kind[claim.kind].append(position)
    for kind in sorted(by_kind):
        clusters, profiles, seen = collections.defaultdict(list), {}, {}
        for position in by_kind[kind]:
            claim = claims[position]
            # A sentence repeated across documents (wire copy) gives its claims one cluster key.
            words = _profile_input(claim)
            key = seen.get(words)
            if key is None:
                profile = _profile(kind, claim)
                key = seen[words] = (claim.unit if kind == "quantity" else None, frozenset(profile.items()))
                profiles.setdefault(key, profile)  # one profile a cluster: memory grows with distinct claims
            clusters[key].append(position)
        representatives = []
        for key, members in clusters.items():
            for position in members[1:]:
                union(position, members[0])
            representatives.append((members[0], profiles[key]))
        del clusters, profiles, seen
        linked = _linked_pairs(kind, [(claims[p], profile) for p, profile in representatives], stories, jobs)
        # Dates given to the same precision join first, so that a date given less precisely
        # meets the groups whole (_two_precisions).
        strongest_first = sorted((x for x in linked if x[2].linked),
                                 key=lambda x: (_precisions_differ(representatives[x[0]][0], representatives[x[1]][0],
                                                                   claims), -x[2].weight, x[0], x[1]))
        for left, right, link in strongest_first:
            union(representatives[left][0], representatives[right][0], link)
        # A claim at odds with a group that several other sources agree on joins it, to be
        # judged a contradiction, though no one pair had the evidence for it alone.
        dissents = [(representatives[left][0], representatives[right][0], link)
                    for left, right, link in linked if not link.linked]
        for position, other, link in _dissents(dissents, claims, find, places_of, values_of, conflict):
            union(position, other, link)
    groups = collections.defaultdict(list)
    for position, claim in enumerate(claims):
        groups[find(position)].append(claim)
    return sorted(((members, weakest.get(root)) for root, members in groups.items()),
                  key=lambda g: (g[0][0].doc, g[0][0].start))


def _one_sentence(start, other, sentence):
    """True when two claims that stand at `start` and `other` in sentences of the same words
    are two claims of one sentence: closer than its length. A page that repeats its lead
    paragraph repeats the sentence, and each copy's claim is the one claim."""
    return start != other and abs(start - other) < len(sentence)


def _dissents(pairs, claims, find, places_of, values_of, conflict):
    """(position, other, Link) joining each claim that dissents from a consensus to it, from
    `pairs` (position, other, Link) of pairs that may dissent (Link.may_dissent): a claim
    whose group holds its own document only, reaching one group of claims that agree in
    CONSENSUS_SOURCES other documents or more, through such pairs into CONSENSUS_SOURCES of
    them or through one pair whose clauses alone would carry a contradiction
    (Link.may_dissent_alone); or reaching a group of one other document through such a pair
    (a story two sources tell, one figure changed); the group reached in most documents. All
    are decided on the groups as the links left them, so two claims that dissent from one
    consensus both join it. `conflict` is the grouping's _Conflicts."""
    reached = collections.defaultdict(lambda: collections.defaultdict(dict))  # claim -> root -> doc -> best
    for position, other, link in pairs:
        root, doc = find(other), claims[other].doc
        if root == find(position) or doc == claims[position].doc:
            continue
        if not _cannot_both_hold(claims[position], claims[other]):
            continue  # "10,000 missing" is no dissent from "at least 2,000 killed": both may hold
        best = reached[position][root].get(doc)
        if best is None or (link.weight, -other) > (best[1].weight, -best[0]):
            reached[position][root][doc] = (other, link)
    agreeing = {}  # root -> True when the group's values agree among themselves

    def agrees(root):
        if root not in agreeing:
            values = list(values_of(root).values())
            agreeing[root] = bool(values) and not any(conflict(a, b) for i, a in enumerate(values)
                                                      for b in values[i + 1:])
        return agreeing[root]

    found = []
    for position in sorted(reached):
        own = find(position)
        if any(doc != claims[position].doc for doc, _ in places_of(own)):
            continue  # a claim other sources agree with is a camp of its own, not one source's dissent
        ranked = []
        for root, docs in reached[position].items():
            sources = len({doc for doc, _ in places_of(root)} - {claims[position].doc})
            # Reached in CONSENSUS_SOURCES documents, or in one by a pair close enough alone;
            # a group of one other source only by such a pair.
            alone = any(link.may_dissent_alone for _, link in docs.values())
            if (sources >= CONSENSUS_SOURCES and (len(docs) >= CONSENSUS_SOURCES or alone)
                    or sources == 1 and alone) and agrees(root):
                ranked.append((len(docs), sources, root))
        if ranked:
            _, sources, root = max(ranked)
            other, link = max(reached[position][root].values(), key=lambda x: (x[1].weight, -x[0]))
            found.append((position, other, attrs.evolve(link, levels=link.levels + (consensus_level(sources),))))
    return found


class _Stories:
    """How alike two documents are as wholes: the share of the names, places and acronyms
    of the one that names fewer that the other names too (each weighted by its
    rarity across the documents: a wire story copied into a longer article scores 1), read from the
    sentences of their claims: coverage of one story names the same people and places in
    any language. Two documents whose claims' sentences share nothing are called unrelated
    only when their whole texts (`names`, from extraction) share little too. Computed for
    the pairs of documents asked about."""

    def __init__(self, claims, published, names=None):
        self.published = published
        # The distinct figures each document gives of each measure: a document that gives one
        # figure of a measure (one magnitude, one depth) gives the figure of its story.
        figures = collections.defaultdict(set)
        for claim in claims:
            if claim.kind == "quantity" and claim.unit:
                measure, factor = measure_of(claim.unit)
                if len(figures[claim.doc, measure]) < 2:
                    figures[claim.doc, measure].add((claim.value * factor, claim.qualifier))
        self.sole = {key for key, found in figures.items() if len(found) == 1}
        terms = collections.defaultdict(set)
        for claim in claims:
            # Names, places and acronyms; figures would make any two tolls of 14 one story.
            terms[claim.doc].update(e for e in sentence_entities(claim.sentence) if e[0] != "#")
        self.vectors, self.totals = _weighted(terms)
        # The names of each document's whole text (names, from extraction): a document few
        # of whose sentences hold a claim ("Notre Dame" in its headline only) is not taken
        # for another story's on the names of those sentences alone.
        self.whole, self.whole_totals = _weighted({doc: found for doc, found in (names or {}).items() if doc in terms})
        self.known = {}

    def days_apart(self, left, right):
        """Days between two documents' publication, or None when either date is unknown."""
        a, b = self.published.get(left), self.published.get(right)
        return abs((a - b).days) if a and b else None

    def similarity(self, left, right):
        """The story similarity of two documents, or None when either names too few
        people, places or acronyms to tell (a short note says nothing of its story)."""
        key = (left, right) if left < right else (right, left)
        found = self.known.get(key, self)
        if found is self:
            a, b = self.vectors.get(left, {}), self.vectors.get(right, {})
            found = (overlap(a, b, (self.totals[left], self.totals[right]))
                     if min(len(a), len(b)) >= MIN_STORY_TERMS else None)
            if found is not None and found < RELATED_STORY and left in self.whole and right in self.whole:
                whole = overlap(self.whole[left], self.whole[right], (self.whole_totals[left], self.whole_totals[right]))
                if whole >= RELATED_STORY:
                    found = None  # the claims' sentences say too little of the story to tell
            self.known[key] = found
        return found


def _weighted(terms):
    """Each document's terms ({doc: set}) weighted by their rarity across the documents, and
    each document's total weight."""
    counts = collections.Counter(term for found in terms.values() for term in found)
    total = len(terms)
    vectors = {doc: {t: math.log(1 + total / counts[t]) for t in found} for doc, found in terms.items()}
    return vectors, {doc: sum(vector.values()) for doc, vector in vectors.items()}


_CAPITALISED = re.compile(r"(?<![\w.])([A-ZÁÉÍÓÚÑÜ][\w’'\-]+|[A-Z]{2,}\w*)")
_FIGURE = re.compile(r"\d[\d,.]*\d|\d")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")


@functools.lru_cache(maxsize=65536)
def sentence_entities(sentence):
    """Names, acronyms and uncommon figures of a sentence, folded: evidence in any language.

    >>> sorted(sentence_entities("In 2021, Mayor Claudia Sheinbaum said 26 of the 79 were in Tláhuac."))
    ['#26', '#79', 'claudia', 'mayor', 'sheinbaum', 'tlahuac']
    """
    found = set(_capitalised(sentence, lambda start: start == 0))  # a capital that opens the sentence says nothing
    for match in _FIGURE.finditer(sentence):
        value = match.group().replace(",", "").replace(".", "")
        if not value.isdigit() or _YEAR.fullmatch(value):
            continue  # a year is a date: the sentence's dates are compared on their own
        if distinctive(float(value)):
            found.add("#" + value.lstrip("0"))
    return frozenset(found)


_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:;\n]|[“\"«'‘(¿¡—–-])\s*$")


def text_names(text):
    """The names, acronyms and places a text gives, folded (as sentence_entities reads a
    sentence): what a document's story is, though few of its sentences hold a claim.

    >>> sorted(text_names("Fire at Notre Dame.\\n\\nThe Paris Fire Brigade said it was out."))
    ['brigade', 'dame', 'fire', 'notre', 'paris']
    """
    # A capital that opens a sentence or a line says nothing.
    return frozenset(_capitalised(text, lambda start: bool(_OPENS_SENTENCE.search(text, max(0, start - 3), start))))


def _capitalised(text, opens):
    """The folded capitalised words of `text` that name something, but those at offsets where
    `opens` says a sentence begins; "Notre-Dame" and "Notre Dame" name one place: the parts of
    a hyphenated name count."""
    skip = _not_entities()
    for match in _CAPITALISED.finditer(text):
        if opens(match.start()):
            continue
        for part in fold(match.group(1)).strip("'’-").split("-"):
            if part not in skip and len(part) > 1:
                yield part


@functools.lru_cache(maxsize=None)
def _not_entities():
    """Capitalised words that name nothing: function words, months, weekdays, titles' small words."""
    words = set()
    for language in languages():
        lex = lexicon(language)
        for key in ("stopwords", "weekdays", "pronouns", "determiners"):
            words.update(fold(str(w)) for w in lex.words(key))
        words.update(fold(w) for w in lex.table("months"))
    return frozenset(words)


def _linked_pairs(kind, representatives, stories, jobs=1):
    """(left, right, Link) for positions in `representatives` ((claim, profile) pairs) whose
    claims come from different documents and are linked: for each claim, its best link
    into each other document among the candidates that blocking proposes."""
    scoring = Scoring(kind, representatives, stories)
    # Each claim's candidates are found and compared independently: on a large corpus, in
    # workers that share the index; the pairs come back as positions, in the order one
    # process gives.
    found = map_shared(linked_pairs_of, scoring, chunks(len(scoring.claims), engine_parts(len(scoring.claims), jobs)),
                       jobs=jobs)
    return [pair for part in found for pair in part]


class Scoring:
    """What scoring the candidate pairs of one kind's distinct claims reads: the claims, their
    profiles, the blocking index and the rarity of each word. Read-only once built, so the
    engine may share it with its workers (by fork or by sending it once to each)."""

    def __init__(self, kind, representatives, stories):
        self.kind, self.stories = kind, stories
        self.claims = [c for c, _ in representatives]
        self.profiles = profiles = [p for _, p in representatives]
        index = collections.defaultdict(list)
        for position, profile in enumerate(profiles):
            for word in profile:
                index[word].append(position)
        self.index = dict(index)
        self.idf = {w: math.log(1 + len(self.claims) / len(p)) for w, p in index.items()}
        self.norms = [sum(v * self.idf[w] for w, v in profile.items() if w[0] != VALUE_MARK) for profile in profiles]
        self.limit = MAX_QUOTE_CANDIDATES if kind == "quote" else MAX_CANDIDATES
        self.views = [_quote_view(claim, profile) for claim, profile in representatives] if kind == "quote" else None
        # What every comparison of a claim reads of it, worked out once per claim.
        if kind != "quote":
            self.entities = [_entities(claim) for claim in self.claims]
            self.clause_dates = [_clause_dates(claim) for claim in self.claims]
            self.events = [frozenset() if _partitive_whole(claim) else _own_events(claim) or _events(profile)
                           for claim, profile in representatives]
            self.clause_entities = [_clause_entities(claim) for claim in self.claims]
            self.increments = [_increment(claim) for claim in self.claims]
            self.updates = [bool(increment) or _as_it_stands(claim)
                            for claim, increment in zip(self.claims, self.increments)]
            # A count that some source of the corpus reports as it stands ("the toll rose to
            # 64") moves in this story: the different figures the sources give of that measure
            # and event may be counts of other moments ("at least 60" that morning).
            moving = collections.defaultdict(set)  # (measure, event) -> the documents that say so
            for claim, updating, found in zip(self.claims, self.updates, self.events):
                for event in found if updating else ():
                    moving[measure_of(claim.unit)[0], event].add(claim.doc)
            # The first few sources only are asked: on a corpus of many stories, the cost stays bounded.
            self.moving = {key: tuple(sorted(docs))[:MOVING_SOURCES] for key, docs in moving.items()}
        self.story_levels = {}

    def story(self, left, right):
        """The story Level of two documents, made once a pair."""
        key = (left, right) if left < right else (right, left)
        found = self.story_levels.get(key, self)
        if found is self:
            found = self.story_levels[key] = story_level(self.stories.similarity(left, right))
        return found

    def compare(self, position, other):
        """The Link of the claims at two positions (None when the linker has nothing to say)."""
        claims, profiles, stories, kind = self.claims, self.profiles, self.stories, self.kind
        left, right = claims[position], claims[other]
        story = self.story(left.doc, right.doc)
        if kind == "quote":
            views = self.views
            wording = (translation_level(views[position][1], views[other][1]) if left.language != right.language
                       else wording_level(views[position][0], views[other][0])
                       or rewording_level(views[position][1], views[other][1]))
            return compare_quotes(left, right, wording=wording, story=story)
        # Pairs the linker would not compare at all are dropped before the costly levels.
        if kind == "quantity" and measure_level(left, right) is None:
            return None
        if kind == "date" and (left.relative or right.relative or not left.date or not right.date):
            return None
        similarity = _similarity(profiles[position], profiles[other], self.idf, self.norms[position] + self.norms[other],
                                 cognates=left.language != right.language)
        evidence = dict(context=context_level(similarity, cross_language=left.language != right.language),
                        entities=entities_level(self.entities[position], self.entities[other]),
                        dates=sentence_dates_level(self.clause_dates[position], self.clause_dates[other]),
                        story=story)
        evidence["subject"] = clause_entities_level(self.clause_entities[position], self.clause_entities[other])
        if kind == "quantity":
            measure = measure_of(left.unit)[0]
            evidence["sole"] = sole_level((left.doc, measure) in stories.sole and (right.doc, measure) in stories.sole
                                          and measure == measure_of(right.unit)[0], measure)
            return compare_quantities(left, right, days_apart=stories.days_apart(left.doc, right.doc),
                                      event=event_level(self.events[position], self.events[other]),
                                      increment=increment_level(self.increments[position] == "change",
                                                                self.increments[other] == "change"),
                                      updating=self._moving(position, other), **evidence)
        return compare_dates(left, right, **evidence)


    def _moving(self, position, other):
        """True when either claim reports a count as it stands, or some source of the corpus
        reports the count of the claims' measure and shared event so."""
        if self.updates[position] or self.updates[other]:
            return True
        measure = measure_of(self.claims[position].unit)[0]
        docs = (self.claims[position].doc, self.claims[other].doc)
        return any(source in docs or self._one_story(source, docs)
                   for event in self.events[position] & self.events[other]
                   for source in self.moving.get((measure, event), ()))

    def _one_story(self, source, docs):
        """True when document `source` covers the story of either of `docs`."""
        return any((self.stories.similarity(source, doc) or 0.0) >= SAME_STORY for doc in docs)


def linked_pairs_of(scoring, positions):
    """(position, other, Link) for each claim at `positions` of `scoring` and its best linked
    candidate in each other document (the highest weight; the first position on a tie), and,
    in a document with none, its best candidate that may dissent (Link.may_dissent, not linked)."""
    pairs = []
    claims = scoring.claims
    for position in positions:
        best, dissent = {}, {}
        for other in _candidates(position, scoring.profiles[position], scoring.index, claims, scoring.limit):
            link = scoring.compare(position, other)
            if link is None:
                continue
            found = best if link.linked else dissent if link.may_dissent else None
            if found is None:
                continue
            doc = claims[other].doc
            if doc not in found or (link.weight, -other) > (found[doc][1].weight, -found[doc][0]):
                found[doc] = (other, link)
        pairs.extend((position, other, link) for other, link in best.values())
        pairs.extend((position, other, link) for doc, (other, link) in dissent.items() if doc not in best)
    return pairs


def _cannot_both_hold(a, b):
    """True when two claims' values cannot both be true, as the judge reads them: the linker
    sets "at least 2,000" against 10,000 (not plausibly one figure), the judge does not."""
    if a.kind == "quantity" and b.kind == "quantity":
        if measure_of(a.unit)[1] != measure_of(b.unit)[1]:
            return not intervals_meet(base_interval(a, rounded=True), base_interval(b, rounded=True))
        return not intervals_overlap(a, b, Tolerance())
    return True


def _value_key(claim):
    """What a claim states, for telling whether two groups' values conflict."""
    return claim.kind, claim.value, claim.low, claim.high, claim.qualifier, claim.unit, claim.date


def _unsupported_conflict(left, right, left_claim, right_claim, *, strong, conflict):
    """True when joining two groups (dicts of their distinct values) through a link between
    `left_claim` and `right_claim` would set against each other two values that no pair of
    claims showed the evidence for. A conflict one of the groups already holds is no new one
    (a copy that agrees with one side of a contradiction joins it). A link too weak for a
    contradiction may bring no new conflict: a chain of agreements would make one (tolls of
    217, "more than 200" and 186). A strong link brings only the conflict of its own two
    claims: an outlier at odds with two groups of sources (2,995 against both the 2,975 of one
    study and the 4,645 of another) does not make the two groups one claim. An empty dict is a
    group with too many values to check: never taken to conflict."""
    for a in left.values():
        for b in right.values():
            if not conflict(a, b) or _held(a, b, right, conflict) or _held(b, a, left, conflict):
                continue
            if not strong or conflict(a, left_claim) or conflict(b, right_claim):
                return True
    return False


def _two_precisions(left, right, left_places, right_places):
    """True when two groups of dates (dicts of their distinct values; their places) each given
    by several documents state their date to different precisions, none the other's: "September
    2017" in three sources and "September 20" in four are two claims (the month of a storm, the
    day it struck), though a link between two of them finds the dates compatible. One source
    giving a date less precisely still joins the sources that give it to the day."""
    if len({doc for doc, _ in left_places}) < 2 or len({doc for doc, _ in right_places}) < 2:
        return False
    if not left or not right:
        return False  # a group with too many values to check
    precisions = [{date_precision(claim.date) for claim in group.values() if claim.date}
                  for group in (left, right)]
    return bool(precisions[0]) and bool(precisions[1]) and not precisions[0] & precisions[1]


def _precisions_differ(a, b, claims):
    """True for two dates (positions in `claims`) given to different precisions, with or
    without their years ("September 20" and "20 de septiembre de 2017" are both to the day)."""
    left, right = claims[a], claims[b]
    return left.kind == "date" and bool(left.date) and bool(right.date) \
        and date_precision(left.date) != date_precision(right.date)


def _held(claim, other, group, conflict):
    """True when `group` already sets a value that agrees with `claim` against `other`."""
    return any(conflict(value, other) and not conflict(value, claim) for value in group.values())


class _Conflicts:
    """_conflict, worked out once for each pair of claims of one grouping (known by identity:
    the claims stay alive as long as the grouping does); a group's values are checked against
    each new link's, so the same pairs come back many times."""

    def __init__(self):
        self.known = {}

    def __call__(self, a, b):
        key = (id(a), id(b))
        found = self.known.get(key)
        if found is None:
            found = self.known[key] = _conflict(a, b)
        return found


def _conflict(a, b):
    """True when two claims' values conflict as the linker reads them: not plausibly one figure
    ("more than 2,000" against 10,000); see _cannot_both_hold for the judge's reading."""
    if a.kind == "quantity" and b.kind == "quantity" and measure_level(a, b) is not None:
        return value_level(a, b)[1]
    if a.kind == "date" and b.kind == "date" and a.date and b.date and not a.relative and not b.relative:
        return date_level(a, b)[1]
    return False


def _as_it_stands(claim):
    """True when a claim's clause reports a count as it stands ("the toll rose to 217",
    "hasta el momento 248"): another source's other figure may be an earlier or later count
    (as it may of an increment, "10 more bodies": Scoring.updates holds either)."""
    words = " " + " ".join(folded_words(claim.sentence)) + " "
    return any(f" {marker} " in words for marker in update_markers())


def _increment(claim):
    """'change' when the word right after a figure makes it a change since the last count
    ("10 more bodies", "catorce nuevos fallecidos"), 'besides' when the words around it make it
    a part beside another ("otros 12 cuerpos", "another 76 people"), else None."""
    around = clause_around(claim)
    if around is None:
        return None
    after, before, change = increment_words()
    if set(around[1][:1]) & change:
        return "change"
    return "besides" if set(around[1][:1]) & after or set(around[0][-1:]) & before else None


def _clause_entities(claim):
    """The names and places of a claim's own short clause, an item of a list of figures
    ("86 en Ciudad de México, 71 en Morelos": 71 is Morelos's); empty for a longer clause,
    whose names say what the whole sentence is about."""
    clause = claim.clause or ""
    if clause == claim.sentence or len(clause.split()) > LIST_ITEM_WORDS:
        return frozenset()
    return frozenset(e for e in sentence_entities(" " + clause) if e[0] != "#")


def _clause_dates(claim):
    """The dates of a claim's sentence that its own clause gives ("2,754 were murdered in
    2009, and the toll for 2010 ..." dates the 2,754 to 2009), else all of the sentence's."""
    clause = claim.clause or claim.context or ""
    own = tuple(iso for iso in claim.sentence_dates if iso.lstrip("-")[:4] in clause)
    return own or claim.sentence_dates


def _events(profile):
    """The events (concept ids) the clause of a claim names."""
    return frozenset(w for w in profile.keys() & events() if profile[w] >= OUTSIDE_SHORT_CLAUSE)


def _own_events(claim):
    """The events the words a count of people names itself ("153 others injured", "103
    fallecidos"): in a clause of several ("296 killed and 153 others injured"), the figure's
    own. Not a duration's ("a two-month survival story" lasted as long as the rescue)."""
    if measure_of(claim.unit)[0] != PERSONS:
        return frozenset()
    return frozenset(content_words(claim.subject or "", claim.language)) & events()


def _partitive_whole(claim):
    """True for the whole a part is taken from ("two of the six workers", "dos de los seis
    trabajadores"): what the clause says happened (the two recovered) did not happen to it."""
    clause, text = claim.clause or claim.context or "", " ".join(claim.text.split())
    position = clause.find(text)
    words = folded_words(clause[:position]) if position > 0 else []
    if len(words) < 3 or not any(w[0].isdigit() or w in _number_words() for w in words[-4:-2]):
        return False
    lex = lexicon(claim.language) if claim.language in languages() else None
    return bool(lex) and words[-2] in lex.words("of_words") and words[-1] in lex.words("determiners")


def _number_words():
    """Folded number words of every language ("two", "dos")."""
    return folded("number_words")


def _entities(claim):
    """The entities of a claim's sentence, less the claim's own figure."""
    return _entities_without(claim.sentence, claim.text)


@functools.lru_cache(maxsize=65536)
def _entities_without(sentence, text):
    own = {"#" + d.lstrip("0") for d in re.findall(r"\d+", text.replace(",", "").replace(".", ""))}
    return sentence_entities(sentence) - own


def _similarity(left, right, idf, total, *, cognates=False):
    """The weighted share (0-100) of two profiles' words they have in common (Dice, each
    word weighted by its rarity and by where it stands), blocking keys left out. With
    `cognates` (two languages), words the concept list does not know still meet their
    cognate: 'ocasiones' and 'occasions', 'inteligencia' and 'intelligence'."""
    if len(left) > len(right):
        left, right = right, left
    shared, unmatched = 0.0, []
    for word, weight in left.items():
        other = right.get(word)
        if other is not None and word[0] != VALUE_MARK:
            shared += min(weight, other) * idf[word]
        elif cognates and word[0].isalpha() and len(word) >= COGNATE_LENGTH:
            unmatched.append((word, weight))
    if unmatched:
        # Compared as cognates are spelt ("system" and "sistema" meet as "sistem"): cognate_form.
        others = {cognate_form(w): (w, weight) for w, weight in right.items()
                  if w[0].isalpha() and len(w) >= COGNATE_LENGTH and w not in left}
        for word, weight in unmatched:
            form = cognate_form(word)
            found = process.extractOne(form, list(others), scorer=fuzz.ratio, score_cutoff=COGNATE_SIMILARITY)
            if found and found[0][:3] == form[:3]:
                other, other_weight = others.pop(found[0])
                shared += min(weight, other_weight) * (idf[word] + idf[other]) / 2
    return 100.0 * 2 * shared / total if total else 0.0


def _candidates(position, profile, index, claims, limit):
    """Positions of the claims from other documents worth scoring against claims[position]:
    those sharing the rarer words of its own clause, the ones sharing most of them first,
    at most `limit` (so each claim costs the same however large the corpus)."""
    # A word no other claim has proposes nothing: the rarest words shared with another claim.
    own = [w for w, weight in profile.items() if weight >= OUTSIDE_SHORT_CLAUSE and w[0] not in "<" + VALUE_MARK
           and len(index[w]) > 1] or [w for w in profile if w[0] != VALUE_MARK and len(index[w]) > 1]
    # The figure's own keys always propose: the same figure, and figures of its measure and
    # magnitude (a misprint or another count of the same thing: 69 against 70 days).
    keys = [w for w in profile if w[0] == VALUE_MARK and len(index[w]) > 1]
    # A quote's words and its concepts propose apart: a translation shares no word, and its
    # concepts are seldom the rarest of the quote's profile.
    rare = (keys + _rarest([w for w in own if w[0] != CONCEPT], index)
            + _rarest([w for w in own if w[0] == CONCEPT], index))
    doc, shared = claims[position].doc, collections.Counter()
    for word in rare:
        postings = index[word]
        if len(postings) <= MAX_POSTINGS:
            shared.update(postings)
    found = [p for p in shared if claims[p].doc != doc]
    if len(found) > limit:
        found = heapq.nsmallest(limit, found, key=lambda p: (-shared[p], p))
    return sorted(found)


def _rarest(words, index):
    """The RARE_WORDS of `words` that fewest claims hold (the index's postings)."""
    return sorted(words, key=lambda w: (len(index[w]), w))[:RARE_WORDS]


def _profile_input(claim):
    """Everything _profile reads of a claim: equal inputs, equal profiles."""
    return (claim.kind, claim.language, claim.unit, claim.quote, claim.clause, claim.context, claim.sentence,
            claim.subject, claim.sentence_dates, claim.text, claim.value, claim.date, claim.date_inferred)


def _profile(kind, claim):
    """What a claim is about, as weighted words: a quote's words; for a quantity or a date,
    the content words of its clause (weight 1) and of the rest of its sentence (weight
    OUTSIDE_CLAUSE), mapped to cross-language concepts, numbers and function words left out."""
    if kind == "quote":
        profile = {w: 1.0 for w in _quote_words(claim.quote) if w != ELISION}
        # Concepts let a quote meet its translation: "~kill" for "killed" and "asesinados".
        profile.update({CONCEPT + w: 1.0 for w in content_words(claim.quote or "", claim.language, speech=True)})
        return profile
    profile = {}
    clause = content_words(claim.clause or claim.context, claim.language)
    # A clause of a few words ("resigned on March 19") says too little: lean on its sentence.
    outside = OUTSIDE_CLAUSE if len(set(clause)) >= SHORT_CLAUSE_WORDS else OUTSIDE_SHORT_CLAUSE
    for weight, words in ((outside, content_words(claim.sentence, claim.language)), (1.0, clause),
                          (1.0, content_words(claim.subject or "", claim.language))):
        for word in words:
            profile[word] = max(profile.get(word, 0.0), weight)
    for word in content_words(claim.unit or "", claim.language):
        profile.pop(word, None)  # the unit is compared on its own
    for iso in claim.sentence_dates:
        profile[DATE_MARK + iso] = SENTENCE_DATE_WEIGHT  # the same period, in any language
    # The word before the number tells "between 10 and 20" apart: 10 follows "between".
    before = _word_before(claim)
    if before:
        profile["<" + before] = POSITION_WEIGHT
    # Blocking keys in any language: an uncommon figure of its measure ("26 dead" meets
    # "26 muertos"), a date to the month or the day (a year inferred counting).
    if kind == "quantity" and claim.value is not None and (distinctive(claim.value) or abs(claim.value) >= 10):
        # The figure alone: a unit misread or left out in one source ("100 millones", "100
        # million euros") must not hide the pair from the linker. A figure too common to tell
        # anything (more than MAX_POSTINGS claims give it) proposes no candidates.
        profile[f"{VALUE_MARK}{claim.value:g}"] = 1.0
    if kind == "quantity" and claim.unit and claim.value:
        measure, factor = measure_of(claim.unit)
        magnitude = math.floor(math.log10(abs(claim.value * factor)) * 2) if claim.value * factor else 0
        profile[f"{VALUE_MARK}{measure}~{magnitude}"] = 1.0
    date = claim.date_inferred or claim.date
    if kind == "date" and date and len(date) >= 7:
        profile[VALUE_MARK + date] = 1.0
    return profile


def _word_before(claim):
    """The folded word just before the claim in its clause, or None."""
    clause, text = claim.clause or claim.context or "", " ".join(claim.text.split())
    position = clause.find(text)
    words = folded_words(clause[:position]) if position > 0 else []
    return words[-1] if words else None


@functools.lru_cache(maxsize=65536)
def content_words(text, language, *, speech=False):
    """Folded content words of `text` as concepts: 'asesinados' and 'killed' are both 'kill'.
    With `speech` (a quote's words), the general vocabulary of statements too: 'desgarrador'
    and 'heartbreaking' are one concept in a quote, two words in the clause around a figure.

    >>> content_words("61 funcionarios fueron asesinados", "es") == content_words("61 officials were killed", "en")
    True
    >>> content_words("61 officials were killed", "en")
    ('official', 'kill')

    An inflection the concept list does not spell out finds its concept through its stem:

    >>> content_words("analyzing the conflicted situation", "en"), content_words("situación conflictiva", "es")
    (('analysis', 'conflict', 'situation'), ('situation', 'conflict'))

    A stem that words of two concepts share goes to the concept with more of them, and a word
    of the other language cut to a stem of this one's is no match:

    >>> content_words("trabajamos con socios", "es") == content_words("we work with partners", "en")
    True
    >>> content_words("la cara del dolor", "es")
    ('cara', 'dolor')
    """
    stop = _stopwords()
    concepts = _concepts()
    spoken = _speech_concepts() if speech else {}
    words = []  # a tuple is returned: the result is cached and shared
    for word in folded_words(text):
        if word.endswith(("'s", "’s")):
            word = word[:-2]  # "army's" is about the army
        if word[0].isdigit() or word in stop or len(word) < 3:
            continue
        found = (concepts.get(word) or concepts.get(singular(word)) or spoken.get(word)
                 or spoken.get(singular(word)) or _concept_by_stem(word, language))
        words.append(found or singular(word))
    return tuple(words)


@functools.lru_cache(maxsize=65536)
def _stem(word, language):
    """The Snowball stem of a folded word in `language` (the word itself without a stemmer)."""
    stemmer = _stemmers().get(language)
    return stemmer.stemWord(word) if stemmer else word


@functools.lru_cache(maxsize=None)
def _stemmers():
    return {language: snowballstemmer.stemmer(lexicon(language).data["stemmer"])
            for language in languages() if lexicon(language).data.get("stemmer")}


@functools.lru_cache(maxsize=65536)
def _concept_by_stem(word, language):
    """The concept of a word the concept list does not spell out, through its stem: the first
    concept (in list order) with a word of the same stem in `language`, or None. Only the
    concept words that begin alike are stemmed, when first asked: a short run does not pay
    for stemming the whole list."""
    stem = _stem(word, language)
    # A candidate must begin as the word does for four letters: the list mixes English and
    # Spanish words, and one language's stemmer cuts the other's words to stems of its own
    # ("cars" to "car", which "cara", a face, shares; "dolar" and "doler").
    found = collections.Counter(concept for candidate, concept in _concepts_by_start().get(word[:3], ())
                                if candidate[:4] == word[:4] and _stem(candidate, language) == stem)
    # Of concepts whose words share the stem ("trabajador" worker, "trabajo" work), the one
    # with most such words, the first on a tie: "trabajamos" is work.
    return max(found, key=found.get) if found else None


@functools.lru_cache(maxsize=None)
def _concepts_by_start():
    """The first three letters -> [(folded concept word, concept)], in the concept list's order
    (a word and its stem begin alike)."""
    table = collections.defaultdict(list)
    for group in concepts():
        for word in group:
            table[fold(word)[:3]].append((fold(word), fold(group[0])))
    return dict(table)


@functools.lru_cache(maxsize=None)
def _stopwords():
    words = set()
    for language in languages():
        words.update(fold(w) for w in lexicon(language).stopwords)
    return frozenset(words | every_language("filler_words"))


def _concepts():
    return concept_table()


def _speech_concepts():
    return concept_table(speech=True)


def _quote_view(claim, profile):
    """A quote as the linker reads it: its words with hyphens, ellipses, brackets and
    punctuation aside ("culture-of-impunity" is "culture of impunity"), and its concepts."""
    figures = frozenset("#" + f for f in re.findall(r"\d+", claim.quote or ""))  # "33" in any language
    return _quote_words(claim.quote), frozenset(w for w in profile if w[0] == CONCEPT) | figures


def _quote_words(quote):
    """A quote's folded words, hyphens, dashes and brackets aside; where the writer marks a
    gap with an ellipsis inside the quote ("Fue muy desastroso… no tiene precedentes"), the
    word ELISION stands (linker.wording_level reads each part on its own)."""
    parts = [folded_words(re.sub(r"[-‐‑–—\[\]()]+", " ", part)) for part in ELLIPSIS.split(quote or "")]
    words = []
    for part in parts:
        if part and words:
            words.append(ELISION)
        words += part
    return tuple(words)

