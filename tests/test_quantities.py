import pytest

from reconcile.extract.quantities import quantities_in

CASES = [
    # (id, language, text, [(span text, value, unit, qualifier, low, high)])
    ("percent-sign", "en", "only 2% of of people arrested in the city were charged with any crime, it says.",
     [("only 2%", 2, "percent", None, 2, 2)]),
    ("percent-word", "en", "Only 2 percent of those arrested in Ciudad Juarez have even been charged.",
     [("Only 2 percent", 2, "percent", None, 2, 2)]),
    ("per-cent", "en", "Turnout fell to 48.5 per cent.", [("48.5 per cent", 48.5, "percent", None, 48.5, 48.5)]),
    ("more-than-thousands", "en", "More than 30,000 Mexicans have been killed in drug-related violence.",
     [("More than 30,000", 30000, "people", "more_than", 30000, None)]),
    ("troops", "en", "more than 150,000 Mexican troops have defected to work for the cartels",
     [("more than 150,000", 150000, "troops", "more_than", 150000, None)]),
    ("number-words-scale", "en", "over five million emails leaked from Stratfor",
     [("over five million", 5000000, "emails", "more_than", 5000000, None)]),
    ("hyphenated-words", "en", "sixty-one officers were killed", [("sixty-one", 61, "officials", None, 61, 61)]),
    ("digits-scale-money", "en", "a grant of $2.5 million to the city", [("$2.5 million", 2500000, "dollars", None, 2500000, 2500000)]),
    ("nearly", "en", "nearly 500 people fled", [("nearly 500", 500, "people", "about", 450, 500)]),
    ("at-least", "en", "at least 12 soldiers died", [("at least 12", 12, "troops", "at_least", 12, None)]),
    ("spanish-words", "es", "En dos años, 61 funcionarios federales mexicanos fueron asesinados",
     [("dos", 2, "years", None, 2, 2), ("61", 61, "officials", None, 61, 61)]),
    ("spanish-mas-de", "es", "más de 60 de los mejores policías de México",
     [("más de 60", 60, "officials", "more_than", 60, None)]),
    ("spanish-decimal-comma", "es", "la inflación llegó a 3,5 por ciento", [("3,5 por ciento", 3.5, "percent", None, 3.5, 3.5)]),
    ("spanish-thousands-dot", "es", "casi 1.500 personas", [("casi 1.500", 1500, "people", "about", 1350, 1500)]),
    ("spanish-compound", "es", "unos treinta y dos soldados", [("unos treinta y dos", 32, "troops", "about", 28.8, 35.2)]),
    ("spanish-millions-money", "es", "un fondo de 5 millones de pesos", [("5 millones de pesos", 5000000, "pesos", None, 5000000, 5000000)]),
]


@pytest.mark.parametrize("language,text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quantities(language, text, expected):
    found = quantities_in(text, language)
    got = [(text[q.start:q.end], q.value, q.unit, q.qualifier,
            None if q.low is None else round(q.low, 6), None if q.high is None else round(q.high, 6))
           for q in found]
    assert got == expected


NOT_QUANTITIES = [
    ("time-of-day", "en", "August 24, 2012 20:25"),
    ("identifier", "es", "el parte identificado como 09MEXICO193"),
    ("code-names", "en", "wrote US714 to MX1 about H1N1"),
    ("list-numbering", "en", "  1. joe on"),
    ("rank", "en", "He was No. 2 in the cartel."),
    ("am-pm", "en", "hit over the head every day at 8AM"),
    ("lone-one", "en", "One of the main reasons is corruption."),
    ("lone-uno", "es", "según uno de los cables"),
]


@pytest.mark.parametrize("language,text", [c[1:] for c in NOT_QUANTITIES], ids=[c[0] for c in NOT_QUANTITIES])
def test_not_quantities(language, text):
    from reconcile import claims_in_text
    assert [c.text for c in claims_in_text(text, language=language) if c.kind == "quantity"] == []


def test_years_are_dates_not_counts():
    from reconcile import claims_in_text
    claims = claims_in_text("Los homicidios iniciaron a partir de 2007.", language="es")
    assert [(c.kind, c.text, c.date) for c in claims] == [("date", "2007", "2007")]


def test_a_year_shaped_count_is_a_count():
    from reconcile import claims_in_text
    claims = claims_in_text("The ATF sold 2000 firearms to gangs.", language="en")
    assert [(c.kind, c.value, c.unit) for c in claims] == [("quantity", 2000, "firearms")]
