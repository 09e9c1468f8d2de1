"""Build the gold YAML files of /work/real/metro from the hand-written spec below.

Usage: /work/venv/bin/python /work/real/metro/make_gold.py

Adapted from tests/heldout2/make_gold.py: every claim and not_claim is located
by an anchor (a unique context string in the file text) so that offsets are
computed, never typed.  Ids are assigned per kind in document order; groups
refer to claims by a local key.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(next(p for p in Path(__file__).resolve().parents if p.name == "tests")))
import goldkit  # noqa: E402  (tests/goldkit.py: what every set's make_gold.py shares)
from goldkit import D, Marks, N, Q, R, T  # noqa: E402

HERE = Path(__file__).resolve().parent

MARKS = Marks(["“", "«", '"', "‘"],
              ["”", "»", '"', "’"])


SH = "Claudia Sheinbaum"
AMLO = "Andres Manuel Lopez Obrador"
EBRARD = "Marcelo Ebrard"
ESTEVA = "Jesus Esteva Medina"

DEATHS = "people killed in the Line 12 collapse"
INJ = "people injured in the Line 12 collapse"

# --------------------------------------------------------------------------
# Spec
# --------------------------------------------------------------------------
DOCS = {}

DOCS["301_taipeitimes"] = dict(
    language="en",
    items=[
        Q("at least 23", "kills at least 23\n", key="d23_h", value=23, unit="people", qualifier="at_least",
          subject=DEATHS + " (first official toll, 4 May)", note="headline"),
        N("LINE 12", reason="identifier", note="line number"),
        Q("5", "overpass was 5m", key="h5_sub", value=5, unit="meters", qualifier=None,
          subject="height of the collapsed overpass above the road",
          note="subhead '5m': the unit abbreviation is left outside the span like a counted noun"),
        R("late on Monday"),
        Q("at least 23", "killing at least 23", key="d23", value=23, unit="people", qualifier="at_least",
          subject=DEATHS + " (first official toll, 4 May)"),
        Q("about 70", key="inj70", value=70, unit="people", qualifier="about",
          subject=INJ + " (first official count, 4 May)"),
        N("one", "hold up one car", note="'one car' = a car, nothing counted"),
        Q("49", key="hosp49", value=49, unit="people", qualifier=None,
          subject="injured people hospitalized, per Sheinbaum at the scene (night of 3-4 May)"),
        Q("seven", key="serious7", value=7, unit="people", qualifier=None,
          subject="injured in serious condition (undergoing surgery), per Sheinbaum at the scene"),
        R("Monday", "Mexico City on Monday", note="photo caption"),
        T("“There are unfortunately children among the dead,”", key="q_children", speaker=SH,
          attribution="Sheinbaum said"),
        Q("about 5", key="h5", value=5, unit="meters", qualifier="about",
          subject="height of the collapsed overpass above the road", note="'about 5m'"),
        T("“A support beam gave way,”", key="q_beam", speaker=SH, attribution="Sheinbaum said"),
        N("midnight", reason="time"),
        T("“very weak.”", speaker=SH, attribution="(Sheinbaum, partial quote)",
          note="partial quote: 'the partially dangling train was “very weak.”'"),
        T("“We don’t know if they are alive,”", key="q_alive", speaker=SH, attribution="Sheinbaum said"),
        N("Dozens", note="vague"),
        N("Hundreds", note="vague"),
    ],
)

DOCS["302_quepasomiami"] = dict(
    language="es",
    items=[
        Q("23", "carretera; 23 muertos", key="d23_h", value=23, unit="people", qualifier=None,
          subject=DEATHS + " (first official toll, 4 May)", note="headline"),
        R("el lunes por la noche", note="night of Monday 3 May"),
        Q("al menos a 23", key="d23", value=23, unit="people", qualifier="at_least",
          subject=DEATHS + " (first official toll, 4 May)",
          note="'matando al menos a 23 personas': the preposition 'a' between qualifier and number is inside the span"),
        Q("unas 70", key="inj70", value=70, unit="people", qualifier="about",
          subject=INJ + " (first official count, 4 May)"),
        N("horas", "durante horas", note="vague duration, no number"),
        R("la madrugada del martes"),
        T("“No sabemos si están vivos”", key="q_alive", speaker=SH, attribution="dijo la alcaldesa Claudia Sheinbaum"),
        Q("49", key="hosp49", value=49, unit="people", qualifier=None,
          subject="injured people hospitalized, per Sheinbaum at the scene (night of 3-4 May)"),
        Q("siete", key="serious7", value=7, unit="people", qualifier=None,
          subject="injured in serious condition (undergoing surgery), per Sheinbaum at the scene"),
        T("“Desafortunadamente, hay niños entre los muertos”", key="q_children", speaker=SH,
          attribution="dijo Sheinbaum"),
        Q("unos 5", key="h5", value=5, unit="meters", qualifier="about",
          subject="height of the collapsed overpass above the road"),
        Q("16", "(16 pies)", key="h16", value=16, unit="feet", qualifier="about",
          subject="height of the collapsed overpass above the road",
          note="'unos 5 metros (16 pies)': the conversion in parentheses shares the qualifier 'unos'"),
        T("“Una viga de soporte cedió”", key="q_beam", speaker=SH, attribution="dijo Sheinbaum"),
        Q("al menos dos", key="acc2", value=2, unit="accidents", qualifier="at_least",
          subject="serious accidents of the Mexico City Metro since its opening"),
        Q("medio siglo", value=50, unit="years", qualifier=None,
          subject="time since the Mexico City Metro opened",
          note="'hace medio siglo' = half a century, given as 50 years"),
        R("marzo del año pasado", note="= March 2020 (Tacubaya collision); 'del año pasado' makes it relative"),
        Q("dos", "entre dos trenes", value=2, unit="trains", qualifier=None,
          subject="trains in the March 2020 Tacubaya collision"),
        Q("un", "dejó un pasajero muerto", value=1, unit="people", qualifier=None,
          subject="people killed in the March 2020 Tacubaya collision",
          note="'un pasajero muerto': a count here (one dead), not just an article"),
        Q("41", value=41, unit="people", qualifier=None,
          subject="people injured in the March 2020 Tacubaya collision"),
        D("2015", date="2015", note="year of an earlier train crash (text cut off)"),
        N("un", "En 2015, un tren", note="article"),
    ],
)

DOCS["303_fox4now"] = dict(
    language="en",
    items=[
        Q("23", "Watch\n23", key="d23_h", value=23, unit="people", qualifier=None,
          subject=DEATHS + " (first official toll, 4 May)", note="headline"),
        Q("70", "23 dead, 70 injured", key="inj70_h", value=70, unit="people", qualifier=None,
          subject=INJ + " (first official count, 4 May)", note="headline"),
        N("3:29 AM", reason="time", note="posting time"),
        N("May 04, 2021", reason="chrome", note="posting date"),
        N("2021-05-04 11:43:59-04", reason="chrome", note="update timestamp"),
        Q("at least 23", key="d23", value=23, unit="people", qualifier="at_least",
          subject=DEATHS + " (first official toll, 4 May)"),
        R("late Monday"),
        N("One", "One subway car", note="'One subway car' = a car"),
        N("hours", "searched it for hours", note="vague duration, no number"),
        R("early Tuesday"),
        Q("about 70", key="inj70", value=70, unit="people", qualifier="about",
          subject=INJ + " (first official count, 4 May)"),
        Q("about 16", key="h16", value=16, unit="feet", qualifier="about",
          subject="height of the collapsed overpass above the road"),
    ],
)

DOCS["304_channelnewswire"] = dict(
    language="en",
    items=[
        Q("At least 23", "/At least 23", key="d23_h1", value=23, unit="people", qualifier="at_least",
          subject=DEATHS + " (first official toll, 4 May)", note="page title (with a stray '/' before it)"),
        Q("At least 23", "collapses\n\nAt least 23", key="d23_h2", value=23, unit="people", qualifier="at_least",
          subject=DEATHS + " (first official toll, 4 May)", note="headline (repeated)"),
        R("Monday night", "below on Monday night"),
        Q("at least 23", key="d23", value=23, unit="people", qualifier="at_least",
          subject=DEATHS + " (first official toll, 4 May)"),
        Q("More than 60", key="inj60", value=60, unit="people", qualifier="more_than",
          subject=INJ + " (first official count, 4 May)"),
        T("“A support beam gave way,”", key="q_beam", speaker=SH,
          attribution="Mexico City Mayor Claudia Sheinbaum said at the scene"),
        N("Line 12", reason="identifier", note="line number"),
        N("10:30 p.m.", reason="time", note="time of the collapse"),
        N("11:30 p.m. ET", reason="time"),
        Q("65", key="hosp65", value=65, unit="people", qualifier=None,
          subject="injured people hospitalized, per Sheinbaum at the scene (night of 3-4 May)",
          note="'65 people had been taken to hospitals'"),
        Q("seven", key="serious7", value=7, unit="people", qualifier=None,
          subject="injured in serious condition, per Sheinbaum at the scene"),
        R("Tuesday morning"),
        Q("at least 79", key="hosp79", value=79, unit="people", qualifier="at_least",
          subject="people taken to hospitals (official list of 4 May)"),
        Q("two", "including two", value=2, unit="people", qualifier=None,
          subject="15-year-old girls among the hospitalized"),
        Q("15", "two 15-year-old", value=15, unit="years", qualifier=None, subject="age of two hospitalized girls"),
        N("a", "and a 17-year-old", note="article"),
        Q("17", value=17, unit="years", qualifier=None, subject="age of a hospitalized boy"),
        N("one", "one of the victims", note="pronoun"),
        R("Monday night", "noise on Monday night"),
        T("“I even thought that it was a car that had collided around here, but no, I came out and saw the scene,”",
          speaker="Alfonso", attribution="Alfonso, a local resident, told NBC’s sister network Telemundo",
          note="witness named by first name only"),
        Q("43", value=43, unit="years", qualifier=None, subject="age of Gisela del Ocaso, looking for her husband"),
    ],
)

DOCS["305_eje360"] = dict(
    language="es",
    items=[
        Q("al menos 23", key="d23", value=23, unit="people", qualifier="at_least",
          subject=DEATHS + " (first official toll, 4 May)"),
        Q("65", "muertas y 65 lesionadas", key="inj65", value=65, unit="people", qualifier=None,
          subject=INJ + " (as counted at the scene, 4 May)",
          note="'65 lesionadas'; later in the text the same 65 are those taken to hospital"),
        Q("65", "contrario, 65 fueron", key="hosp65", value=65, unit="people", qualifier=None,
          subject="injured people hospitalized, per Sheinbaum at the scene (night of 3-4 May)",
          note="'65 fueron trasladadas ... para recibir asistencia médica'"),
        N("Pocas", note="vague"),
        Q("al menos 12", key="h12", value=12, unit="meters", qualifier="at_least",
          subject="height of the collapsed overpass above the road",
          note="'del puente, de al menos 12 metros de altura', attributed to Sheinbaum; AP says about 5 m (16 ft)"),
    ],
)

DOCS["306_perfil"] = dict(
    language="es",
    items=[
        N("Línea 12", "la Línea 12 del Metro de la Ciudad", reason="identifier", note="line number"),
        R("este lunes", "la noche de este lunes"),
        Q("al menos 23", key="d23", value=23, unit="people", qualifier="at_least",
          subject=DEATHS + " (first official toll, 4 May)"),
        Q("65", key="inj65", value=65, unit="people", qualifier=None,
          subject=INJ + " (as counted at the scene, 4 May)"),
        Q("un", "Buscan a un pasajero", value=1, unit="people", qualifier=None,
          subject="passengers missing after the collapse (night of 3-4 May)",
          note="'un pasajero desaparecido': a count here"),
        N("22.25", reason="time", note="time of the collapse"),
        R("este lunes", "22.25 de este lunes"),
        N("línea 12", "esa línea 12", reason="identifier"),
        Q("cuatro", value=4, unit="vehicles", qualifier=None,
          subject="vehicles the fallen train and bridge landed on"),
        T("“Un trabe [viga] se venció en el momento en el que iba pasando el tren”", key="q_trabe", speaker=SH,
          attribution="explicó Sheinbaum, desde el lugar hacia la medianoche",
          note="the bracketed gloss [viga] is the outlet's; the AP's English 'A support beam gave way' renders only the first clause (not grouped)"),
        N("medianoche", reason="time"),
        N("Línea 12,", "la Línea 12, luego", reason="identifier"),
        D("2017", "terremoto de 2017", key="quake2017", date="2017"),
        T("“Se inicia una revisión estructural de toda la línea 12 y un peritaje e investigación profunda de las causas de este lamentable y grave incidente”",
          speaker=SH, attribution="tuiteó esta madrugada la máxima funcionaria de la ciudad"),
        R("esta madrugada"),
        N("las dos de la madrugada", reason="time"),
        R("martes", "madrugada del martes"),
        N("La inflación de abril en México se dispara al máximo de los últimos tres años", reason="chrome",
          note="link to an unrelated article inside the page text"),
        Q("450", value=450, unit="officials", qualifier=None, subject="preventive police officers in the rescue operation"),
        Q("250", value=250, unit="officials", qualifier=None, subject="traffic police officers in the rescue operation"),
        Q("21", value=21, unit="units", qualifier=None, subject="emergency units in the rescue operation"),
        Q("90", value=90, unit="paramedics", qualifier=None, subject="ERUM paramedics in the rescue operation"),
    ],
)

DOCS["307_bbc_yahoo"] = dict(
    language="en",
    items=[
        N("4 min read", reason="chrome"),
        T('"nothing would be hidden"', key="q_hidden", speaker=AMLO,
          attribution="President Andrés Manuel López Obrador said",
          note="indirect wording inside quote marks"),
        N("Line 12", "on Line 12 plummeted", reason="identifier"),
        Q("at least 23", key="d23", value=23, unit="people", qualifier="at_least",
          subject=DEATHS + " (first official toll, 4 May)"),
        D("2012", "inaugurated, in 2012", key="inaug", date="2012", note="inauguration of Line 12"),
        T('"We cannot get into speculation, much less blame the possible perpetrators without having proof,"',
          key="q_spec", speaker=AMLO, attribution="he said (President López Obrador, at a news conference)"),
        T('"very sad day for everyone"', speaker=EBRARD, attribution="Mr Ebrard said it was a"),
        D("2019", "now and in 2019", date="2019", note="date of an earlier image of the site"),
    ],
)

DOCS["308_sopitas"] = dict(
    language="es",
    items=[
        N("Línea 12", "la Línea 12 del Metro —la", reason="identifier"),
        D("4 de mayo", "este 4 de mayo", key="conf0504", date="--05-04", note="'la conferencia mañanera de este 4 de mayo' (2021)"),
        Q("al menos 23", key="d23_conf", value=23, unit="people", qualifier="at_least",
          subject=DEATHS + " (toll given at the morning press conference of 4 May)"),
        N("‘mañanera’", note="quoted name of the press conference"),
        Q("79", key="hosp79", value=79, unit="people", qualifier=None,
          subject="people hospitalized (toll given at the morning press conference of 4 May)"),
        Q("5", "hospitalizadas, 5 aún", key="unid5", value=5, unit="people", qualifier=None,
          subject="dead not yet identified (4 May press conference)"),
        Q("23", "y 23 fallecidos", key="d23_conf2", value=23, unit="people", qualifier=None,
          subject=DEATHS + " (toll given at the morning press conference of 4 May)",
          note="text of an embedded tweet"),
        N("Línea 12", "Línea 12 del Metro. pic", reason="identifier"),
        N("pic.twitter.com/0TS15RfrLv", reason="identifier", note="tweet link"),
        N("Línea 12", "Línea 12 del Metro\n\n“No", reason="identifier"),
        T("“No podemos decir nada hasta que tengamos los peritajes, especular qué pasó no nos ayuda a nadie”",
          speaker=SH, attribution="dijo Claudia Sheinbaum"),
        R("la noche de ayer"),
        D("3 de mayo", key="collapse", date="--05-03"),
        N("10:22 de la noche", reason="time", note="time of the collapse according to Sheinbaum"),
        T("“cayó una de las trabes del elevado de la Línea 12”", speaker=SH, attribution="Sheinbaum recordó"),
        Q("cuatro", "cuerpos de cuatro", value=4, unit="people", qualifier=None,
          subject="bodies (text cut off: 'los cuerpos de cuatro pers')", note="page cut off mid-word"),
    ],
)

DOCS["309_imagendelgolfo"] = dict(
    language="es",
    items=[
        R("ayer", "lo ocurrido ayer"),
        N("Línea 12", "la Línea 12 del Metro.\n", reason="identifier"),
        T('"Como siempre, la Fiscalía General de Justicia debe de llevar a cabo un peritaje que inició justamente en la noche de ayer, pero además estamos -y lo informaremos el día de hoy- buscando una empresa internacional con certificado tanto en Metro como en asuntos estructurales para que haga un peritaje técnico y que podamos llegar a las causas de este lamentable incidente"',
          speaker=SH, attribution="dijo (Claudia Sheinbaum Pardo)"),
        R("la noche de ayer", note="inside a quote"),
        R("el día de hoy", note="inside a quote"),
        Q("79", key="hosp79", value=79, unit="people", qualifier=None,
          subject="people hospitalized (toll given at the morning press conference of 4 May)"),
        Q("24", key="d24_conf", value=24, unit="people", qualifier=None,
          subject=DEATHS + " (toll given at the morning press conference of 4 May)",
          note="'Durante la conferencia presidencial ... 24 perdieron la vida'"),
        N('"trabe"', note="quoted technical term, not a quotation of words said"),
        N("Línea 12,", "Olivos de la Línea 12,", reason="identifier"),
        Q("cinco", key="unid5", value=5, unit="people", qualifier=None,
          subject="dead not yet identified (4 May press conference)"),
        Q("19", value=19, unit="people", qualifier=None, subject="women among the 79 hospitalized",
          note="'En total: son 19 mujeres y 60 hombres' (19 + 60 = 79)"),
        Q("60", value=60, unit="people", qualifier=None, subject="men among the 79 hospitalized"),
        Q("tres", "son tres menores", value=3, unit="people", qualifier=None, subject="minors among the hospitalized"),
        Q("tres", "y tres adultos", value=3, unit="people", qualifier=None, subject="elderly people among the hospitalized"),
        N("02:30 horas", reason="time", note="arrival of a crane"),
        R("hoy", "horas de hoy"),
        N("todos los días", note="frequency, not a date"),
        N("Línea 12,", "en La Línea 12,", reason="identifier"),
        R("el año pasado", note="= 2020, last structural review"),
        T('"algún hundimiento"', speaker=SH, attribution="La mandataria local dijo que si hubieran detectado"),
        N("hace unos meses", note="vague"),
        N("Línea 9,", reason="identifier"),
        T('"especulaciones"', speaker=SH, attribution="Insistió en evitar hacer", note="one-word partial quote"),
        T('"Creo que res', speaker=SH, attribution="(Sheinbaum, in the question round)",
          note="page cut off inside the quote: no closing mark"),
    ],
)

DOCS["310_globalconstructionreview"] = dict(
    language="en",
    items=[
        N("Line 12", "entire Line 12", reason="identifier"),
        D("Monday, 3 May", key="collapse", date="--05-03"),
        Q("24", key="d24", value=24, unit="people", qualifier=None,
          subject=DEATHS + " (toll of 4-5 May)", note="'so far known to have killed 24 people'"),
        Q("79", key="inj79", value=79, unit="people", qualifier=None,
          subject=INJ + " (count of 4-5 May)",
          note="'injured 79 others'; the 79 of 304/308/309 are people taken to hospital: related but not grouped"),
        N("10.22pm", reason="time", note="time of the collapse"),
        R("that day", "on that day", note="= 3 May"),
        T('"We will report with all the truth,"', speaker=SH, attribution="Sheinbaum said on Tuesday"),
        R("Tuesday"),
        N("Line 12,", "\nLine 12, known", reason="identifier"),
        D("October 2012", key="inaug", date="2012-10", note="start of operation of Line 12"),
        Q("some 15", key="m15", value=15, unit="months", qualifier="about",
          subject="time between the opening of Line 12 and the closure of the section"),
        R("Monday", "site of Monday’s", note="= 3 May"),
        D("March 2014", key="close2014", date="2014-03", note="start of the partial closure"),
        Q("nearly nine", key="closure", value=9, unit="months", qualifier="about",
          subject="duration of the 2014-2015 closure of the elevated section",
          note="'nearly' read as approximate; MBN (317) says 1.5 years"),
        D("September 2017", key="quake2017", date="2017-09"),
        R("That year", note="= 2017"),
        T('"was born with endemic problems that would never be solved in its life"', speaker="Jorge Gavino",
          attribution="Jorge Gaviño, said the line ... BBC News has reported"),
        T('"permanent"', speaker="Jorge Gavino", attribution="adding that it would require",
          note="one-word partial quote"),
        T('"We cannot get into speculation, much less blame the possible perpetrators without having proof,"',
          key="q_spec", speaker=AMLO, attribution="he told reporters, according to the BBC"),
        R("yesterday"),
    ],
)

DOCS["311_reuters_forex"] = dict(
    language="en",
    items=[
        T("“structural”", speaker=None, attribution="headline: probe ... blames",
          note="one-word quote from the preliminary findings"),
        R("last month", "collapsed last month"),
        Q("26", "left 26 people", key="d26_cap", value=26, unit="people", qualifier=None,
          subject=DEATHS + " (final toll)", note="photo caption"),
        D("June 14, 2021", date="2021-06-14", note="date of the photo"),
        R("last month", "rail line last month"),
        R("Wednesday", "said on Wednesday", note="= 16 June 2021"),
        T("“six deficiencies in the construction process”", key="q_six", speaker=None,
          attribution="The report by DNV ... refers to"),
        Q("six", "“six deficiencies", key="six", value=6, unit="deficiencies", qualifier=None,
          subject="construction deficiencies found by DNV's preliminary report", note="inside a quote"),
        T("“The aforementioned allows us to submit, on a preliminary basis, that the incident was sparked by a structural fault,”",
          key="q_esteva", speaker=ESTEVA, attribution="Esteva told a news conference"),
        Q("26", "killed 26 people", key="d26", value=26, unit="people", qualifier=None,
          subject=DEATHS + " (final toll)"),
        N("in years", note="vague duration"),
    ],
)

DOCS["312_pledgetimes"] = dict(
    language="en",
    items=[
        N("line 12", reason="identifier"),
        D("May 3", key="collapse", date="--05-03"),
        T("“structural failure”", speaker=None, attribution="the investigation revealed that the origin of the accident was a"),
        Q("26", key="d26", value=26, unit="people", qualifier=None, subject=DEATHS + " (final toll)",
          note="'26 fatalities'"),
        R("this Wednesday", note="= 16 June 2021"),
        T("“six deficiencies in the construction process”", key="q_six", speaker=None,
          attribution="DNV referred in its preliminary expert report to"),
        Q("six", "“six deficiencies", key="six", value=6, unit="deficiencies", qualifier=None,
          subject="construction deficiencies found by DNV's preliminary report", note="inside a quote"),
        T("“porosity and lack of fusion in the bolt-girder joint”", speaker=None, attribution="The investigation details"),
        T("“lack of Nelson bolts in the girders that make up the bridge assembly”", speaker=None,
          attribution="The investigation details"),
        T("“different types of concrete on the tablet ”", speaker=None, attribution="The investigation details",
          note="stray space before the closing mark, as in the page"),
        T("“ unfinished and / or poorly executed welds ”", speaker=None, attribution="The investigation details",
          note="stray spaces inside the marks, as in the page"),
        T("“The incident was caused by a structural failure,”", key="q_esteva", speaker=ESTEVA,
          attribution="Jesús Esteva ... he said"),
        T("“in compliance with routine maintenance protocols.”", speaker=None,
          attribution="The results highlighted ... that the line operated"),
        N("second", "a second report", reason="ordinal"),
        D("July 14", key="rep2", date="--07-14", note="planned delivery of DNV's second report"),
        N("third", "a third document", reason="ordinal"),
        D("August 30", key="rep3", date="--08-30", note="planned delivery of DNV's third report"),
        R("this Thursday"),
    ],
)

DOCS["313_sintesis"] = dict(
    language="es",
    items=[
        R("Este miércoles", note="= 16 June 2021"),
        N("1", "Fase 1", reason="identifier", note="phase label 'Fase 1'"),
        D("3 de mayo", "pasado 3 de mayo", key="collapse", date="--05-03"),
        N("línea 12", "3 de mayo en la línea 12 del metro en el cual", reason="identifier"),
        D("3 de mayo", "noche del 3 de mayo", key="collapse2", date="--05-03"),
        N("línea 12", "3 de mayo en la línea 12 del metro. En", reason="identifier"),
        N("primera", "la primera entrega", reason="ordinal"),
        Q("por lo menos seis", key="six", value=6, unit="deficiencies", qualifier="at_least",
          subject="construction deficiencies found by DNV's preliminary report"),
        N("línea 12", "tenido la línea 12", reason="identifier"),
        D("3 de mayo", "a partir del 3 de mayo", key="collapse3", date="--05-03"),
        N("primera", "la primera fase", reason="ordinal"),
        N("línea 12,", "dictamen de la línea 12,", reason="identifier"),
        N("segunda", "la segunda fase", reason="ordinal"),
        D("14 de julio", key="rep2", date="--07-14", note="planned delivery of DNV's second phase"),
        N("3", "la fase 3", reason="identifier", note="phase label 'fase 3'"),
        D("30 de agosto", key="rep3", date="--08-30", note="planned delivery of DNV's third phase"),
        T("“esta es una fase preliminar y todavía no hay resultados finales”", speaker="Eckhard Hinrichsen",
          attribution="Hinrichsen destacó"),
    ],
)

DOCS["314_expansion"] = dict(
    language="es",
    items=[
        N("Línea 12", "la Línea 12 del Metro capitalino", reason="identifier"),
        D("lunes 3 de mayo", key="collapse", date="--05-03"),
        Q("26", key="d26", value=26, unit="people", qualifier=None, subject=DEATHS + " (final toll)"),
        N("decenas", note="vague"),
        N("primer", "el primer reporte", reason="ordinal"),
        N("Línea 12.", reason="identifier"),
        Q("dos", "otras dos entregas", value=2, unit="reports", qualifier=None,
          subject="further DNV report deliveries planned after the preliminary one"),
        D("14 de julio", key="rep2", date="--07-14", note="planned delivery of DNV's second report"),
        D("30 de agosto", key="rep3", date="--08-30", note="planned delivery of DNV's third report"),
        N('"Línea dorada"', note="quoted name of Line 12"),
    ],
)

DOCS["315_sierramadre"] = dict(
    language="en",
    items=[
        N("Línea 12", reason="identifier", note="in the Spanish headline"),
        Q("26.2 mdp", key="cost_h", value=26200000, unit="pesos", qualifier=None,
          subject="cost of DNV's contract for the Line 12 report", language="es",
          note="Spanish headline; 'mdp' = millones de pesos"),
        D("May 4", key="announce", date="--05-04",
          note="date Sheinbaum announced DNV would investigate; 316 says 5 de mayo"),
        Q("one", "one day after", value=1, unit="days", qualifier=None,
          subject="time between the collapse and the announcement of the DNV investigation"),
        N("Line 12", "Metro Line 12 –", reason="identifier"),
        Q("more than 26", key="d26", value=26, unit="people", qualifier="more_than",
          subject=DEATHS + " (final toll)",
          note="'more than 26 people dead': incompatible with the final toll of exactly 26 given elsewhere (probably a translation slip)"),
        Q("more than 100", key="inj100", value=100, unit="people", qualifier="more_than",
          subject=INJ + " (final count)"),
        N("Line 12,", "work of Line 12,", reason="identifier"),
        Q("26 million 232 thousand 240 pesos", key="cost", value=26232240, unit="pesos", qualifier=None,
          subject="cost of DNV's contract for the Line 12 report"),
        D("May 11", "from May 11", key="contract_start", date="--05-11", note="start of the contract's validity"),
        D("December 31", date="--12-31", note="end of the contract's validity ('of this year')"),
        R("this year", note="= 2021"),
        T("«this contract is in the process of being signed»", speaker=None,
          attribution="a legend opens that says", note="text shown on the transparency platform"),
        D("May 11", "occurred on May 11", key="signing", date="--05-11", note="signing of the contract"),
        N("SGIRPC / DEAF / RMAS / CT / 004/2021", reason="identifier", note="contract number"),
        T("“technical opinion service of the incident that occurred on Line 12, in the elevated section between Olivos and Tezonco stations, between the columns 12 and 13, and root cause analysis ”",
          speaker=None, attribution="The object of the contract ... is the", note="wording of the contract"),
        N("12 and 13", reason="identifier", note="column numbers, inside the quote"),
        R("To date"),
        D("June 16", key="prelim", date="--06-16", note="presentation of DNV's preliminary report"),
    ],
)

DOCS["316_eldiariodechihuahua"] = dict(
    language="es",
    items=[
        T('"Sería muy mezquino estar pensando en un asunto político en este momento"', speaker=SH,
          attribution="epigraph signed 'Claudia Sheinbaum'"),
        N("Línea 12", reason="identifier"),
        D("3 de mayo de 2021", key="collapse", date="2021-05-03"),
        Q("26", key="d26", value=26, unit="people", qualifier=None, subject=DEATHS + " (final toll)"),
        D("5 de mayo", key="announce", date="--05-05",
          note="date Sheinbaum announced DNV; 315 says May 4"),
        T('"una empresa de mucho prestigio en ingeniería forense, en evaluación forense"', speaker=SH,
          attribution="(Sheinbaum) anunció a la noruega DNV"),
        T('"reconocido prestigio internacional., experta en administración de riesgos, análisis forenses y análisis causa/raíz de fallas catastróficas en instalaciones estratégicas"',
          speaker="Myriam Urzua Venegas", attribution="Myrian Urzúa, su secretaria de gestión integral de riesgos y protección civil, añadió",
          note="the column spells 'Myrian'"),
        D("4 de mayo", key="dnv_start", date="--05-04", note="DNV had started working since this date"),
        N("4T", reason="identifier", note="'la 4T' = Cuarta Transformación (name of the government's project)"),
        N("primer", "El primer dictamen", reason="ordinal"),
        D("15 de junio", key="prelim", date="--06-15", note="delivery of DNV's first (preliminary) report; 315 says June 16"),
        N("segundo", "El segundo informe", reason="ordinal"),
        D("14 de julio", key="rep2", date="--07-14", note="planned delivery of DNV's second report"),
        N("tercero", "el tercero", reason="ordinal"),
        D("30 de agosto", key="rep3", date="--08-30", note="planned delivery of DNV's third report"),
        R("Hasta la fecha"),
        D("3 de agosto", date="--08-03", note="Urzúa said the field investigation was finished"),
        Q("30", "el 30 por cie", value=30, unit="percent", qualifier=None,
          subject="progress of some part of the DNV work (text cut off)",
          note="page cut off inside '30 por cie[nto]'; only the number is spanned"),
    ],
)

DOCS["317_mexicobusiness"] = dict(
    language="en",
    items=[
        N("Line 12", "Research on Line 12 Collapse\nHome", reason="identifier"),
        N("Line 12", "Research on Line 12 Collapse\n\nPhoto", reason="identifier"),
        N("Mon, 05/16/2022 - 12:31", reason="chrome", note="byline timestamp"),
        Q("One", "One year after", value=1, unit="years", qualifier=None, subject="time since the Line 12 collapse"),
        N("Line 12 (L12)", reason="identifier"),
        N("third", "its third and final", reason="ordinal"),
        N("L12", "structure of L12", reason="identifier"),
        Q("three", "covering three", value=3, unit="administrations", qualifier=None,
          subject="Mexico City administrations in charge of Line 12 covered by the DNV report"),
        D("2006", key="ebrard_from", date="2006", note="start of Ebrard's administration"),
        D("2012", "2006 to 2012", key="ebrard_to", date="2012", note="end of Ebrard's administration"),
        D("2012", "from 2012 to 2018", date="2012", note="start of Mancera's administration"),
        D("2018", "2012 to 2018", date="2018", note="end of Mancera's administration"),
        Q("1.5", key="closure", value=1.5, unit="years", qualifier=None,
          subject="duration of the 2014-2015 closure of the elevated section",
          note="GCR (310) says nearly nine months"),
        D("2014", "between 2014", key="close2014", date="2014", note="start of the suspension"),
        D("2015", "and 2015", date="2015", note="end of the suspension"),
        D("2018", "started in 2018", date="2018", note="start of Sheinbaum's administration"),
        Q("two", "first two parts", value=2, unit="parts", qualifier=None,
          subject="parts of the DNV report published by the Mexico City government"),
        D("June", "in June and", key="prelim", date="--06", note="'June and Sept. 2021': publication of the first part; year 2021 by context"),
        D("Sept. 2021", date="2021-09", note="publication of the second part"),
        N("third", "The third report", reason="ordinal"),
        T("“false”", speaker=None, attribution="the Mexico City government considered the results"),
        T("“politically biased.”", speaker=None, attribution="the Mexico City government considered the results"),
    ],
)

DOCS["318_cnnespanol_kesq"] = dict(
    language="es",
    items=[
        Q("una", "Hace una semana", value=1, unit="weeks", qualifier=None,
          subject="time since the collapse (as of 10 May)", note="'Hace una semana' is a duration"),
        N("22:00 horas", reason="time", note="'Poco después de las 22:00 horas'"),
        N("Línea 12", "la Línea 12 del Metro de la capital", reason="identifier"),
        Q("dos", "dos de sus vagones", value=2, unit="cars", qualifier=None, subject="train cars that fell"),
        N("decenas", note="vague"),
        D("lunes 10 de mayo", date="--05-10"),
        Q("26", key="d26", value=26, unit="people", qualifier=None, subject=DEATHS + " (final toll; as of 10 May)"),
        Q("28", value=28, unit="people", qualifier=None, subject="injured still hospitalized as of 10 May"),
        Q("63", value=63, unit="people", qualifier=None, subject="injured discharged from hospital as of 10 May"),
        Q("una", "localizarse a una persona", value=1, unit="people", qualifier=None,
          subject="people still missing as of 10 May", note="'una persona': a count here"),
        N("Línea 12", "la Línea 12 del metro de Ciudad", reason="identifier"),
        N("Línea 12,", "colapso de la Línea 12,", reason="identifier"),
        N("“Línea Dorada”", note="quoted name of Line 12"),
        R("en días pasados"),
        T("“conocer las causas de lo que ocurrió y además al fondo de la Línea 12”", speaker=SH,
          attribution="Claudia Sheinbaum Pardo, comentó en días pasados que se llevarán a cabo todas las investigaciones para"),
        N("Línea 12.", "colapso de la Línea 12.\n", reason="identifier"),
        N("Línea 12,", "\n\nLínea 12, un", reason="identifier"),
        T("“trágico incidente”", "Línea 12, un “trágico incidente”", key="q_tragico_h", speaker=SH,
          attribution="subheading", note="partial quote in a subheading"),
        T("“trágico incidente”", "Dorada como “trágico incidente”", key="q_tragico", speaker=SH,
          attribution="Sheinbaum Pardo calificó el colapso de la Línea Dorada como"),
        N("“accidente”", note="word mentioned (the term Sheinbaum refused), not words said"),
        T("“Digo incidente porque no considero que se le pueda llamar accidente, esa es la razón por la que utilizó la palabra incidente, ‘trágico incidente’, ‘doloroso incidente’, pero no creo que se pueda utilizar la palabra accidente y ya en algún momento podemos hablar de ello”",
          speaker=SH, attribution="declaró la jefa de Gobierno de la capital mexicana el sábado 8 de mayo en conferencia de prensa",
          note="nested ‘’ quotes belong to this claim"),
        D("sábado 8 de mayo", date="--05-08"),
    ],
)

GROUPS = [
    # (kind, verdict, [(prefix, key), ...], note)
    # ---- death tolls (separate groups for counts given at different times)
    ("quantity", "agree",
     [("301", "d23_h"), ("301", "d23"), ("302", "d23_h"), ("302", "d23"), ("303", "d23_h"), ("303", "d23"),
      ("304", "d23_h1"), ("304", "d23_h2"), ("304", "d23"), ("305", "d23"), ("306", "d23"), ("307", "d23")],
     "first official death toll, night of 3 May / morning of 4 May: 23 / at least 23 / al menos 23 (AP, its Spanish "
     "translation, Scripps, NBC repost, BBC, Eje360, Perfil). Later tolls (24 on 4-5 May in 310, 26 from about a week "
     "later) are not in this group: the count changed over time"),
    ("quantity", "contradict", [("308", "d23_conf"), ("308", "d23_conf2"), ("309", "d24_conf")],
     "death toll Sheinbaum gave at the same morning press conference of 4 May: 23 (Sopitas, text and embedded tweet) "
     "vs 24 (Imagen del Golfo, 'durante la conferencia presidencial'). Both give the same 79 hospitalized and 5 "
     "unidentified, so they report the same statement; 24 was the figure of later that day"),
    ("quantity", "contradict",
     [("311", "d26_cap"), ("311", "d26"), ("312", "d26"), ("314", "d26"), ("315", "d26"), ("316", "d26"),
      ("318", "d26")],
     "final death toll: 26 in Reuters (caption and body), Pledge Times, Expansión, El Diario de Chihuahua and CNN "
     "Español (as of 10 May) vs 'more than 26' in Sierra Madre Noticias (315), incompatible with exactly 26 (probably "
     "a translation slip: 'more than' belongs to the 100 injured)"),
    # ---- injured / hospitalized
    ("quantity", "agree",
     [("301", "inj70"), ("302", "inj70"), ("303", "inj70_h"), ("303", "inj70"), ("304", "inj60")],
     "first count of injured, 4 May: about 70 / unas 70 / 70 (headline) / more than 60: compatible"),
    ("quantity", "agree", [("305", "inj65"), ("306", "inj65")],
     "injured as counted at the scene: 65 (Eje360 '65 lesionadas', Perfil '65 heridos'). Kept apart from 'about 70': "
     "65 is the number NBC and Eje360 give for people taken to hospital"),
    ("quantity", "contradict", [("301", "hosp49"), ("302", "hosp49"), ("304", "hosp65"), ("305", "hosp65")],
     "people taken to hospital according to Sheinbaum at the scene (same briefing: seven in serious condition in "
     "both versions): 49 (AP 301 and its Spanish translation 302) vs 65 (NBC repost 304, Eje360 305). They may come "
     "from different moments of the night, but the outlets attribute them to the same statement"),
    ("quantity", "agree", [("301", "serious7"), ("302", "serious7"), ("304", "serious7")],
     "seven / siete injured in serious condition"),
    ("quantity", "agree", [("304", "hosp79"), ("308", "hosp79"), ("309", "hosp79")],
     "79 people hospitalized (civil protection list of the morning of 4 May; 'at least 79' in 304)"),
    ("quantity", "agree", [("308", "unid5"), ("309", "unid5")], "5 / cinco dead not yet identified (4 May)"),
    # ---- height of the overpass
    ("quantity", "contradict",
     [("301", "h5_sub"), ("301", "h5"), ("302", "h5"), ("302", "h16"), ("303", "h16"), ("305", "h12")],
     "height of the overpass above the road: 5 m / about 5 m / unos 5 metros (16 pies) / about 16 feet (AP and copies; "
     "16 ft = 4.9 m, compatible) vs 'al menos 12 metros de altura' in Eje360 (305), attributed to Sheinbaum"),
    # ---- quotes of the first night
    ("quote", "agree", [("301", "q_beam"), ("302", "q_beam"), ("304", "q_beam")],
     "Sheinbaum: 'A support beam gave way' (AP, NBC) / 'Una viga de soporte cedió' (Spanish translation of the AP). "
     "Her original Spanish words in Perfil (306, 'Un trabe [viga] se venció en el momento en el que iba pasando el "
     "tren') are longer and not grouped"),
    ("quote", "agree", [("301", "q_children"), ("302", "q_children")],
     "Sheinbaum: 'There are unfortunately children among the dead' = 'Desafortunadamente, hay niños entre los muertos'"),
    ("quote", "agree", [("301", "q_alive"), ("302", "q_alive")],
     "Sheinbaum: 'We don’t know if they are alive' = 'No sabemos si están vivos'"),
    ("quote", "agree", [("307", "q_spec"), ("310", "q_spec")],
     "López Obrador: 'We cannot get into speculation ...', identical (GCR cites the BBC)"),
    # ---- dates and history
    ("date", "agree",
     [("308", "collapse"), ("310", "collapse"), ("312", "collapse"), ("313", "collapse"), ("313", "collapse2"),
      ("313", "collapse3"), ("314", "collapse"), ("316", "collapse")],
     "date of the collapse: 3 May (2021) / 3 de mayo / Monday, 3 May / lunes 3 de mayo / 3 de mayo de 2021"),
    ("date", "agree", [("307", "inaug"), ("310", "inaug")], "inauguration of Line 12: 2012 / October 2012"),
    ("date", "agree", [("306", "quake2017"), ("310", "quake2017")], "earthquake that damaged the line: 2017 / September 2017"),
    ("date", "agree", [("310", "close2014"), ("317", "close2014")], "start of the partial closure: March 2014 / 2014"),
    ("quantity", "contradict", [("310", "closure"), ("317", "closure")],
     "duration of the 2014-2015 closure of the elevated section: 'nearly nine months' (GCR 310) vs '1.5 years' "
     "(Mexico Business News 317): incompatible (the closure ran from March 2014 to late 2015)"),
    # ---- DNV
    ("date", "contradict", [("315", "announce"), ("316", "announce")],
     "date Sheinbaum announced that DNV would investigate: May 4 (Sierra Madre 315, 'one day after the accident') vs "
     "'El 5 de mayo anunció a la noruega DNV' (El Diario de Chihuahua 316, which also says DNV had been working since "
     "4 May). Which one is right is not settled by these texts"),
    ("date", "contradict", [("315", "prelim"), ("316", "prelim"), ("317", "prelim")],
     "date of DNV's preliminary (first) report: 'presented on June 16' (315) vs 'se entregó el 15 de junio' (316); "
     "317's 'June' is compatible with both. Delivery and presentation were the same event: Síntesis (313) says the "
     "firm delivered it 'Este miércoles' (= 16 June), as Reuters (311) and Pledge Times (312) date the presentation "
     "'Wednesday'; those relative dates are not grouped"),
    ("quantity", "agree", [("311", "six"), ("312", "six"), ("313", "six")],
     "six / por lo menos seis construction deficiencies found by DNV"),
    ("quote", "agree", [("311", "q_six"), ("312", "q_six")], "'six deficiencies in the construction process', identical"),
    ("quote", "variant", [("311", "q_esteva"), ("312", "q_esteva")],
     "Esteva's conclusion in two English renderings: 'The aforementioned allows us to submit, on a preliminary basis, "
     "that the incident was sparked by a structural fault' (Reuters) vs 'The incident was caused by a structural "
     "failure' (Pledge Times)"),
    ("date", "agree", [("312", "rep2"), ("313", "rep2"), ("314", "rep2"), ("316", "rep2")],
     "planned delivery of DNV's second report: July 14 / 14 de julio"),
    ("date", "agree", [("312", "rep3"), ("313", "rep3"), ("314", "rep3"), ("316", "rep3")],
     "planned delivery of DNV's third report: August 30 / 30 de agosto"),
    ("quantity", "single-source", [("315", "cost_h"), ("315", "cost")],
     "cost of the DNV contract: '26.2 mdp' (Spanish headline) and '26 million 232 thousand 240 pesos' (body): compatible"),
    ("quote", "single-source", [("318", "q_tragico_h"), ("318", "q_tragico")],
     "Sheinbaum's 'trágico incidente' in the subheading and in the text"),
]


# --------------------------------------------------------------------------


def build():
    goldkit.build(HERE, DOCS, GROUPS, MARKS)


if __name__ == "__main__":
    build()
