"""Per-language word lists, loaded once from the YAML files beside this module.

Patterns built from the lists live here too, so extraction code only asks for a
compiled regex and never spells a word of any language itself.
"""
import functools
import re
import unicodedata
from importlib import resources

import attrs
import yaml


def _alternation(words):
    """A regex that matches any of `words` (each escaped, spaces as \\s+), preferring the
    longest, like an alternation of them longest first.

    It is spelled as a trie ("j(?:an(?:uary)?|une)"): where a word may start, the
    regex engine reads the text a letter at a time instead of trying every word.
    """
    trie = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _spelled(trie)


def _spelled(node):
    """The regex of a trie node: its branches, optional when a word also ends here."""
    branches = [(r"\s+" if char == " " else re.escape(char)) + _spelled(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _fold_table():
    """Accented Latin letters -> their base letter, and typographic quotes and dashes -> their
    plain forms, for str.translate (C speed): most news text then folds without the slow path."""
    table = {ord(c): p for c, p in zip("’‘“”«»–—\u00a0", "''\"\"\"\"-- ")}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        if base and base != char:
            table[code] = base
    return table


_FOLD = _fold_table()


@functools.lru_cache(maxsize=1 << 16)
def fold(text):
    """Lower case without accents, for comparing words across spellings.

    >>> fold("Gerónimo Gutiérrez")
    'geronimo gutierrez'
    """
    folded = text.translate(_FOLD).lower()
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@attrs.frozen
class Lexicon:
    """The word lists of one language and the patterns compiled from them."""

    language: str
    data: dict = attrs.field(repr=False)

    def words(self, key):
        """A list from the language file, or an empty list."""
        return self.data.get(key) or []

    def table(self, key):
        """A mapping from the language file, or an empty dict."""
        return self.data.get(key) or {}

    @functools.cached_property
    def stopwords(self):
        return frozenset(self.words("stopwords"))

    @functools.cached_property
    def _folded_lists(self):
        return {}

    def folded_list(self, key):
        """The words of a list folded (no case, no accents), as a frozenset, made once."""
        found = self._folded_lists.get(key)
        if found is None:
            found = self._folded_lists[key] = frozenset(fold(str(word)) for word in self.words(key))
        return found

    def pattern(self, key, *, whole_word=True):
        """A compiled, case-insensitive alternation of the list (or mapping keys) `key`."""
        return _compiled_alternation(self.language, key, whole_word)


@functools.lru_cache(maxsize=None)
def _compiled_alternation(language, key, whole_word):
    entries = lexicon(language).data.get(key) or []
    body = _alternation(list(entries))
    if not body:
        return re.compile(r"(?!x)x")
    if whole_word:
        body = rf"(?<![\w]){'(?:' + body + ')'}(?![\w])"
    return re.compile(body, re.IGNORECASE)


def _load(name):
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    # libyaml's loader, where PyYAML was built with it, reads the word lists ten times faster.
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@functools.lru_cache(maxsize=None)
def lexicon(language):
    """The Lexicon of `language` ('en', 'es', ...); unknown languages fall back to English."""
    if language not in languages():
        language = "en"
    return Lexicon(language=language, data=_load(f"{language}.yaml"))


# Data files that belong to no one language.
_SHARED_FILES = ("common.yaml", "concepts.yaml", "consistency.yaml", "lineage.yaml", "measures.yaml",
                 "units.yaml", "places.yaml", "speech_concepts.yaml")


@functools.lru_cache(maxsize=None)
def concepts():
    """Lists of words that mean the same across languages, the first word naming the concept."""
    return _load("concepts.yaml")["concepts"]


@functools.lru_cache(maxsize=None)
def concept_table(*, speech=False):
    """Folded word, and its singular, -> its concept (its group's first word, folded), of
    concepts.yaml (or, with `speech`, of speech_concepts.yaml)."""
    return _concept_table(speech_concepts() if speech else concepts(), singulars=True)


def _concept_table(groups, *, singulars):
    """Folded word (and, with `singulars`, its singular) -> its group's first word, folded; a
    word belongs to one group only, so the first group to give a form keeps it."""
    table = {}
    for group in groups:
        for word in group:
            for form in (fold(str(word)), singular(fold(str(word)))) if singulars else (fold(str(word)),):
                table.setdefault(form, fold(str(group[0])))
    return table


def singular(word):
    """A folded word less a plural -s, or -es after a consonant: a key to look a word up by,
    not always the word's own singular ("cables" -> "cabl", on both sides of a lookup alike).

    >>> singular("presas"), singular("inundaciones"), singular("press")
    ('presa', 'inundacion', 'press')
    """
    if len(word) > 4 and word.endswith("es") and word[-3] not in "aeiou":
        return word[:-2]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


@functools.lru_cache(maxsize=None)
def speech_concepts():
    """Concepts of the general vocabulary of quoted statements, read for quotes only
    (speech_concepts.yaml)."""
    return _load("speech_concepts.yaml")["concepts"]


@functools.lru_cache(maxsize=None)
def concept_of_word():
    """Folded word of the concept list -> its concept (the group's first word, folded); the
    forms as listed, no singulars (concept_table adds them)."""
    return _concept_table(concepts(), singulars=False)


@functools.lru_cache(maxsize=None)
def measures():
    """Measure name -> {folded unit: factor to the measure's base unit}."""
    return {name: {fold(str(unit)): float(factor) for unit, factor in units.items()}
            for name, units in _load("measures.yaml")["measures"].items()}


@functools.lru_cache(maxsize=None)
def person_kinds():
    """Folded persons unit -> the kind of people it counts (measures.yaml: person_kinds)."""
    return {fold(str(unit)): kind for kind, units in _load("measures.yaml")["person_kinds"].items() for unit in units}


@functools.lru_cache(maxsize=None)
def increment_words():
    """(words right after a figure, words right before it, the words after it that make it a
    change since the last count), folded, that make it an increment."""
    words = _load("measures.yaml")["increment_words"]
    return tuple(frozenset(fold(str(w)) for w in words[side]) for side in ("after", "before", "change"))


@functools.lru_cache(maxsize=None)
def update_markers():
    """Folded words and phrases, in any language, of a count reported as it stands."""
    return frozenset(fold(str(w)) for w in _load("measures.yaml")["update_markers"])


@functools.lru_cache(maxsize=None)
def events():
    """Concept ids of what happens to what is counted (killed, injured, rescued...)."""
    return frozenset(_load("measures.yaml")["events"])


@functools.lru_cache(maxsize=None)
def scales():
    """Units that rank on a scale rather than count (a category 5 storm, a magnitude 7.1 quake)."""
    return frozenset(_load("measures.yaml")["scales"])


@functools.lru_cache(maxsize=None)
def languages():
    """The languages that have a word list, sorted."""
    names = [p.name for p in resources.files(__package__).iterdir()]
    return tuple(sorted(n[:-5] for n in names if n.endswith(".yaml") and n not in _SHARED_FILES))


@functools.lru_cache(maxsize=None)
def every_language(key):
    """The lower-case words a list holds in any language: for heuristics that read both."""
    return frozenset(str(w).lower() for language in languages() for w in lexicon(language).words(key))


# English spellings Spanish writes otherwise, for telling cognates ("system", "sistema";
# "physical", "físico"; "theatre", "teatro"; "action", "acción").
_COGNATE_SPELLINGS = (("ph", "f"), ("th", "t"), ("tion", "cion"), ("y", "i"), ("k", "c"))
_DOUBLED = re.compile(r"(\w)\1")


@functools.lru_cache(maxsize=1 << 16)
def cognate_form(word):
    """A folded word spelt as English and Spanish cognates meet: the spellings that differ
    by rule made one, doubled letters single.

    >>> cognate_form("system"), cognate_form("sistema"), cognate_form("commission"), cognate_form("comision")
    ('sistem', 'sistema', 'comision', 'comision')
    """
    for english, spanish in _COGNATE_SPELLINGS:
        word = word.replace(english, spanish)
    return _DOUBLED.sub(r"\1", word)


@functools.lru_cache(maxsize=None)
def function_words():
    """Function words of every language (stopwords and determiners), lower case: "Los 33" is no
    name, and "for the good of the country" no evidence that two quotes are one."""
    return every_language("stopwords") | every_language("determiners")


@functools.lru_cache(maxsize=None)
def weekday_numbers(language):
    """Folded weekday name -> its number (0 = Monday) in `language` (lexicon weekdays, their
    spellings with and without accents one day)."""
    days = list(dict.fromkeys(fold(day) for day in lexicon(language).words("weekdays")))
    return {day: number for number, day in enumerate(days)}


@functools.lru_cache(maxsize=None)
def folded(key):
    """The folded words (no case, no accents) a list, or a table's keys, holds in any language."""
    return frozenset(fold(w) for w in every_language(key))


@functools.lru_cache(maxsize=None)
def common():
    """Language-independent data: units, currency symbols, page chrome."""
    return _load("common.yaml")


@functools.lru_cache(maxsize=None)
def unit_of_word():
    """Folded counted word -> canonical unit, across all languages."""
    table = {}
    for source in (_load("units.yaml")["units"], common()["units"]):  # common.yaml's word wins
        for unit, words in source.items():
            for word in words:
                table[fold(str(word))] = unit
    return table


@functools.lru_cache(maxsize=None)
def language_units(language):
    """Folded counted word -> unit, for the words that count something else in another
    language (English "miles"; in Spanish, "miles" are thousands, and "pies" are feet)."""
    return {fold(word): unit for unit, words in lexicon(language).table("language_units").items() for word in words}


@functools.lru_cache(maxsize=None)
def units_before():
    """Folded words (one or more) -> the unit of a bare number right after them ("toll": people)."""
    return {fold(str(word)): unit for unit, words in _load("units.yaml")["units_before"].items() for word in words}


@functools.lru_cache(maxsize=None)
def places():
    """Folded names of countries and territories, in English and Spanish (places.yaml)."""
    return frozenset(fold(str(name)) for names in _load("places.yaml")["places"].values() for name in names)


def names_an_organisation(name):
    """True when a name is an organisation's: it holds an organisation's word ("U.S. Coast
    Guard", "Ministerio de Salud") or an acronym ("BBC", "AFP").

    >>> names_an_organisation("U.S. Coast Guard"), names_an_organisation("AFP"), names_an_organisation("Ana López")
    (True, True, False)
    """
    return any(fold(word) in folded("organisation_words") or _ACRONYM.fullmatch(word) for word in name.split())


_ACRONYM = re.compile(r"[A-Z]{2,}")


# The letters of a country's name a demonym begins with ("guate" for Guatemala, "cuba" for Cuba).
DEMONYM_STEM = 5


def demonym(word, language):
    """True for a folded word that is a country's name, cut to DEMONYM_STEM letters, and one
    of `language`'s demonym endings: "guatemaltecos", "estadounidenses", "colombian".

    >>> demonym("guatemaltecos", "es"), demonym("hermanos", "es"), demonym("colombian", "en"), demonym("jordan", "en")
    (True, False, True, False)
    """
    endings = _demonym_endings(language)
    if not endings or not word.endswith(endings):
        return False
    stems = _country_stems()
    return any(word[:size] in stems and len(word) >= size + 2 for size in (DEMONYM_STEM, DEMONYM_STEM - 1))


@functools.lru_cache(maxsize=None)
def _demonym_endings(language):
    return tuple(fold(w) for w in lexicon(language).words("demonym_endings"))


@functools.lru_cache(maxsize=None)
def _country_stems():
    """The first DEMONYM_STEM letters of each word of four letters or more of a country's name
    (all four of a word of four: "cuba", "peru")."""
    return frozenset(word[:DEMONYM_STEM] for name in places() for word in name.split() if len(word) >= 4)


@functools.lru_cache(maxsize=None)
def count_nouns_before():
    """(folded phrase -> 'people' for the nouns of a count whose figure comes later in their
    clause, the words they may stand before it at most)."""
    data = _load("units.yaml")
    nouns = {phrase: unit for phrase, unit in units_before().items() if unit == "people"}
    nouns.update((fold(str(word)), "people") for word in data["count_nouns_before"])
    return nouns, int(data["count_noun_reach"])


@functools.lru_cache(maxsize=None)
def people_events():
    """Folded words whose concept is something that happens to people ("died", "rescatados")."""
    ids = frozenset(_load("units.yaml")["people_events"])
    return frozenset(fold(str(word)) for group in concepts() if group[0] in ids for word in group)


@functools.lru_cache(maxsize=None)
def units_in_context():
    """Unit -> ({folded clause word}, the unit it then means): "grados" near "sismo" is a magnitude."""
    return {unit: (frozenset(fold(str(w)) for w in words), meant)
            for unit, table in _load("units.yaml")["units_in_context"].items() for meant, words in table.items()}


@functools.lru_cache(maxsize=None)
def event_auxiliaries():
    """Folded words that may stand between a number and what happened to it ("were", "fueron")."""
    return frozenset(fold(str(w)) for w in _load("units.yaml")["event_auxiliaries"])


@functools.lru_cache(maxsize=None)
def unit_joiners():
    """Folded words that may stand between a word of units_before and its number ("rose", "to")."""
    return frozenset(fold(str(w)) for w in _load("units.yaml")["unit_joiners"])

