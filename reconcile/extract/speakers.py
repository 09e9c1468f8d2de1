"""Who a quote is attributed to: the speaker's name, and the attribution as written.

Reads the words around a quote the way a reader does: "...," said MX1;
"...," Calderon told El Universal; X, at the time ..., is quoted as saying;
X wrote that "..."; according to X; a paragraph ending "X looked ahead:"
before the quote; a quote that continues the previous speaker's paragraph;
and "he" or "the official" pointing back to the last person named.
"""
import collections
import functools
import re

import attrs

from ..lexicon import (_alternation, concept_of_word, concept_table, demonym, every_language, fold, folded, languages,
                       lexicon, names_an_organisation, places)
from ..text import BLANK_LINE, POSSESSIVE, sentences

# A proper name: capitalised words, with the particles of Spanish and other names between them.
# An Arabic surname's article may be joined in lower case: "Ahmed al-Mosmari".
_NAME_WORD = r"(?:[A-ZÁÉÍÓÚÑÜ][\w’'.\-]*[\w]|[A-Z]{2,}\d*|[A-Z][a-z]*\d+|(?:al|el|ad|ar|as|ash|az|bin|ibn|abu)-[A-ZÁÉÍÓÚÑÜ][\w’'.\-]*[\w])"
_PARTICLE = r"(?:de|del|de\s+la|de\s+los|la|van|von|da|di|al|bin|ibn)"
# NAME's first word is _NAME_WORD spelled to start with a character class and check the
# character before it afterwards: the regex engine then skips ahead to capital letters in C
# instead of trying the whole pattern at every position of a document.
_FIRST_NAME_WORD = r"[A-ZÁÉÍÓÚÑÜ](?<![\w].)(?:[\w’'.\-]*[\w]|(?<=[A-Z])[A-Z]+\d*|(?<=[A-Z])[a-z]*\d+)"
# Its words are apart by spaces and at most one line break: a name never runs across a blank
# line ("... Five Onboard Declared Dead\n\nLondon - The U.S. Coast Guard").
_GAP = r"(?:[^\S\n]+\n?[^\S\n]*|\n[^\S\n]*)"
NAME = re.compile(rf"{_FIRST_NAME_WORD}(?:{_GAP}(?:{_PARTICLE}{_GAP})?{_NAME_WORD}){{0,6}}(?![\w])")
_WORD = re.compile(r"[\w]+")


def _names_in(text):
    """(start, words) of NAME's matches in `text`, a capitalised line of its own left out of
    the name that goes on below it: "Weapons Cache" / "Lombardo said ..." names Lombardo, a
    subheading apart."""
    for match in NAME.finditer(text):
        words, start = match.group(), match.start()
        cut = words.rfind("\n")
        if cut >= 0 and not text[text.rfind("\n", 0, start) + 1:start].strip():
            rest = words[cut + 1:]
            start += cut + 1 + len(rest) - len(rest.lstrip())
            words = rest.strip()
        yield start, words


_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»")
# The marks that close a quote.
QUOTE_CLOSERS = "”\"»’'"
# A quote of at most this many words alone on its line, with no stop, is a headline.
HEADING_WORDS = 12
# Function words by role, from every language's lexicon (see name_determiners and the like).
_DETERMINERS = every_language("name_determiners")
# Prepositions before a place rather than a person: "in Mexico City", "desde Ciudad Juárez".
_LOCATIVE = every_language("place_prepositions")
_PREPOSITIONS = every_language("name_prepositions")


@attrs.frozen
class Attribution:
    """The speaker a quote is attributed to (a name or None) and the words that say so."""

    speaker: str | None
    phrase: str | None
    # True when the name is governed by a speech verb or "according to" in the quote's own
    # sentence; False for a pronoun, a continuation, a colon or a name that stands nearby.
    explicit: bool = False


@functools.lru_cache(maxsize=None)
def _patterns(language):
    lex = lexicon(language)
    verbs = _alternation(lex.words("speech_verbs"))
    passive = _alternation(lex.words("passive_speech"))
    according = _alternation(lex.words("according_to"))
    # "the official", "he", and a person by role: a determiner, at most two words, a role
    # noun ("the 54-year-old miner", "el último minero rescatado", "the shift supervisor").
    # "A witness told" is someone new, unnamed: only a definite determiner points back.
    determiners = _alternation([w for w in lex.words("name_determiners") if w not in lex.words("indefinite_articles")])
    roles = _alternation(lex.words("person_roles"))
    back = (_alternation(lex.words("back_references") + lex.words("pronouns"))
            + rf"|(?:{determiners})\s+(?:[\w’'\-]+\s+){{0,2}}?(?:{roles})(?![\w])")
    clitics = lex.words("speech_clitics")
    clitic = rf"(?:(?:{_alternation(clitics)})\s+)?" if clitics else ""
    # A compound tense: "», ha indicado Puente", "», le había dicho".
    auxiliaries = lex.words("speech_auxiliaries")
    if auxiliaries:
        clitic += rf"(?:(?:{_alternation(auxiliaries)})\s+)?"
    return {
        # ," said MX1.   ," stated the Stratfor press release.   ", señala.   ," wrote “US714,” a ...
        # », le dijo Urzúa: a Spanish clitic may stand before the verb.
        "after_verb_first": re.compile(
            rf"^[\s,—–]*{clitic}(?:(?P<verb>{verbs})|(?P<passive>{passive}))(?![\w])"
            rf"(?:\s+(?P<np>[“\"]?(?:[^.;!?“”\"«»]|(?<=\d)\.(?=\d)){{1,160}}))?", re.I),
        # ," Calderon told El Universal.   ," Geronimo Gutierrez, at the time ..., is quoted as saying.
        # ," Gov. Ana Ruiz told reporters.   ," Sen. Bill Nelson, D-Fla., tweeted.
        # ," Colorado State University hurricane specialist Phil Klotzbach wrote.
        "after_name_first": re.compile(
            rf"^[\s,—–]*(?:[\w’'.\u2024\-]+\s+){{0,6}}?(?P<np>{NAME.pattern}|(?i:{back}))"
            rf"(?:\s*,(?P<appos>(?:[^.;“”\"]|\.(?=,)){{1,120}}),)?\s+"
            rf"(?i:{clitic}(?:{passive})|{clitic}(?:{verbs}))(?![\w])"),
        # ," as rescuers searched the rubble, Interior Minister Matteo Salvini told reporters.
        "after_clause_then_name": re.compile(
            rf"^[\s,—–]*(?i:{_alternation(lex.words('clause_openers'))})\s[^.;!?“”\"«»]{{1,150}}?,\s+"
            rf"(?P<np>{NAME.pattern})\s+(?i:{clitic}(?:{verbs}))(?![\w])"),
        # ," but Prosecutor Francesco Cozzi told reporters: a clause of its own, not an attribution.
        "conjunction": re.compile(rf"^[\s,—–]*(?:{_alternation(lex.words('clause_conjunctions'))})\s", re.I),
        "verb": re.compile(rf"(?<![\w])(?:{verbs}|{passive})(?![\w])", re.I),
        # An initial's period does not end X: "according to a U.S. government source".
        "according": re.compile(rf"(?<![\w])(?:{according})\s+(?P<np>(?:(?-i:\b[A-Z]\.)|[^,.;“”\"«»]){{1,80}})", re.I),
        "back": re.compile(rf"^(?:{back})(?![\w])", re.I),
    }


def according_pattern(language):
    """The pattern of "according to X" / "según X" in `language`; its group 'np' is X."""
    return _patterns(language)["according"]


@functools.lru_cache(maxsize=None)
def _not_name_words():
    """Capitalised words that do not name a person: function words, titles, months, days, and
    the adverbs that may open a sentence before its subject ("Anoche, él dio", "Later, she")."""
    words = set()
    for language in languages():
        lex = lexicon(language)
        for key in ("stopwords", "titles", "determiners", "pronouns", "weekdays", "phrase_stops", "subject_adverbs"):
            words.update(fold(w).rstrip(".") for w in lex.words(key))
        words.update(fold(w) for w in lex.table("months"))
    return frozenset(words)


def document_people(text):
    """Folded surname -> how often the text gives each full name ending in it
    ("pascual" -> {"Carlos Pascual": 3})."""
    people = collections.defaultdict(collections.Counter)
    for person in _people(text, frozenset()):
        words = person.split()
        # Spanish names carry two surnames: "Raúl Ochoa Medina" is "Ochoa" as well as "Medina".
        for surname in words[1:]:
            if surname[0].isupper():
                people[fold(surname)][person] += 1
    return people


def full_name(speaker, people, language="en"):
    """The full name a document gives a speaker it also calls by surname alone ("Clinton"),
    or by its surnames without the first name ("López Obrador" for "Andrés Manuel López
    Obrador"); in Spanish, by the first surname and a second one the document did not
    give in full ("Sheinbaum Pardo" where it named "Claudia Sheinbaum"), when the document
    names one person only by that first surname.

    >>> people = document_people("Ayer, Claudia Sheinbaum y Andrés Manuel López Obrador hablaron.")
    >>> full_name("López Obrador", people), full_name("Sheinbaum Pardo", people, "es")
    ('Andrés Manuel López Obrador', 'Claudia Sheinbaum')
    >>> full_name("Sheinbaum Pardo", people, "en")
    'Sheinbaum Pardo'
    """
    if not speaker:
        return speaker
    words = [fold(word) for word in speaker.split()]
    names = people.get(words[0])
    if not names:
        return speaker
    if len(words) > 1:
        # The names that end in all of the speaker's words and give more before them.
        names = {name: count for name, count in names.items()
                 if _folded_words(name)[-len(words):] == words and len(name.split()) > len(words)}
        if not names and len(words) == 2 and language == "es":
            holders = {name for name in people[words[0]] if _folded_words(name)[-1] == words[0]}
            if len(holders) == 1:
                return holders.pop()
        if not names:
            return speaker
    return max(sorted(names), key=lambda name: (names[name], len(name)))


def _folded_words(name):
    return [fold(word) for word in name.split()]


def known_names(text):
    """Capitalised words that the text also uses in mid-sentence: names, not sentence openers."""
    return frozenset(re.findall(r"[a-z,;]\s+([A-ZÁÉÍÓÚÑ][\w]+)", text))


# What _after reports for a Spanish speech verb with no subject after it ("», afirmó el
# jueves"): the subject is the person the text was talking about.
PRO_DROP = "(subject left out)"


def attribute(text, quote, *, sentence, previous, language, names_so_far, known, surnames=frozenset(),
              sentence_at=None):
    """The Attribution of `quote` (a FoundQuote) in `text`.

    `sentence` is the (start, end) of the sentence holding the quote's start, `sentence_at`
    the section's Annotation.sentence_at (the sentence holding an offset);
    `previous` is (Attribution, FoundQuote) of the last attributed quote or None;
    `names_so_far` the names met before it, latest last; `known` the document's known_names.
    """
    patterns = _patterns(language)
    signed = _signed(text, quote, known)
    if signed:
        return Attribution(signed, signed)  # «La situación es apocalíptica»Marwan Abboud
    after = _masked(BLANK_LINE.split(_words_after(text, quote.end, AFTER_CHARS))[0], language)
    if sentence_at is not None:
        # The words after a quote inside a sentence stop where the sentence does: '... an
        # “extremist, right-wing” terrorist. New Zealand Police Commissioner Bush confirmed'.
        _, sentence_end = sentence_at(quote.end - 1)
        if quote.end < sentence_end < quote.end + len(after):
            after = after[:sentence_end - quote.end]
    ends = _ENDS_SENTENCE.match(after) or _ENDS_LINE.match(after) or _ended_inside(text, quote)
    clause = None if ends else _CLAUSE_AFTER.match(after)
    if ends or patterns["conjunction"].match(after):
        # «...». El abogado de Salas, Tomás Vega, dijo: the next sentence is another's; so is the
        # clause a conjunction opens ('"supposition," but Prosecutor Cozzi told reporters').
        after = ""
    pro_drop = bool(lexicon(language).data.get("pro_drop"))
    found = _after(after, patterns, known, pro_drop=pro_drop)
    if found is not None and _introduces_another(after, found[2], patterns):
        found = None  # '“...,” Merkel called the cathedral “a symbol”': Merkel's words are the next quote
    # The words of the sentence before the quote, other quotes blanked out, read only when needed.
    before_quote = functools.partial(_sentence_before, text, sentence[0], quote.start, language)
    if found is not None and found[0] and names_an_organisation(found[0]):
        # 'Boric said he would do his "best ...," BBC reported': the outlet reports the words of
        # a person whom a speech verb before the quote names.
        person = _before(before_quote(), patterns, names_so_far, known | surnames, pro_drop=pro_drop)
        if person is not None and person[0] and person[3] and not names_an_organisation(person[0]):
            found = None
    if found is None and clause and not patterns["verb"].search(text[sentence[0]:quote.start]):
        # '"...organizarse" para entrar al salón, explicó McCraw.', '"..." and shoot them, he said.',
        # '“...ha aumentado” a 58, dijo el jefe de la policía, Joseph Lombardo, en una conferencia':
        # the attribution follows the words that finish the quote's clause, after a comma.
        found = _attribution_past_commas(clause.group(), patterns, known, pro_drop=pro_drop)
    explicit = found is not None and found[0] is not None
    if found is None or found[0] is None and not patterns["back"].match((found[1] or "").strip()):
        # Earlier quotes in the sentence are not where its speaker is named.
        before = before_quote()
        # The clause since the sentence's last quote first ('May tweeted “...,” Merkel called the
        # cathedral “...”'), then the whole sentence ('Calderón called it “a failure” and said “...”').
        last_quote = max((m.end() for m in _QUOTED.finditer(text, sentence[0], quote.start)), default=None)
        # A surname the document gave in full is a name, though it opens the sentence.
        names = known | surnames
        earlier = (_before(before[last_quote - sentence[0]:], patterns, names_so_far, names, pro_drop=pro_drop,
                           opens_sentence=False) if last_quote else None)
        if earlier is None or earlier[0] is None:
            earlier = _before(before, patterns, names_so_far, names, pro_drop=pro_drop) or earlier
        if earlier is not None:
            *found, explicit = earlier
    if found is None:
        introduced = _introduced(text, quote, language, known)
        found, explicit = (introduced[:3], introduced[3]) if introduced else (None, False)
    if found is None:
        found = _sentence_subject(text[sentence[0]:quote.start], language, known, surnames)
    if found is None:
        # 'Ana Ruiz said the city would rebuild. "We will not rest ..."': a quote that is a
        # sentence of its own carries on the speech the sentence before it reported.
        found = _said_before(text, quote, sentence, sentence_at, patterns, names_so_far, known | surnames, pro_drop)
    if found is None and previous is not None and _continues(text, quote, previous[1]):
        return attrs.evolve(previous[0], explicit=False)
    if found is None:
        return Attribution(None, None)
    speaker, np, phrase = found
    phrase = " ".join(phrase.replace("\u2024", ".").split()) if phrase else None
    if speaker is None and np and fold(np.strip()) in _plural_pronouns():
        return Attribution(None, phrase)  # "they wrote": a group (the researchers), no one person
    if speaker is None and np and (np == PRO_DROP or patterns["back"].match(np.strip())):
        # "he said", "the official added": the last person the text named before this sentence,
        # or the one it gave that role ("el mandatario": "el presidente Sebastián Piñera");
        # never the person the quote speaks to ("“Franklin, ganaste...”, le dijo").
        addressed = _addressed(quote.words)
        person, other_office = role_holder(text, sentence[0], np, language), set()
        if person is None:
            person = last_person(text, sentence[0], list(names_so_far) + sorted(surnames), known, language,
                                 addressed=addressed)
            office = _office_of(np, language)
            # "The mayor of Amatrice said" is not the premier named just before, nor "the
            # Information Minister" the Health Minister, nor "la testigo" the gunman.
            if person and (office and _office_given(text, sentence[0], person, language,
                                                    _portfolio(np)) not in (None, office)
                           or np != PRO_DROP and not _pronoun_np(np) and _perpetrator(text, sentence[0], person, np)):
                other_office, person = {fold(person.split()[-1])}, None
        if person and _common_word(person, surnames):
            person = None  # "The Mayor Says He Believes ...": a headline's capitals name nobody
        fallback = previous[0].speaker if previous else None
        if fallback and (addressed and fold(fallback.split()[0]) in addressed
                         or fold(fallback.split()[-1]) in other_office):
            fallback = None
        return Attribution(person or fallback, phrase)
    if speaker and _common_word(speaker, surnames):
        # "Reports also revealed", "16 German teenagers, and the mayor ... called it": a word of
        # the news's vocabulary, capitalised, is no person unless the text gave it as a surname.
        return Attribution(None, phrase)
    return Attribution(speaker, phrase, explicit=bool(speaker and explicit))


def _common_word(speaker, surnames):
    """True for a one-word speaker that the concept list holds ("Reports", "German") and that
    the document never gives as the surname of a full name ("Ned Price ... Price said")."""
    return " " not in speaker.strip() and speaker not in surnames and fold(speaker) in concept_of_word()


def _said_before(text, quote, sentence, sentence_at, patterns, names_so_far, names, pro_drop):
    """(speaker, noun phrase, phrase) of a quote that is a whole sentence when the sentence
    before it, in its paragraph, reports what someone said, or None."""
    if quote.start != sentence[0] or text[quote.end:sentence[1]].strip(" .,;:!?\u00a0\n") or _heading(text, quote):
        return None  # not a whole sentence, or a headline set apart
    if sentence_at is None or sentence[0] <= quote.paragraph_start:
        return None
    start, end = sentence_at(sentence[0] - 1)
    if start < quote.paragraph_start or end > sentence[0]:
        return None  # the sentence before is in another paragraph
    previous = text[start:end]
    if _QUOTED.search(previous) or not patterns["verb"].search(previous):
        return None  # a quote of its own there, or no speech reported
    found = _before(previous, patterns, names_so_far, names, pro_drop=pro_drop)
    return tuple(found[:3]) if found is not None and (found[0] or found[1]) else None


@functools.lru_cache(maxsize=64)
def _sentence_before(text, start, end, language):
    """text[start:end] masked (_masked), with its quotes blanked out."""
    return _masked(_QUOTED.sub(lambda m: " " * len(m.group()), text[start:end]), language)


# How far after a quote its attribution is looked for.
AFTER_CHARS = 200


def _words_after(text, position, size):
    """text[position:position + size], not ending inside a word ("José Gerardo Acev")."""
    end = position + size
    if end >= len(text) or not (text[end].isalnum() and text[end - 1].isalnum()):
        return text[position:end]
    cut = text.rfind(" ", position, end)
    return text[position:cut if cut > position else end]


# A quote signed with a name on its own line: «...»Marwan Abboud, "..." — Jane Doe.
_SIGNATURE = re.compile(rf"[ \t]*[,—–-]?[ \t]*({NAME.pattern})[ \t]*\.?[ \t]*(?:\n|$)")


def _signed(text, quote, known):
    """The full name that alone follows a quote to the end of its line (a pull quote's
    signature), or None. Not a single word: "...," Mexico and the line's end may be a heading."""
    match = _SIGNATURE.match(text, quote.end)
    if not match:
        return None
    speaker = _speaker_of(match.group(1), known, at_start=False)
    return speaker if speaker and len(speaker.split()) >= 2 else None


# How far back a pronoun or "the official" may point.
LOOK_BACK_CHARS = 1500


# After a quote, the rest of its sentence when no other quote stands in it.
_CLAUSE_AFTER = re.compile(r"[^.;:!?“”\"«»\n]{1,200}(?=[.!?](?:\s|$))")
# Commas in the rest of a quote's sentence tried as the start of its attribution.
TAIL_COMMAS = 3


def _attribution_past_commas(rest, patterns, known, *, pro_drop=False):
    """(speaker, noun phrase, phrase) of an attribution that starts after one of the first
    commas of the words after a quote (' para entrar al salón, explicó McCraw'), when no
    speech verb comes before that comma; None unless it names a person, points back to one
    ("he said"), is an unnamed source a determiner opens ("the report says") or, in a
    `pro_drop` language, leaves its subject out (' en la salida del bloque, dijo delante de')."""
    start = 0
    for _ in range(TAIL_COMMAS):
        comma = rest.find(",", start)
        if comma < 0 or patterns["verb"].search(rest[:comma]):
            return None
        found = _after(rest[comma + 1:], patterns, known, pro_drop=pro_drop)
        if found is not None and (found[0] or found[1] == PRO_DROP or patterns["back"].match((found[1] or "").strip())
                                  or _described(found[1] or "")):
            return found  # a person, "he", a subject left out, or an unnamed source ("the report says")
        start = comma + 1
    return None


# A sentence that ends right after a quote's closing mark: its attribution is not after it.
_ENDS_SENTENCE = re.compile(r"\s*[.!?]+(?:\s|$)")
# ... nor after a quote that ends its line ("...breathing room.”" and a new line).
_ENDS_LINE = re.compile(r"[ \t]*(?:\n|$)")


def _ended_inside(text, quote):
    """True when a quote's own words end its sentence with a full stop and a new sentence
    begins after its closing mark ('..."the bridge shook." The president said:'): what
    follows is not its attribution. Not after "?" or "!" ('"Why now?" Smith asked.')."""
    inner = text[quote.start:quote.end].rstrip("\"”»’'").rstrip()
    return inner.endswith(".") and not inner.endswith("..") and bool(_NEW_SENTENCE.match(text, quote.end))


_NEW_SENTENCE = re.compile(r"[ \t]+[A-ZÁÉÍÓÚÑ¿¡“\"]")


# A quote that opens by naming whom it speaks to: "Franklin, ganaste el partido de tu vida".
_VOCATIVE = re.compile(rf"^\s*(?:[¡¿]\s*)?({NAME.pattern})\s*,")


def _addressed(words):
    """The folded words of the name a quote opens by addressing, or an empty set."""
    match = _VOCATIVE.match(words or "")
    return frozenset(fold(w) for w in match.group(1).split()) if match else frozenset()


def _pronoun_np(np):
    """True for a noun phrase that is a pronoun alone ("He", "ella")."""
    words = _WORD.findall(np)
    return len(words) == 1 and _is_pronoun(words[0])


def _is_pronoun(word):
    """True for a subject pronoun of one person or several ("she", "ellos")."""
    return fold(word) in _singular_pronouns() | _plural_pronouns()


def _perpetrator(text, before, person, np):
    """True when the text, before offset `before`, calls `person` one who did the harm (lexicon:
    perpetrator_roles) near a mention ("el atacante, identificado como Stephen Paddock") and
    the role noun phrase `np` names no such role ("the gunman said" may mean him)."""
    roles = folded("perpetrator_roles")
    if not roles or {fold(w) for w in _WORD.findall(np)} & roles:
        return False
    window = text[max(0, before - LOOK_BACK_CHARS):before]
    surname = person.split()[-1]
    for mention in re.finditer(rf"(?<![\w]){re.escape(surname)}(?![\w])", window):
        near = window[max(0, mention.start() - PERPETRATOR_NEAR):mention.end() + PERPETRATOR_NEAR]
        if {fold(w) for w in _WORD.findall(near)} & roles:
            return True
    return False


# How near a mention of a person the word that makes them the one who did the harm stands.
PERPETRATOR_NEAR = 60


def _office_of(np, language):
    """The office (lexicon offices) a role noun phrase names ("the mayor": mayor), or None.
    Its head only: "the shift supervisor", not "...the president"."""
    head = _patterns(language)["back"].match((np or "").strip())
    if not head:
        return None
    roles, words = _offices(language), [fold(w) for w in _WORD.findall(head.group(0))]
    # "the acting prime minister": an office of two or three words before one of its words.
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            if " ".join(words[start:start + size]) in roles:
                return roles[" ".join(words[start:start + size])]
    return None


def _office_given(text, before, person, language, portfolio=None):
    """The office the text, before offset `before`, gives `person` ("Premier Matteo Renzi":
    premier), or None; with `portfolio`, an office of another portfolio ("Health Minister
    Hamad Hassan" for "the Information Minister") is OTHER_PORTFOLIO."""
    roles, surname = _offices(language), fold(person.split()[-1])
    window = text[max(0, before - LOOK_BACK_CHARS):before]
    found = None
    for match in _holder_pattern(language).finditer(window):
        name = match.group("name") or match.group("name2")
        if name and fold(name.split()[-1]) == surname and not _place_of_office(match):
            found = roles.get(fold(match.group("role") or match.group("role2")))
            if _other_portfolio(match, portfolio):
                found = OTHER_PORTFOLIO
    return found


OTHER_PORTFOLIO = "(another portfolio)"


def _place_of_office(match):
    """True for a _holder_pattern match whose name follows its role through a preposition
    alone ("Mayor of Amatrice", "alcalde de Acumoli"): the office's place, not its holder."""
    if not match.group("name"):
        return False
    gap = match.string[match.end("role"):match.start("name")]
    return gap.strip(" ,") != "" and fold(gap.strip(" ,").split()[-1]) in _PREPOSITIONS and "," not in gap


def role_holder(text, before, np, language):
    """The person the text names, before offset `before`, in the role that the noun phrase
    `np` gives ("el mandatario", "the mayor"): the latest "<role> <Name>" or "<Name>, <the>
    <role>" with a role of the same office (lexicon: offices), or None."""
    roles, office = _offices(language), _office_of(np, language)
    if office is None:
        return None
    window = text[max(0, before - LOOK_BACK_CHARS):before]
    portfolio = _portfolio(np or "")
    found = None
    for match in _holder_pattern(language).finditer(window):
        role = fold(match.group("role") or match.group("role2"))
        if _place_of_office(match):
            continue  # "Mayor of Amatrice": where the office is, not who holds it
        if _other_portfolio(match, portfolio):
            continue  # "The Information Minister" is not "Health Minister Hamad Hassan"
        if roles.get(role) == office:
            name = match.group("name") or match.group("name2")
            speaker = _speaker_of(name, frozenset(), at_start=False)
            if speaker and len(speaker.split()) >= 1:
                found = speaker
    return found


_PORTFOLIO = re.compile(r"([A-ZÁÉÍÓÚÑÜ][\w’'\-]+)\s+[\w’'\-]+\s*$")
# A portfolio and its role noun are read in this many characters at the end of the words.
PORTFOLIO_CHARS = 60


def _other_portfolio(match, portfolio):
    """True when a _holder_pattern match gives its role a portfolio other than `portfolio`
    ("Health Minister Hamad Hassan" for "the Information Minister")."""
    return bool(portfolio and match.group("role")
                and _portfolio(match.string[:match.end("role")]) not in (None, portfolio))


def _portfolio(words):
    """The capitalised word right before the role noun that ends `words` ("The Information
    Minister": information), or None."""
    found = _PORTFOLIO.search(words.strip()[-PORTFOLIO_CHARS:])
    return fold(found.group(1)) if found and fold(found.group(1)) not in _DETERMINERS else None


@functools.lru_cache(maxsize=None)
def _offices(language):
    """Folded role noun -> the office it names (its group's first word), for every language:
    'mandatario', 'presidente' and 'president' are one office."""
    table = {}
    for group in lexicon(language).data.get("offices", []):
        for word in group:
            table[fold(word)] = fold(group[0])
    return table


@functools.lru_cache(maxsize=None)
def _holder_pattern(language):
    """'<role> <Name>' ("el presidente Sebastián Piñera", "Mayor Claudia Sheinbaum") or
    '<Name>, <determiner> <role>' ("Sheinbaum, the mayor")."""
    roles = _alternation([w for group in lexicon(language).data.get("offices", []) for w in group])
    determiners = _alternation(lexicon(language).words("name_determiners"))
    if not roles:
        return re.compile(r"(?!x)x")
    # "la alcaldesa de París, Anne Hidalgo": the place of the office, then the holder's name.
    return re.compile(rf"(?i:(?<![\w])(?P<role>{roles}))(?:\s+(?i:de|del|de\s+la|of|of\s+the)\s+{NAME.pattern},"
                      rf"|(?:\s+[\w’'\-]+)?,?)\s+(?P<name>{NAME.pattern})"
                      rf"|(?P<name2>{NAME.pattern}),\s+"
                      rf"(?i:(?:{determiners})\s+(?:[\w’'\-]+\s+)?(?P<role2>{roles}))(?![\w])")


def last_person(text, before, names_so_far, known, language="en", *, addressed=frozenset()):
    """The person a pronoun or "the official" at offset `before` most likely means, or None:
    the first person named (the subject, usually) in the nearest earlier sentence that names
    one; of several, one the document names again by surname alone ("Camp Hope ... the
    capsule carrying Luis Urzua" means Urzua, whom the text calls "Urzua" elsewhere).

    A person is a name of two or more words that is not an organisation and not a
    place after "in"/"en", or a single name the document already gave as a speaker.
    """
    window_start = max(0, before - LOOK_BACK_CHARS)
    # Start at a paragraph break, so that straight quote marks pair up as the writer meant.
    paragraph = BLANK_LINE.search(text, window_start, before) if window_start else None
    window_start = paragraph.end() if paragraph else window_start
    window = _QUOTED.sub(lambda m: " " * len(m.group()), text[window_start:before])
    speakers = {fold(n.split()[-1]) for n in names_so_far}
    if addressed:
        # "Franklin" addressed is "Franklin Lobos", and "Lobos" too.
        for person in _people(window, speakers):
            words = {fold(w) for w in person.split()}
            if words & addressed:
                addressed = addressed | words
    for start, end in reversed(sentences(window, 0, len(window), language)):
        if _byline().fullmatch(window, start, end):
            continue  # "Por Steve Gorman y Joseph Ax": the writers, not a speaker
        # A person listed after "including" is one of a group the sentence speaks of, not its
        # subject ("the deaths of the five passengers aboard, including CEO Stockton Rush").
        people = [p for p in _people(window[start:end], speakers, skip_listed=True)
                  if not addressed & {fold(w) for w in p.split()}]
        if people:
            return max(people, key=lambda person: (_alone(text, person), -people.index(person)))
    return None


def _alone(text, person):
    """True when the text names `person` by surname alone somewhere, not only in full."""
    words = person.split()
    if len(words) < 2:
        return True
    surname = len(re.findall(rf"(?<![\w]){re.escape(words[-1])}(?![\w])", text))
    full = len(re.findall(r"\s+".join(map(re.escape, words)), text))
    return surname > full * words.count(words[-1])


def _people(sentence, speakers, *, skip_listed=False):
    """The people a sentence names, in order; with `skip_listed`, not those named as members
    of a group ("including X", "entre ellos X")."""
    organisations, skip = _organisation_words(), _not_name_words()
    for start, name in _names_in(sentence):
        if skip_listed and _listed().search(sentence, max(0, start - 40), start):
            continue
        raw = name.split()
        if len(raw) == 1 and fold(raw[0]) not in speakers:
            continue  # one capitalised word is a person only when the text made it a speaker
        words = [w for w in _after_title(raw) if fold(w).rstrip(".") not in skip]
        if words and len(words) > 1 and _opens_a_line(sentence, sentence.index(words[0], start)) \
                and _vocabulary_word(words[0]):
            words = words[1:]  # a headline's verb before a name: "Renuncia Pascual tras choque con..."
        if not _names_a_person(words):
            continue
        first = sentence.index(words[0], start)
        preceding = [fold(w) for w in _WORD.findall(sentence[max(0, first - 40):first])[-2:]]
        if preceding and (preceding[-1] in _LOCATIVE or preceding[-1] in _DETERMINERS):
            continue
        if len(preceding) == 2 and preceding[0] in organisations and preceding[1] in _PREPOSITIONS:
            continue  # "the Chan School of Public Health": the rest of an organisation's name
        if len(words) >= 2 or fold(words[-1]) in speakers:
            yield " ".join(words)


def _opens_a_line(text, position):
    """True when `position` of `text` is where a line begins."""
    return position == 0 or text[position - 1] == "\n"


@functools.lru_cache(maxsize=4096)
def _vocabulary_word(word):
    """True for a word of the concept lists (of clauses or of statements): a word the two
    languages share a concept for, not a given name ("Renuncia", "Published", "Since")."""
    folded_word = fold(word)
    return folded_word in concept_table() or folded_word in concept_table(speech=True)


@functools.lru_cache(maxsize=None)
def _byline():
    """A byline: an opener (lexicon: byline_openers) and names joined by commas and "and"."""
    joiners = _alternation([*every_language("scale_joiners"), "&"])
    return re.compile(rf"\s*(?i:{_alternation(every_language('byline_openers'))})\s+{NAME.pattern}"
                      rf"(?:\s*(?:,|(?i:{joiners}))\s*{NAME.pattern})*\s*\.?\s*")


@functools.lru_cache(maxsize=None)
def _listed():
    """Words that list members of a group (lexicon: member_markers), right before a name, a
    title or two between."""
    return re.compile(rf"(?<![\w])(?:{_alternation(every_language('member_markers'))})(?:\s+[\w.]+){{0,2}}\s+$", re.I)


def _office_before(clause):
    """True when the clause ends in an office named by a title, a preposition and what it
    heads ("el jefe de policía", "la jefa de gabinete"): the name after it is its holder's,
    not the organisation's."""
    words = [fold(w) for w in _WORD.findall(clause)[-4:]]
    if len(words) >= 3 and words[-2] in _DETERMINERS:
        words = words[:-2] + words[-1:]  # "el jefe de la policía": the office's noun, its article aside
    return len(words) >= 3 and words[-3].rstrip(".") in _titles() and words[-2] in _PREPOSITIONS


def _office_then_holder(words, two_back):
    """The holder's name in the words of a name that follow a title and a preposition
    ("Minister of Security Rosa Icela Rodríguez", "ministro de Salud Jaime Mañalich"): the
    words after the office's common nouns (words of the concept list, never a name), when two
    or more are left; else None."""
    if len(two_back) != 2 or fold(two_back[0]).rstrip(".") not in _titles():
        return None
    common = concept_of_word()
    start = 0
    while start < len(words) and fold(words[start]) in common:
        start += 1
    holder = words[start:]
    return holder if start and len(holder) >= 2 and _names_a_person(holder) else None


def _without_affiliation(words):
    """The words of a name before a particle that opens an organisation's name: "John Mauger
    de la Guardia Costera", "Ana Ruiz del Ministerio de Salud" (not "Juan de la Cruz")."""
    for i, word in enumerate(words[1:], 1):
        if fold(word) in folded("affiliation_particles") and any(fold(w) in _organisation_words() for w in words[i + 1:]):
            return words[:i]
    return words


def _after_title(words):
    """The words of a name after the last title inside it: "Interior Minister Ana López",
    "Chilean President Sebastian Pinera" (a title ends what comes before it); not past an
    affiliation ("John Mauger de la Guardia Costera" is John Mauger)."""
    words = _without_affiliation(words)
    # An article inside a name is a particle, not a title: "Abdelhak El Amrani", "Juan de la Cruz".
    # A word of both kinds is an organisation's before a single word: "Guardia Costera", "Coast Guard".
    titles = [i for i, w in enumerate(words[:-1]) if fold(w).rstrip(".") in _titles() and fold(w) not in _DETERMINERS
              and not (fold(w) in _organisation_words() and i == len(words) - 2)]
    return _without_office(words[titles[-1] + 1:]) if titles else words


def _without_office(words):
    """The words of a name after a title, past the common nouns of an office that stand
    between them and a full name: "(General) Security Abbas Ibrahim", "(General Manager) Port
    Hassan Kraytem" (never down to one word: "Senator Bill Nelson" keeps Bill)."""
    common = concept_of_word()
    while len(words) >= 3 and fold(words[0]) in common and words[1][:1].isupper():
        words = words[1:]  # not before a particle: "Cámara de Diputados" is no "de Diputados"
    return words


def _names_a_person(words):
    """True when the words of a name may be a person's: none is possessive, an organisation's
    word ("the U.S. Embassy"), dotted capitals ("U.S") or a party and state ("D-Fla");
    together they name no country ("Cuba") nor, alone, its people ("Colombian"); and a name of
    several words holds no acronym ("CBS Miami", "NBC News"; a roman numeral is none: "Martin
    Luther King III")."""
    return bool(words) and not any(POSSESSIVE.search(w) or fold(w) in _organisation_words()
                                   or _NOT_A_NAME.fullmatch(w) for w in words) and (
        fold(" ".join(words)) not in places()) and not (
        len(words) == 1 and any(demonym(fold(words[0]), language) for language in languages())) and not (
        len(words) > 1 and any(_ACRONYM.fullmatch(w.strip(".,")) and not _ROMAN.fullmatch(w) for w in words))


_ACRONYM = re.compile(r"[A-Z]{2,}")
_ROMAN = re.compile(r"[IVX]+")
# Dotted capitals ("U.S", "U.N.") and a party and state ("D-Fla"): no part of a person's name.
_NOT_A_NAME = re.compile(r"[A-Z](?:\.[A-Z])+\.?|[A-Z]-[A-Z][a-z]{1,4}\.?")


@functools.lru_cache(maxsize=None)
def _titles():
    """Titles and roles, of one word, in any language: 'minister', 'secretaria'."""
    words = set()
    for language in languages():
        lex = lexicon(language)
        words.update(fold(w).rstrip(".") for w in lex.words("titles") + lex.words("person_roles") if " " not in w)
    return frozenset(words)


def _plural_pronouns():
    return folded("plural_pronouns")


def _organisation_words():
    return folded("organisation_words")


def _introduces_another(after, phrase, patterns):
    """True when the words after a quote that name a speaker and end in a speech verb go on,
    in the same sentence and without a pause, to a quote of their own."""
    words = (phrase or "").split()
    if not words or not patterns["verb"].fullmatch(words[-1]):
        return False
    last = words[-1]
    at = after.find(last)
    rest = after[at + len(last):] if at >= 0 else ""
    end = _ENDS_SENTENCE.search(rest)
    rest = rest[:end.start() if end else len(rest)]
    mark = _OPENING_MARK.search(rest)
    if not mark:
        return False
    # "called the cathedral “...”", "said it was “...”"; not "he added, but “...”", "replied: “...”",
    # "wrote in the cable, “and ...”" or "said in a tweet, adding that “...”", where the same
    # speech goes on after a pause.
    between = rest[:mark.start()].strip()
    return bool(re.search(r"\w", between)) and not re.search(r"[,;:]", between)


# A mark that opens a quote: typographic, or straight after a space and before a word.
_OPENING_MARK = re.compile(r"[“«‘]|(?<=\s)\"(?=\w)")


def _after(after, patterns, known, *, pro_drop=False):
    # A speech verb right after the quote is read first: in '», dijo el ministro de Defensa,
    # Diego Molano, señalando', the office is no name that a later verb ("señalando") governs.
    verb_first = patterns["after_verb_first"].match(after)
    match = None if verb_first else patterns["after_name_first"].match(after)
    if match:
        np = match.group("np")
        lead = _WORD.findall(after[:match.start("np")])
        while lead and fold(lead[-1]) in _titles():
            lead.pop()  # "the spokeswoman for Gov. Greg Abbott": the title is the name's
        # "Taiwan's embassy in Port-au-Prince said", "the spokeswoman for Gov. Greg Abbott, Renae
        # Eze, said": a name a preposition governs is not the subject.
        speaker = None if lead and fold(lead[-1]) in _PREPOSITIONS else _speaker_of(np, known, at_start=False)
        if speaker is None and match.group("appos"):
            # "...," the official, Jorge Olivas, said: the apposition names him.
            speaker = _speaker_of(match.group("appos"), known, at_start=False)
        return speaker, (None if speaker and speaker not in np else np), match.group(0).strip(" ,")
    match = None if verb_first else patterns["after_clause_then_name"].match(after)
    if match:
        speaker = _speaker_of(match.group("np"), known, at_start=False)
        if speaker:
            return speaker, None, match.group(0).strip(" ,")
    match = verb_first
    if match:
        np = (match.group("np") or "").strip()
        if np.startswith(("“", "\"")):
            np = re.split(r"[”\"]", np[1:])[0]
        # "dijo a la prensa el secretario...": the addressee first, when a person follows it (not
        # "ha indicado en un breve mensaje en la citada red social", whose subject is left out).
        stripped = _ADDRESSEE.sub("", np)
        if stripped != np and (patterns["back"].match(stripped) or NAME.match(stripped)):
            np = stripped
        np = _without_leading_adverbs(np)  # "explicó ayer el alcalde"
        parts = [p.strip() for p in re.split(r",|\s+(?:in|en|on|to|a|al|that|que|but|pero)\s", np)]
        role = patterns["back"].match(parts[0])
        if role and not _names_after_role(parts[0][role.end():]):
            # "said the mayor of Mexico City, Claudia Sheinbaum": the apposition names her; not
            # "afirmó el mandatario el 3 de marzo en Washington", where a place follows.
            appositions = [p.strip() for p in np.split(",")[1:]]
            if appositions and fold(appositions[0].split(" ")[0]) in _PREPOSITIONS:
                appositions = []  # "ha afirmado la alcaldesa, en declaraciones a France Inter": no name
            named = _speaker_of(appositions[0], known, at_start=False) if appositions else None
            if named:
                return named, None, match.group(0).strip(" ,")
            # "concluyó el último minero rescatado de la mina San José": a person by role, who
            # points back; a name further on belongs to the description, not to the speaker.
            return None, role.group(0), match.group(0).strip(" ,")
        speaker = _speaker_of(parts[0], known, at_start=False)
        apposition = np.split(",")[1].strip() if "," in np and np.split(",")[0].strip() == parts[0] else None
        if speaker is None and apposition and (patterns["back"].match(parts[0]) or _described(parts[0])):
            # "said the official, Jorge Olivas", "dijo el alguacil del condado de Clark, Joe Lombardo";
            # not the addressee after "a" ("explicó la entidad a las emisoras Blu Radio y Caracol Radio").
            named = _speaker_of(apposition, known, at_start=False)
            speaker = named if named and (len(named.split()) >= 2 or patterns["back"].match(parts[0])) else None
        if speaker is None and pro_drop and match.group("verb") and _no_subject(parts[0], patterns):
            return None, PRO_DROP, match.group(0).strip(" ,")
        return speaker, (parts[0] if speaker is None else None), match.group(0).strip(" ,")
    return None


@functools.lru_cache(maxsize=None)
def _abbreviations(language):
    """(lower-case abbreviations written without periods, a pattern of a short word and a
    period): the pattern finds the few places where one may stand, the set says if it does."""
    words = frozenset(w.lower() for w in lexicon(language).words("abbreviations") if "." not in w)
    return words, re.compile(rf"\b(\w{{1,{max(map(len, words), default=1)}}})\.")


def _masked(text, language):
    """`text` with the periods of abbreviations ("Sen.", "Gen.") replaced by a look-alike
    that ends no phrase, so "said Sen. Ernesto Cantu" reads as one phrase."""
    words, short_word = _abbreviations(language)
    text = short_word.sub(lambda m: m.group(1) + "\u2024" if m.group(1).lower() in words else m.group(0), text)
    return _INITIAL.sub("\\1\u2024", text)  # "General Kenneth F. McKenzie": a middle initial


# A capital letter and a full stop between two capitalised words: a middle initial.
_INITIAL = re.compile(r"(?<=[A-Za-záéíóúñ] )([A-Z])\.(?= [A-ZÁÉÍÓÚÑ][a-záéíóúñ])")


def _names_after_role(rest):
    """True when the words after a role name its holder, perhaps past an adjective or two
    ("el diputado priista Jorge Villalobos") or what the office heads ("el jefe de policía
    John Pelletier", "la jefa de la policía Ana Ruiz"), not a place or a time ("en
    Washington", "el alcalde de Lahaina")."""
    words = rest.split()
    heads = bool(words) and fold(words[0]) in folded("of_words")
    for skipped, word in enumerate(words[:5 if heads else 3]):
        if NAME.match(word):
            between = words[1:skipped] if heads else words[:skipped]
            return bool(between or not heads) and all(
                w.islower() and fold(w) not in _PREPOSITIONS and (heads or fold(w) not in _DETERMINERS)
                for w in between)
        if not word.islower():
            return False
    return False


def _without_leading_adverbs(np):
    """`np` less the adverbs that open it before a subject (the subject_adverbs that
    _without_adverbs takes off a subject's end): "ayer el alcalde de la ciudad, Marco Bucci"
    is "el alcalde de la ciudad, Marco Bucci"."""
    adverbs = every_language("subject_adverbs")
    while (match := _FIRST_WORD.match(np)) and match.group(1).lower() in adverbs and match.end() < len(np):
        np = np[match.end():]
    day = _LEADING_DAY.match(np)  # "expresó este jueves el presidente": the day, then the subject
    if day and fold(day.group(1)) in _date_words() and day.end() < len(np):
        np = np[day.end():]
    return np


_LEADING_DAY = re.compile(r"(?:(?:este|esta|el|this|last|on)\s+)?(\w+)\s+", re.I)


_FIRST_WORD = re.compile(r"(\S+)\s+")


def _no_subject(words, patterns):
    """True when the words after a Spanish speech verb are not its subject: "el jueves
    pasado", "en entrevista", but not "el documento" or "el funcionario"."""
    if patterns["back"].match(words):
        return False
    tokens = [fold(t) for t in re.findall(r"[\w]+", words)[:2]]
    if not tokens or tokens[0] not in _DETERMINERS:
        return True
    return len(tokens) > 1 and tokens[1] in _date_words()


@functools.lru_cache(maxsize=None)
def _date_words():
    words = set()
    for language in languages():
        lex = lexicon(language)
        words.update(fold(w) for w in lex.words("weekdays") + list(lex.table("months")))
        words.update(fold(w).split()[-1] for w in lex.words("relative_dates"))
    return frozenset(words)


def _before(before, patterns, names_so_far, known, *, pro_drop=False, opens_sentence=True):
    """(speaker, noun phrase, phrase, explicit) from the words before a quote, or None. In a
    `pro_drop` language a speech verb with no subject before it gives PRO_DROP. Unless the
    words open their sentence, a pronoun subject is left to the whole sentence (None)."""
    colon = before.rstrip(" \u00a0").endswith(":")
    if colon and not _ends_with_verb(before, patterns) and not _speech_verb_then_object(before, patterns):
        # 'The ambassador was blunter in a cable: "..."': the subject introduces the quote.
        speaker = _speaker_of(before, known, at_start=True)
        if speaker:
            return speaker, speaker, before.strip(), False
    match = patterns["according"].search(before)
    if match:
        speaker = _speaker_of(match.group("np"), known, at_start=False)
        if speaker is None:
            # "De acuerdo con el director de Protección Civil, Juan Pérez, «...»": the apposition.
            apposition = _APPOSITION.match(before, match.end())
            speaker = _speaker_of(apposition.group(1), known, at_start=False) if apposition else None
        return speaker, match.group("np"), match.group(0), True
    reported = None  # "Una fuente de seguridad indicó a la AFP que ... «...»": an unnamed source
    by_role = None
    verbs = list(patterns["verb"].finditer(before))
    for position, verb in enumerate(verbs):
        if _names_the_quote(before, verb):
            continue  # "Nargeolet, often called “Mr. Titanic”": the quote is a name he was given
        # An aside in brackets says nothing of the subject ("La alcaldesa del condado de Miami-Dade
        # (que abarca Miami y Surfside), Daniella Levine Cava, dio ..."): blanked, offsets kept.
        np = _BRACKETED.sub(lambda aside: " " * len(aside.group()), before[:verb.start()])
        # "Gov. Giovanni Toti, the leader of the region which includes Genoa, told": the subject
        # stands before its description, and is not the name nearest the verb.
        description = _description_before_verb(np)
        if description:
            np = np[:description.start()]
        coordinated = _NAMED_THEN_COORDINATED.match(np) if pro_drop else None
        if coordinated and (speaker := _speaker_of(coordinated.group(1), known, at_start=False)):
            # "Conte también felicitó a los rescatistas que seguían allí y dijo que": the name
            # opening the first verb's clause is the subject of both, past any "que" between.
            return speaker, coordinated.group(1), before[:verb.end()], True
        # A dash ends a dateline ("London - The U.S. Coast Guard announced"): the subject follows it.
        subject = re.split(r"(?<![\w])(?:that|que)\s|\s[-—–]\s|:\s", np)[-1]
        if re.search(r"(?:,\s*|\s)(?:who|quien|quienes)\s*$", subject) and names_so_far:
            return names_so_far[-1], subject, before[:verb.end()], False
        # Before "... and said:" the subject stands nearest the verb: "Luego de abandonar la
        # cápsula Fénix 2, ..., Urzúa le estrechó la mano a Piñera y le dijo:" is Urzúa's.
        # The name right before the verb is its subject ("As the fire raged on the iconic Paris
        # landmark, Mr Trump tweeted that"); else the first name of the phrase, past its
        # appositions ("Ambassador Pascual, in a dispatch sent in 2009, wrote").
        if _pronoun_subject(subject) and not description:
            if not opens_sentence:
                return None
            # "After meeting Carlos Vega, she said", "..., who he said would be “welcomed”": the
            # pronoun is the subject, not a name in the clause before it; it means the person
            # the sentence opens with, else one named before the sentence.
            if _after_relative(subject):
                # "..., which she called": the person the sentence names first, its subject.
                first = _speaker_of(before[:verb.start()], known, at_start=True)
                if first:
                    return first, subject, before[:verb.end()], False
            opener = _speaker_of(re.split(r"[,;]", before)[0], known, at_start=True)
            if opener and before.lstrip().startswith(opener.split()[0]):
                return opener, subject, before[:verb.end()], False
            return None, _pronoun_subject(subject), before[:verb.end()], False
        nearest = _speaker_of(subject, known, at_start=True, last=True)
        # Past a description, the nearest name may stand in another ("Mario Soto, cuya esposa,
        # Ana, no ha sido hallada, dijo"): the first name is the subject.
        adjacent = (nearest and not description
                    and re.search(rf"{re.escape(nearest.split()[-1])}[\s,]*$", subject))
        speaker = nearest if adjacent else _speaker_of(subject, known, at_start=True, last=colon)
        bare = _without_adverbs(subject.strip())  # "Sheinbaum later added:"
        bare = re.sub(r"^(?:\S+['’]s?\s+)+", "", bare)  # "France’s Macron says"
        if (speaker is None and NAME.fullmatch(bare) and fold(bare) not in _not_name_words()
                and fold(bare) not in places() and (names_an_organisation(bare) or person_named(bare))):
            # "Sheinbaum told reporters:", "La Guardia Costera de EEUU confirma": the name alone
            # is the subject ("The Information Minister warned" names an office, no one).
            speaker = bare
        # "the official said", or a pronoun past a lead ("Anoche, él dio ..., indicando que").
        back = next((found for part in reversed(subject.strip().split(","))
                     if (found := patterns["back"].search(part.strip()))), None) if subject.strip() else None
        if speaker:
            return speaker, subject, before[:verb.end()], True
        if back:
            # "On why the UN cited the toll, Haq said, «...»": a role or a pronoun that an earlier
            # verb's clause gives is kept only if no later verb names its subject.
            by_role = by_role or (None, back.group(0), before[:verb.end()], False)
            continue
        if pro_drop and _left_out(subject, verb.group(), before[verb.end():]):
            # "También agradeció a los familiares «...»", "Tras ..., dijo que «...»": Spanish leaves
            # the subject out; it is the person the text was talking about.
            return None, PRO_DROP, before[:verb.end()], False
        if not subject.strip():
            continue  # "Writing on Facebook, Mayor Ana Ruiz said": a participle opens the sentence
        if verb.end() >= len(before.rstrip(" :,\u00a0")) - 40 and position == len(verbs) - 1:
            return None, subject, before[:verb.end()], False  # a description: "A memo reports that"
        if reported is None and _REPORTED.match(before, verb.end()) and _described(subject):
            reported = (None, subject, before[:verb.end()], False)
    if by_role:
        return by_role
    tail = re.search(rf"({NAME.pattern})\s*(?:\([^)]{{0,80}}\)\s*)?$", before)
    if tail and not re.search(r"['’]s?\s*$", tail.group(1)):
        # The name that ends the words before the quote, unless a preposition governs it
        # ("elecciones en Bolivia «...»", "la dimisión del presidente Evo Morales «...»").
        speaker = _speaker_of(before[:tail.end(1)], known, at_start=True, last=True)
        if speaker and before[:tail.end(1)].endswith(speaker.split()[-1]):
            return speaker, tail.group(1), tail.group(1), False
    return reported


def _names_the_quote(before, verb):
    """True when a naming verb (lexicon: naming_verbs) stands right before the quote, nothing
    but an adverb between, and no subject right before it: 'often called “Mr. Titanic”' gives
    a name, no one's words (but 'which she called “formidable”' and 'called the attack
    “barbaric”' are judgements their subject spoke)."""
    if fold(verb.group()) not in folded("naming_verbs"):
        return False
    rest = before[verb.end():].split()
    if not (len(rest) == 0 or len(rest) == 1 and rest[0].lower().endswith("ly")):
        return False
    # "which she called “formidable”", "Hidalgo called “formidable”": a subject speaks.
    words = [w for w in _WORD.findall(before[:verb.start()])[-2:] if not w.lower().endswith("ly")]
    return not words or not (_is_pronoun(words[-1]) or words[-1][0].isupper())


def _speech_verb_then_object(before, patterns):
    """True when the words before a colon end with a speech verb and its object ("Jen Psaki
    told reporters:"): the verb's subject, not the first name of the sentence, is the speaker."""
    last = _last_verb(before, patterns)
    return last is not None and len(_WORD.findall(before[last.end():])) <= 3


def _described(subject):
    """True when a verb's subject is a noun phrase that a determiner opens ("Una fuente de
    seguridad", "A government source"), not a relative's auxiliary ("que ha señalado")."""
    words = _WORD.findall(subject)
    return len(words) >= 2 and fold(words[0]) in _DETERMINERS


# What a speech verb's unnamed subject said, as a clause: "told reporters that", "indicó a la AFP que".
_REPORTED = re.compile(r"\s+(?:[\w’'.]+\s+){0,4}?(?:that|que)\s", re.I)


def _sentence_subject(before, language, known, surnames):
    """(speaker, noun phrase, phrase) of a quoted fragment inside a sentence that opens with
    a person ("Piñera praised «the strength...»") or with "For X," ("Para el consultor
    Alberto Islas, la baja «...»"), or None. Never explicit: no speech verb governs the name."""
    before = _QUOTED.sub(lambda m: " " * len(m.group()), before).strip()
    if not before:
        return None
    opener = _opener(language).match(before)
    if opener:
        np = before[opener.end():].split(",")[0]
        speaker = _speaker_of(np, known, at_start=False)
        return (speaker, np, before[:opener.end() + len(np)]) if speaker else None
    lead = _LEAD.match(before)  # "Poco antes, Evo Morales había convocado ... «...»"
    # "Por su parte, la alcaldesa de París, Anne Hidalgo, ha propuesto «...»": a lead, then a role.
    back = _patterns(language)["back"]
    skipped = 0 if back.match(before) or not lead else lead.end()
    role = back.match(before[skipped:])
    if role:
        # "El general Williams Kaliman, comandante..., ha sugerido «...»", "La senadora Jeanine
        # Áñez se proclamó ... y habló de «...»": a role, then the name of the one who holds it.
        named = _ROLE_THEN_NAME.match(before, skipped + role.end())
        if named:
            speaker = _speaker_of(named.group(1), known, at_start=False)
            if speaker and len(speaker.split()) >= 2:
                return speaker, before[:named.end()], before[:named.end()]
        return None
    match = NAME.match(before, lead.end() if lead else 0)
    if not match or not before[match.end():].lstrip()[:1].islower():
        return None  # a person opens the sentence, and a verb follows
    # A surname the document gave in full is a name, though it opens the sentence.
    speaker = _speaker_of(match.group(), known | surnames, at_start=True)
    if speaker and (len(speaker.split()) >= 2 or speaker in surnames):
        return speaker, speaker, match.group()
    return None


# A few words and a comma before a sentence's subject: "Poco antes,", "On Monday,".
_LEAD = re.compile(r"(?:[\w’']+\s+){0,3}[\w’']+,\s+")
# After a role that opens a sentence: what office it is ("de las Fuerzas Armadas"), then the name.
# An adjective may follow the role ("El primer ministro italiano, Giuseppe Conte").
_ROLE_THEN_NAME = re.compile(rf"(?:\s+[a-záéíóúñ]+(?=,))?(?:\s+(?:de|del|of)\s+[^,.;]{{1,60}}?)?\s*,?\s*({NAME.pattern})"
                             rf"(?=\s*[,(]|\s+[a-záéíóúñ])")


@functools.lru_cache(maxsize=None)
def _opener(language):
    """"For X," / "Para X," opening a sentence: X's view follows."""
    words = lexicon(language).words("opening_attributions")
    return re.compile(rf"(?i:{_alternation(words)})\s+" if words else r"(?!x)x")


# Whom a Spanish speech verb addresses, and how or where it was said, before its subject:
# "dijo a la prensa el secretario", "aseguró en entrevista con Milenio la titular".
_ADDRESSEE = re.compile(r"^(?:(?:a|al|ante|en|con|desde|durante|tras|mediante|por)\s+(?:[\w]+\s+){1,4}?)+"
                        r"(?=(?:el|la|los|las)\s)", re.I)
# A description set off by commas between a subject and its verb, which opens in lower case:
# "Gov. Giovanni Toti, the leader of the region which includes Genoa, told": Genoa is no subject.
_APPOSITION_BEFORE_VERB = re.compile(r",\s*[a-záéíóúñü][^,]*,\s*$")


def _description_before_verb(np):
    """The match of a description set off by commas at the end of `np`, the words before a
    speech verb, when a name stands before it ("Gov. Giovanni Toti, the leader of the region
    which includes Genoa,"); None for a clause of its own ("Anoche, él dio algunos detalles,").
    """
    found = _APPOSITION_BEFORE_VERB.search(np)
    if not found:
        return None
    first = found.group().strip(" ,").split()[0]
    name = re.search(r"([A-ZÁÉÍÓÚÑÜ][\w’'.\-]*)\s*$", np[:found.start()])
    if first.lower() in _pronouns() or not name or fold(name.group(1)).rstrip(".") in _not_name_words():
        return None
    return found


@functools.lru_cache(maxsize=None)
def _pronouns():
    """Personal pronouns, in lower case with their accents ("él", not the article "el")."""
    return frozenset(w.lower() for language in languages() for w in lexicon(language).words("pronouns"))


_BRACKETED = re.compile(r"\([^()]*\)")
# A name set off by commas right after a noun phrase: ", Juan Pérez,".
_APPOSITION = re.compile(rf"\s*,\s*({NAME.pattern})\s*(?:,|$)")


def _left_out(subject, verb, rest):
    """True when the words before a singular speech verb hold no subject: nothing, adverbs
    ("También agradeció"), or a lead ended by a comma ("Tras manifestar su pésame, dijo"),
    and none follows it: what follows is what was said or to whom ("que", "a los familiares"),
    not a subject put after the verb ("dijo este jueves el alcalde")."""
    if fold(verb.split()[-1]).endswith("n"):
        return False  # "dijeron", "afirman": a group, not the person last named
    following = rest.split()
    first = fold(following[0].strip(",:")) if following else ""
    if first and first not in folded("speech_objects"):
        return False
    adverbs = folded("subject_adverbs")
    if _COORDINATED_PRETERITE.match(subject.rsplit(",", 1)[-1]):
        return True  # "Deseó fuerza a los afectados y dijo que": one left-out subject for both verbs
    return all(fold(w) in adverbs or w.endswith("mente") for w in subject.rsplit(",", 1)[-1].split())


# A clause that opens with a verb in the preterite ("Deseó", "Visitó") and ends in "y" before the
# speech verb: the subject of both is left out.
_COORDINATED_PRETERITE = re.compile(r"^\s*\w+ó\s.*\s[ye]\s*$", re.S)
# A sentence that opens with a name, an adverb or two and a verb in the preterite, and ends in
# "y" before the speech verb: the name is the subject of both verbs.
_NAMED_THEN_COORDINATED = re.compile(rf"^\s*({NAME.pattern})\s+(?:\w+\s+){{0,2}}?\w+ó\s[^.;:]*\s[ye]\s*$")


def _pronoun_subject(subject):
    """The singular subject pronoun that ends the words before a speech verb ("..., she",
    "who he later"), or None."""
    words = _without_adverbs(subject.strip()).split()
    if len(words) < 2 or fold(words[-1]) not in _singular_pronouns():
        return None
    return words[-1]


def _after_relative(subject):
    """True when the pronoun ending `subject` follows a relative word ("who he", "which she")."""
    words = _without_adverbs(subject.strip()).split()
    return len(words) >= 2 and fold(words[-2]) in folded("relatives")


@functools.lru_cache(maxsize=None)
def _singular_pronouns():
    """Subject pronouns of one person, in every language ('he', 'she', 'él', 'ella')."""
    objects = {"him", "her"}  # object forms stand after a verb, never as its subject
    return frozenset(w for w in folded("pronouns") - folded("plural_pronouns") if w not in objects)


def _without_adverbs(subject):
    """`subject` less at most two adverbs at its end ("Sheinbaum later", "Pérez también"):
    listed ones, or English words in -ly and Spanish ones in -mente."""
    words = subject.split()
    adverbs = every_language("subject_adverbs")
    for _ in range(2):
        if len(words) > 1 and (words[-1] in adverbs or words[-1].endswith(("ly", "mente"))):
            words.pop()
    return " ".join(words)


def _ends_with_verb(before, patterns):
    """True when the words before a colon end with a speech verb ("and said:", "le dijo:")."""
    words = before.rstrip(" \u00a0:")
    last = _last_verb(words, patterns)
    return last is not None and last.end() >= len(words) - 1


def _last_verb(words, patterns):
    """The last speech verb of `words` (a match), or None."""
    last = None
    for last in patterns["verb"].finditer(words):
        pass
    return last


def _introduced(text, quote, language, known):
    """(speaker, noun phrase, phrase, explicit) of a quote paragraph introduced by the
    paragraph before it ending in a colon, or None."""
    if quote.start != quote.paragraph_start:
        return None
    head_start = max(0, quote.paragraph_start - 600)
    head = text[head_start:quote.paragraph_start].rstrip()
    if not head.endswith(":"):
        return None
    spans = sentences(text, head_start, head_start + len(head), language)
    last = text[spans[-1][0]:spans[-1][1]] if spans else head
    # "el panista Ernesto Cantú Lozano afirmó:" names the speaker with a speech verb.
    explicit = _ends_with_verb(last, _patterns(language))
    speaker = _speaker_of(last, known, at_start=True, last=explicit)
    return (speaker, last, last, explicit) if speaker else None


def _continues(text, quote, previous_quote):
    """True when `quote` goes on from the previous quote: the same paragraph, or the next one
    when it opens with the quote."""
    if _heading(text, quote):
        return False  # a headline set apart, though no blank line parts it from the text before
    if previous_quote.paragraph_start == quote.paragraph_start:
        return True
    between = text[previous_quote.end:quote.paragraph_start]
    return quote.start == quote.paragraph_start and len(BLANK_LINE.findall(between)) <= 1


def _heading(text, quote):
    """True for a quote that is a line of its own with no stop at its end: a headline or a
    subheading ("Esto es un golpe de Estado"), which the writer set apart, not the next words
    of the speaker before it (those end as sentences do: '...permitir."')."""
    end = text.find("\n", quote.end)
    if text[text.rfind("\n", 0, quote.start) + 1:quote.start].strip():
        return False  # words before it on its line: no line of its own
    words = text[quote.start:quote.end]
    closers = "’'" if words[:1] in ("‘", "'") else "”\"»"
    if text[quote.end:end if end >= 0 else len(text)].strip() or not words.endswith(tuple(closers)):
        return False  # words follow on its line, or a page cut the quote off ('"You see everything breaking into')
    return (len(words.split()) <= HEADING_WORDS
            and not words.rstrip(QUOTE_CLOSERS).rstrip().endswith((".", "!", "?", "…", ")")))


def person_named(name):
    """The person a capitalised name gives, its titles aside, or None when it names no one.

    >>> person_named("Interior Minister Ana López"), person_named("The")
    ('Ana López', None)
    """
    return _speaker_of(name, frozenset(), at_start=False)


def _speaker_of(np, known, *, at_start, last=False):
    """The first person's name in a noun phrase (with `last`, the last one), or None for a
    pronoun or a description.

    >>> _speaker_of("Ambassador Pascual, in a dispatch sent in November of 2009,", frozenset(), at_start=False)
    'Pascual'
    """
    if not np:
        return None
    skip = _not_name_words()
    found = None
    for start, name in _names_in(np):
        words = name.split()
        titled = False
        while words and (fold(words[0]).rstrip(".") in skip or POSSESSIVE.search(words[0]) and len(words) > 1):
            titled = titled or fold(words[0]).rstrip(".") in _titles()
            words.pop(0)  # "France’s Macron": the country's, then the name
        if titled:
            words = _without_office(words)
        qualifies = False
        while words and fold(words[-1]).rstrip(".") in skip:
            qualifies = qualifies or fold(words[-1]).rstrip(".") in _titles()
            words.pop()
        if qualifies and len(words) < 3:
            continue  # "said Texas Gov. Greg Abbott": the words before a title qualify it
        # "la representante de los Estados Unidos Debbie Wasserman Schultz": a country, then the name.
        country = next((k for k in (3, 2, 1) if len(words) > k + 1 and fold(" ".join(words[:k])) in places()), 0)
        words = _after_title(words[country:])
        if not _names_a_person(words):
            continue
        first = np.index(words[0], start)
        # The words before the name in its own clause: "as a “great captain”, Pinera replied"
        # has no determiner before Pinera once the comma is passed.
        clause = re.split(r"[,;:]", np[max(0, first - 30):first])[-1]
        two_back = _WORD.findall(clause)[-2:]
        previous = fold(two_back[-1]) if two_back else None
        if previous in _PREPOSITIONS:
            office = _office_then_holder(words, two_back)
            if office is None:
                continue  # "sent by the US embassy", "in Mexico City": not the subject
            words = office  # "Minister of Security Rosa Icela Rodríguez": the office, then its holder
        if (len(two_back) == 2 and two_back[1].islower() and previous in _titles()
                and fold(two_back[0]) in _PREPOSITIONS):
            continue  # "la dimisión del presidente Evo Morales": the object, not the subject
        if previous in _DETERMINERS:
            continue  # "the Mexican foreign ministry", "the Stratfor press release": a description
        if previous in folded("place_nouns") and two_back[-1].islower():
            continue  # "the mayor of the small town Amatrice": a place (not "Secretary of State Hillary Clinton")
        if (previous in _organisation_words() and previous not in _titles() and two_back[-1].islower()
                and not (len(words) >= 2 and _office_before(clause))):
            continue  # "la empresa Carso": an organisation's name (not "Secretary of State Hillary Clinton")
        starts_sentence = not np[:first].strip(" \t\n\u00a0,;:–—-(\"“")
        if len(words) == 1 and (at_start and starts_sentence) and words[0] not in known:
            continue
        found = " ".join(words)
        if not last:
            return found
    return found
