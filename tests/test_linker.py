"""The linker on sentences of our own: each case is one general cause of issue 9, run
through the whole pipeline without rules, as a user on a new story would."""
import os

import attrs
import pytest

from reconcile import build_report
from reconcile.linker import compare_quantities, context_level, level, same_person, story_level, value_level
from reconcile.model import Claim


def corpus(tmp_path, texts, published=None):
    """A folder of articles (name -> text) with a manifest of their publication dates."""
    folder = tmp_path / "articles"
    folder.mkdir()
    lines = ["documents:"]
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        lines.append(f"  {name}.txt:")
        lines.append(f"    published: \"{(published or {}).get(name, '2021-05-05')}\"")
    (folder / "manifest.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return build_report([str(folder)], rules=None, jobs=1)


def group_of(report, doc, text):
    return group_holding(report, next(c for c in report.claims if c.doc == doc and c.text == text))


def group_holding(report, claim):
    return next(g for g in report.groups if claim.id in g.claims)


def test_a_toll_links_across_languages_by_figure_measure_and_story(tmp_path):
    report = corpus(tmp_path, {
        "en": "The overpass of Line 12 collapsed in Tláhuac on Monday night. Mayor Claudia Sheinbaum said 26 "
              "people died and 79 were taken to hospital.",
        "es": "El colapso del paso elevado de la Línea 12 en Tláhuac dejó 26 muertos, informó la jefa de "
              "gobierno Claudia Sheinbaum. Otras 79 personas fueron hospitalizadas.",
    })
    toll = group_of(report, "en", "26")
    assert toll.documents == ("en", "es") and toll.verdict == "agree"
    assert any(level.comparison == "value" for level in toll.evidence) and toll.weight >= 5
    assert group_of(report, "es", "26").id == toll.id
    assert group_of(report, "en", "79").id != toll.id  # died and hospitalised are two figures


# A wire story and an outlet's translation of it, on an invented story, written for this test.
WIRE = (
    "Twelve apprentices and their foreman were trapped in the San Rafael mine in northern Peru on "
    "June 23 after heavy rain flooded the galleries.\n\n"
    "The apprentices, aged 16 to 19, and their 45-year-old foreman spent 18 days underground before the "
    "last of them was brought out on Tuesday.\n\n"
    "Rescuers said the galleries run about 10 kilometres into the mountain. More than 1,000 people took "
    "part in the operation, including 90 engineers, 50 of them from abroad.\n\n"
    "A retired army engineer, Luis Quispe, died on Friday while placing pumps along the route."
)
TRANSLATION = (
    "Los 12 aprendices y su capataz quedaron atrapados en la mina San Rafael, en el norte de Perú, el "
    "23 de junio, cuando las lluvias inundaron las galerías.\n\n"
    "Los aprendices, de entre 16 y 19 años, y su capataz de 45 años pasaron 18 días bajo tierra antes de "
    "que el último fuera rescatado el martes.\n\n"
    "Según los rescatistas, las galerías se extienden unos 10 kilómetros dentro de la montaña. Más de "
    "1.000 personas participaron en la operación, entre ellas 90 ingenieros, 50 de ellos extranjeros.\n\n"
    "Un ingeniero retirado del ejército, Luis Quispe, murió el viernes mientras colocaba bombas a lo "
    "largo de la ruta."
)


def test_an_article_and_its_translation_agree_figure_by_figure(tmp_path):
    report = corpus(tmp_path, {"en": WIRE, "es": TRANSLATION})
    agreed = sorted(tuple(c.text for c in report.claims if c.id in g.claims and c.doc == "en")
                    for g in report.groups if g.verdict == "agree" and g.documents == ("en", "es"))
    assert agreed == [("16 to 19",), ("18",), ("45",), ("50",), ("90",), ("June 23",), ("More than 1,000",),
                      ("Twelve",), ("about 10",)]
    assert [g for g in report.groups if g.verdict == "contradict"] == []  # ages are not days


PAIRS = os.path.join(os.path.dirname(__file__), "pairs")


# (The dengue pair's "per 100,000 inhabitants" is a rate's denominator, no claim of its own.)
@pytest.mark.parametrize("story,shared", [("central-bank", 17), ("court", 11), ("hurricane", 10), ("runoff", 12),
                                          ("dengue", 10), ("plant-fire", 9), ("inflation", 11)])
def test_a_story_and_its_translation_share_their_claims_and_contradict_nothing(tmp_path, story, shared):
    names = sorted(name[:-4] for name in os.listdir(os.path.join(PAIRS, story)))
    texts = {name: open(os.path.join(PAIRS, story, f"{name}.txt"), encoding="utf-8").read() for name in names}
    report = corpus(tmp_path, texts)
    assert [g.reason for g in report.groups if g.verdict == "contradict"] == []
    assert sum(1 for g in report.groups if g.documents == tuple(names)) == shared


def test_different_events_with_the_same_figure_stay_apart(tmp_path):
    report = corpus(tmp_path, {
        "a": "Rescuers in Chiang Rai said 12 boys were trapped in the Tham Luang cave.",
        "b": "In Chiang Rai, 12 boys were rescued from the Tham Luang cave by divers, rescuers said.",
        "c": "Twelve people were injured in Chiang Rai when a bus crashed near the Tham Luang cave.",
    })
    assert group_of(report, "c", "Twelve").documents == ("c",)


def test_unrelated_stories_keep_their_tolls_apart(tmp_path):
    report = corpus(tmp_path, {
        "flood": "Floods in Valencia killed 14 people on Tuesday, the regional government said.",
        "quake": "An earthquake in Anatolia killed 14 people on Tuesday, the disaster agency said.",
    })
    assert group_of(report, "flood", "14").documents == ("flood",)


def test_a_misprinted_figure_in_the_same_sentence_is_a_contradiction(tmp_path):
    report = corpus(tmp_path, {
        "wire": "Border agents detained 1,200 migrants near the Santa Teresa crossing outside El Paso last month.",
        "copy": "Border agents detained 1,500 migrants near the Santa Teresa crossing outside El Paso last month.",
    })
    group = group_of(report, "wire", "1,200")
    assert group.verdict == "contradict" and group.reason.startswith("figures cannot both hold")


def test_a_toll_that_rose_between_editions_is_not_a_contradiction(tmp_path):
    report = corpus(tmp_path, {
        "day1": "Authorities said 23 people were killed when the overpass collapsed in Tláhuac.",
        "day8": "Authorities said 26 people were killed when the overpass collapsed in Tláhuac.",
    }, published={"day1": "2021-05-04", "day8": "2021-05-11"})
    assert group_of(report, "day1", "23").verdict != "contradict"


def test_a_toll_another_source_of_the_story_reports_rising_is_no_contradiction(tmp_path):
    morning = "At least 60 people died when the dam above Valdeflores burst, the regional government of Asturias said."
    evening = "At least 64 people died when the dam above Valdeflores burst, the regional government of Asturias said."
    rising = "The death toll from the Valdeflores dam burst in Asturias rose to 64 on Thursday, the regional government said."
    report = corpus(tmp_path, {"morning": morning, "evening": evening, "rising": rising})
    assert group_of(report, "morning", "At least 60").verdict != "contradict"
    # Without a source saying the toll moves, the same two wire copies disagree on the figure.
    (tmp_path / "alone").mkdir()
    report = corpus(tmp_path / "alone", {"morning": morning, "evening": evening})
    assert group_of(report, "morning", "At least 60").verdict == "contradict"


@pytest.mark.parametrize("marked", [
    "The provisional toll from the Valdeflores dam burst in Asturias stood at 70, the regional government said.",
    "At least 70 people died in the Valdeflores dam burst in Asturias, and the toll could rise further.",
    "El balance aún provisional de la rotura de la presa de Valdeflores, en Asturias, es de 70 muertos.",
], ids=["provisional", "could-rise", "balance-provisional"])
def test_a_toll_a_source_calls_provisional_is_no_contradiction(tmp_path, marked):
    morning = "At least 60 people died when the dam above Valdeflores burst, the regional government of Asturias said."
    evening = "At least 64 people died when the dam above Valdeflores burst, the regional government of Asturias said."
    report = corpus(tmp_path, {"morning": morning, "evening": evening, "marked": marked})
    assert group_of(report, "morning", "At least 60").verdict != "contradict"


@pytest.mark.parametrize("first,second", [
    ("Rescue teams recovered 10 more bodies from the rubble of the Valdeflores dam on Thursday.",
     "Rescue teams recovered 14 more bodies from the rubble of the Valdeflores dam on Thursday."),
    ("Los equipos de rescate hallaron otros 10 cuerpos entre los escombros de la presa de Valdeflores.",
     "Los equipos de rescate hallaron otros 14 cuerpos entre los escombros de la presa de Valdeflores."),
], ids=["more", "otros"])
def test_two_increments_of_a_count_are_two_moments_not_a_contradiction(tmp_path, first, second):
    report = corpus(tmp_path, {"first": first, "second": second})
    assert group_of(report, "first", "10").verdict != "contradict"


def test_a_length_in_other_units_agrees_within_its_rounding(tmp_path):
    report = corpus(tmp_path, {
        "metric": "The boys were found about 4 kilometres inside the Tham Luang cave, the Thai navy said.",
        "imperial": "The boys were found about 2.5 miles inside the Tham Luang cave, the Thai navy said.",
    })
    group = group_of(report, "metric", "about 4")
    assert group.documents == ("imperial", "metric") and group.verdict == "agree"


def test_a_year_less_date_takes_the_year_of_publication_and_links(tmp_path):
    report = corpus(tmp_path, {
        "sept": "The report, dated March 3, found that the bolts of the girders had failed.",
        "full": "El informe, fechado el 3 de marzo de 2015, concluyó que fallaron los pernos de las vigas.",
    }, published={"sept": "2015-09-10", "full": "2015-09-11"})
    march = next(c for c in report.claims if c.doc == "sept" and c.kind == "date")
    assert (march.date, march.date_inferred) == ("--03-03", "2015-03-03")
    group = group_of(report, "sept", march.text)
    assert group.documents == ("full", "sept") and group.verdict == "agree"


def test_an_inferred_year_never_makes_a_contradiction_on_its_own(tmp_path):
    report = corpus(tmp_path, {
        "jan": "The contract, signed on December 28, gave the consortium two years to finish the line.",
        "full": "The contract, signed on December 28, 2020, gave the consortium two years to finish the line.",
    }, published={"jan": "2022-01-03", "full": "2022-01-04"})
    signed = next(c for c in report.claims if c.doc == "jan" and c.kind == "date")
    assert signed.date_inferred == "2021-12-28"
    assert group_of(report, "jan", signed.text).verdict != "contradict"


def test_fragments_of_one_quotation_link_across_hyphens_and_cuts(tmp_path):
    report = corpus(tmp_path, {
        "a": "The DNV audit of Line 12 describes a “culture of impunity” at Mexico City's Metro.",
        "b": "DNV auditors found a deep-rooted “culture-of-impunity” at the Metro of Mexico City.",
        "c": "The DNV report on Line 12 speaks of “a deep-rooted culture of impunity” at the Metro.",
    })
    group = group_of(report, "a", "“culture of impunity”")
    assert group.documents == ("a", "b", "c") and group.verdict != "contradict"


def test_a_quote_given_to_two_people_explicitly_is_a_contradiction(tmp_path):
    report = corpus(tmp_path, {
        "a": "“No foreign government has the authority to grade our armed forces,” said Senator Ernesto Cantu.",
        "b": "“No foreign government has the authority to grade our armed forces,” said Deputy Jorge Villalobos.",
    })
    group = group_of(report, "a", "“No foreign government has the authority to grade our armed forces,”")
    assert group.verdict == "contradict" and "Villalobos" in group.reason


def test_a_quote_given_to_a_different_person_through_a_pronoun_is_only_a_difference(tmp_path):
    report = corpus(tmp_path, {
        "a": "Governor Narongsak Osottanakorn spoke to reporters at the cave.\n\n"
             "“We will bring every one of the boys home safely,” said Narongsak.",
        "b": "Vern Unsworth, a British caver, arrived at the cave on Monday.\n\n"
             "“We will bring every one of the boys home safely,” he said.",
    })
    group = group_of(report, "a", "“We will bring every one of the boys home safely,”")
    assert group.documents == ("a", "b") and group.verdict == "agree"
    assert any("inferred" in difference for difference in group.differences)


@pytest.mark.parametrize("text,speaker", [
    ("“We will rebuild the line,” said Interior Minister Ana López Ruiz.", "Ana López Ruiz"),
    ("“Construimos con calidad”, dijo la secretaria Ana López.", "Ana López"),
    ("“Le sirvo el turno”, le dijo Urzúa al presidente.", "Urzúa"),
    ("\"We will find the cause,\" said the mayor of Mexico City, Claudia Sheinbaum.", "Claudia Sheinbaum"),
    ("“Vamos a saber toda la verdad”, dijo la jefa de Gobierno, Claudia Sheinbaum.", "Claudia Sheinbaum"),
], ids=["title-fused", "spanish-title", "clitic", "role-then-name", "rol-y-nombre"])
def test_speakers_are_read_without_their_titles(text, speaker):
    from reconcile import claims_in_text
    language = "es" if "dijo" in text else "en"
    quote = next(c for c in claims_in_text(text, language=language) if c.kind == "quote")
    assert (quote.speaker, quote.speaker_explicit) == (speaker, True)


@pytest.mark.parametrize("left,right,expected", [
    ("Ana López Ruiz", "López", True), ("Ana López Ruiz", "Ana López", True), ("Gerónimo Gutiérrez", "Geronimo Gutierrez", True),
    ("Ana López", "Carlos López", False), ("Elon Musk", "Musk", True), ("Narongsak Osottanakorn", "Elon Musk", False),
    ("Dorlian Castillo Cabrera", "Dorlián Ronial Castillo Cabrera", True), ("Ana Castillo Cabrera", "Ana Ruiz Cabrera", False),
], ids=["surname", "second-surname", "accents", "other-first-name", "surname-only", "other-person", "middle-name",
        "other-first-surname"])
def test_same_person(left, right, expected):
    assert same_person(left, right) is expected


def _quantity(value, unit, qualifier=None):
    low = value if qualifier in (None, "more_than", "at_least") else None
    high = value if qualifier in (None, "less_than", "at_most") else None
    return Claim(id=f"{value}{unit}", doc="d", path="d", kind="quantity", text=str(value), start=0, end=1, line=1,
                 column=1, section="body", language="en", sentence="", value=value, unit=unit, qualifier=qualifier,
                 low=low, high=high)


def _about(value, unit):
    """A figure hedged as extraction hedges "about", "unos", "roughly": a tenth either way."""
    return attrs.evolve(_quantity(value, unit, "about"), low=value * 0.9, high=value * 1.1)


@pytest.mark.parametrize("left,right,label,conflict", [
    (_quantity(45, "officials"), _quantity(45, "people"), "same figure (45), counted by other nouns", False),
    (_quantity(4, "kilometers"), _quantity(2.5, "miles"), "the same figure in other units", False),
    (_quantity(5, "meters"), _quantity(12, "meters"), "figures conflict, far apart", True),
    (_quantity(68161, "firearms"), _quantity(86161, "firearms"), "figures one digit apart (a misprint?)", True),
    (_quantity(2995, "people", "at_least"), _quantity(2975, "people"), "figures one digit apart (a misprint?)", True),
    (_quantity(69, "days"), _quantity(70, "days"), "figures conflict, of one magnitude", True),
    (_quantity(90e9, "dollars"), _quantity(90e6, "dollars"), "the same figure at another scale (millions for billions?)",
     True),
    (_quantity(5000, "people", "about"), _quantity(7000, "people", "about"), "figures conflict, of one magnitude", True),
    (_quantity(60, "officials", "more_than"), _quantity(61, "officials"), "compatible figures", False),
    (_quantity(5, "category"), _quantity(5, "category"), "same rank on a scale (category 5)", False),
    (_quantity(5, "category"), _quantity(4, "category"), "figures conflict, of one magnitude", True),
    # "aproximadamente 25 pies" and "7,6 metros" (24.9 feet) fit; "about 33 feet" (9 to 11 metres) does not.
    (_about(25, "feet"), _quantity(7.6, "meters"), "hedged figures in other units", False),
    (_about(33, "feet"), _quantity(7.6, "meters"), "figures in other units differ, beyond their hedges", True),
    # ABC7 on the Key Bridge's Dali, "984 feet", and La Opinión, "300 metros de eslora".
    (_quantity(984, "feet"), _quantity(300, "meters"), "the same uncommon figure in other units", False),
    # La Sexta's "3.299 hogares" and Milenio's "casi 3 mil 300 hogares" (Hurricane Maria's survey).
    (_quantity(3299, "homes"), _about(3300, "homes"), "the same figure, rounded and hedged (3,299)", False),
    (_quantity(3240, "homes"), _about(3300, "homes"), "compatible figures", False),
    # An unseen page on the Turkey earthquake: "less than 12 hours later" a second quake, and
    # another outlet's aftershock "unos 10 minutos después".
    (attrs.evolve(_quantity(12, "hours", "less_than"), low=0), _about(10, "minutes"),
     "hedged figures in other units, one far below the other's bound", False),
    (attrs.evolve(_quantity(300, "people", "less_than"), low=0), _quantity(100, "people"),
     "compatible figures, one far below the other's bound", False),
], ids=["persons", "units", "far-apart", "misprint", "misprint-hedged", "two-digits-one-apart", "millions-for-billions",
        "round-figures", "hedge", "a-rank-on-a-scale", "two-ranks", "hedged-other-units", "beyond-the-hedges",
        "uncommon-figure-other-units", "rounded-and-hedged", "hedged-not-its-rounding",
        "far-below-a-bound-in-other-units", "far-below-a-bound"])
def test_value_levels(left, right, label, conflict):
    found, found_conflict = value_level(left, right)
    assert (found.label, found_conflict) == (label, conflict)


def test_a_rank_on_a_scale_weighs_as_an_uncommon_figure():
    # "Category 5" and "categoría 5": a small figure, but the one storm of its story.
    rank, _ = value_level(_quantity(5, "category"), _quantity(5, "category"))
    uncommon, _ = value_level(_quantity(45, "people"), _quantity(45, "people"))
    small, _ = value_level(_quantity(5, "people"), _quantity(5, "people"))
    assert rank.weight == uncommon.weight > small.weight


def test_levels_carry_their_weights():
    assert level("story", "same story", 2.0).to_json() == {"comparison": "story", "label": "same story", "weight": 2.0}
    assert story_level(0.05) is None


def test_an_outlier_is_set_against_the_figure_it_misprints_not_against_a_second_estimate(tmp_path):
    # Two studies give two tolls, each carried by two outlets; a fifth outlet misprints the
    # first. Its figure contradicts the one it misprints; the second study stays a claim of its own.
    report = corpus(tmp_path, {
        "a1": "A study by Norte University estimated that 2,975 people died after Hurricane Lena struck Isla Verde.",
        "a2": "Norte University researchers estimated that 2,975 people died after Hurricane Lena hit Isla Verde.",
        "b1": "A study by Sur University estimated that 4,645 people died after Hurricane Lena struck Isla Verde.",
        "b2": "Sur University researchers estimated that 4,645 people died after Hurricane Lena hit Isla Verde.",
        "typo": "A study by Norte University estimated that 2,995 people died after Hurricane Lena struck Isla Verde.",
    })
    outlier = group_of(report, "typo", "2,995")
    assert outlier.verdict == "contradict" and {"a1", "a2"} <= set(outlier.documents)
    assert group_of(report, "b1", "4,645").documents == ("b1", "b2")


def test_each_documents_only_depth_and_a_date_a_year_off_are_contradictions(tmp_path):
    report = corpus(tmp_path, {
        "en": "Eight workers were trapped in the Santa Ana tunnel near Cusco when the roof gave way. "
              "Rescuers said the trapped men were 410 metres from the entrance of the tunnel. The tunnel was "
              "opened in March 2016.",
        "es": "Ocho obreros quedaron atrapados en el túnel Santa Ana, cerca de Cusco, al ceder el techo. "
              "Los rescatistas dijeron que los hombres atrapados estaban a 450 metros de la entrada del túnel. "
              "El túnel se inauguró en marzo de 2017.",
    })
    depth = group_of(report, "en", "410")
    assert depth.verdict == "contradict" and depth.documents == ("en", "es")
    assert any(level.comparison == "sole" for level in depth.evidence)
    opened = group_of(report, "en", "March 2016")
    assert opened.verdict == "contradict" and opened.documents == ("en", "es")


def test_two_approximations_of_one_figure_agree(tmp_path):
    report = corpus(tmp_path, {
        "en": "A university study estimated that about 3,000 people died after Hurricane Lena struck Isla Verde.",
        "es": "Un estudio universitario estimó que unas 2,975 personas murieron tras el paso del huracán Lena por "
              "Isla Verde.",
    })
    toll = group_of(report, "en", "about 3,000")
    assert toll.verdict == "agree" and toll.documents == ("en", "es")


def test_a_round_figure_without_its_unit_meets_its_translation_and_a_hyphenated_place_its_spelling(tmp_path):
    report = corpus(tmp_path, {
        "en": "Within hours of the blaze at Notre-Dame, billionaire Henri Pinault pledged 100 million euros.",
        "es": "Henri Pinault, dueño de un imperio del lujo, anunció el lunes que su familia donará 100 millones "
              "para reconstruir Notre Dame.",
    })
    pledge = group_of(report, "en", "100 million euros")
    assert pledge.documents == ("en", "es") and pledge.verdict == "agree"


def test_a_figure_of_three_digits_weighs_more_than_one_of_two():
    # "the 850-year-old cathedral" and "the 850-year-old structure": a figure that seldom meets
    # another by chance links two related documents whatever words surround it.
    three = value_level(_quantity(850, "years"), _quantity(850, "years"))[0]
    two = value_level(_quantity(85, "years"), _quantity(85, "years"))[0]
    assert (three.weight, two.weight) == (4.0, 3.5)
    link = compare_quantities(_quantity(850, "years"), _quantity(850, "years"), context=context_level(13, cross_language=False),
                              entities=None, dates=None, story=story_level(0.18))
    assert link.linked and not compare_quantities(_quantity(85, "years"), _quantity(85, "years"),
                                                  context=context_level(13, cross_language=False), entities=None,
                                                  dates=None, story=story_level(0.18)).linked


def test_two_outlets_translations_of_one_statement_are_one_quote_worded_differently(tmp_path):
    report = corpus(tmp_path, {
        "wire": "“After analysing the conflicted internal situation, we suggest that the president resign his "
                "mandate to allow pacification and stability for the good of our country,” General Mario Vega "
                "said in La Paz.",
        "paper": "“After analyzing the situation of internal conflict, we ask the president to resign his "
                 "presidential mandate, allowing pacification and the maintenance of stability for the good of "
                 "our country,” General Mario Vega told reporters in La Paz.",
    })
    quote = next(g for g in report.groups if g.kind == "quote" and "wire" in g.documents)
    assert quote.documents == ("paper", "wire") and quote.verdict == "variant"


def test_a_figure_at_odds_with_what_two_other_sources_agree_on_is_a_contradiction(tmp_path):
    # Each source words the story its own way, and the third gives a second count of people
    # (its rescuers): no one pair of the three sentences has the evidence a contradiction
    # needs, but two sources agree and the third dissents.
    wire = ("Rescuers in Atacama said 33 miners were trapped 700 metres underground after a tunnel of the San "
            "Rafael mine caved in on Thursday.")
    daily = ("The 33 miners trapped in the San Rafael copper mine in Atacama sent a note to the surface on Sunday, "
             "mining minister Laura Golborne said.")
    weekly = ("Mining minister Laura Golborne said 12 rescuers would reach the 44 miners trapped deep in the San "
              "Rafael mine of Atacama within weeks.")
    report = corpus(tmp_path, {"wire": wire, "daily": daily, "weekly": weekly})
    group = group_of(report, "weekly", "44")
    assert group.verdict == "contradict" and group.documents == ("daily", "weekly", "wire")
    assert any(level.comparison == "consensus" for level in group.evidence)
    # With one other source only, the same two figures are two claims: no consensus to dissent from.
    (tmp_path / "two").mkdir()
    report = corpus(tmp_path / "two", {"wire": wire, "weekly": weekly})
    assert group_of(report, "weekly", "44").documents == ("weekly",)
    # Without the rescuers, each document's only count of people, of the same mine, place and
    # event: the pair is alike in all but its figures, and contradicts on its own.
    (tmp_path / "sole").mkdir()
    alone = weekly.replace("12 rescuers", "rescuers")
    report = corpus(tmp_path / "sole", {"wire": wire, "weekly": alone})
    group = group_of(report, "weekly", "44")
    assert group.verdict == "contradict" and group.documents == ("weekly", "wire")
    assert not any(level.comparison == "consensus" for level in group.evidence)


def test_a_close_rewrite_of_a_source_that_changes_its_figure_contradicts_it(tmp_path):
    # A third source rewords the first source's sentence with another figure: the pair is
    # alike in all but its figures (CONTRADICTION_BESIDES), though far apart in them.
    wire = ("Divers found the cab of the truck in about 25 feet of murky water beside the fallen span of the Harlow "
            "Bridge on Tuesday, the Ostrava state police said.")
    paper = ("The truck that fell with the 1,600-foot Harlow Bridge lies under 25 feet of water, officials told "
             "reporters, and cranes will lift it next week.")
    weekly = ("Divers reached the truck's cab in 33 feet of water by the fallen Harlow span on Tuesday, state "
              "police said.")
    report = corpus(tmp_path, {"wire": wire, "paper": paper, "weekly": weekly})
    group = group_of(report, "weekly", "33")
    assert group.verdict == "contradict" and group.documents == ("paper", "weekly", "wire")
    (tmp_path / "rewrite").mkdir()
    report = corpus(tmp_path / "rewrite", {"wire": wire, "weekly": weekly})
    assert group_of(report, "weekly", "33").verdict == "contradict"
    # The paper's sentence shares the story, not the wording: with it alone, two claims.
    (tmp_path / "paper").mkdir()
    report = corpus(tmp_path / "paper", {"paper": paper, "weekly": weekly})
    assert group_of(report, "weekly", "33").documents == ("weekly",)
    # A third source whose sentence shares the story only, not the wording, does not dissent.
    (tmp_path / "loose").mkdir()
    loose = "The river near the Harlow Bridge is 33 feet deep in places, a local fisherman said on Friday."
    report = corpus(tmp_path / "loose", {"wire": wire, "paper": paper, "weekly": loose})
    assert group_of(report, "weekly", "33").documents == ("weekly",)


def test_a_figure_one_other_source_gives_in_a_clause_alike_but_reworded_contradicts_it(tmp_path):
    # Two sources tell one story, the second rewording the first's sentence with another
    # figure: too little for a contradiction by weight (the figures are far apart), enough
    # from the clauses alone, and no third source to make a consensus.
    wire = ("The storm destroyed 1,400 homes in the coastal town of Belmira on Monday, the civil protection "
            "agency said. Another 300 homes were damaged.")
    daily = ("Civil protection officials said 2,100 homes in Belmira were destroyed by the storm when it struck "
             "the coast on Monday.")
    report = corpus(tmp_path, {"wire": wire, "daily": daily})
    group = group_of(report, "daily", "2,100")
    assert group.verdict == "contradict" and group.documents == ("daily", "wire")
    assert [level.label for level in group.evidence if level.comparison == "consensus"] == [
        "at odds with the one other source, in clauses alike but for the figures"]
    # A sentence that shares the story and the town, not the clause, stays a claim of its own.
    (tmp_path / "loose").mkdir()
    loose = "Belmira's mayor said on Monday that 2,100 homes in the town would need new roofs before winter."
    report = corpus(tmp_path / "loose", {"wire": wire, "daily": loose})
    assert group_of(report, "daily", "2,100").documents == ("daily",)


def test_a_change_since_the_last_count_is_told_from_a_count_and_from_others_besides():
    # "Two more dams" adds to an earlier count (a level against linking it to "two dams
    # collapsed"); "another 76 people" and "otras 47" are people besides others counted, a
    # count of their own, which sources give alike.
    from reconcile import claims_in_text
    from reconcile.grouping import _increment
    from reconcile.linker import increment_level

    def kinds(text, language="en"):
        return [(c.text, _increment(c)) for c in claims_in_text(text, language=language) if c.kind == "quantity"]

    assert kinds("Reports of two more dams overwhelmed by rising water raised fears.") == [("two", "change")]
    assert kinds("Rescatistas hallaron catorce nuevos fallecidos el viernes.", "es") == [("catorce", "change")]
    assert kinds("She said another 76 people remain unaccounted for.") == [("76", "besides")]
    assert kinds("Se confirmó la muerte de 45 personas y otras 47 estaban desaparecidas.", "es") == [
        ("45", None), ("47", "besides")]
    assert kinds("Two dams collapsed in the port city.") == [("Two", None)]
    assert increment_level(True, False).comparison == "increment" and increment_level(False, False) is None


def test_a_month_several_sources_give_and_a_day_several_others_give_are_two_claims(tmp_path):
    # Two sources give the month of the storm, two the day it made landfall: two claims, though
    # each date fits the other. One source giving the month alone joins the day's sources.
    texts = {
        "a": "Hurricane Elsa struck the island of Varna in September 2017, the worst storm in its history, "
             "officials said.",
        "b": "The storm that struck Varna in September 2017 was the worst in the island's history, officials said.",
        "c": "Hurricane Elsa made landfall on Varna on Sept. 20, 2017, the worst storm in the island's history.",
        "d": "El huracán Elsa tocó tierra en Varna el 20 de septiembre de 2017, la peor tormenta de la historia "
             "de la isla.",
    }
    report = corpus(tmp_path, texts)
    assert group_of(report, "a", "September 2017").documents == ("a", "b")
    assert group_of(report, "c", "Sept. 20, 2017").documents == ("c", "d")
    (tmp_path / "one").mkdir()
    report = corpus(tmp_path / "one", {name: texts[name] for name in "acd"})
    assert group_of(report, "a", "September 2017").documents == ("a", "c", "d")


def test_vote_shares_at_two_stages_of_the_count_are_no_contradiction(tmp_path):
    # Each outlet gives the share as the count stood when it wrote: two moments, not a contradiction.
    report = corpus(tmp_path, {
        "early": "Con el 94% de las mesas escrutadas, Ana Ruiz obtuvo el 55,8% de los votos en la segunda "
                 "vuelta de Varnia frente a Luis Vega, según la autoridad electoral.",
        "late": "Con el 99% de las mesas escrutadas, Ana Ruiz obtuvo el 55,69% de los votos en la segunda "
                "vuelta de Varnia frente a Luis Vega, según la autoridad electoral.",
    })
    assert not any(g.verdict == "contradict" for g in report.groups)


def test_two_figures_that_fit_a_count_that_moves_are_two_moments_not_one_claim(tmp_path):
    # "At least 60" that morning and 64 by evening, in a story whose toll a source reports
    # rising: counts of two moments, which sources report as two claims, unless the clauses
    # say more than that they are one story's toll.
    report = corpus(tmp_path, {
        "morning": "Rescuers said at least 60 people had died after the Valdeflores dam gave way before dawn. "
                   "Another 12 people were injured.",
        "evening": "The dam burst above Valdeflores killed 64 people, the regional government of Asturias said on "
                   "Thursday evening. Boats pulled 30 people from the water.",
        "rising": "The death toll from the Valdeflores dam burst in Asturias rose to 64 on Thursday, the regional "
                  "government said.",
    })
    assert group_of(report, "morning", "at least 60").documents == ("morning",)
    assert group_of(report, "evening", "64").documents == ("evening", "rising")




def test_bodies_recovered_are_not_people_rescued_and_the_whole_of_a_part_keeps_its_count(tmp_path):
    # "two of the six workers" were recovered: the two are not the two rescued alive, and
    # the six (the whole the two are taken from) are still the six missing.
    report = corpus(tmp_path, {
        "divers": "Divers recovered the bodies of two of the six workers of the Key Bridge crew from the river on "
                  "Wednesday, police said.",
        "missing": "Six workers were killed when the Key Bridge fell, the governor of Maryland said.",
        "rescued": "Two other workers were rescued alive from the water on Tuesday and taken to hospital.",
    })
    assert group_of(report, "divers", "two").documents == ("divers",)
    assert group_of(report, "divers", "six").documents == ("divers", "missing")


def test_a_figure_that_may_hold_beside_a_consensus_does_not_dissent_from_it(tmp_path):
    # Two sources agree that at least 2,000 were killed; a third gives 10,000 missing. "At
    # least 2,000" and 10,000 can both hold: no dissent from the consensus, so no group that
    # calls the missing an agreement with the dead.
    report = corpus(tmp_path, {
        "wire": "Authorities in eastern Varnia said over 2,000 people were killed and thousands more were missing "
                "after a massive flood ripped through the city of Dorna following a heavy storm and rain.",
        "paper": "Authorities in eastern Varnia said at least 2,000 people were killed and thousands more were "
                 "missing after a massive flood ripped through the city of Dorna following a heavy storm and rain.",
        "aid": "At least 3,000 people died and 10,000 are missing after Storm Danilo caused heavy rains in "
               "northeastern Varnia, causing two dams to collapse.\n\nLena Orta, head of the Red Cross delegation "
               "in Varnia, gave the number of missing people at a press conference in Geneva on Tuesday.",
    })
    assert group_of(report, "aid", "10,000").documents == ("aid",)
    assert group_of(report, "wire", "over 2,000").documents == ("paper", "wire")


def test_a_count_of_people_has_the_event_its_own_words_name(tmp_path):
    # "153 others injured" shares a clause with "296 people killed" but counts the injured:
    # it is no other outlet's count of the dead in one province.
    report = corpus(tmp_path, {
        "wire": "The authorities said the toll of the Aldora earthquake has reached 296 people killed and 153 others "
                "injured in the provinces of Aldora, Beskan and Corvel.",
        "diario": "El Ministerio del Interior señaló que la mayor cantidad de decesos del terremoto de Aldora (542) se "
                  "produjo en Aldora, seguida de Beskan (321 víctimas mortales), Corvel (103 fallecidos) y Dunmar (38).",
    })
    assert group_of(report, "wire", "153").verdict != "contradict"
    assert group_of(report, "diario", "103").verdict != "contradict"


def test_people_of_different_kinds_are_two_counts(tmp_path):
    # The officers who waited and the children killed are both 19 in this story; no source
    # said one for the other.
    report = corpus(tmp_path, {
        "wire": "A state official said 19 law enforcement officers waited for keys before entering the classroom "
                "at Pinecrest Elementary School in Millbrook, Texas.",
        "diario": "La policía de Texas no entró antes en la escuela Pinecrest de Millbrook donde un joven armado "
                  "mató a 19 niños y dos maestras.",
        "daily": "Police in Millbrook, Texas, should have entered the Pinecrest Elementary classroom sooner during "
                 "a massacre that left 19 children and two teachers dead.",
    })
    officers, children = group_of(report, "wire", "19"), group_of(report, "diario", "19")
    assert officers.id != children.id
    assert group_of(report, "daily", "19").id == children.id  # the children are one count


def test_a_page_that_repeats_its_lead_gives_both_copies_to_the_group(tmp_path):
    # Acento's page on the Key Bridge printed its lead twice, one word changed: the
    # sentence that holds the figure is the same words at two places of the page.
    lead = ("Entre los seis desaparecidos están dos guatemaltecos, de 26 y 35 años. Trabajaban en la reparación "
            "de {} del puente y al chocar el portacontenedores colapsó la estructura y cayeron al agua.")
    report = corpus(tmp_path, {
        "acento": lead.format("asfalto") + "\n\n" + lead.format("la calzada") + "\n",
        "data": "Los seis desaparecidos, entre ellos dos guatemaltecos, reparaban el puente cuando el "
                "portacontenedores chocó y la estructura colapsó.",
    })
    copies = [c for c in report.claims if c.doc == "acento" and c.text == "seis"]
    assert len(copies) == 2
    assert {next(g.id for g in report.groups if c.id in g.claims) for c in copies} == {group_of(report, "data", "seis").id}


def test_documents_whose_claims_name_other_people_are_not_unrelated_when_their_texts_share_the_story(tmp_path):
    # CTIF's page on the Notre-Dame fire names the cathedral in its headline and lead only;
    # its claims' sentences name the prosecutor. Read from those sentences alone, it had
    # nothing in common with another outlet's story, and was taken for another story.
    report = corpus(tmp_path, {
        "ctif": "Water shortages and traffic delayed the Notre Dame operations of the Paris Fire Brigade.\n\n"
                "A total of 400 firefighters fought the blaze through the night, prosecutor Rémy Heitz said.",
        "wire": "A total of 400 firefighters fought the blaze at Notre Dame through the night, the Paris police "
                "said.",
    })
    group = group_of(report, "ctif", "400")
    assert group.documents == ("ctif", "wire")
    assert not any(level.comparison == "story" and level.weight < 0 for level in group.evidence)


@pytest.mark.parametrize("left,right,days,may_change", [
    (_quantity(850, "years"), _quantity(800, "years"), 2, False),  # Notre-Dame's age, two days on
    (_quantity(17, "days"), _quantity(69, "days"), 52, True),  # the miners trapped, seven weeks on
    (_quantity(100, "meters"), _quantity(80, "meters"), 5, False),  # the collapsed section of a bridge
    (_quantity(634, "people"), _quantity(632, "people"), 5, True),  # a count of people may move
], ids=["an-age", "a-duration-that-grew", "a-length", "a-count"])
def test_what_days_between_editions_may_change(left, right, days, may_change):
    from reconcile.linker import _time_may_change
    assert _time_may_change(left, right, days) is may_change


def test_two_other_men_besides_the_accused_do_not_contradict_three_men_in_all(tmp_path):
    # Unseen pages on the Christchurch shootings: "two other men" are counted beside the
    # accused, whom "three men" counts too.
    report = corpus(tmp_path, {
        "agency": "A man in his late 20s was charged with murder. Two other men and one woman were also detained "
                  "after the attacks on two mosques in Christchurch, police said.",
        "daily": "Police said three men and one woman were detained after the attacks on two mosques in "
                 "Christchurch, and a man in his late 20s was charged with murder.",
    })
    assert not [g for g in report.groups if g.verdict == "contradict"]


def test_someones_children_are_not_the_storys_count_of_people(tmp_path):
    # Roads & Bridges on the Key Bridge: one missing worker "has six children"; Noticias Data:
    # "entre los seis presuntos fallecidos hay trabajadores de México, Guatemala y El Salvador".
    report = corpus(tmp_path, {
        "trade": "Miguel Luna of El Salvador, whose relatives say has six children, is one of the missing workers "
                 "of Brawner Builders, the consulate in Washington said.",
        "data": "Según informó el Consulado de México en Washington, entre los seis presuntos fallecidos hay "
                "trabajadores de Brawner Builders de México, Guatemala y El Salvador.",
    })
    offspring = next(c for c in report.claims if c.doc == "trade" and c.unit == "children")
    group = group_holding(report, offspring)
    assert group.documents == ("trade",)


def test_cognates_meet_through_the_spellings_english_and_spanish_write_otherwise():
    # "system" and "sistema", "physical" and "físico", "commission" and "comisión".
    from reconcile.lexicon import cognate_form
    from reconcile.linker import _cognates
    assert _cognates(frozenset({"~system", "~physical", "~commission"}),
                     frozenset({"~sistema", "~fisico", "~comision"})) == 3
    assert cognate_form("sistema")[:4] == cognate_form("system")[:4]


def test_one_persons_age_given_differently_is_a_contradiction_and_two_peoples_ages_stay_apart(tmp_path):
    # A list of the dead in one outlet, a sentence in another, in Spanish in a third: each
    # age is said of a person, so one person's two ages are one claim that contradicts itself,
    # and two people's ages, alike or not, are two claims.
    report = corpus(tmp_path, {
        "list": "Victims of the Alder Court collapse identified on Thursday:\n"
                "• Harold Rosenberg, 52 (recovered Wednesday)\n• Gloria Machado, 71 (recovered Wednesday)\n"
                "• Ruslan Petrov, 36 (recovered Tuesday)\n",
        "wire": "Among the Alder Court victims identified on Thursday were Harold Rosenberg, 52, "
                "Gloria Machado, 74, and Ruslan Petrov, 36.",
        "es": "Entre las víctimas del derrumbe de Alder Court identificadas el jueves figuran Harold Rosenberg, "
              "de 52 años; Gloria Machado, de 71 años, y Ruslan Petrov, de 36 años.",
    })
    machado = group_of(report, "wire", "74")
    assert machado.verdict == "contradict" and set(machado.documents) == {"list", "wire", "es"}
    assert any(level.comparison == "holder" for level in machado.evidence)
    rosenberg = group_of(report, "list", "52")
    assert rosenberg.verdict == "agree" and set(rosenberg.documents) == {"list", "wire", "es"}
    assert group_of(report, "list", "36") is not rosenberg


def test_an_uncommon_figure_misprinted_in_one_digit_contradicts_but_a_toll_that_rose_by_one_does_not(tmp_path):
    # Three outlets on one evacuation: one writes 632 for the 634 the others give. A misprint
    # of a figure of three digits is evidence of one claim; a count the sources report as
    # rising (153, then 154 dead) is two moments, though its figures too are one digit apart.
    report = corpus(tmp_path, {
        "wire": "Civil protection officials in Alder said 634 people were evacuated from homes beside the "
                "collapsed viaduct on Wednesday. The death toll rose to 153.",
        "paper": "After the viaduct collapse in Alder, 634 people were evacuated from their homes, the regional "
                 "government said.",
        "site": "In Alder, officials evacuated 632 people living near the viaduct. The toll rose to 154 on Wednesday.",
    })
    evacuated = group_of(report, "site", "632")
    assert evacuated.verdict == "contradict" and set(evacuated.documents) == {"wire", "paper", "site"}
    toll = group_of(report, "site", "154")
    assert toll.verdict != "contradict"


def test_a_statement_and_a_looser_translation_by_the_same_speaker_are_one_quote(tmp_path):
    # The translation shares no word with the statement and few of its concepts; each is
    # found among the other's candidates through its concepts, and the speaker links them.
    report = corpus(tmp_path, {
        "en": "Mayor Ana Ruiz of Alder spoke on Thursday after the tower collapse. \"We are working around the clock "
              "to recover victims and give families closure as quickly as possible,\" Ruiz said. \"Every victim "
              "that we recover is handled with extreme care and compassion,\" she added.",
        "es": "La alcaldesa de Alder, Ana Ruiz, habló el jueves tras el derrumbe de la torre. \"Trabajamos las 24 "
              "horas del día para encontrar víctimas y permitir que las familias hagan su duelo lo más rápido "
              "posible\", dijo Ruiz. También afirmó que \"el trabajo continúa con toda la velocidad y urgencia "
              "necesarias\".",
    })
    working = next(c for c in report.claims if c.doc == "en" and c.kind == "quote" and c.quote.startswith("We are"))
    group = group_holding(report, working)
    quotes = [c.quote[:12] for c in report.claims if c.id in group.claims]
    assert sorted(quotes) == ["Trabajamos l", "We are worki"]


def test_a_spanish_auxiliary_is_no_concept_and_a_refuge_is_a_shelter():
    # English stopwords drop "we are"; the Spanish "estamos" was left as a word of its own,
    # and "refuge" met no "refugio".
    from reconcile.grouping import _profile, _quote_view, content_words
    from reconcile.linker import translation_level
    assert "estamo" not in content_words("Estamos bien en el refugio", "es")

    def concepts(text, language):
        claim = Claim(id="q", doc="d", path="d", kind="quote", text=text, start=0, end=1, line=1, column=1,
                      section="body", language=language, sentence=text, quote=text)
        return _quote_view(claim, _profile("quote", claim))[1]
    found = translation_level(concepts("We are fine in the Refuge. All 33", "en"),
                              concepts("Estamos bien en el refugio los 33", "es"))
    assert found is not None and found.weight >= 4.0


def test_the_general_vocabulary_of_statements_links_a_quote_to_its_translation_only(tmp_path):
    # "staggering and heartbreaking" / "asombroso y desgarrador": concepts of the statements'
    # vocabulary, read in quotes; in the clause around a figure they stay words.
    from reconcile.grouping import content_words
    assert set(content_words("un número asombroso y desgarrador", "es", speech=True)) == \
        set(content_words("a staggering and heartbreaking number", "en", speech=True))
    assert "desgarrador" in content_words("un número asombroso y desgarrador", "es")
    report = corpus(tmp_path, {
        "en": "Mayor Ana Ruiz said on Thursday that the toll had risen. \"This is a staggering and heartbreaking "
              "number that affects all of us very deeply,\" Ruiz said.",
        "es": "La alcaldesa Ana Ruiz dijo el jueves que el balance había subido. \"Este es un número asombroso y "
              "desgarrador\", dijo Ruiz.",
    })
    english = next(c for c in report.claims if c.doc == "en" and c.kind == "quote")
    group = group_holding(report, english)
    assert group.documents == ("en", "es") and group.verdict == "variant"


@pytest.mark.parametrize("english,spanish", [
    ("we made a decision", "hicimos una decisión"), ("they do not believe it", "no lo creemos"),
    ("the individuals", "los individuos"), ("what they told us", "lo que nos digan"),
    ("we are going", "que vayamos"), ("so that we are able", "para que podamos"),
    ("they put the money", "pusieron el dinero"), ("they like it", "les gusta"),
])
def test_the_irregular_forms_of_common_verbs_meet_their_translation(english, spanish):
    # The forms of hacer, creer, decir, ir, poder, poner and gustar that no Snowball stem
    # brings to their infinitive ("hicimos", "digan", "vayamos", "pueda") and the words a
    # wrong stem took elsewhere ("creemos" was "crear", "like" was "likely").
    from reconcile.grouping import content_words
    assert set(content_words(english, "en", speech=True)) == set(content_words(spanish, "es", speech=True))


def test_a_word_or_two_quoted_meets_its_translation_when_every_concept_is_the_others(tmp_path):
    # One word of a statement, quoted in each language: a quote of its own, as one word
    # quoted twice in one language is; another word quoted by the same person is not it.
    report = corpus(tmp_path, {
        "en": "Valdora governor Ana Ruiz said rescuers had acted \"firmly\" after the Valdora dam burst on Monday.",
        "es": "La gobernadora de Valdora, Ana Ruiz, dijo que los rescatistas actuaron \"firmemente\" tras la rotura "
              "de la presa de Valdora el lunes.",
        "slow": "La gobernadora de Valdora, Ana Ruiz, dijo que la ayuda llegó \"lentamente\" tras la rotura de la "
                "presa de Valdora el lunes.",
    })
    english = next(c for c in report.claims if c.doc == "en" and c.kind == "quote")
    group = group_holding(report, english)
    assert group.documents == ("en", "es")
    assert any(level.label == "a translation of a short quote: the same concepts (1)" for level in group.evidence)


def test_two_statements_of_one_speaker_sharing_three_concepts_are_no_translation():
    # A spokesman's two statements on one subject share its words ("numbers", "different",
    # "review"); a translation shares more, or the whole of a short quote.
    from reconcile.linker import translation_level
    statement = frozenset({"~different", "~number", "~review", "~tragedy", "~end", "~happen", "~lot", "~so"})
    other = frozenset({"~different", "~number", "~review", "~process", "~standard", "~partner", "~verify",
                       "~make", "~safe", "~attempt", "~work", "~whenever", "~sure"})
    assert translation_level(statement, other) is None
    assert translation_level(statement | {"~work"}, other).label.startswith("a translation: some concepts shared")
    short = frozenset({"~president", "~resign", "~term"})
    longer = short | {"~bolivia", "~ask", "~congress", "~senate", "~vice", "~quorum", "~law", "~assume", "~order"}
    assert translation_level(short, longer).label.startswith("a translation: some concepts shared")


def _link(*levels, conflict=True):
    from reconcile.linker import Link
    return Link(weight=sum(lv.weight for lv in levels), levels=levels, conflict=conflict)


def test_a_pair_alike_in_all_but_its_figures_contradicts_however_far_apart_the_figures():
    alike = [level("measure", "same unit (dealers)", 1.0), level("context", "clauses similar (52%)", 3.0),
             level("sole", "each document's only figure of its measure (dealers)", 1.5),
             level("story", "same story (0.46)", 2.0)]
    far = level("value", "figures conflict, far apart", -3.0)
    assert _link(far, *alike).strong_enough_to_contradict  # 7.5 besides the figures, 4.5 of it from the clauses
    assert not _link(far, *alike[:-1], level("story", "related documents (0.2)", 0.5)).strong_enough_to_contradict
    # The same weight from the story and names alone is no contradiction: the clauses must say it.
    thin = [level("measure", "same unit (dealers)", 1.0), level("context", "clauses share key words (30%)", 2.0),
            level("entities", "sentences name mexico", 0.75), level("dates", "sentences give the same date", 1.5),
            level("story", "same story (0.46)", 2.0), level("event", "same event (sell)", 1.0)]
    assert not _link(far, *thin).strong_enough_to_contradict


def test_clauses_worded_apart_do_not_stop_a_figure_from_dissenting_but_other_events_do():
    besides = [level("measure", "same unit (magnitude)", 1.0), level("context", "clauses differ (5%)", -1.0),
               level("sole", "each document's only figure of its measure (magnitude)", 1.5),
               level("story", "same story (0.45)", 2.0), level("event", "same event (kill)", 1.0)]
    value = level("value", "figures conflict, of one magnitude", -0.5)
    assert _link(value, *besides).may_dissent
    assert not _link(value, *besides[:-1], level("event", "different events (kill; rescue)", -3.0)).may_dissent


def test_a_magnitude_is_no_count_of_the_moment_though_its_sentence_gives_a_rising_toll():
    def quake(value, text):
        return Claim(id=text, doc=text, path=text, kind="quantity", text=str(value), start=0, end=1, line=1,
                     column=1, section="body", language="en", sentence="", value=value, low=value, high=value,
                     unit="magnitude")
    link = compare_quantities(quake(7.1, "a"), quake(9.1, "b"), context=None, entities=None, dates=None,
                              story=None, updating=True)
    assert link.conflict and not any(lv.comparison == "published" for lv in link.levels)
    toll = attrs.evolve(quake(200, "c"), unit="people")
    link = compare_quantities(toll, attrs.evolve(toll, value=260.0, low=260.0, high=260.0, doc="d"), context=None,
                              entities=None, dates=None, story=None, updating=True)
    assert any(lv.comparison == "published" for lv in link.levels)  # a toll "so far" may be another moment's


def test_a_quote_cut_with_an_ellipsis_links_to_the_whole_statement(tmp_path):
    report = corpus(tmp_path, {
        "whole": "«El agua subió muy rápido y arrasó con todo el barrio. Nunca habíamos visto algo así», "
                 "dijo el alcalde Tomás Berrio a la radio local.",
        "cut": "El alcalde Tomás Berrio afirmó: «El agua subió muy rápido (…) nunca habíamos visto algo así».",
        "other": "«Nunca habíamos tenido tanta ayuda», dijo una vecina.",
    })
    quote = next(c for c in report.claims if c.doc == "cut" and c.kind == "quote")
    group = group_holding(report, quote)
    assert group.documents == ("cut", "whole") and group.verdict != "contradict"
    assert any("gaps marked" in level.label for level in group.evidence)
    # The words it leaves out where it marks the cut are no rewording: only the lengths differ.
    assert group.reason == "quoted at different lengths"
    assert not any("adds" in difference for difference in group.differences)


EVACUATED = "Dozens of people were evacuated from homes near the Polcevera viaduct in Genoa, officials said."
EVACUADOS = ("{} de personas fueron evacuadas de sus casas cerca del viaducto Polcevera en Génova, dijeron "
             "las autoridades.")


def test_dozens_and_decenas_are_one_rough_count_and_hundreds_another(tmp_path):
    group = group_of(corpus(tmp_path, {"en": EVACUATED, "es": EVACUADOS.format("Decenas")}), "en", "Dozens")
    assert group.documents == ("en", "es") and group.verdict == "agree"
    (tmp_path / "hundreds").mkdir()
    report = corpus(tmp_path / "hundreds", {"en": EVACUATED, "es": EVACUADOS.format("Cientos")})
    group = group_of(report, "en", "Dozens")
    assert group.verdict == "contradict"  # the same sentence, another order of count


def test_a_counted_noun_no_list_knows_meets_its_translation_through_the_concept_list(tmp_path):
    report = corpus(tmp_path, {
        "en": "On Thursday Maui police released 388 names of people still unaccounted for after the Lahaina fire.",
        "es": "El jueves la policía de Maui publicó 388 nombres de personas que siguen sin ser localizadas tras el "
              "incendio de Lahaina.",
    })
    assert group_of(report, "en", "388").documents == ("en", "es")


def test_one_figure_hedged_by_both_sources_and_counted_by_other_nouns_is_one_claim():
    def figure(text, value, qualifier, unit):
        return Claim(id=text, doc=text, path=text, kind="quantity", text=text, start=0, end=1, line=1, column=1,
                     section="body", language="en", sentence="", value=value, low=value, high=None,
                     qualifier=qualifier, unit=unit)
    buildings = figure("at least 2,200", 2200.0, "at_least", "buildings")
    value, conflict = value_level(buildings, figure("más de 2.200", 2200.0, "more_than", "structures"))
    assert not conflict and value.weight > 0 and "the same figure" in value.label
    # "hundreds" stands for at least 200, the least the word can mean: no figure of 200.
    value, _ = value_level(figure("hundreds", 200.0, "at_least", "people"),
                           figure("more than 200", 200.0, "more_than", "people"))
    assert "the same figure" not in value.label


def test_a_quote_with_its_words_reordered_is_one_quote_but_a_phrase_of_small_words_is_not():
    from reconcile.grouping import _quote_words
    from reconcile.linker import wording_level
    reordered = wording_level(_quote_words("«Aquí el mar devuelve cadáveres constantemente»"),
                              _quote_words("“el mar devuelve constantemente decenas de cadáveres”"))
    assert reordered is not None and "reordered" in reordered.label
    # "for the good of the country": function words, which any statement holds.
    assert wording_level(_quote_words("“for the good of the country”"),
                         _quote_words("“After analysing the situation of internal conflict, we ask the president to "
                                      "resign for the good of Bolivia”")) is None


def test_the_same_digits_ten_times_apart_are_one_figure_with_a_zero_dropped():
    def dollars(text, value):
        return Claim(id=text, doc=text, path=text, kind="quantity", text=text, start=0, end=1, line=1, column=1,
                     section="body", language="es", sentence="", value=value, low=value, high=value, unit="dollars")
    value, conflict = value_level(dollars("550 millones de dólares", 550e6), dollars("5.500 millones de dólares", 5.5e9))
    assert conflict and value.weight > 0 and "ten times apart" in value.label
    value, conflict = value_level(dollars("2 millones", 2e6), dollars("20 millones", 2e7))
    assert conflict and value.weight < 0  # one digit: two figures, not a slip
