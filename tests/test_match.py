import pytest

from reconcile import claims_in_text
from reconcile.grouping import group_unruled
from reconcile.match import anchor_score, match_claims, term_score
from reconcile.rules import load_rules

from conftest import RULES


def claims_of(*texts, language="en"):
    found = []
    for number, text in enumerate(texts):
        found += claims_in_text(text, language=language, doc=f"doc{number}")
    return found


@pytest.mark.parametrize("term,words,expected", [
    ("arrested", ["people", "arrested", "in", "the", "city"], True),
    ("arrested", ["people", "arested", "in", "the", "city"], True),          # a typo still matches
    ("Ciudad Juárez", ["in", "ciudad", "juarez", "have"], True),             # accents ignored
    ("DEA", ["the", "idea", "was"], False),                                   # whole words only
    ("charged", ["changed", "nothing"], False),
], ids=["exact", "typo", "accents", "word-bounded", "different-word"])
def test_term_score(term, words, expected):
    assert bool(term_score(term, words, 90)) is expected


def test_anchor_matches_a_fragment_of_a_longer_quote():
    long_quote = "And if we do not produce a tangible success that is recognisable to the Mexican people"
    assert anchor_score("if we do not produce a tangible success", long_quote, 80) == 100
    assert anchor_score("We have 18 months", "months", 80) == 0


def test_different_quantities_with_the_same_number_shape_never_group():
    claims = claims_of("More than 30,000 Mexicans have been killed in drug-related violence.",
                       "More than 150,000 Mexican troops have defected to work for the cartels.")
    groups = group_unruled([c for c in claims if c.kind == "quantity"])
    assert sorted(len(members) for members, _ in groups) == [1, 1]


def test_the_same_quantity_in_two_sources_groups():
    claims = claims_of("Border agents detained 1,200 migrants near the Santa Teresa crossing last month.",
                       "Its agents detained 1,500 migrants near the Santa Teresa crossing last month, the agency said.")
    groups = group_unruled([c for c in claims if c.kind == "quantity"])
    assert [sorted(c.doc for c in members) for members, _ in groups] == [["doc0", "doc1"]]


def test_claims_join_the_best_rule():
    rules = load_rules(RULES)
    claims = claims_of("Only 2 percent of those arrested in Ciudad Juarez have even been charged with a crime.",
                       "Prosecution rates are dismal, 2 percent of those detained are brought to trial.")
    candidates = {c.rule.id if c.rule else None: [x.doc for x in c.claims] for c in match_claims(claims, rules)}
    assert candidates["juarez-charged-share"] == ["doc0"]
    assert candidates["detainees-tried-share"] == ["doc1"]


def test_spanish_and_english_wordings_join_one_rule():
    rules = load_rules(RULES)
    english = claims_in_text("The cable says 51 close FBI contacts were executed in two years.", doc="en")
    spanish = claims_in_text("además, en los dos años recientes 51 contactos cercanos al FBI fueron ejecutados",
                             language="es", doc="es")
    candidates = {c.rule.id: sorted(x.doc for x in c.claims) for c in match_claims(english + spanish, rules) if c.rule}
    assert candidates["fbi-contacts-killed"] == ["en", "es"]


def test_a_relative_date_joins_no_date_rule():
    rules = load_rules(RULES)
    claims = claims_of("A cable sent in October 2009 quotes Gutierrez on losing control of regions.",
                       "On Sunday a cable quoted Gutierrez on losing control of regions.")
    dates = [c for c in claims if c.kind == "date"]
    assert [(c.text, c.relative) for c in dates] == [("October 2009", False), ("On Sunday", True)]
    candidates = {c.rule.id if c.rule else None: [x.text for x in c.claims] for c in match_claims(dates, rules)}
    assert candidates["gutierrez-cable-date"] == ["October 2009"]
