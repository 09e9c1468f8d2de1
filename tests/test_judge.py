import pytest

from reconcile import claims_in_text
from reconcile.judge import dates_compatible, judge_groups, wording_differences
from reconcile.match import Candidate
from reconcile.model import Rule, Tolerance


def quantity(text, doc, language="en"):
    return next(c for c in claims_in_text(text, language=language, doc=doc) if c.kind == "quantity")


def verdict(claims, rule=None):
    (group,) = judge_groups([Candidate(rule, tuple(claims))])
    return group.verdict, list(group.differences)


RULE = Rule(id="r", title="t", kind="quantity", file="f", line=1, tolerance=Tolerance(relative=0.05))


@pytest.mark.parametrize("left,right,expected", [
    ("more than 60 officers were killed", "61 officers were killed", "agree"),
    ("61 officers were killed", "71 officers were killed", "contradict"),
    ("about 1,000 people", "1,040 people", "agree"),
    ("at least 12 soldiers", "10 soldiers", "contradict"),
    ("fewer than 100 people", "more than 200 people", "contradict"),
    ("more than 30,000 Mexicans were killed", "more than 40,000 Mexicans were killed", "contradict"),
    ("more than 30,000 Mexicans were killed", "more than 30,000 Mexicans were killed", "agree"),
], ids=["more-than-overlaps", "different-counts", "about", "at-least", "disjoint-intervals",
        "same-hedge-different-figure", "same-hedge-same-figure"])
def test_quantity_verdicts(left, right, expected):
    assert verdict([quantity(left, "a"), quantity(right, "b")])[0] == expected


def test_a_figure_without_its_unit_is_read_in_the_unit_of_its_group():
    # One source gives the age bare; a translation of another says "años".
    bare = quantity("The oldest of the victims, Ana Ruiz, was 58.", "list")
    aged = quantity("Entre los identificados figuran Ana Ruiz, de 58 años, y Luis Gil.", "wire", "es")
    assert (bare.unit, aged.unit) == (None, "years")
    assert verdict([bare, aged]) == ("agree", ["compatible values: 58, 58 years"])
    older = quantity("Entre los identificados figuran Ana Ruiz, de 59 años, y Luis Gil.", "copy", "es")
    assert verdict([bare, older])[1] == ["58 years (list) vs 59 years (copy)"]


def test_a_decimal_of_millions_is_a_rounded_figure():
    # One outlet gives the emergency fund to the ten thousand, another to a tenth of a million.
    precise = quantity("Conte said 5.67 million dollars would go to the region at once.", "a")
    rounded = quantity("Conte said $5.7 million would go to the region at once.", "b")
    assert verdict([precise, rounded])[0] == "agree"
    assert verdict([precise, quantity("Conte said $5.8 million would go to the region at once.", "c")])[0] == "contradict"


def test_figures_of_two_measures_are_never_set_against_each_other():
    floors = quantity("The tower had 12 floors when it fell.", "a")
    people = quantity("The tower fell and 14 people died.", "b")
    assert verdict([floors, people])[0] == "agree"


def test_figures_of_one_unit_are_compared_as_written_beside_one_in_another_unit():
    # "About 270 km/h" fits both 165 and 166 mph, to its writer's rounding; the two mph
    # figures, written exactly in one unit, still disagree.
    mph = quantity("Otis came ashore with winds of 165 mph.", "a")
    kmh = quantity("Otis tocó tierra con vientos de unos 270 kilómetros por hora.", "b", "es")
    other = quantity("Otis azotó la costa con vientos de 166 millas por hora.", "c", "es")
    assert verdict([mph, kmh])[0] == "agree"
    assert verdict([mph, kmh, other]) == ("contradict", ["165 mph (a) vs 166 mph (c)"])


def test_a_rank_on_a_scale_reads_as_news_writes_it():
    ranks = [quantity("Otis struck as a Category 5 hurricane.", "a"), quantity("Otis struck as a Category 4 hurricane.", "b")]
    assert verdict(ranks)[1] == ["category 4 (b) vs category 5 (a)"]


def test_tolerance_widens_agreement():
    claims = [quantity("30,000 people died", "a"), quantity("31,000 people died", "b")]
    assert verdict(claims)[0] == "contradict"
    assert verdict(claims, RULE)[0] == "agree"


def test_mentions_in_one_document_are_one_source():
    claims = [quantity("61 officers were killed", "a"), quantity("more than 60 officers were killed", "a")]
    assert verdict(claims)[0] == "single-source"


def test_contradiction_difference_names_both_values():
    claims = [quantity("61 officers were killed", "a"), quantity("71 officers were killed", "b")]
    assert verdict(claims)[1] == ["61 officials (a) vs 71 officials (b)"]


@pytest.mark.parametrize("left,right,expected", [
    ("2009-01", "2009-01-20", True), ("2009-10", "2009-11", False), ("--10", "2009-10", True),
    ("2009", "2010-01", False), ("--02-03", "2011-02-04", False),
])
def test_dates_compatible(left, right, expected):
    assert dates_compatible(left, right) is expected


def test_quote_wording_differences():
    reference = ("And if we do not produce a tangible success that is recognisable to the Mexican people, "
                 "it will be difficult to sustain this confrontation into the next administration")
    other = ("If we do not produce a tangible success that is recognizable to the Mexican people, "
             "it will be difficult to sustain the confrontation into the next administration")
    assert wording_differences(reference, other) == [
        "has 'the' for 'this'", "(excerpt) 'And' quoted by one source only"]


def test_spelling_case_and_punctuation_are_not_differences():
    assert wording_differences("It is recognisable, they said", "it is recognizable they said.") == []


def test_a_shorter_excerpt_changes_no_words():
    assert wording_differences("We have 18 months and no more", "We have 18 months") == []


def quotes(text, doc, language="es"):
    return [c for c in claims_in_text(text, language=language, doc=doc) if c.kind == "quote"]


def test_a_quote_cut_short_is_a_variant():
    # Two outlets on one statement of Bolivia's ombudsman (November 2019): one quotes five words of it.
    short = quotes('Calderón se sumó "al pedido del pueblo boliviano", ha comunicado.', "rt")
    full = quotes('Calderón manifestó que: "Nos sumamos al pedido del pueblo boliviano de sugerir al señor '
                  'presidente Evo Morales presentar su renuncia".', "oxigeno")
    result, differences = verdict(short + full)
    assert result == "variant"
    assert differences[-1] == "rt quotes 5 words of it, oxigeno quotes 17"


def test_two_excerpts_of_one_longer_quote_change_no_words():
    # Two outlets each quote a different phrase of a statement a third quotes whole.
    first = quotes('The commander had treated it as a "barricaded subject" situation.', "daily", "en")
    whole = quotes('"The commander believed that it had transitioned from an active shooter to a barricaded '
                   'subject," the director said.', "wire", "en")
    second = quotes('Officers did not believe it was still an "active shooter" situation, he said.', "post", "en")
    result, differences = verdict(first + whole + second)
    assert result == "variant"
    assert not any("changed" in d for d in differences)
    assert differences[-1] == "daily quotes 2 words of it, wire quotes 15"


def test_the_statement_around_a_short_excerpt_is_not_marked_as_changed():
    from reconcile.report.views import marked_words
    around = marked_words("wrong decision", "Of course it was not the right decision. It was the wrong decision")
    assert not any(changed for _, changed in around)
    # A word or two more than the first source, at a quote's edge, still shows.
    assert ("And", True) in marked_words("If we do not act we fail", "And if we do not act we fail")


def test_a_translation_of_the_same_length_is_no_variant():
    es = quotes('"Lo peor ya fue evitado, pero la batalla todavía no está ganada", indicó Macron.', "tn")
    en = quotes('"The worst has been avoided, but the battle is not yet won," Macron said.', "bbc", "en")
    assert verdict(es + en)[0] == "agree"


def test_quote_in_another_mouth_is_a_contradiction():
    a = [c for c in claims_in_text('"We will not tolerate smuggling here," said Maria Lopez.', doc="a") if c.kind == "quote"]
    b = [c for c in claims_in_text('"We will not tolerate smuggling here," said John Smith.', doc="b") if c.kind == "quote"]
    result, differences = verdict(a + b)
    assert result == "contradict"
    assert differences == ["attributed to Maria Lopez (a) but to John Smith (b)"]


def test_an_organisation_and_a_person_who_may_speak_for_it_are_no_contradiction():
    import attrs
    a = [c for c in claims_in_text('"The debris is consistent with an implosion," said John Mauger.', doc="a")
         if c.kind == "quote"]
    b = [attrs.evolve(c, doc="b", speaker="U.S. Coast Guard", speaker_explicit=True) for c in a]
    result, differences = verdict(a + b)
    assert result != "contradict"
    assert differences == ["attributed to John Mauger (a) but to U.S. Coast Guard (b) "
                           "(an organisation and who may speak for it)"]


def test_a_figure_written_with_its_decimal_is_not_rounded():
    # "magnitude 6.0" is as precise as "6.2" and contradicts it; "6" may be 6.2 rounded.
    written = quantity("The quake had a magnitude of 6.0, the institute said.", "a")
    rounded = quantity("The quake had a magnitude of 6, the institute said.", "b")
    precise = quantity("The quake had a magnitude of 6.2, the survey said.", "c")
    assert verdict([rounded, precise])[0] == "agree"
    result, differences = verdict([written, precise])
    assert result == "contradict" and differences == ["magnitude 6.0 (a) vs magnitude 6.2 (c)"]
