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


# Issue 10: every row of its table, in sentences of our own.
# (id, language, text, [(span text, value, unit, qualifier, low, high, fraction)])
NEWS_FORMS = [
    ("two-thirds", "en", "Two-thirds of the state police officers failed the vetting exam.",
     [("Two-thirds", 66.666667, "percent", None, 66.666667, 66.666667, "2/3")]),
    ("half-of", "en", "Half of the detainees were freed within a week.",
     [("Half", 50, "percent", None, 50, 50, "1/2")]),
    ("la-mitad", "es", "La mitad de los agentes municipales renunció en marzo.",
     [("La mitad", 50, "percent", None, 50, 50, "1/2")]),
    ("a-dozen", "en", "A dozen police were killed in the ambush.",
     [("A dozen", 12, "officials", None, 12, 12, None)]),
    ("una-docena", "es", "Una docena de policías resultó herida.",
     [("Una docena", 12, "officials", None, 12, 12, None)]),
    ("one-in-five", "en", "One in five Mexicans knows a victim of extortion.",
     [("One in five", 20, "percent", None, 20, 20, "1/5")]),
    ("uno-de-cada-cinco", "es", "Uno de cada cinco mexicanos conoce a una víctima.",
     [("Uno de cada cinco", 20, "percent", None, 20, 20, "1/5")]),
    ("dos-terceras-partes", "es", "Dos terceras partes de los casos quedaron impunes.",
     [("Dos terceras partes", 66.666667, "percent", None, 66.666667, 66.666667, "2/3")]),
    ("veintiun-mil", "es", "Más de veintiún mil personas marcharon en Monterrey.",
     [("Más de veintiún mil", 21000, "people", "more_than", 21000, None, None)]),
    ("between-range", "en", "Witnesses saw between 20 and 30 soldiers at the ranch.",
     [("between 20 and 30", 20, "troops", "at_least", 20, 30, None)]),
    ("entre-range", "es", "Entre 20 y 30 soldados llegaron al rancho.",
     [("Entre 20 y 30", 20, "troops", "at_least", 20, 30, None)]),
    ("and-a-half", "en", "The tunnel ran two and a half miles under the border.",
     [("two and a half", 2.5, "miles", None, 2.5, 2.5, "2 1/2")]),
    ("mixed-digits", "en", "The trial lasted 1 1/2 years.",
     [("1 1/2", 1.5, "years", None, 1.5, 1.5, "1 1/2")]),
    ("three-quarters", "en", "Nearly 3/4 of the budget went to the army.",
     [("Nearly 3/4", 75, "percent", "about", 67.5, 75, "3/4")]),
    ("con-dos-tercios", "es", "El índice llegó a ciento tres con dos tercios puntos.",
     [("ciento tres con dos tercios", 103.666667, "points", None, 103.666667, 103.666667, "103 2/3")]),
    ("con-tres-cuartos", "es", "El termómetro marcó cien con tres cuartos grados.",
     [("cien con tres cuartos", 100.75, "degrees", None, 100.75, 100.75, "100 3/4")]),
    ("fraction-of-a-scale", "es", "La deuda sumó cien con tres cuartos millones.",
     [("cien con tres cuartos millones", 100750000, None, None, 100750000, 100750000, None)]),
    ("big-compound", "es", "Votaron cuatrocientos cincuenta y dos mil trescientos cuarenta y siete personas.",
     [("cuatrocientos cincuenta y dos mil trescientos cuarenta y siete", 452347, "people", None, 452347, 452347,
       None)]),
    ("glued-trillion", "en", "The debt reached $2.174T last year.",
     [("$2.174T", 2174000000000, "dollars", None, 2174000000000, 2174000000000, None)]),
    ("glued-thousand", "en", "The rally drew 10k marchers.",
     [("10k", 10000, "marchers", None, 10000, 10000, None)]),
    ("attached-noun", "en", "Congress approved a two-year program of aid.",
     [("two", 2, "years", None, 2, 2, None)]),
    # Rough counts: open intervals from the least the words can mean.
    ("a-couple-of", "en", "Police found a couple of rifles in the truck.",
     [("a couple of", 2, "firearms", "about", 2, 3, None)]),
    ("dozens-of", "en", "Dozens of families left the town after the attack.",
     [("Dozens", 24, "families", "at_least", 24, None, None)]),
    ("hundreds-of", "en", "The agency reviewed hundreds of complaints last year.",
     [("hundreds", 200, "complaints", "at_least", 200, None, None)]),
    ("tens-of-thousands", "en", "Tens of thousands of people marched in the capital.",
     [("Tens of thousands", 20000, "people", "at_least", 20000, None, None)]),
    ("miles-de", "es", "Miles de personas marcharon en la capital.",
     [("Miles", 2000, "people", "at_least", 2000, None, None)]),
    ("decenas-de", "es", "Decenas de familias dejaron el pueblo.",
     [("Decenas", 20, "families", "at_least", 20, None, None)]),
    ("un-par-de", "es", "La policía halló un par de fusiles.",
     [("un par de", 2, "firearms", "about", 2, 3, None)]),
    ("dos-decenas", "es", "Casi dos decenas de cables tratan del Ejército.",
     [("Casi dos decenas", 20, "cables", "about", 18, 20, None)]),
    # Division, ordinal-based fractions, spoken zeros, ranges with their unit, digits with scales.
    ("one-over-three", "en", "The ratio of arrests to complaints was one over three.",
     [("one over three", 33.333333, "percent", None, 33.333333, 33.333333, "1/3")]),
    ("uno-sobre-cuatro", "es", "La proporción fue de uno sobre cuatro.",
     [("uno sobre cuatro", 25, "percent", None, 25, 25, "1/4")]),
    ("one-twenty-fifth", "en", "The tax takes one twenty-fifth of every sale.",
     [("one twenty-fifth", 4, "percent", None, 4, 4, "1/25")]),
    ("a-hundredth", "en", "Only a hundredth of the cables were read.",
     [("Only a hundredth", 1, "percent", None, 1, 1, "1/100")]),
    ("minus-compound-fraction", "en", "Minus one hundred thirty fifths is no answer.",
     [("Minus one hundred thirty fifths", -2.857143, None, None, -2.857143, -2.857143, "-100/35")]),
    ("dosmilesimos", "es", "El impuesto es de tres dosmilésimos del valor.",
     [("tres dosmilésimos", 0.15, "percent", None, 0.15, 0.15, "3/2000")]),
    ("nought-point", "en", "Inflation rose to nought point five percent.",
     [("nought point five percent", 0.5, "percent", None, 0.5, 0.5, None)]),
    ("unit-said-twice", "en", "Doses ranged from 44 mg to 50 mg a day.",
     [("from 44 mg to 50", 44, "mg", "at_least", 44, 50, None)]),
    ("dash-range-unit", "en", "The leak holds 10-15 terabytes of mail.",
     [("10-15", 10, "terabytes", "at_least", 10, 15, None)]),
    ("desde-hasta", "es", "Las penas van desde 20 hasta 40 años.",
     [("desde 20 hasta 40", 20, "years", "at_least", 20, 40, None)]),
    ("o-mas", "es", "Llegaron 200 o más policías.",
     [("200 o más", 200, "officials", "at_least", 200, None, None)]),
    ("total-over-a-period", "en", "Spending reached 2000 over 3 years.",  # not 2000/3
     [("over 3", 3, "years", "more_than", 3, None, None)]),
    ("digits-and-scales", "en", "The convoy carried 4 thousand 3 hundred rifles.",
     [("4 thousand 3 hundred", 4300, "firearms", None, 4300, 4300, None)]),
    ("millones-then-mil", "es", "Votaron más de 13 millones 16 mil personas.",
     [("más de 13 millones 16 mil", 13016000, "people", "more_than", 13016000, None, None)]),
    ("del-al-after-a-change-to-a-range", "es", "La Reserva Federal subió los tipos hasta un rango del 4,75 % al 5 %.",
     [("del 4,75 % al 5 %", 4.75, "percent", "at_least", 4.75, 5, None)]),
    ("argentine-dollar-sign", "es", "Las reservas cayeron a u$s 21.000 millones.",
     [("u$s 21.000 millones", 21e9, "dollars", None, 21e9, 21e9, None)]),
    ("list-of-ages-ends-in-its-unit", "es", "Murieron tres niños de 8, 12 y 13 años.",
     [("tres", 3, "children", None, 3, 3, None), ("8", 8, "years", None, 8, 8, None),
      ("12", 12, "years", None, 12, 12, None), ("13", 13, "years", None, 13, 13, None)]),
    ("toll-verbs-of-headlines", "en", "Quake deaths pass 7,200 as rescuers dig; the death toll hits 93.",
     [("7,200", 7200, "people", None, 7200, 7200, None), ("93", 93, "people", None, 93, 93, None)]),
    ("alcanza", "es", "El número de fallecidos alcanza 89 en la isla.",
     [("89", 89, "people", None, 89, 89, None)]),
    ("a-quake-gives-its-magnitude", "es", "Un temblor de 6.7 retumbó después; el sismo fue de 7,4.",
     [("6.7", 6.7, "magnitude", None, 6.7, 6.7, None), ("7,4", 7.4, "magnitude", None, 7.4, 7.4, None)]),
    ("two-names-qualify-one-noun", "en", "Police arrested 36 Iguala and Cocula police officers.",
     [("36", 36, "officials", None, 36, 36, None)]),
    ("reported-missing", "en", "About 400 were initially reported missing and 30 were later found dead.",
     [("About 400", 400, "people", "about", 360, 440, None), ("30", 30, "people", None, 30, 30, None)]),
    ("parties-and-seats", "es", "El PP conseguiría 136 escaños y otros siete partidos tendrán representación en el Congreso.",
     [("136", 136, "seats", None, 136, 136, None), ("siete", 7, "parties", None, 7, 7, None)]),
    ("the-people-aboard", "en", "Only six on board the charter flight survived.",
     [("Only six", 6, "people", None, 6, 6, None)]),
    ("a-toll-officially", "en", "Grenfell Tower death toll officially 71", [("71", 71, "people", None, 71, 71, None)]),
    ("managed-to-survive", "es", "Solo 5 lograron sobrevivir.", [("Solo 5", 5, "people", None, 5, 5, None)]),
    ("a-shock-of-degrees-is-a-magnitude", "es", "Llegó a una hora de la primera sacudida de 6.0 grados.",
     [("6.0", 6.0, "magnitude", None, 6.0, 6.0, None)]),
    ("an-area-is-no-length", "es", "El incendio quemó 500 metros cuadrados del techo.",
     [("500", 500, "square meters", None, 500, 500, None)]),
    ("a-volume-is-no-length", "en", "The dam released 12 million cubic meters of mud.",
     [("12 million", 12e6, "cubic meters", None, 12e6, 12e6, None)]),
    ("list-after-aged", "en", "Three children aged 8, 12 and 13 died in the fire.",
     [("Three", 3, "children", None, 3, 3, None), ("8", 8, "years", None, 8, 8, None),
      ("12", 12, "years", None, 12, 12, None), ("13", 13, "years", None, 13, 13, None)]),
    ("a-temperature-in-celsius", "en", "Temperatures reached 45.4 °C in Seville, the highest since records began.",
     [("45.4 °C", 45.4, "°C", None, 45.4, 45.4, None)]),
    ("below-zero-glued", "es", "El termómetro marcó -10ºC en Burgos y 113°F en Phoenix.",
     [("-10ºC", -10, "°C", None, -10, -10, None), ("113°F", 113, "°F", None, 113, 113, None)]),
    ("grados-centigrados", "es", "Se registraron más de 40 grados centígrados en Córdoba.",
     [("más de 40 grados centígrados", 40, "°C", "more_than", 40, None, None)]),
    ("degrees-fahrenheit", "en", "It was 118 degrees Fahrenheit in Death Valley.",
     [("118 degrees Fahrenheit", 118, "°F", None, 118, 118, None)]),
    ("a-space-before-the-scale", "en", "It was 45 ° C in Seville and 38º C in Madrid.",
     [("45 ° C", 45, "°C", None, 45, 45, None), ("38º C", 38, "°C", None, 38, 38, None)]),
    ("sea-degrees", "es", "La temperatura del mar supera los 21° en la costa.",
     [("supera los 21°", 21, "degrees", "more_than", 21, None, None)]),
    ("people-of-a-region", "es", "Los buzos buscan a seis latinoamericanos y a dos sudamericanos.",
     [("seis", 6, "people", None, 6, 6, None), ("dos", 2, "people", None, 2, 2, None)]),
    ("loved-ones-are-people", "es", "Todos estos 78 seres queridos dejan familias devastadas.",
     [("78", 78, "people", None, 78, 78, None)]),
    ("colleagues", "es", "Urzúa dijo estar orgulloso de sus 32 compañeros.",
     [("32", 32, "colleagues", None, 32, 32, None)]),
    ("a-verb-of-exceeding", "en", "The toll exceeded 5,300 on Tuesday.",
     [("exceeded 5,300", 5300, "people", "more_than", 5300, None, None)]),
    ("superaba-los", "es", "La cifra de muertos superaba los 11.300.",
     [("superaba los 11.300", 11300, "people", "more_than", 11300, None, None)]),
    ("hasta-los", "es", "El alcalde dijo que podría llegar hasta los 20.000 muertos.",
     [("hasta los 20.000", 20000, "people", "at_most", 0, 20000, None)]),
    ("cuando-menos", "es", "Murieron cuando menos 97 personas.",
     [("cuando menos 97", 97, "people", "at_least", 97, None, None)]),
    ("al-menos-a-before-the-noun", "es", "Las autoridades elevaron al menos a 115 el balance oficial de fallecidos.",
     [("al menos a 115", 115, "people", "at_least", 115, None, None)]),
    ("dams-and-structures", "es", "Colapsaron dos represas y ardieron más de 2.200 estructuras.",
     [("dos", 2, "dams", None, 2, 2, None), ("más de 2.200", 2200, "structures", "more_than", 2200, None, None)]),
    ("a-population-counts-people", "en", "Derna, with a population of at least 120,000, lost two dams.",
     [("at least 120,000", 120000, "people", "at_least", 120000, None, None), ("two", 2, "dams", None, 2, 2, None)]),
    ("a-toll-that-could-reach-a-range", "es", "El número de muertes podría alcanzar entre 18 000 y 20 000.",
     [("entre 18 000 y 20 000", 18000, "people", "at_least", 18000, 20000, None)]),
    ("killed-then-a-bare-number", "en", "In 2018, the Camp fire in California killed 86.",
     [("86", 86, "people", None, 86, 86, None)]),
    ("a-subject-that-rose-to-a-figure", "en",
     "Drug-related killings in the state rose to 620 in 2010, according to a state tally.",
     [("620", 620, "people", None, 620, 620, None)]),
    ("la-cifra-de-lo-que-bajo", "es", "La cifra de los desaparecidos también bajó de 41 a 31, dijo el jefe de policía.",
     [("41", 41, "people", None, 41, 41, None), ("31", 31, "people", None, 31, 31, None)]),
    ("the-number-of-what-fell", "en", "The number of missing people fell from 41 to 31 on Friday.",
     [("41", 41, "people", None, 41, 41, None), ("31", 31, "people", None, 31, 31, None)]),
    ("a-subject-that-counts-nothing", "en", "The company said its shares fell to 12 on Monday.",
     [("12", 12, None, None, 12, 12, None)]),
    ("ten-more-bodies", "en", "Ten more bodies were recovered from the rubble on Friday.",
     [("Ten", 10, "bodies", None, 10, 10, None)]),
    ("rose-by-a-share-to-a-figure", "en", "Arrests rose 40% to 1,200 last year.",
     [("40%", 40, "percent", None, 40, 40, None), ("1,200", 1200, "arrests", None, 1200, 1200, None)]),
    ("subio-un-porcentaje-a-una-cifra", "es", "Las detenciones subieron un 40% a 1.200 el año pasado.",
     [("40%", 40, "percent", None, 40, 40, None), ("1.200", 1200, "arrests", None, 1200, 1200, None)]),
    ("resultaron-heridas-are-injured", "es", "Al menos 12 personas murieron y 40 resultaron heridas en el choque.",
     [("Al menos 12", 12, "people", "at_least", 12, None, None), ("40", 40, "injured", None, 40, 40, None)]),
    ("were-arrested-are-arrests", "en", "After the raid, 14 were arrested and 3 were killed.",
     [("14", 14, "arrests", None, 14, 14, None), ("3", 3, "people", None, 3, 3, None)]),
]


@pytest.mark.parametrize("language,text,expected", [c[1:] for c in NEWS_FORMS], ids=[c[0] for c in NEWS_FORMS])
def test_news_forms(language, text, expected):
    from reconcile import claims_in_text
    rounded = lambda v: None if v is None else round(v, 6)  # noqa: E731
    got = [(c.text, rounded(c.value), c.unit, c.qualifier, rounded(c.low), rounded(c.high), c.fraction)
           for c in claims_in_text(text, language=language) if c.kind == "quantity"]
    assert got == expected


NOT_NEWS_NUMBERS = [
    ("code-call", "en", "The page ran alert(1) when it loaded."),
    ("url-escapes", "en", "The file sits at http://example.org/docs?id=%2830%29&page=12 today."),
    ("email", "en", "Write to tips2011@example.org with documents."),
    ("times-of-day", "en", "The raid began at 2pm and was over by 2.17pm."),
    ("horas", "es", "El ataque ocurrió a las 22:11 horas."),
    ("second-half", "en", "Violence rose in the second half of the year."),
    ("twenty-first-century", "en", "Cartels are a twenty-first century business."),
    ("a-fifth-term", "en", "He won a fifth term in office."),
    ("toll-free-number", "en", "Report straw buying at 1-800-283-4867 today."),
    ("emergency-number", "en", "Children repeatedly called 911, and multiple 911 calls came in."),
    ("numero-de-emergencias", "es", "Una alumna llamó al 911 y hubo varias llamadas al 112."),
    ("emergency-number-services", "en", "Some 911 services and AT&T went down for a time, said the chief."),
    ("new-zealand-emergency-number", "en", "Police received its first 111 (emergency) call at 1.41pm."),
    ("nine-eleven-and-round-the-clock", "en", "Twice as many came after 9/11; he works 24/7."),
    ("scores-and-votes", "en", "Argentina beat France 4-2 on penalties after a 3-3 draw; the court ruled 7-2."),
    ("a-tally", "en", "The vote passed 216-210."),
    ("marcador", "es", "Argentina venció 4-2 a Francia en los penaltis tras empatar 3-3."),
    ("floors-and-lines", "es", "Disparó desde el piso 32 del hotel, cerca de la Línea 12 y del kilómetro 45."),
    ("floor", "en", "He fired from floor 32 of the hotel."),
    ("marcador-en-palabras", "es", "San Lorenzo empató 0 a 0 en casa y ganó 2 a 1 en Buenos Aires."),
    ("page-of-a-print-edition", "es", "Sábado 8 de noviembre de 2014, p. 2"),
    ("hora-del-dia", "es", "El corte inició a las 5 de la tarde y volvió a las 11 de la noche."),
    ("time-of-day-in-words", "en", "The quake struck at 3 in the morning."),
    ("an-ordinal-mark-is-no-degree", "es", "Celebró el 21º aniversario de la empresa."),
]


@pytest.mark.parametrize("language,text", [c[1:] for c in NOT_NEWS_NUMBERS], ids=[c[0] for c in NOT_NEWS_NUMBERS])
def test_not_news_numbers(language, text):
    from reconcile import claims_in_text
    found = [c.text for c in claims_in_text(text, language=language) if c.kind == "quantity"]
    assert found == []


def test_medios_are_outlets_not_halves():
    from reconcile import claims_in_text
    claims = claims_in_text("Dos medios de comunicación publicaron los cables.", language="es")
    assert [(c.text, c.value, c.fraction) for c in claims if c.kind == "quantity"] == [("Dos", 2, None)]


def test_a_share_keeps_its_fraction_in_the_json():
    from reconcile import claims_in_text
    claim = next(c for c in claims_in_text("Two-thirds of the officers quit.", language="en") if c.kind == "quantity")
    data = claim.to_json()
    assert (data["unit"], round(data["value"], 2), data["fraction"]) == ("percent", 66.67, "2/3")


def test_a_plain_quantity_has_no_fraction_key():
    from reconcile import claims_in_text
    claim = next(c for c in claims_in_text("61 officials were killed.", language="en") if c.kind == "quantity")
    assert "fraction" not in claim.to_json()


@pytest.mark.parametrize("text,language,expected", [
    ("The overpass of Line 12 collapsed, killing 26 people.", "en", [("26", "people")]),
    ("El tramo elevado de la Línea 12 se desplomó en Tláhuac.", "es", []),
    ("Urzúa salió de la cápsula Fénix 2 tras 70 días bajo tierra.", "es", [("70", "days")]),
    ("Zapata was shot on Highway 57 near San Luis Potosí.", "en", []),
    ("Los 33 mineros salieron con vida.", "es", [("33", "miners")]),
    ("In Juárez 3,111 people were killed, and in Chihuahua 300 people.", "en", [("3,111", "people"), ("300", "people")]),
], ids=["line-12", "linea-12", "capsule-name", "highway", "los-33", "place-then-count"])
def test_a_number_that_is_part_of_a_name_counts_nothing(text, language, expected):
    from reconcile import claims_in_text
    found = [(c.text, c.unit) for c in claims_in_text(text, language=language) if c.kind == "quantity"]
    assert found == expected


@pytest.mark.parametrize("text,language,expected", [
    ("Officials said 26 died when the bridge gave way.", "en", [("26", "people")]),
    ("At least 45 were killed in the attack.", "en", [("At least 45", "people")]),
    ("Doce fueron rescatados con vida.", "es", [("Doce", "people")]),
    ("The death toll rose to 217 on Wednesday.", "en", [("217", "people")]),
    ("A magnitude 6.4 earthquake struck the coast.", "en", [("6.4", "magnitude")]),
    ("Un sismo de 7,4 grados sacudió Oaxaca.", "es", [("7,4", "magnitude")]),
    ("Ayer hubo un sismo leve. Hoy la temperatura llegó a 40 grados en Sonora.", "es", [("40", "degrees")]),
    ("The tally fell to 38, down from the 44 he had announced.", "en", [("38", None), ("44", None)]),
    ("The 6.2-magnitude quake struck 40 miles north of the port.", "en", [("6.2", "magnitude"), ("40", "miles")]),
    ("Miles de personas recorrieron 5 millas.", "es", [("Miles", "people"), ("5", "miles")]),
    ("The 300m tunnel collapsed.", "en", [("300m", "meters")]),
    ("The apprentices, aged 16 to 19, and their 45-year-old foreman", "en", [("16 to 19", "years"), ("45", "years")]),
    ("Winds of 130 mph (215 km/h) left 250,000 customers without power.", "en",
     [("130", "mph"), ("215", "km/h"), ("250,000", "customers")]),
    ("Vientos de 215 kilómetros por hora; una tormenta de categoría 4.", "es", [("215", "km/h"), ("4", "category")]),
    ("Méndez received 8.2 million votes, roughly 1.2 million more than Herrera.", "en",
     [("8.2 million", "votes"), ("roughly 1.2 million", "votes")]),
    ("Las urnas cerraron a las 18.00. El instituto estimó en 7,1 la magnitud del sismo, registrado a las 13.14 "
     "horas (hora local) a 12 kilómetros de la ciudad.", "es", [("7,1", "magnitude"), ("12", "kilometers")]),
    ("El sismo de 7,1 ocurrió en la costa.", "es", [("7,1", "magnitude")]),
    ("The total reached 38,400, nearly three times as many as in 2023.", "en",
     [("38,400", None), ("nearly three", "times")]),
    ("The death toll from the floods in the northern province has been revised to 1,412.", "en", [("1,412", "people")]),
    ("The official death toll, the highest in the region in nearly 40 years, was raised to 812, up from 96.", "en",
     [("nearly 40", "years"), ("812", "people"), ("96", "people")]),
    ("Officials raised the state's official death toll from the storm from 96 to 812 on Monday.", "en",
     [("96", "people"), ("812", "people")]),
    ("The dose was reduced from 20 mg to 40 mg.", "en", [("from 20 mg to 40", "mg")]),
    ("A study estimates that almost 900 Hondurans died in the storm.", "en", [("almost 900", "people")]),
    ("Toll rises to 812\n\nWire Staff\n\nThe storm hit on Monday.", "en", [("812", "people")]),
    ("Toll rises to 812\r\n\r\nWire Staff\r\n\r\nThe storm hit on Monday.", "en", [("812", "people")]),
    ("La agencia estimó las muertes en al menos 412.", "es", [("al menos 412", "people")]),
    ("Hasta ayer, la cifra oficial de defunciones por la tormenta era de 96.", "es", [("96", "people")]),
    ("El número de escuelas dañadas por el sismo subió de 27 a 58.", "es", [("27", "schools"), ("58", "schools")]),
    ("El informe establece en 1.412 el número de personas fallecidas.", "es", [("1.412", "people")]),
    ("Las dos familias donarán 300 y 150 millones de dólares.", "es", [("dos", "families"), ("300", "dollars"),
                                                                     ("150 millones de dólares", "dollars")]),
    ("Donarán 30 y 15 millones, respectivamente. Llegó un centenar de bomberos.", "es",
     [("30", None), ("15 millones", None), ("un centenar", "firefighters")]),
    ("Unos 30 automóviles y tres camiones cayeron desde 45 metros (casi 150 pies) de un puente de dos carriles.", "es",
     [("Unos 30", "cars"), ("tres", "trucks"), ("45", "meters"), ("casi 150", "feet"), ("dos", "lanes")]),
    ("He baked 3 pies. Rescuers found 10 bodies in the 12-storey tower.", "en",
     [("3", "pies"), ("10", "bodies"), ("12", "floors")]),
    ("Toll reaches 64 with 76 'potentially unaccounted for'\n\nThe collapse left 16 injured, nine seriously, in "
     "3 family homes.", "en", [("64", "people"), ("76", "people"), ("16", "injured"), ("nine", "injured"), ("3", "homes")]),
    ("Entre los seis presuntos fallecidos hay dos supuestos testigos; detuvieron a tres sospechosos.", "es",
     [("seis", "people"), ("dos", "testigos"), ("tres", "suspects")]),
    ("Otras 47 estaban desaparecidas; la cifra de 12 corresponde a los niños.", "es", [("47", None), ("12", None)]),
    ("Sus 21 tripulantes siguen a bordo; el capitán es padre de tres hijos.", "es", [("21", "crew"), ("tres", "children")]),
    ("Entre los desaparecidos hay dos guatemaltecos y tres hondureños; tenían dos manos y cuatro hermanos.", "es",
     [("dos", "people"), ("tres", "people"), ("dos", "manos"), ("cuatro", "hermanos")]),
    ("Los muertos eran dos hombres de 26 y 35 años; cayeron 3 o 4 edificios.", "es",
     [("dos", "men"), ("26", "years"), ("35", "years"), ("3", "buildings"), ("4", "buildings")]),
    ("Some 40 people fled as 3 or 4 homes burned, and 29 men and 10 women died; winds of 165mph and 270 km/h.",
     "en", [("Some 40", "people"), ("3", "homes"), ("4", "homes"), ("29", "men"), ("10", "women"),
            ("165mph", "mph"), ("270", "km/h")]),
    ("Divers recovered 18 bodies; 12 Wednesday were identified, and 6 already were buried.", "en",
     [("18", "bodies"), ("12", "bodies"), ("6", "bodies")]),
    ("Hallaron 40 cuerpos; 35 ya fueron identificados.", "es", [("40", "bodies"), ("35", "bodies")]),
    ("Con ello se eleva a 78 la cifra de fallecidos; ahora son 62 las personas desaparecidas.", "es",
     [("78", "people"), ("62", "people")]),
    ("Los dos máximos directivos renunciaron; llegaron 5 grandes camiones y catorce nuevos fallecidos.", "es",
     [("dos", "directivos"), ("5", "trucks"), ("catorce", "people")]),
    ("Llegó sobre las 11.15 hora local (17.15 GMT) con 12 escoltas.", "es", [("12", "escoltas")]),
    ("The capsule surfaced at 2155 local time (0055 GMT on Thursday), after 22 hours.", "en", [("22", "hours")]),
    ("Una tasa de 14.3 muertes por cada mil habitantes; uno de cada tres murió.", "es",
     [("14.3", "people"), ("uno de cada tres", "percent")]),
    ("Los terremotos de magnitud 7.7 y 7.6 superan ya los 20 mil muertos hasta este lunes 13.", "es",
     [("7.7", "magnitude"), ("7.6", "magnitude"), ("superan ya los 20 mil", "people")]),
    ("Dos terremotos de magnitud 7,8 y 7,5; a ellas se suman las 3.688 contabilizadas en Siria.", "es",
     [("Dos", "terremotos"), ("7,8", "magnitude"), ("7,5", "magnitude"), ("3.688", None)]),
    ("Tras el terremoto de intensidad 7.7 y las 12 réplicas, los 20 mil fueron evacuados.", "es",
     [("7.7", "magnitude"), ("12", "replicas"), ("20 mil", "people")]),
    ("At least 2,200 structures were destroyed and another 500 damaged; 40 cadaver dogs continue the search.", "en",
     [("At least 2,200", "structures"), ("500", "structures"), ("40", "dogs")]),
    ("Some 470 search and rescue workers came; 29 men and 10 women died; 12 boys and their coach.", "en",
     [("Some 470", "rescuers"), ("29", "men"), ("10", "women"), ("12", "boys")]),
    ("Se registran 40 personas fallecidas y 6 adicionales en recintos hospitalarios.", "es",
     [("40", "people"), ("6", "people")]),
    ("The toll climbed to 54, up from 42 reported a day earlier; the office confirmed 24 storm-related fatalities.",
     "en", [("54", "people"), ("42", "people"), ("24", "people")]),
    ("Milei obtuvo 12.740.742 de sufragios. Murieron 6 personas, 2 de ellas niños.", "es",
     [("12.740.742", "votes"), ("6", "people"), ("2", "people")]),
    ("She met the chair of the 1922 Committee outside 10 Downing Street; 100 MPs backed her.", "en",
     [("100", "mps")]),
    ("Two massive explosions devastated Beirut's port; three children's hospitals closed.", "en",
     [("Two", "explosions"), ("three", "hospitals")]),
    ("The 8.7 million figure is a sharp drop.", "en", [("8.7 million", None)]),
    ("He was elected after 15 rounds of voting; the gunman fired 142 rounds.", "en", [("15", "rounds"), ("142", "rounds")]),
    ("Of those, 11 are in critical condition, including one four-year-old child; she told Nine News so.", "en",
     [("11", None), ("four", "years")]),
    ("Among the victims were 8 Chinese and 3 Lebanese.", "en", [("8", "people"), ("3", "people")]),
    ("The toll includes 11 U.S. Marines; 18 U.S. service members were hurt; 35 U.S. military flights left.", "en",
     [("11", "troops"), ("18", "troops"), ("35", "flights")]),
    # ABC7 in Spanish on the Itaewon crush: the teenagers are no ages; the missing are people.
    ("Más del 80% de los fallecidos tienen entre 20 y 30 años, y al menos cuatro eran adolescentes.", "es",
     [("Más del 80%", "percent"), ("entre 20 y 30", "years"), ("al menos cuatro", "teenagers")]),
    ("Se confirmó la muerte de 45 personas y otras 47 estaban desaparecidas.", "es",
     [("45", "people"), ("47", "people")]),
    # AFP in Spanish on Beirut: the size of what is counted stands before it.
    ("Dos enormes explosiones sacudieron ayer Beirut; tres fuertes réplicas siguieron.", "es",
     [("Dos", "explosions"), ("tres", "replicas")]),
    # Unseen pages on Christchurch and Moïse's killing: the news's counted nouns in Spanish.
    ("Hubo ataques en dos mezquitas; 28 atacantes, 26 extranjeros y dos adultos.", "es",
     [("dos", "mosques"), ("28", "assailants"), ("26", "people"), ("dos", "adults")]),
    ("Police vowed to track the other eight down.", "en", [("eight", None)]),
], ids=["verb-died", "were-killed", "fueron-rescatados", "toll-rose-to", "magnitude-before", "grados-of-a-quake",
        "grados-of-weather", "a-pronoun-is-no-unit", "a-word-before-only-with-joiners-between",
        "miles-in-english-thousands-in-spanish", "a-glued-unit-is-canonical", "ages", "speeds-and-a-verb-after-the-noun",
        "speed-in-words-and-a-category", "more-than-is-no-unit", "clock-times-and-a-unit-named-after",
        "a-preterite-is-no-unit", "a-multiple-is-not-lent", "toll-further-back", "toll-past-an-apposition",
        "a-rise-from-one-figure-to-another-is-no-range", "a-fall-cannot-go-up-so-stays-a-range", "a-people-by-its-capital",
        "a-headline-counts-nothing-of-the-next-line", "the-same-with-crlf-line-ends", "las-muertes-en", "cifra-de-defunciones-era-de",
        "el-numero-de-what-it-counts", "en-figure-el-numero-de", "a-bare-number-shares-the-scale-after-y",
        "an-adverb-is-nothing-counted", "spanish-vehicles-lanes-and-feet", "pies-are-feet-only-in-spanish",
        "an-english-adverb-is-nothing-counted", "an-adjective-before-the-counted-noun", "a-verb-is-nothing-counted", "crew-and-offspring", "spanish-demonyms-count-people",
        "y-and-o-share-the-counted-noun", "or-shares-the-counted-noun-and-does-not-lend-its-own",
        "a-weekday-or-an-adverb-is-nothing-counted", "ya-is-nothing-counted",
        "a-figure-before-its-noun-after-a-and-son", "spanish-adjectives-of-rank-and-size-before-the-noun",
        "sobre-las-and-gmt-are-times-of-day", "local-time-and-gmt-are-times-of-day",
        "a-rate-per-thousand-is-no-count-of-a-thousand", "a-verb-is-no-unit-and-a-day-after-a-weekday-no-count",
        "the-head-noun-before-de-and-a-participle-is-no-unit", "intensidad-and-no-scale-runs-so-high",
        "a-participle-alone-and-a-verb-after-the-noun-are-nothing-counted", "and-inside-a-compound-noun",
        "an-increment-is-no-counted-noun", "a-determiner-opens-another-noun-phrase-and-fatalities-are-people",
        "a-bare-noun-after-de-is-counted-a-pronoun-after-it-is-not", "a-year-in-a-name-and-a-house-number",
        "a-names-possessive-opens-another-noun-phrase", "a-word-for-the-figure-itself-is-no-unit",
        "rounds-are-not-always-shots", "a-compound-lends-no-unit-and-a-name-counts-nothing",
        "a-people-whose-name-is-its-own-plural", "initials-qualify-what-is-counted",
        "a-number-before-to-be-and-a-noun-counts-that-noun", "a-number-before-to-be-and-a-participle-shares",
        "spanish-adjectives-of-size-before-the-noun", "spanish-counted-nouns-of-attacks",
        "a-particle-is-nothing-counted"])
def test_what_a_number_counts_from_the_words_around_it(text, language, expected):
    from reconcile import claims_in_text
    found = [(c.text, c.unit) for c in claims_in_text(text, language=language) if c.kind == "quantity"]
    assert found == expected


def test_a_bare_number_before_and_takes_the_scale_and_unit_of_the_next():
    from reconcile import claims_in_text
    found = [(c.text, c.value, c.unit) for c in claims_in_text("The two families gave 200 and 100 million euros, "
                                                                "and 3 and 2,000 people came.", language="en")
             if c.kind == "quantity"]
    assert found[1:3] == [("200", 200_000_000, "euros"), ("100 million euros", 100_000_000, "euros")]
    assert ("3", 3) in [(text, value) for text, value, _ in found]  # 2,000 has no scale word: 3 stays 3


@pytest.mark.parametrize("language,text,expected", [
    ("en", "Damage is put at between 2.5 and 4.2 billion dollars.", [(2.5e9, 2.5e9, 4.2e9, "dollars")]),
    ("en", "It will cost between $3 and $5 billion; 5 to 10 million people; between 500 and 1 million homes.",
     [(3e9, 3e9, 5e9, "dollars"), (5e6, 5e6, 1e7, "people"), (500, 500, 1e6, "homes")]),
    ("es", "Los daños suman entre 2.500 y 4.200 millones de euros.", [(2.5e9, 2.5e9, 4.2e9, "euros")]),
    ("es", "Costará entre 15 y 20 mil millones de pesos.", [(1.5e10, 1.5e10, 2e10, "pesos")]),
    ("es", "Los daños se cifran en torno a los 2.500 o 4.200 millones de euros.",
     [(2.5e9, 2.5e9, 2.5e9, "euros"), (4.2e9, 4.2e9, 4.2e9, "euros")]),
], ids=["between-and-billion", "dollars-people-and-no-scale-above-the-top", "entre-y-millones", "mil-millones",
        "o-millones-in-spanish-thousands"])
def test_a_range_or_pair_shares_the_scale_word_of_its_second_figure(language, text, expected):
    from reconcile import claims_in_text
    found = [(c.value, c.low, c.high, c.unit) for c in claims_in_text(text, language=language) if c.kind == "quantity"]
    assert found == expected


def test_about_after_a_verb_of_saying_names_a_topic_and_hedges_nothing():
    # E! Online on Uvalde: the question is about the 19 children, not about roughly 19.
    from reconcile import claims_in_text
    text = "What do you even say about 19 children and two teachers getting killed? About 19 children died."
    found = [(c.text, c.qualifier) for c in claims_in_text(text, language="en") if c.kind == "quantity"]
    assert found == [("19", None), ("two", None), ("About 19", "about")]


# (id, language, text, [(span text, unit, holder)])
AGES = [
    ("between-commas", "en", "The victims were Gary Cohen, 58, and Ana Ruiz, 34, both of Bay Harbor.",
     [("58", "years", "Gary Cohen"), ("34", "years", "Ana Ruiz")]),
    ("a-list-of-the-dead", "en", "Identified so far:\n• Harold Rosenberg, 52 (recovered Wednesday)\n• Gloria Machado, 71\n",
     [("52", "years", "Harold Rosenberg"), ("71", "years", "Gloria Machado")]),
    ("in-brackets", "en", "The body of Luis Pérez (45) was found on Tuesday.", [("45", "years", "Luis Pérez")]),
    ("ending-a-sentence", "en", "The last to die was Maria Lopez, 80.", [("80", "years", "Maria Lopez")]),
    ("year-old-before-the-name", "en", "Police named 58-year-old Gary Cohen.", [("58", "years", "Gary Cohen")]),
    ("year-old-before-the-subject", "en", "“I want news,” 28-year-old Helton Pereira told the BBC.",
     [("28", "years", "Helton Pereira")]),
    ("a-list-of-year-olds", "en", "They include 9-year-old Ana Garcia, 10-year-old Jose Flores and others.",
     [("9", "years", "Ana Garcia"), ("10", "years", "Jose Flores")]),
    ("without-a-title", "en", "Interior Minister Ana López, 61, resigned.", [("61", "years", "Ana López")]),
    ("de-n-años", "es", "Entre las víctimas figuran Juan Mora Jr., de 32 años, y Gloria Machado, 71 años.",
     [("32", "years", "Juan Mora Jr"), ("71", "years", "Gloria Machado")]),
    ("no-one-named", "es", "También murió una mujer de 34 años.", [("34", "years", None)]),
    ("a-surname-the-text-gave", "en", "Mayor Evo Ramos spoke first. Ramos, 60, said little.", [("60", "years", "Ramos")]),
    # "Totalvisión" is no one the document names: the age is not its.
    ("a-word-that-names-no-one", "es", "Ana Paz, exdirectora del medio Totalvisión, de 52 años, fue nombrada.",
     [("52", "years", None)]),
    # A list of places and their counts ends a sentence: no one's age.
    ("places-and-counts", "en", "Deaths by state: Chiapas, 41; Oaxaca, 12.", []),
]


@pytest.mark.parametrize("language,text,expected", [c[1:] for c in AGES], ids=[c[0] for c in AGES])
def test_an_age_is_the_persons_named_beside_it(language, text, expected):
    from reconcile import claims_in_text
    got = [(c.text, c.unit, c.holder) for c in claims_in_text(text, language=language)
           if c.kind == "quantity" and c.unit == "years"]
    assert got == expected


def test_years_after_a_name_that_are_no_age_have_no_holder():
    from reconcile import claims_in_text
    claims = claims_in_text("Evo Morales, 14 años en el poder, renunció el domingo.", language="es")
    assert [(c.text, c.holder) for c in claims if c.kind == "quantity"] == [("14", None)]


def test_a_list_of_places_and_their_counts_gives_no_ages():
    from reconcile import claims_in_text
    text = "Deaths by state:\nChiapas, 41\nOaxaca, 12\nIn all, Mexico (45) reported deaths.\n"
    assert [c.unit for c in claims_in_text(text) if c.kind == "quantity"] == [None, None, None]
