"""Build the gold YAML files of tests/dev/morandi (the collapse of the Morandi bridge in Genoa on 14 August 2018
and the two days after) from the hand-written spec below.

Usage: python make_gold.py   (the shared builder, tests/goldkit.py, with a new spec)

Every claim and not_claim is located by an anchor (a unique context string in the raw file text) so that
offsets are computed, never typed. Ids are assigned per kind in document order; groups refer to claims by a
local key.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(next(p for p in Path(__file__).resolve().parents if p.name == "tests")))
import goldkit  # noqa: E402  (tests/goldkit.py: what every set's make_gold.py shares)
from goldkit import D, Marks, N, Q, R, T, TS  # noqa: E402

HERE = Path(__file__).resolve().parent

MARKS = Marks(["“", "«", '"', "‘", "'"],
              ["”", "»", '"', "’", "'"],
              pairs={"“": "”", "«": "»", '"': '"'})

CONTE = "Giuseppe Conte"
SALVINI = "Matteo Salvini"
COZZI = "Francesco Cozzi"

# subjects
S_T14A = "death toll of the Morandi bridge collapse, first official count (Tuesday 14 August 2018, afternoon)"
S_T14B = "death toll of the Morandi bridge collapse given by Liguria officials on the evening of 14 August 2018"
S_T38W = "death toll given by Salvini on Wednesday 15 August 2018 (morning)"
S_T39 = "death toll of the Morandi bridge collapse confirmed on Wednesday 15 August 2018 (provisional, 39)"
S_T38T = "confirmed death toll as lowered by the Genoa prefecture on Thursday 16 August 2018"
S_VICT = "victims of the collapse (rough count)"
S_INJ14 = "people injured in the collapse, count of 14 August 2018"
S_SER14 = "people seriously injured, first count of 14 August 2018"
S_INJ = "people injured in the collapse, count of Wednesday 15 August 2018"
S_SER = "people seriously injured, count of Wednesday 15 August 2018"
S_INJ16 = "people injured, count of the Genoa prefecture on Thursday 16 August 2018"
S_EVAC = "people evacuated from the buildings near the bridge (count of 15 August 2018)"
S_HH = "households evacuated near the bridge (15 August 2018)"
S_FF = "firefighters in the search and rescue operation (15 August 2018)"
S_SOE = "duration of the state of emergency declared for Genoa / Liguria on 15 August 2018"
S_FUND = "first allocation from the National Emergencies Fund for Genoa (state of emergency, 15 August 2018)"
S_FUNDD = "first emergency allocation for Genoa, converted to US dollars"
S_SPAN = "length of the collapsed section of the Morandi bridge"
S_LEN = "total length of the Morandi bridge"
S_HGT = "height of the Morandi bridge"
S_FALL = "height from which the vehicles fell when the bridge collapsed"
S_FALLFT = "height from which the vehicles fell, in feet"
S_CARS = "cars on the collapsed section when it fell (Borrelli / local authorities' estimate)"
S_TRUCKS = "heavy trucks on the collapsed section when it fell (Borrelli / local authorities' estimate)"
S_VEH = "vehicles that fell with the bridge (rough count)"
S_MISS = "people possibly still missing (Cozzi's estimate, 15 August 2018)"
S_MIN = "minors among the dead"
S_AGE8 = "age of the youngest minor among the dead"
S_AGE12 = "age of the second minor among the dead"
S_AGE13 = "age of the third minor among the dead"
S_RESC = "rescue workers at the site"

DOCS = {}

DOCS["921_lapagina"] = dict(
    language="es", comments_from="esto es un ejemplo",
    items=[
        D("14 de agosto", "martes 14 de agosto", key="d14", date="--08-14", note="2018; weekday 'este martes' outside"),
        Q("al menos 22", value=22, unit="people", qualifier="at_least", subject=S_T14A),
        Q("cinco", "cinco heridos graves", value=5, unit="people", qualifier=None, subject=S_SER14),
        Q("mil 182", key="len", value=1182, unit="meters", qualifier=None, subject=S_LEN),
        Q("90", "altura de 90 metros", value=90, unit="meters", qualifier=None, subject=S_HGT),
        Q("dos", "tramo de dos carriles", value=2, unit="lanes", qualifier=None,
          subject="lanes of the collapsed section"),
        Q("unos 100", key="span", value=100, unit="meters", qualifier="about", subject=S_SPAN),
        Q("una decena", value=10, unit="vehicles", qualifier="about",
          subject="vehicles affected by the collapse (media reports, 14 August 2018)",
          note="rough count, as notredame's 'un centenar'"),
        T("«una violenta tromba de agua»", speaker=None, attribution="La Policía informó ... y explicó que"),
        D("1967", date="1967", note="year the bridge was inaugurated"),
        N("A10", "autopista A10", reason="identifier", note="motorway number"),
        N("A7", "la A7", reason="identifier", note="motorway number"),
    ],
)

DOCS["922_diariomx"] = dict(
    language="es",
    items=[
        R("el martes", "colapsó el martes", note="14 August 2018"),
        Q("decenas", "caída de decenas de automóviles", key="veh", value=20, unit="cars", qualifier="at_least",
          subject=S_VEH, note="rough count 'decenas de' (20, at_least)"),
        Q("por lo menos 26", key="toll1", value=26, unit="people", qualifier="at_least", subject=S_T14B),
        Q("15", "otras 15", value=15, unit="people", qualifier=None,
          subject="people injured, count of the evening of 14 August 2018 (after one of the 16 died)"),
        Q("dos", "entre dos secciones", value=2, unit="sections", qualifier=None,
          subject="sections of the bridge either side of the gap"),
        Q("Por lo menos 30", key="cars", value=30, unit="cars", qualifier="at_least", subject=S_CARS),
        Q("tres", "tres camiones pesados", key="trucks", value=3, unit="trucks", qualifier=None, subject=S_TRUCKS),
        Q("80", "tramo de 80 metros", key="span", value=80, unit="meters", qualifier=None, subject=S_SPAN),
        Q("260", "(260 pies)", value=260, unit="feet", qualifier=None, subject=S_SPAN + ", in feet",
          note="conversion of the 80 metres"),
        Q("Cientos", "Cientos de bomberos", value=200, unit="firefighters", qualifier="at_least",
          subject="firefighters and other rescuers searching the rubble on 14 August 2018",
          note="rough count 'cientos de' (200, at_least)"),
        Q("Al menos cuatro", value=4, unit="people", qualifier="at_least",
          subject="people rescued alive from vehicles under the bridge"),
        T("“¡Ay, Dios! ¡Ay, Dios!”", speaker=None, attribution="un hombre gritaba:"),
        R("el martes por la noche", note="14 August 2018"),
        Q("26", "que 26 personas", key="toll2", value=26, unit="people", qualifier=None, subject=S_T14B),
        Q("dos", "dos cadáveres", value=2, unit="bodies", qualifier=None,
          subject="bodies recovered on the evening of 14 August 2018"),
        Q("16", "los 16 heridos", value=16, unit="people", qualifier=None,
          subject="people injured, count of 14 August 2018 before one of them died",
          note="the same 16 as the later counts? at another moment (one of them died), not grouped"),
        T("“enorme tragedia... inconcebible en un sistema moderno como el nuestro, un país moderno”", speaker=CONTE,
          attribution="El primer ministro italiano Giuseppe Conte ... dijo que"),
        Q("cientos", "los cientos de rescatistas", value=200, unit="rescuers", qualifier="at_least",
          subject="rescuers at the site on 14 August 2018 (praised by Conte)",
          note="rough count 'cientos de' (200, at_least)"),
        TS("“salvaron", speaker=CONTE, attribution="Conte también ... dijo que"),
        Q("45", "desde 45 metros", key="fall", value=45, unit="meters", qualifier=None, subject=S_FALL,
          note="inside Conte's quote"),
        Q("casi 150", key="fallft", value=150, unit="feet", qualifier="about", subject=S_FALLFT,
          note="inside Conte's quote (the agency's conversion in brackets)"),
    ],
)

DOCS["923_scroll"] = dict(
    language="en",
    items=[
        Q("38", "rises to 38, says", key="t38a", value=38, unit="people", qualifier=None, subject=S_T38W),
        R("Wednesday", "said on Wednesday that", note="15 August 2018"),
        Q("38", "has risen to 38.", key="t38b", value=38, unit="people", qualifier=None, subject=S_T38W),
        TS("“We’re currently", speaker=SALVINI, attribution="Salvini, who is also the interior minister, told reporters"),
        Q("38", "at 38 confirmed", key="t38c", value=38, unit="people", qualifier=None, subject=S_T38W,
          note="inside Salvini's quote"),
        N("3 pm", reason="time", note="Indian time"),
        R("Tuesday", "on Tuesday, during", note="14 August 2018"),
        Q("some 100", key="fall", value=100, unit="meters", qualifier="about", subject=S_FALL,
          note="'vehicles plummeted some 100 metres'"),
        N("A10", "the A10 highway", reason="identifier", note="motorway number"),
        N("1960s", reason="other",
          note="decade the bridge was built: no ISO 8601 form the gold format allows (a decade is not a year)"),
        D("2016", date="2016", note="year of restructuring work on the bridge"),
        T("“pay, pay everything, and pay dearly”", speaker=SALVINI,
          attribution="Salvini also told reporters that those responsible ... would"),
        R("Wednesday", "Facebook post on Wednesday", note="15 August 2018"),
        TS("“Those responsible", speaker="Luigi Di Maio", attribution="Maio said"),
        TS("“For years", speaker="Luigi Di Maio", attribution="after 'Maio said' (the same Facebook post)"),
        N("A10", "the A10 toll", reason="identifier", note="motorway number"),
    ],
)

DOCS["924_pna"] = dict(
    language="en",
    items=[
        Q("dozens", "caused dozens of victims", key="vict", value=24, unit="people", qualifier="at_least",
          subject=S_VICT, note="rough count 'dozens' (24, at_least)"),
        R("Wednesday", "said on Wednesday.", note="15 August 2018"),
        TS("\"We have accepted", key="q_soe", speaker=CONTE,
           attribution="Prime Minister Giuseppe Conte told a press conference"),
        Q("12", "the next 12 months", key="soe", value=12, unit="months", qualifier=None, subject=S_SOE,
          note="inside Conte's quote"),
        TS("\"We have allocated", key="q_fund", speaker=CONTE, attribution="Conte added"),
        Q("5 million euros", key="fund", value=5000000, unit="euros", qualifier=None, subject=S_FUND,
          note="inside Conte's quote"),
        Q("5.67 million US dollars", key="fundd", value=5670000, unit="dollars", qualifier=None, subject=S_FUNDD,
          note="inside Conte's quote (the agency's conversion in brackets); span includes 'US dollars'"),
        D("1992", key="y1992", date="1992", note="year the National Emergencies Fund was set up"),
        Q("39", "death toll of 39", key="t39", value=39, unit="people", qualifier=None, subject=S_T39),
        R("Wednesday", "earlier on Wednesday", note="15 August 2018"),
        Q("634", key="evac", value=634, unit="people", qualifier=None, subject=S_EVAC),
        Q("311", key="hh", value=311, unit="households", qualifier=None, subject=S_HH),
        Q("380", key="ff", value=380, unit="firefighters", qualifier=None, subject=S_FF),
        Q("about 100", key="span", value=100, unit="meters", qualifier="about", subject=S_SPAN),
        N("\"Morandi Bridge\"", reason="other", note="quoted name"),
        Q("1,182", key="len", value=1182, unit="meters", qualifier=None, subject=S_LEN),
        N("A10", reason="identifier", note="motorway number"),
        R("Tuesday", "noon on Tuesday", note="14 August 2018"),
        Q("between 30 and 35", key="cars", value=30, unit="cars", qualifier="at_least", subject=S_CARS,
          note="range: one claim, at least the first number and at most the second (35)"),
        Q("at least three", key="trucks", value=3, unit="trucks", qualifier="at_least", subject=S_TRUCKS),
    ],
)

DOCS["925_intolerancia"] = dict(
    language="es",
    items=[
        Q("decenas", "dejó decenas de víctimas", key="vict", value=20, unit="people", qualifier="at_least",
          subject=S_VICT, note="rough count 'decenas de' (20, at_least)"),
        R("hoy", "dijo hoy el primer", note="15 August 2018"),
        TS("\"Aceptamos", key="q_soe", speaker=CONTE, attribution="dijo hoy por la tarde el primer ministro Giuseppe Conte"),
        Q("12", "próximos 12 meses", key="soe", value=12, unit="months", qualifier=None, subject=S_SOE,
          note="inside Conte's quote"),
        R("hoy por la tarde", note="15 August 2018"),
        TS("\"Hemos destinado", key="q_fund", speaker=CONTE, attribution="agregó Conte"),
        Q("cinco millones de euros", key="fund", value=5000000, unit="euros", qualifier=None, subject=S_FUND,
          note="inside Conte's quote"),
        Q("5,67 millones de dólares", key="fundd", value=5670000, unit="dollars", qualifier=None, subject=S_FUNDD,
          note="inside Conte's quote (the agency's conversion in brackets)"),
        D("1992", key="y1992", date="1992", note="year the Fondo Nacional para Emergencias was created"),
        Q("39", "es de 39", key="t39", value=39, unit="people", qualifier=None, subject=S_T39),
        Q("634", key="evac", value=634, unit="people", qualifier=None, subject=S_EVAC),
        Q("311", key="hh", value=311, unit="families", qualifier=None, subject=S_HH,
          note="'311 familias' (924: '311 households')"),
        Q("380", key="ff", value=380, unit="firefighters", qualifier=None, subject=S_FF),
        Q("cerca de 100", key="span", value=100, unit="meters", qualifier="about", subject=S_SPAN),
        Q("1.182", key="len", value=1182, unit="meters", qualifier=None, subject=S_LEN),
        N("A10", reason="identifier", note="motorway number"),
        R("martes", "mediodía del martes", note="14 August 2018"),
    ],
)

DOCS["926_thenews"] = dict(
    language="en",
    items=[
        R("Wednesday", "declared on Wednesday", note="15 August 2018"),
        Q("12", "a 12-month state of emergency in Genoa", key="soe1", value=12, unit="months", qualifier=None,
          subject=S_SOE, note="'12-month'"),
        Q("at least 39", key="t39", value=39, unit="people", qualifier="at_least", subject=S_T39),
        TS("\"A cabinet meeting", speaker=CONTE, attribution="Conte said in a press conference"),
        Q("12", "decreed a 12-month", key="soe2", value=12, unit="months", qualifier=None, subject=S_SOE,
          note="inside Conte's quote ('12-month')"),
        Q("five million euros", key="fund", value=5000000, unit="euros", qualifier=None, subject=S_FUND,
          note="inside Conte's quote"),
        Q("$5.7 million", key="fundd", value=5700000, unit="dollars", qualifier=None, subject=S_FUNDD,
          note="inside Conte's quote (the agency's conversion in brackets)"),
        R("Wednesday", "Cozzi on Wednesday", note="15 August 2018"),
        T("\"definitely wasn’t bad luck\"", speaker=COZZI, attribution="prosecutor Francesco Cozzi on Wednesday said that the incident"),
        TS("\"We need to respond", speaker=COZZI, attribution="no verb: follows Cozzi's quote"),
        N("one", "just one question", reason="other", note="rhetorical 'just one question' inside Cozzi's quote"),
        Q("39", "Afifi Idriss, 39,", value=39, unit="years", qualifier=None,
          subject="age of the lorry driver Afifi Idriss", note="an age, not the toll"),
        TS("\"I saw the green", speaker="Afifi Idriss", attribution="he told AFP"),
        TS("\"I was driving", speaker="Davide Capello", attribution="Davide Capello told TV news channel Sky TG24"),
        N("TG24", "Sky TG24", reason="identifier", note="name of a TV channel"),
        T("\"caused desperation among the population\"", speaker="Pope Francis",
          attribution="Pope Francis ... saying the tragedy has"),
    ],
)

DOCS["927_gcr"] = dict(
    language="en",
    items=[
        Q("12", "a 12-month state of emergency in the Liguria", key="soe", value=12, unit="months", qualifier=None,
          subject=S_SOE, note="'12-month'"),
        Q("€5m", key="fund", value=5000000, unit="euros", qualifier=None, subject=S_FUND),
        Q("$5.7m", key="fundd", value=5700000, unit="dollars", qualifier=None, subject=S_FUNDD),
        D("14 August", key="d14", date="--08-14", note="2018"),
        Q("39", "left 39 people dead", key="t39", value=39, unit="people", qualifier=None, subject=S_T39),
        Q("16", "16 injured", key="inj", value=16, unit="people", qualifier=None, subject=S_INJ),
        Q("nine", "nine seriously", key="ser", value=9, unit="people", qualifier=None, subject=S_SER),
        Q("Between 10 and 20", key="miss", value=10, unit="people", qualifier="at_least", subject=S_MISS,
          note="range: one claim, at least the first number and at most the second (20)"),
        R("today", "said today", note="15 August 2018"),
        Q("200", "the 200m span", key="span", value=200, unit="meters", qualifier=None, subject=S_SPAN,
          note="'200m' = 200 metres (the unit letter, not a scale word, is outside the span)"),
        Q("dozens", "carrying dozens of vehicles", key="veh", value=24, unit="vehicles", qualifier="at_least",
          subject=S_VEH, note="rough count 'dozens' (24, at_least)"),
        N("\"Ferragosto\"", reason="other", note="quoted name of the holiday"),
        Q("three", "family of three", value=3, unit="people", qualifier=None,
          subject="members of a family among the victims (travelling to Sardinia)"),
        Q("eight", "eight-year-old son", value=8, unit="years", qualifier=None,
          subject="age of the son of a family among the victims (travelling to Sardinia)",
          note="'eight-year-old'; perhaps the 8-year-old of 929/930, not said: not grouped"),
        Q("More than 400", key="evac", value=400, unit="people", qualifier="more_than", subject=S_EVAC,
          note="the BBC's figure"),
        T("\"to coincide with the funerals of the victims\"", speaker=CONTE,
          attribution="Conte also announced that a national day of mourning would take place"),
        T("\"These are unacceptable tragedies that should not happen in a modern society,\"", key="q_unacc",
          speaker=CONTE, attribution="he said"),
        T("\"This government will do everything to prevent such tragedies from happening again.\"", speaker=CONTE,
          attribution="after 'he said' (Conte)"),
        TS("\"are not allowed", speaker=SALVINI, attribution="the anti-EU politician tol[d] (Salvini)"),
    ],
)

DOCS["928_itv"] = dict(
    language="en",
    items=[
        Q("12", "Genoa is under a 12-month", key="soe1", value=12, unit="months", qualifier=None, subject=S_SOE,
          note="photo caption, '12-month'"),
        Q("12", "A 12-month state", key="soe2", value=12, unit="months", qualifier=None, subject=S_SOE,
          note="'12-month'"),
        Q("at least 39", key="t39", value=39, unit="people", qualifier="at_least", subject=S_T39),
        T("“unacceptable in a modern society”", key="q_unacc", speaker=CONTE, attribution="He called the tragedy"),
        T("“more stringent”", speaker=CONTE, attribution="He said Italy ... will demand"),
        T("“we cannot wait for justice”", speaker=CONTE, attribution="Mr Conte said:"),
        T("“all citizens must travel in safety”", speaker=CONTE, attribution="Mr Conte said: ... and that"),
        Q("about 1,000", value=1000, unit="rescue workers", qualifier="about", subject=S_RESC),
        R("Tuesday", "midday on Tuesday", note="14 August 2018"),
        Q("51", "51-year-old bridge", value=51, unit="years", qualifier=None, subject="age of the Morandi bridge",
          note="'51-year-old' (consistent with 1967)"),
        Q("two", "links two highways", value=2, unit="highways", qualifier=None,
          subject="highways the bridge links"),
    ],
)

DOCS["929_laregion"] = dict(
    language="es",
    items=[
        R("este miércoles", note="15 August 2018"),
        Q("cinco millones de euros", key="fund", value=5000000, unit="euros", qualifier=None, subject=S_FUND),
        Q("al menos 39", key="t39a", value=39, unit="people", qualifier="at_least", subject=S_T39),
        Q("16", "39 muertos y 16 heridos", key="inj1", value=16, unit="people", qualifier=None, subject=S_INJ),
        R("el martes", "ocurrido el martes", note="14 August 2018"),
        Q("39", "es de 39 muertos", key="t39b", value=39, unit="people", qualifier=None, subject=S_T39),
        Q("tres", "tres menores", key="min", value=3, unit="people", qualifier=None, subject=S_MIN),
        Q("ocho", "de ocho, doce", key="a8", value=8, unit="years", qualifier=None, subject=S_AGE8),
        Q("doce", "ocho, doce y", key="a12", value=12, unit="years", qualifier=None, subject=S_AGE12),
        Q("trece", "trece años", key="a13", value=13, unit="years", qualifier=None, subject=S_AGE13),
        Q("cuatro", "cuatro ciudadanos franceses", value=4, unit="people", qualifier=None,
          subject="French citizens among the dead"),
        Q("dieciséis", key="inj2", value=16, unit="people", qualifier=None, subject=S_INJ),
        Q("nueve", "nueve de ellos graves", key="ser", value=9, unit="people", qualifier=None, subject=S_SER),
        Q("tres", "tres han salido", value=3, unit="people", qualifier=None,
          subject="injured people no longer in a serious condition (15 August 2018)"),
        Q("unos cien", key="span", value=100, unit="meters", qualifier="about", subject=S_SPAN),
        N("1960", "la década de 1960", reason="other",
          note="'la década de 1960', the decade the bridge was built: no ISO 8601 form the gold format allows"),
        Q("634", key="evac", value=634, unit="people", qualifier=None, subject=S_EVAC),
        N("5", "Movimiento 5 Estrellas", reason="other", note="part of a party's name"),
        N("M5S", "Estrellas (M5S)", reason="identifier", note="party abbreviation"),
        R("hoy", "celebró hoy", note="15 August 2018"),
        N("M5S", "Di Maio (M5S)", reason="identifier", note="party abbreviation"),
        Q("dos", "excepto dos", value=2, unit="ministers", qualifier=None,
          subject="ministers who did not follow the extraordinary cabinet meeting by video"),
        Q("doce", "por doce meses", key="soe", value=12, unit="months", qualifier=None, subject=S_SOE),
    ],
)

DOCS["930_reporteindigo"] = dict(
    language="es",
    items=[
        Q("12", "Génova por 12 meses", key="soe", value=12, unit="months", qualifier=None, subject=S_SOE),
        Q("casi 40", key="t40", value=40, unit="people", qualifier="about", subject=S_T39,
          note="'casi 40 muertes' (39 rounded up)"),
        R("este miércoles", note="15 August 2018"),
        Q("cinco millones de euros", key="fund", value=5000000, unit="euros", qualifier=None, subject=S_FUND),
        R("hoy", "publicado hoy", note="15 August 2018"),
        TS("“Primero viene", speaker="Danilo Toninelli", attribution="publicó Toninelli"),
        Q("Más de 30", key="t30", value=30, unit="people", qualifier="more_than", subject=S_T39,
          note="subheading 'Más de 30 muertos' over the paragraph that gives 39"),
        R("hoy", "confirmó hoy", note="15 August 2018"),
        Q("39", "que 39 personas", key="t39", value=39, unit="people", qualifier=None, subject=S_T39),
        Q("tres", "tres menores", key="min", value=3, unit="people", qualifier=None, subject=S_MIN),
        Q("ocho", "de ocho, doce", key="a8", value=8, unit="years", qualifier=None, subject=S_AGE8),
        Q("doce", "ocho, doce y", key="a12", value=12, unit="years", qualifier=None, subject=S_AGE12),
        Q("trece", "trece años", key="a13", value=13, unit="years", qualifier=None, subject=S_AGE13),
        Q("16", "16 heridos", key="inj", value=16, unit="people", qualifier=None, subject=S_INJ),
    ],
)

DOCS["931_diariocordoba"] = dict(
    language="es",
    items=[
        R("ayer", "decretó ayer", note="15 August 2018 (printed 16 August)"),
        T("«estado de emergencia durante 12 meses»", key="q_soe", speaker=CONTE,
          attribution="El primer ministro italiano, Giuseppe Conte, decretó ayer el"),
        Q("12", "durante 12 meses", key="soe", value=12, unit="months", qualifier=None, subject=S_SOE,
          note="inside Conte's quote"),
        Q("al menos 39", key="t39a", value=39, unit="people", qualifier="at_least", subject=S_T39),
        Q("cinco millones de euros", key="fund", value=5000000, unit="euros", qualifier=None, subject=S_FUND),
        Q("632", key="evac", value=632, unit="people", qualifier=None, subject=S_EVAC),
        TS("«Es difícil", speaker="Marco Bucci", attribution="explicó ayer el alcalde de la ciudad italiana, Marco Bucci"),
        R("ayer", "explicó ayer", note="15 August 2018"),
        Q("39", "oficiales, 39 personas", key="t39b", value=39, unit="people", qualifier=None, subject=S_T39),
        Q("16", "hay 16 heridos", key="inj", value=16, unit="people", qualifier=None, subject=S_INJ),
        Q("12", "12 de ellos graves", key="ser", value=12, unit="people", qualifier=None, subject=S_SER),
        R("ayer miércoles", note="15 August 2018"),
        Q("dos", "los dos máximos directivos", value=2, unit="executives", qualifier=None,
          subject="top executives of Autostrade who refused to resign"),
        N("A10", reason="identifier", note="motorway number"),
    ],
)

DOCS["932_southernstandard"] = dict(
    language="en",
    items=[
        Q("38", "death toll to 38 in", key="t38a", value=38, unit="people", qualifier=None, subject=S_T38T),
        Q("at least 38", key="t38b", value=38, unit="people", qualifier="at_least", subject=S_T38T),
        R("Thursday", "official said Thursday", note="16 August 2018"),
        TS("\"Unfortunately", speaker=SALVINI, attribution="Interior Minister Matteo Salvini told reporters"),
        R("Wednesday", "On Wednesday", note="15 August 2018"),
        Q("39", "39 people had died", key="t39", value=39, unit="people", qualifier=None, subject=S_T39,
          note="Conte's toll of Wednesday, as the others' 39"),
        R("Thursday", "But on Thursday", note="16 August 2018"),
        Q("38", "dead to 38.", key="t38c", value=38, unit="people", qualifier=None, subject=S_T38T),
        T("\"misunderstanding\"", speaker="Raffaella Corsaro",
          attribution="Raffaella Corsaro attributed the lowered number to a"),
        Q("15", "15 injured persons", value=15, unit="people", qualifier=None, subject=S_INJ16),
        Q("dozens", "dozens of vehicles that plunged", key="veh", value=24, unit="vehicles", qualifier="at_least",
          subject=S_VEH, note="rough count 'dozens' (24, at_least)"),
        Q("as much as 45", key="fall", value=45, unit="meters", qualifier="at_most", subject=S_FALL),
        Q("150", "(150 feet)", key="fallft", value=150, unit="feet", qualifier=None, subject=S_FALLFT,
          note="conversion of the 45 metres"),
        R("Tuesday", "on Tuesday, the eve", note="14 August 2018"),
        T("\"supposition,\"", speaker=SALVINI, attribution="Salvini declined ..., saying that would be"),
        Q("between 10 and 20", key="miss", value=10, unit="people", qualifier="at_least", subject=S_MISS,
          note="range: one claim, at least the first number and at most the second (20)"),
        TS("\"we don't know", speaker="Giovanni Toti", attribution="Gov. Giovanni Toti ... told a news conference that"),
        TS("\"The search and rescue", speaker="Sonia Noci", attribution="Sonia Noci, a spokeswoman for Genoa firefighters, told The Associated Press"),
    ],
)

G = goldkit.Groups()
g = G.add

g("quantity", "agree",
  [("924", "t39"), ("925", "t39"), ("926", "t39"), ("927", "t39"), ("928", "t39"), ("929", "t39a"), ("929", "t39b"),
   ("930", "t40"), ("930", "t30"), ("930", "t39"), ("931", "t39a"), ("931", "t39b"), ("932", "t39")],
  "death toll confirmed on Wednesday 15 August: 39 / at least 39 / casi 40 (Reporte Indigo's subheading 'Más de "
  "30 muertos' is compatible)")
g("quantity", "single-source", [("923", "t38a"), ("923", "t38b"), ("923", "t38c")],
  "Salvini's 38 of Wednesday morning (headline, body, quote)")
g("quantity", "single-source", [("932", "t38a"), ("932", "t38b"), ("932", "t38c")],
  "the toll lowered to 38 by the Genoa prefecture on Thursday 16 August (headline, lead, body)")
g("quantity", "single-source", [("922", "toll1"), ("922", "toll2")],
  "toll of the evening of 14 August: at least 26 / 26 (AP in Spanish)")
g("quantity", "agree", [("927", "inj"), ("929", "inj1"), ("929", "inj2"), ("930", "inj"), ("931", "inj")],
  "16 injured (count of 15 August)")
g("quantity", "contradict", [("927", "ser"), ("929", "ser"), ("931", "ser")],
  "seriously injured among the 16: nine (GCR, EFE/La Region) vs 12 (Diario Cordoba)")
g("quantity", "contradict", [("924", "evac"), ("925", "evac"), ("927", "evac"), ("929", "evac"), ("931", "evac")],
  "people evacuated near the bridge: 634 (Xinhua en/es, EFE/La Region) vs 632 (Diario Cordoba); GCR's 'More "
  "than 400' (BBC) is compatible with both")
g("quantity", "agree", [("924", "hh"), ("925", "hh")], "311 households / 311 familias evacuated (Xinhua en/es)")
g("quantity", "agree", [("924", "ff"), ("925", "ff")], "380 firefighters in the search (Xinhua en/es)")
g("quantity", "agree",
  [("924", "soe"), ("925", "soe"), ("926", "soe1"), ("926", "soe2"), ("927", "soe"), ("928", "soe1"), ("928", "soe2"),
   ("929", "soe"), ("930", "soe"), ("931", "soe")],
  "state of emergency for 12 months / 12-month / doce meses")
g("quantity", "agree",
  [("924", "fund"), ("925", "fund"), ("926", "fund"), ("927", "fund"), ("929", "fund"), ("930", "fund"),
   ("931", "fund")],
  "first allocation of 5 million euros / cinco millones de euros / €5m")
g("quantity", "agree", [("924", "fundd"), ("925", "fundd"), ("926", "fundd"), ("927", "fundd")],
  "the 5 million euros in dollars: 5.67 million (Xinhua en/es) / $5.7 million (AFP, GCR), a rounding")
g("quantity", "contradict",
  [("921", "span"), ("922", "span"), ("924", "span"), ("925", "span"), ("927", "span"), ("929", "span")],
  "length of the collapsed section: about 100 metres (La Pagina, Xinhua en/es, EFE/La Region) vs 80 metros (AP "
  "in Spanish) vs 200m (GCR)")
g("quantity", "agree", [("921", "len"), ("924", "len"), ("925", "len")],
  "total length of the bridge: 1,182 metres (mil 182 / 1,182 / 1.182)")
g("quantity", "contradict", [("922", "fall"), ("923", "fall"), ("932", "fall")],
  "height the vehicles fell: 45 metros (Conte, quoted by AP in Spanish) / as much as 45 meters (AP) vs 'some 100 "
  "metres' (Scroll.in)")
g("quantity", "agree", [("922", "fallft"), ("932", "fallft")], "the fall in feet: casi 150 pies / 150 feet (AP)")
g("quantity", "agree", [("922", "cars"), ("924", "cars")],
  "cars on the collapsed section: at least 30 (Borrelli, AP in Spanish) / between 30 and 35 (Xinhua)")
g("quantity", "agree", [("922", "trucks"), ("924", "trucks")],
  "heavy trucks on the collapsed section: tres (AP in Spanish) / at least three (Xinhua)")
g("quantity", "agree", [("922", "veh"), ("927", "veh"), ("932", "veh")],
  "vehicles that fell: decenas de automóviles / dozens of vehicles (rough counts)")
g("quantity", "agree", [("924", "vict"), ("925", "vict")],
  "dozens of victims / decenas de víctimas (Xinhua en/es; rough counts, 24 vs 20 at_least, compatible)")
g("quantity", "agree", [("927", "miss"), ("932", "miss")],
  "people possibly missing: between 10 and 20 (Cozzi)")
g("quantity", "agree", [("929", "min"), ("930", "min")], "three minors among the dead")
g("quantity", "agree", [("929", "a8"), ("930", "a8")], "the youngest minor among the dead: ocho años")
g("quantity", "agree", [("929", "a12"), ("930", "a12")], "a minor among the dead: doce años")
g("quantity", "agree", [("929", "a13"), ("930", "a13")], "a minor among the dead: trece años")
g("date", "agree", [("921", "d14"), ("927", "d14")], "14 August (2018), the day of the collapse")
g("date", "agree", [("924", "y1992"), ("925", "y1992")], "1992, the year the National Emergencies Fund was set up")
g("quote", "variant", [("924", "q_soe"), ("925", "q_soe"), ("931", "q_soe")],
  "Conte: 'We have accepted the request, approving the state of emergency for the next 12 months' / \"Aceptamos la "
  "solicitud y aprobamos el estado de emergencia para los próximos 12 meses\" (Xinhua en/es) / the fragment "
  "«estado de emergencia durante 12 meses» (Diario Cordoba)")
g("quote", "variant", [("924", "q_fund"), ("925", "q_fund")],
  "Conte: 'We have allocated 5 million euros ... National Emergencies Fund' / \"Hemos destinado cinco millones de "
  "euros ... Fondo Nacional para Emergencias\" (Xinhua en/es)")
g("quote", "variant", [("927", "q_unacc"), ("928", "q_unacc")],
  "Conte: \"These are unacceptable tragedies that should not happen in a modern society\" (GCR) / “unacceptable in "
  "a modern society” (ITV/AP)")


def build():
    goldkit.build(HERE, DOCS, G, MARKS)


if __name__ == "__main__":
    build()
