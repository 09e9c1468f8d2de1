"""Build the gold YAML files of tests/dev/surfside (the partial collapse of Champlain Towers South, Surfside,
Florida, 24 June 2021, two weeks on: the tolls of Thursday 8 July 2021 - 60 dead / 80 unaccounted for in the
morning, 64 / 76 in the evening - and Friday 9 July - 78 / 62 -, the switch from rescue to recovery) from the
hand-written spec below.

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
              pairs={"“": "”", "«": "»", '"': '"', "‘": "’"})

LEVINE = "Daniella Levine Cava"
BURKETT = "Charles Burkett"
DESANTIS = "Ron DeSantis"
WASSERMAN = "Debbie Wasserman Schultz"
VALERIAN = "Christopher Valerian"
STRATTON = "Michael Stratton"

# subjects
S_D60 = "confirmed death toll of the Surfside collapse, morning briefing of Thursday 8 July 2021"
S_M80 = "people potentially unaccounted for, morning of Thursday 8 July 2021"
S_ID35 = "victims identified, morning of Thursday 8 July 2021 (as of 10 a.m.)"
S_NOK34 = "next of kin (families) notified, morning of Thursday 8 July 2021 (as of 10 a.m.)"
S_D64 = "confirmed death toll of the Surfside collapse, evening briefing of Thursday 8 July 2021"
S_M76 = "people potentially unaccounted for, evening of Thursday 8 July 2021"
S_ID40 = "victims identified, evening of Thursday 8 July 2021 (as of 5:45 p.m.)"
S_NOK39 = "next of kin notified, evening of Thursday 8 July 2021 (as of 5:45 p.m.)"
S_TEN = "bodies recovered during Thursday 8 July 2021 (toll 54 -> 64)"
S_SIX = "bodies recovered overnight 7-8 July 2021 (toll 54 -> 60)"
S_D78 = "confirmed death toll of the Surfside collapse, Friday 9 July 2021"
S_M62 = "people potentially unaccounted for / missing, Friday 9 July 2021"
S_ID47 = "victims identified (next of kin notified), Friday 9 July 2021"
S_14 = "bodies recovered overnight 8-9 July 2021 (toll 64 -> 78)"
S_SAFE = "people accounted for / confirmed safe (8-9 July 2021)"
S_WEEKS = "time elapsed since the collapse of 24 June 2021 (as of 8-9 July 2021)"
S_FLOORS = "number of floors (stories) of Champlain Towers South"
S_POP = "population of the town of Surfside"
S_HOURS = "hours a day the recovery crews work (Levine Cava: 'around the clock')"
S_JUN24 = "date of the partial collapse of Champlain Towers South"


def age(name):
    return f"age of {name}, victim of the collapse identified on 8 July 2021"


def q(text, anchor=None, key=None, value=None, unit="people", qualifier=None, subject=None, **f):
    return Q(text, anchor, key, value=value, unit=unit, qualifier=qualifier, subject=subject, **f)


DOCS = {}

DOCS["901_buglemiami"] = dict(
    language="en",
    items=[
        q("60", "rises to 60, mayor", "d60a", 60, subject=S_D60, note="headline"),
        q("80", "mayor says 80", "m80a", 80, subject=S_M80, note="headline"),
        q("six", "Another six bodies", None, 6, unit="bodies", subject=S_SIX),
        q("60", "death toll to 60,", "d60b", 60, subject=S_D60),
        R("Thursday", "confirmed on Thursday", note="8 July 2021"),
        q("80", "another 80 people", "m80b", 80, subject=S_M80),
        D("June 24", key="jun24", date="--06-24", note="2021"),
        T("“Every victim that we recover is handled with extreme care and compassion,”", key="q_every",
          speaker=LEVINE, attribution="Levine Cava said"),
        N("10 a.m.", reason="time"),
        R("Thursday", "10 a.m. Thursday", note="8 July 2021"),
        q("35", None, "id35", 35, subject=S_ID35),
        q("34", None, "nok34", 34, unit="next of kin", subject=S_NOK34),
        N("1:20 a.m.", reason="time", note="the moment of silence, at the time of the collapse"),
        q("two", "two weeks since", "weeks", 2, unit="weeks", subject=S_WEEKS),
        TS("“We have a tent", speaker=LEVINE, attribution="she said"),
        R("Thursday", "During a Thursday morning", note="8 July 2021"),
        R("Sunday", "leaving on Sunday", note="11 July 2021"),
    ],
)

DOCS["902_heraldodemexico"] = dict(
    language="es",
    items=[
        q("Al menos 60", None, "d60a", 60, qualifier="at_least", subject=S_D60),
        q("12", "edificio de 12 pisos en Surfside", "floors", 12, unit="floors", subject=S_FLOORS),
        R("ayer", "autoridades locales ayer", note="Thursday 8 July 2021"),
        q("dos", "dos semanas después de la catástrofe", "weeks", 2, unit="weeks", subject=S_WEEKS),
        R("el miércoles", "decidieron el miércoles", note="7 July 2021"),
        q("80", "cuando 80 personas", "m80", 80, subject=S_M80),
        D("24 de junio", key="jun24", date="--06-24", note="2021"),
        T("\"todavía rezamos por un milagro\"", key="q_milagro", speaker=BURKETT,
          attribution="dijo ayer el alcalde ..., Charles Burkett"),
        R("ayer", "dijo ayer el alcalde", note="Thursday 8 July 2021"),
        q("seis mil", None, "pop", 6000, unit="inhabitants", subject=S_POP),
        T("\"no se ha perdido toda esperanza\"", key="q_esperanza", speaker=BURKETT,
          attribution="asegurando que (Burkett)"),
        N("día 15", reason="ordinal", note="'the 15th day of operations'"),
        N("1:20", reason="time"),
        T("\"El trabajo continúa con toda la velocidad y urgencia necesarias\"", key="q_trabajo",
          speaker=LEVINE, attribution="dijo Daniella Levine Cava"),
        TS("\"Trabajamos las 24", key="q_clock", speaker=LEVINE, attribution="agregó (Levine Cava)"),
        q("24", "Trabajamos las 24 horas", "hours", 24, unit="hours", subject=S_HOURS, note="inside the quote"),
        q("60", "De los 60 muertos", "d60b", 60, subject=S_D60),
        q("35", None, "id35", 35, subject=S_ID35),
        q("34", None, "nok34", 34, unit="families", subject=S_NOK34),
        q("Al menos dos", None, None, 2, qualifier="at_least",
          subject="Argentines among the dead (8 July 2021)",
          note="the list's un chileno, una uruguaya, un venezolano, una uruguaya-venezolana are left out (articles)"),
    ],
)

DOCS["903_local10"] = dict(
    language="en",
    items=[
        q("64", "rises to 64, with", "d64a", 64, subject=S_D64, note="headline"),
        q("76", "with 76 still missing", "m76a", 76, subject=S_M76, note="headline"),
        q("64", "rose to 64 as of", "d64b", 64, subject=S_D64),
        R("Thursday", "as of a Thursday evening briefing", note="8 July 2021"),
        q("64", "rose to 64 on Thursday", "d64c", 64, subject=S_D64),
        R("Thursday", "64 on Thursday", note="8 July 2021"),
        q("76", "another 76 people", "m76b", 76, subject=S_M76),
        q("two", "two weeks after", "weeks", 2, unit="weeks", subject=S_WEEKS),
        D("June 24", key="jun24", date="--06-24", note="2021"),
        T("“Every victim that we recover is handled with extreme care and compassion,”", key="q_every",
          speaker=LEVINE, attribution="Levine Cava said"),
        N("5:45 p.m.", reason="time"),
        R("Thursday", "5:45 p.m. Thursday", note="8 July 2021"),
        q("40", None, "id40", 40, subject=S_ID40),
        q("39", None, "nok39", 39, unit="next of kin", subject=S_NOK39),
        R("Thursday", "police on Thursday include", note="8 July 2021"),
        q("58", "Gary Cohen, 58", "a_cohen", 58, unit="years", subject=age("Gary Cohen")),
        R("Wednesday", "58 (recovered Wednesday)", note="7 July 2021"),
        q("32", "Mora Jr., 32", "a_mora", 32, unit="years", subject=age("Juan Alberto Mora Jr.")),
        R("Wednesday", "32 (recovered Wednesday)", note="7 July 2021"),
        q("56", "Cattarossi, 56", "a_catta", 56, unit="years", subject=age("Andrea Cattarossi")),
        R("Monday", "(recovered Monday)", note="5 July 2021"),
        q("36", "Manashirov, 36", "a_mana", 36, unit="years", subject=age("Ruslan Manashirov")),
        R("Wednesday", "36 (recovered Wednesday)", note="7 July 2021"),
        q("52", "Rosenberg, 52", "a_rosen", 52, unit="years", subject=age("Harold Rosenberg")),
        R("Wednesday", "52 (recovered Wednesday)", note="7 July 2021"),
        q("71", "Machado, 71", "a_machado", 71, unit="years", subject=age("Gloria Machado")),
        R("Wednesday", "71 (recovered Wednesday)", note="7 July 2021"),
        R("Late Thursday", note="8 July 2021"),
        q("three", "their three children", None, 3, unit="children",
          subject="children of Sophia Lopez Moreira and Luis Pettengill"),
        q("two", "the two other children", None, 2, unit="children",
          subject="children of the Pettengill family still missing (8 July 2021)"),
        R("Thursday afternoon", note="8 July 2021"),
    ],
)

DOCS["904_palmbeachpost"] = dict(
    language="en",
    items=[
        q("64", "reaches 64 with", "d64a", 64, subject=S_D64, note="headline"),
        q("76", "with 76 'potentially", "m76a", 76, subject=S_M76, note="headline"),
        T("'potentially unaccounted for'", key="q_pot_h", speaker=LEVINE,
          attribution="headline; the body gives the words to Levine Cava"),
        R("Thursday", "The transition on Thursday", note="8 July 2021"),
        q("Ten", "Ten more bodies", "ten", 10, unit="bodies", subject=S_TEN),
        q("64", "raising to 64", "d64b", 64, subject=S_D64),
        D("June 24", key="jun24", date="--06-24", note="2021"),
        T("\"We are working around the clock to recover victims and to give closure to the families as fast as possible,\"",
          key="q_clock", speaker=LEVINE, attribution="she said"),
        q("40", None, "id40", 40, subject=S_ID40),
        q("39", None, "nok39", 39, unit="next of kin", subject=S_NOK39),
        R("Thursday", "fatalities Thursday", note="8 July 2021"),
        q("58", "Gary Cohen, 58", "a_cohen", 58, unit="years", subject=age("Gary Cohen")),
        q("18", "one of the 18", None, 18, unit="bodies", subject="bodies recovered on Wednesday 7 July 2021"),
        R("Wednesday", "18 recovered Wednesday", note="7 July 2021"),
        T("\"So, reporting these numbers has not gotten any easier,\"", key="q_easier", speaker=LEVINE,
          attribution="Levine Cava added"),
        q("200", "Another 200 people", "safe", 200, subject=S_SAFE),
        q("76", "a group of 76", "m76b", 76, subject=S_M76),
        T("\"potentially unaccounted for.\"", key="q_pot", speaker=LEVINE, attribution="Levine Cava said were"),
        R("that night", "premises that night", note="the night of 23-24 June 2021 (anaphoric)"),
        q("two", "Their were two brief p", None, 2, unit="pauses", subject="brief pauses in the recovery work (8 July 2021)",
          note="the counted noun is cut off ('p…'); 'pauses' read from the context, see README doubts"),
    ],
)

DOCS["905_nbcmiami"] = dict(
    language="en",
    items=[
        T("‘We Are Not Stopping'", key="q_stop_h", speaker=BURKETT,
          attribution="headline; the body gives the words to Burkett"),
        q("64", "Toll Reaches 64", "d64a", 64, subject=S_D64, note="headline"),
        R("Thursday", "Levine Cava said Thursday that 76 people were still potentially unaccounted for\n",
          note="8 July 2021 (subheading)"),
        q("76", "Thursday that 76 people were still potentially unaccounted for\n", "m76a", 76, subject=S_M76,
          note="subheading"),
        q("64", "rose to 64 Thursday", "d64b", 64, subject=S_D64),
        R("Thursday", "64 Thursday after", note="8 July 2021"),
        q("10", "after 10 more bodies", "ten1", 10, unit="bodies", subject=S_TEN),
        q("76", "Another 76 people", "m76b", 76, subject=S_M76),
        R("midnight Wednesday", note="the night of Wednesday 7 to Thursday 8 July 2021"),
        q("ten", "bodies of ten more", "ten2", 10, unit="bodies", subject=S_TEN),
        q("64", "death toll to 64, officials", "d64c", 64, subject=S_D64),
        R("Thursday", "officials said Thursday.", note="8 July 2021"),
        R("Thursday", "Levine Cava said Thursday that 76 people were still potentially unaccounted for, ",
          note="8 July 2021"),
        q("76", "Thursday that 76 people were still potentially unaccounted for, ", "m76c", 76, subject=S_M76),
        N("1:20 a.m.", reason="time"),
        R("Thursday", "1:20 a.m. Thursday", note="8 July 2021"),
        q("two", "exactly two weeks ago", "weeks", 2, unit="weeks", subject=S_WEEKS),
        T("\"It's been a rough couple of weeks,\"", speaker=DESANTIS, attribution="Florida Gov. Ron DeSantis said"),
        q("couple", "rough couple of weeks", None, 2, unit="weeks", qualifier="about",
          subject="time since the collapse (DeSantis, 8 July 2021)",
          note="inside the quote; 'a couple of' read as 2 'about' (gold README); 'rough' between article and "
               "noun, so the span is 'couple' only; not grouped with the exact 'two weeks'"),
        R("Thursday", "DeSantis said Thursday", note="8 July 2021"),
        T("\"This is a big void that's going to be felt, not just in these families but in this community as a whole.\"",
          speaker=DESANTIS, attribution="(continues after DeSantis said)"),
        T("\"until they've gotten to the bottom of the pile.\"", speaker=BURKETT,
          attribution="Burkett said he spoke with fire rescue workers who told him they won't stop working",
          note="words of the fire rescue workers as Burkett reported them; speaker of the sentence"),
        T("\"We are not stopping,\"", key="q_stop", speaker=BURKETT, attribution="Burkett said"),
        R("Thursday evening", note="8 July 2021"),
        q("64", "as the death toll rose to 64", "d64d", 64, subject=S_D64, note="video caption"),
        N("6", "NBC 6's", reason="identifier", note="station name"),
    ],
)

DOCS["906_infobae"] = dict(
    language="es",
    items=[
        N("9 Jul 2021", reason="chrome", note="AFP dateline 'Miami, 9 Jul 2021 (AFP)'"),
        q("Al menos 64", None, "d64", 64, qualifier="at_least", subject=S_D64),
        q("12", "edificio de 12 pisos en Surfside", "floors1", 12, unit="floors", subject=S_FLOORS),
        R("el jueves", "autoridades locales el jueves", note="8 July 2021"),
        q("76", "mientras 76 personas", "m76a", 76, subject=S_M76),
        R("el jueves por la tarde", note="8 July 2021"),
        T("\"no se ha vuelto más fácil\"", key="q_easier", speaker=LEVINE,
          attribution="Daniella Levine Cava ... admitiendo que informar las cifras"),
        q("dos", "dos semanas después de la tragedia", "weeks", 2, unit="weeks", subject=S_WEEKS),
        q("12", "edificio de 12 pisos frente", "floors2", 12, unit="floors", subject=S_FLOORS),
        D("24 de junio", key="jun24", date="--06-24", note="2021"),
        q("decenas", "mientras decenas de residentes", None, 20, qualifier="at_least",
          subject="residents asleep in the building when it collapsed", note="rough count (as quake's decenas)"),
        R("el miércoles", "decidieron el miércoles", note="7 July 2021"),
        q("76", "cuando 76 personas", "m76b", 76, subject=S_M76),
        T("\"El trabajo continúa con toda la velocidad y urgencia necesarias\"", key="q_trabajo",
          speaker=LEVINE, attribution="había dicho previamente Levine Cava"),
        TS("\"Trabajamos las 24", key="q_clock", speaker=LEVINE, attribution="agregó (Levine Cava)"),
        q("24", "Trabajamos las 24 horas", "hours", 24, unit="hours", subject=S_HOURS, note="inside the quote"),
        T("\"todavía rezamos por un milagro\"", key="q_milagro", speaker=BURKETT,
          attribution="dijo este jueves el alcalde ..., Charles Burkett"),
        R("este jueves", "dijo este jueves el alcalde", note="8 July 2021"),
        q("6.000", None, "pop", 6000, unit="inhabitants", subject=S_POP),
        T("\"no se ha perdido toda esperanza\"", key="q_esperanza", speaker=BURKETT,
          attribution="asegurando que (Burkett)"),
        N("día 15", reason="ordinal", note="'the 15th day of operations'"),
        N("01H20", reason="time"),
        q("60", "De los 60 muertos", "d60", 60, subject=S_D60,
          note="the morning figure left over from the earlier version of the AFP dispatch (902), beside the "
               "updated 'Al menos 64' of the lead"),
        q("35", None, "id35", 35, subject=S_ID35),
        q("34", None, "nok34", 34, unit="families", subject=S_NOK34, note="the noun is cut off: 'famili…'"),
    ],
)

DOCS["907_versionfinal"] = dict(
    language="es",
    items=[
        R("el jueves", "sobre la pila el jueves", note="8 July 2021"),
        q("dos", "aniversario de dos semanas", "weeks1", 2, unit="weeks", subject=S_WEEKS),
        q("64", "aumentó a 64", "d64", 64, subject=S_D64),
        q("76", "otras 76 personas", "m76", 76, subject=S_M76),
        R("el jueves por la noche", note="8 July 2021"),
        q("dos", "durante dos semanas", "weeks2", 2, unit="weeks", subject=S_WEEKS,
          note="the rescuers 'have been on the site for two weeks'"),
        T("“El trabajo continúa con toda velocidad y urgencia”", key="q_trabajo", speaker=LEVINE,
          attribution="dijo (Levine Cava, named in the paragraph before)"),
        TS("“Estamos trabajando", key="q_clock", speaker=LEVINE, attribution="(continues after dijo)"),
        q("veinticuatro", None, "hours", 24, unit="hours", subject=S_HOURS, note="inside the quote"),
        R("la medianoche del miércoles", note="the night of Wednesday 7 to Thursday 8 July 2021"),
        T("“no había posibilidad de vida”", speaker=None, attribution="las autoridades dijeron"),
        TS("“Cuando eso sucedió", key="q_dws", speaker=WASSERMAN,
           attribution="dijo la representante de los Estados Unidos Debbie Wasserman Schultz"),
        TS("“la pérdida de un alma", speaker=STRATTON, attribution="Michael Stratton ... dijo que"),
    ],
)

DOCS["908_ontvaccess"] = dict(
    language="en",
    items=[
        q("78", "rises to 78:", "d78a", 78, subject=S_D78, note="headline"),
        T("“Staggering and heartbreaking”", key="q_stag_h", speaker=LEVINE,
          attribution="headline; the body gives the words to Levine Cava"),
        q("Fourteen", None, "f14", 14, unit="victims", subject=S_14),
        q("78", "death toll to 78,", "d78b", 78, subject=S_D78),
        R("Friday", "press conference Friday", note="9 July 2021"),
        TS("“This is a staggering", key="q_stag", speaker=LEVINE, attribution="she said"),
        q("Forty-seven", None, "id47", 47, subject=S_ID47),
        q("78", "of the 78 victims", "d78c", 78, subject=S_D78),
        q("62", "another 62 people", "m62", 62, subject=S_M62),
        N("16th", reason="ordinal", note="'their 16th day of searches'"),
        q("Sixty", "Sixty trucks", None, 60, unit="trucks", subject="trucks working at the site each day"),
        q("over 13 million", None, None, 13000000, unit="pounds", qualifier="more_than",
          subject="concrete and debris removed from the site as of 9 July 2021"),
        R("Friday", "as of Friday", note="9 July 2021"),
        TS("“The magnitude", key="q_mag", speaker=LEVINE, attribution="she said"),
        TS("“Usually in a building", speaker=VALERIAN, attribution="he said Thursday on CBSN"),
        R("Thursday", "he said Thursday on CBSN", note="8 July 2021"),
        TS("“In this particular case", speaker=VALERIAN, attribution="(continues after he said)"),
        N("1", "Task Force 1", reason="identifier", note="team name 'New Jersey Task Force 1'"),
    ],
)

DOCS["909_wdnyradio"] = dict(
    language="en",
    items=[
        q("78", "rises to 78 as", "d78a", 78, subject=S_D78, note="headline"),
        q("At least 78", None, "d78b", 78, qualifier="at_least", subject=S_D78),
        q("14", "after 14 bodies", "f14", 14, unit="bodies", subject=S_14),
        q("12", "12-story", "floors", 12, unit="stories", subject=S_FLOORS),
        R("last month", note="June 2021"),
        q("As many as 62", None, "m62", 62, qualifier="at_most", subject=S_M62),
        R("Friday", "officials said Friday", note="9 July 2021"),
        D("June 24", key="jun24", date="--06-24", note="2021"),
        N("1:15 a.m.", reason="time", note="the time of the collapse; 901, 902, 905 and 906 say 1:20"),
        q("about 6", None, None, 6, unit="miles", qualifier="about",
          subject="distance of Surfside north of Miami Beach"),
        q("Approximately 55", None, None, 55, unit="units", qualifier="about",
          subject="units of Champlain Towers South destroyed in the collapse"),
        q("136", None, None, 136, unit="units", subject="units of Champlain Towers South"),
        R("Sunday night", note="4 July 2021 (the demolition)"),
        q("over two", "For over two weeks", "weeks1", 2, unit="weeks", qualifier="more_than", subject=S_WEEKS,
          note="duration of the search, which began with the collapse"),
        q("hundreds", "hundreds of first responders", None, 200, unit="rescuers", qualifier="at_least",
          subject="first responders combing the debris", note="rough count"),
        R("Wednesday evening", note="7 July 2021"),
        N("14th", reason="ordinal", note="'in its 14th day'"),
        TS("“a result of a consensus", speaker=BURKETT, attribution="Surfside Mayor Charles Burkett told reporters"),
        R("Wednesday", "was held Wednesday", note="7 July 2021"),
        q("47", None, "id47", 47, subject=S_ID47),
        R("that night", "later that night", note="Wednesday night, 7 July 2021 (anaphoric)"),
        R("the next day", note="Thursday 8 July 2021 (anaphoric)"),
        TS("“When that happened", key="q_dws", speaker=WASSERMAN,
           attribution="U.S. Rep. Debbie Wasserman Schultz, D-Fla., told reporters:"),
        R("early Thursday", note="8 July 2021"),
        TS("“for a brief moment", speaker=None, attribution="according to Miami-D[ade ...] (cut off; an institution)"),
        q("two", "the two-week mark", "weeks2", 2, unit="weeks", subject=S_WEEKS, note="inside the quote"),
    ],
)

DOCS["910_elperiodicousa"] = dict(
    language="es",
    items=[
        q("14", "otros 14 cuerpos", "f14", 14, unit="bodies", subject=S_14),
        q("78", "se eleva a 78", "d78a", 78, subject=S_D78),
        q("más de dos", "hace más de dos semanas", "weeks", 2, unit="weeks", qualifier="more_than", subject=S_WEEKS),
        R("este viernes", "ofrecida este viernes", note="9 July 2021"),
        q("62", "son 62 las personas", "m62", 62, subject=S_M62),
        q("200", "se mantiene en 200", "safe", 200, subject=S_SAFE),
        q("47", "ascendió a 47", "id47", 47, subject=S_ID47),
        TS("“Todos estos 78", key="q_mag", speaker=LEVINE, attribution="reconoció la alcaldesa"),
        q("78", "Todos estos 78", "d78b", 78, subject=S_D78, note="inside the quote"),
        R("hoy", "Según informaron hoy", note="9 July 2021"),
        q("32", "Mora Jr., de 32", "a_mora", 32, unit="years", subject=age("Juan Alberto Mora Jr.")),
        q("36", "Manashirov, de 36", "a_mana", 36, unit="years", subject=age("Ruslan Manashirov")),
        q("52", "Rosenberg, de 52", "a_rosen", 52, unit="years", subject=age("Harold Rosenberg")),
        q("71", "Machado, de 71", "a_machado", 71, unit="years", subject=age("Gloria Machado")),
        R("el pasado miércoles", note="7 July 2021"),
        q("56", "Cattarossi, de 56", "a_catta", 56, unit="years", subject=age("Andrea Cattarossi")),
        R("el lunes", "extraído el lunes", note="5 July 2021"),
        R("el jueves", "informó el jueves", note="8 July 2021"),
        T("“los cuerpos de tres connacionales”", speaker=None, attribution="el Gobierno paraguayo informó"),
        q("tres", "de tres connacionales", None, 3, subject="Paraguayans whose bodies were recovered (8 July 2021)",
          note="inside the quote"),
        q("seis", "de los seis paraguayos", None, 6, subject="Paraguayans buried in the collapse"),
        R("hoy", "lo que hoy fue", note="9 July 2021"),
    ],
)

DOCS["911_miamidiario"] = dict(
    language="es",
    items=[
        R("este viernes", "informó este viernes", note="9 July 2021"),
        q("catorce", None, "f14a", 14, subject=S_14),
        q("78", "asciende a 78", "d78a", 78, subject=S_D78),
        q("dos", "se cumplen dos semanas", "weeks", 2, unit="weeks", subject=S_WEEKS),
        T("“potencialmente desaparecidas”", key="q_pot", speaker=LEVINE,
          attribution="paragraph of 'Levine Cave dijo'; the sentence ends 'reportó NBC Miami'",
          note="the mayor's term as NBC Miami reported it; see README doubts"),
        q("62", "es de 62", "m62", 62, subject=S_M62),
        q("47", "identificado a 47", "id47", 47, subject=S_ID47),
        T("“Este es un número asombroso y desgarrador”", key="q_stag", speaker=LEVINE, attribution="dijo Levine Cava"),
        T("“La magnitud de esta tragedia crece día a día”", key="q_mag", speaker=LEVINE,
          attribution="(continues after dijo Levine Cava)"),
        q("14", "recovered 14 additional", "f14b", 14, unit="victims", subject=S_14, language="en",
          note="embedded tweet of CBS News"),
        q("78", "number of deaths to 78", "d78b", 78, subject=S_D78, language="en", note="embedded tweet of CBS News"),
        N("pic.twitter.com/3ZcAzEsXCe", reason="identifier", note="tweet link"),
        N("July 9, 2021", reason="chrome", note="the embedded tweet's timestamp"),
    ],
)

DOCS["912_americatevepr"] = dict(
    language="es",
    items=[
        q("14", "recuperaron 14 cuerpos", "f14a", 14, unit="bodies", subject=S_14),
        q("ocho", "hace ocho días", "weeks", 8, unit="days", subject=S_WEEKS,
          note="the collapse was on 24 June, 15 days before this Friday 9 July report"),
        R("la noche del jueves", note="8 July 2021"),
        R("madrugada de este viernes", note="9 July 2021"),
        q("78", "llegó a 78", "d78a", 78, subject=S_D78),
        q("14", "Hallaron 14", "f14b", 14, unit="bodies", subject=S_14, note="headline (after the breadcrumbs)"),
        q("78", "hay 78 muertes", "d78b", 78, subject=S_D78, note="headline"),
        q("47", "Los familiares de 47", "id47a", 47, subject=S_ID47, note="subheading"),
        q("47", "los familiares de 47", "id47b", 47, subject=S_ID47),
        q("62", "Un total de 62", "m62", 62, subject=S_M62),
        q("76", "otras 76 personas", "m76", 76, subject=S_M76,
          note="Thursday's figure: the sentence and the next are translated from Local10's Thursday story (903); "
               "given here as current beside the 62 of the sentence before"),
        D("24 de junio", key="jun24", date="--06-24", note="2021"),
    ],
)

G = goldkit.Groups()
g = G.add

g("quantity", "agree", [("901", "d60a"), ("901", "d60b"), ("902", "d60a"), ("902", "d60b"), ("906", "d60")],
  "death toll at the morning briefing of Thursday 8 July: 60 ('Al menos 60' compatible); 906 keeps it beside its "
  "updated 64")
g("quantity", "agree", [("901", "m80a"), ("901", "m80b"), ("902", "m80")],
  "potentially unaccounted for on the morning of 8 July: 80")
g("quantity", "agree", [("901", "id35"), ("902", "id35"), ("906", "id35")], "identified by 10 a.m. on 8 July: 35")
g("quantity", "agree", [("901", "nok34"), ("902", "nok34"), ("906", "nok34")],
  "next of kin / families notified by 10 a.m. on 8 July: 34")
g("quantity", "agree",
  [("903", "d64a"), ("903", "d64b"), ("903", "d64c"), ("904", "d64a"), ("904", "d64b"), ("905", "d64a"),
   ("905", "d64b"), ("905", "d64c"), ("905", "d64d"), ("906", "d64"), ("907", "d64")],
  "death toll at the evening briefing of Thursday 8 July: 64 ('Al menos 64' compatible)")
g("quantity", "agree",
  [("903", "m76a"), ("903", "m76b"), ("904", "m76a"), ("904", "m76b"), ("905", "m76a"), ("905", "m76b"),
   ("905", "m76c"), ("906", "m76a"), ("906", "m76b"), ("907", "m76"), ("912", "m76")],
  "potentially unaccounted for on the evening of 8 July: 76; 912 (a Friday story) repeats it from Thursday's "
  "Local10 text beside its own 62")
g("quantity", "agree", [("903", "id40"), ("904", "id40")], "identified by the evening of 8 July: 40")
g("quantity", "agree", [("903", "nok39"), ("904", "nok39")], "next of kin notified by the evening of 8 July: 39")
g("quantity", "agree", [("904", "ten"), ("905", "ten1"), ("905", "ten2")],
  "bodies recovered on Thursday 8 July: ten (54 -> 64)")
g("quantity", "agree",
  [("908", "d78a"), ("908", "d78b"), ("908", "d78c"), ("909", "d78a"), ("909", "d78b"), ("910", "d78a"),
   ("910", "d78b"), ("911", "d78a"), ("911", "d78b"), ("912", "d78a"), ("912", "d78b")],
  "death toll on Friday 9 July: 78 ('At least 78' compatible)")
g("quantity", "agree",
  [("908", "f14"), ("909", "f14"), ("910", "f14"), ("911", "f14a"), ("911", "f14b"), ("912", "f14a"),
   ("912", "f14b")],
  "bodies recovered overnight 8-9 July: 14 ('Fourteen', 'catorce')")
g("quantity", "agree", [("908", "m62"), ("909", "m62"), ("910", "m62"), ("911", "m62"), ("912", "m62")],
  "potentially unaccounted for / missing on 9 July: 62 ('As many as 62' compatible)")
g("quantity", "agree",
  [("908", "id47"), ("909", "id47"), ("910", "id47"), ("911", "id47"), ("912", "id47a"), ("912", "id47b")],
  "victims identified (and families notified) by 9 July: 47 ('Forty-seven')")
g("quantity", "agree", [("904", "safe"), ("910", "safe")],
  "people confirmed safe / located: 200 (904 on 8 July; 910 on 9 July says it 'se mantiene en 200')")
g("quantity", "contradict",
  [("901", "weeks"), ("902", "weeks"), ("903", "weeks"), ("905", "weeks"), ("906", "weeks"), ("907", "weeks1"),
   ("907", "weeks2"), ("909", "weeks1"), ("909", "weeks2"), ("910", "weeks"), ("911", "weeks"), ("912", "weeks")],
  "time since the collapse of 24 June, as of 8-9 July: two weeks (exactly two on Thursday 8 July; 'over two', "
  "'más de dos' on Friday 9 July) in eleven claims, against América TeVé's 'se derrumbó hace ocho días' (912, Friday "
  "9 July: it was 15 days)")
g("quantity", "agree", [("902", "floors"), ("906", "floors1"), ("906", "floors2"), ("909", "floors")],
  "Champlain Towers South had 12 floors ('12 pisos', '12-story')")
g("quantity", "agree", [("902", "pop"), ("906", "pop")], "Surfside has 6,000 inhabitants ('seis mil', '6.000')")
g("quantity", "agree", [("902", "hours"), ("906", "hours"), ("907", "hours")],
  "'las 24 horas del día' / 'las veinticuatro horas del día' inside Levine Cava's quote (904's English: 'around "
  "the clock')")
g("quantity", "agree", [("903", "a_cohen"), ("904", "a_cohen")], "Gary Cohen, 58")
g("quantity", "agree", [("903", "a_mora"), ("910", "a_mora")], "Juan Alberto Mora Jr., 32")
g("quantity", "agree", [("903", "a_catta"), ("910", "a_catta")], "Andrea Cattarossi, 56")
g("quantity", "agree", [("903", "a_mana"), ("910", "a_mana")], "Ruslan Manashirov, 36")
g("quantity", "agree", [("903", "a_rosen"), ("910", "a_rosen")], "Harold Rosenberg, 52")
g("quantity", "agree", [("903", "a_machado"), ("910", "a_machado")], "Gloria Machado, 71")
g("date", "agree",
  [("901", "jun24"), ("902", "jun24"), ("903", "jun24"), ("904", "jun24"), ("906", "jun24"), ("909", "jun24"),
   ("912", "jun24")],
  "the collapse on 24 June (2021): 'June 24' ×4, '24 de junio' ×3")
g("quote", "agree", [("901", "q_every"), ("903", "q_every")],
  "Levine Cava: 'Every victim that we recover is handled with extreme care and compassion' (the same words; 901 "
  "carries Local10's morning version)")
g("quote", "variant", [("902", "q_clock"), ("904", "q_clock"), ("906", "q_clock"), ("907", "q_clock")],
  "Levine Cava: 'We are working around the clock to recover victims and to give closure to the families as fast as "
  "possible' (904) / AFP's 'Trabajamos las 24 horas del día para encontrar víctimas y permitir que las familias "
  "hagan su duelo lo más rápido posible' (902, 906) / AP's 'Estamos trabajando las veinticuatro horas del día para "
  "recuperar a las víctimas y traer el cierre a las familias lo más rápido posible' (907)")
g("quote", "variant", [("902", "q_trabajo"), ("906", "q_trabajo"), ("907", "q_trabajo")],
  "Levine Cava: 'El trabajo continúa con toda la velocidad y urgencia necesarias' (AFP, 902, 906) / 'El trabajo "
  "continúa con toda velocidad y urgencia' (AP, 907)")
g("quote", "agree", [("902", "q_milagro"), ("906", "q_milagro")], "Burkett: 'todavía rezamos por un milagro' (AFP)")
g("quote", "agree", [("902", "q_esperanza"), ("906", "q_esperanza")],
  "Burkett: 'no se ha perdido toda esperanza' (AFP)")
g("quote", "variant", [("904", "q_easier"), ("906", "q_easier")],
  "Levine Cava: 'So, reporting these numbers has not gotten any easier' / 'no se ha vuelto más fácil' (part, "
  "translated)")
g("quote", "variant", [("904", "q_pot_h"), ("904", "q_pot"), ("911", "q_pot")],
  "Levine Cava's 'potentially unaccounted for' (904 headline and body) / 'potencialmente desaparecidas' (911)")
g("quote", "variant", [("908", "q_stag_h"), ("908", "q_stag"), ("911", "q_stag")],
  "Levine Cava: 'This is a staggering and heartbreaking number that affects all of us very, very deeply' / "
  "'Staggering and heartbreaking' (headline) / 'Este es un número asombroso y desgarrador' (part, translated)")
g("quote", "variant", [("908", "q_mag"), ("910", "q_mag"), ("911", "q_mag")],
  "Levine Cava: 'The magnitude of this tragedy is growing each and every day' / 'La magnitud de esta tragedia "
  "crece día a día' (911) / EFE's longer 'Todos estos 78 seres queridos dejan familias devastadas. La magnitud de "
  "esta tragedia crece cada día y es un agujero horroroso' (910)")
g("quote", "variant", [("907", "q_dws"), ("909", "q_dws")],
  "Wasserman Schultz: 'When that happened, it took a little piece of the hearts of this community' / 'Cuando eso "
  "sucedió, tomó un pedacito del corazón de esta comunidad' (AP translation)")
g("quote", "single-source", [("905", "q_stop_h"), ("905", "q_stop")],
  "Burkett: 'We are not stopping' (headline and body)")


def build():
    goldkit.build(HERE, DOCS, G, MARKS)


if __name__ == "__main__":
    build()
