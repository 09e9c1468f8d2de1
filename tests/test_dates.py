import pytest

from reconcile.extract.dates import find_dates

CASES = [
    ("month-abbrev-day-year", "en", "The U.S. Embassy cable, dated Jan. 20, 2009, says", [("Jan. 20, 2009", "2009-01-20")]),
    ("month-of-year", "en", "in a dispatch sent in November of 2009", [("November of 2009", "2009-11")]),
    ("day-month-year", "en", "According to the cable dated 29 January 2010,", [("29 January 2010", "2010-01-29")]),
    ("weekday-dateline", "en", "Friday, December 3, 2010", [("Friday, December 3, 2010", "2010-12-03")]),
    ("year-modifier", "en", "arrested by the Attorney General in late 2008.", [("late 2008", "2008")]),
    ("range-of-months", "en", "which date from July 2004 to December 2011", [("July 2004", "2004-07"), ("December 2011", "2011-12")]),
    ("month-no-year", "en", "Since February the organization has been publishing", [("February", "--02")]),
    ("spanish-month-year", "es", "El documento, fechado en enero de 2009, agrega", [("enero de 2009", "2009-01")]),
    ("spanish-full", "es", "el 3 de diciembre de 2010 en Ciudad Juárez", [("3 de diciembre de 2010", "2010-12-03")]),
    ("spanish-year", "es", "Señala que desde 2007 diez oficiales", [("2007", "2007")]),
    ("numeric-us", "en", "filed on 1/20/2009", [("1/20/2009", "2009-01-20")]),
    ("numeric-es", "es", "publicado el 20/1/2009", [("20/1/2009", "2009-01-20")]),
    ("a-year-inside-a-name", "en", "the chair of the 1922 Committee said on Monday, in 2022,", [("2022", "2022")]),
    ("spanish-year-without-de", "es", "desde el terremoto del 27 de febrero 2010 y de enero 2009",
     [("27 de febrero 2010", "2010-02-27"), ("enero 2009", "2009-01")]),
    # A span of days is read to its month, which each of its days agrees with.
    ("span-of-days", "en", "The festival runs March 3-5, 2024; storms hit on April 10-12.",
     [("March 3-5, 2024", "2024-03"), ("April 10-12", "--04")]),
    ("del-al", "es", "El festival será del 3 al 5 de marzo de 2024 y el 1ro de mayo.",
     [("3 al 5 de marzo de 2024", "2024-03"), ("1ro de mayo", "--05-01")]),
    # A wire dateline leaves the "de" out; a day and month so written elsewhere are no date.
    ("dateline-without-de", "es", "22 jun (Reuters) - Un barco se hundió el 6 feb 2023; navegó 3 mar adentro.",
     [("22 jun", "--06-22"), ("6 feb 2023", "2023-02-06")]),
]


@pytest.mark.parametrize("language,text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_dates(language, text, expected):
    found = [d for d in find_dates(text, language) if not d.relative]
    assert [(text[d.start:d.end], d.iso) for d in found] == expected


@pytest.mark.parametrize("language,text,phrase", [
    ("en", "Calderon lashed out at senior American diplomats Tuesday, saying", "Tuesday"),
    ("en", "who was shot and killed by Los Zetas hitmen in Mexico last week.", "last week"),
    ("es", "El jueves pasado WikiLeaks comenzó la difusión", "El jueves pasado"),
    ("en", "Rescuers pulled 25 bodies from the wreckage yesterday, officials said.", "yesterday"),
    ("en", "The president will address the nation tonight.", "tonight"),
    ("es", "Anoche se registraron 12 réplicas en Oaxaca.", "Anoche"),
    ("es", "Los bomberos trabajaron sin descanso esta jornada.", "esta jornada"),
], ids=["weekday", "last-week", "spanish-weekday", "yesterday-in-lower-case", "tonight", "anoche", "esta-jornada"])
def test_relative_dates_are_kept_unresolved(language, text, phrase):
    found = find_dates(text, language)
    assert [(text[d.start:d.end], d.iso, d.relative) for d in found] == [(phrase, None, True)]


@pytest.mark.parametrize("text,expected", [
    ("El incendio se apagó en la mañana de este martes.", ["este martes"]),
    ("Dos hombres fueron encontrados por la mañana dentro de una camioneta.", []),
    ("A partir de las 6 de la mañana de hoy los buzos volvieron al agua.", ["hoy"]),
    ("Los buzos volverán al agua mañana.", ["mañana"]),
    ("Esta mañana el ministro habló con las familias.", ["Esta mañana"]),
])
def test_the_morning_is_no_tomorrow(text, expected):
    # "por la mañana" is a time of day; "mañana" alone, the next day.
    assert [text[d.start:d.end] for d in find_dates(text, "es")] == expected


def test_may_the_verb_is_not_a_month():
    assert find_dates("Some of the emails may be forged.", "en") == []


@pytest.mark.parametrize("text,language,expected", [
    ("La final será el 16 de julio.", "es", "16 de julio"),
    ("The cable was sent in January.", "en", "January"),
    ("It was signed on Sept. 19, 2017.", "en", "Sept. 19, 2017"),
    ("Llegó el 3 de ene. de 2020.", "es", "3 de ene. de 2020"),
], ids=["full-name-before-the-full-stop", "month-alone", "abbreviation-keeps-its-period", "spanish-abbreviation"])
def test_a_sentence_s_full_stop_is_no_part_of_a_date(text, language, expected):
    from reconcile import claims_in_text
    assert [c.text for c in claims_in_text(text, language=language) if c.kind == "date"] == [expected]


def test_a_weekday_in_lower_case_is_no_date_and_recently_is_none():
    # "sunday best", "recently": no day a fact-checker could check.
    assert find_dates("He wore his sunday best and recently moved house.", "en") == []


def test_a_four_digit_length_after_a_preposition_is_no_year():
    # BioBioChile on the Titan: "aproximadamente a 1600 pies (490 metros) de la proa".
    from reconcile import claims_in_text
    text = "El robot encontró el cono de cola aproximadamente a 1600 pies (490 metros) de la proa. En 2011 hubo otro."
    found = [(c.kind, c.text) for c in claims_in_text(text, language="es")]
    assert ("date", "1600") not in found and ("date", "2011") in found
